"""Errors that end a command with exit code 2 and a one-line message.

The message says what and where in Bahasa Indonesia, for the reviewer, with the
English words after it in parentheses, for everyone else (and for search engines):
``laporan.toml: berkas kosong (file is empty)``.
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "LkjipError", "UsageError"]


def _both(indonesian: str | None, english: str) -> str:
    return f"{indonesian} ({english})" if indonesian else english


class LkjipError(Exception):
    """Base of the errors the command line reports in one line (exit code 2)."""

    def __init__(self, english: str, indonesian: str | None = None) -> None:
        super().__init__(_both(indonesian, english))


class InputError(LkjipError):
    """The input file cannot be used: unreadable, undecodable, invalid, empty..."""

    def __init__(self, path: str, problem: str, masalah: str | None = None) -> None:
        Exception.__init__(self, f"{path}: {_both(masalah, problem)}")
        self.path = path
        self.problem = problem


class ConfigError(LkjipError):
    """The configuration cannot be used."""


class UsageError(LkjipError):
    """The command line asks for something that does not exist."""
