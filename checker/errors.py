"""Errors that end a command with exit code 2 and a one-line message."""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "LkjipError", "UsageError"]


class LkjipError(Exception):
    """Base of the errors the command line reports in one line (exit code 2)."""


class InputError(LkjipError):
    """The input file cannot be used: unreadable, undecodable, invalid, empty..."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ConfigError(LkjipError):
    """The configuration cannot be used."""


class UsageError(LkjipError):
    """The command line asks for something that does not exist."""
