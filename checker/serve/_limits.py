"""The limits and settings one ``lkjip serve`` process runs with."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "Limits", "ServeSettings"]

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one request may ask of the server."""

    max_file_bytes: int = 25 * _MB
    max_files: int = 20
    timeout_seconds: float = 120.0
    # The form's own fields (language, rule codes) are a few bytes; anything bigger
    # is not a person filling in the form.
    max_field_bytes: int = 4096

    @property
    def max_body_bytes(self) -> int:
        """The most a request body may hold: every file at its limit, plus the form."""
        return self.max_files * self.max_file_bytes + _MB

    @property
    def max_file_mb(self) -> float:
        return self.max_file_bytes / _MB


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class ServeSettings:
    """The command line of ``lkjip serve``."""

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    limits: Limits = DEFAULT_LIMITS
