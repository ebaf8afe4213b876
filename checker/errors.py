"""Errors that end a command with exit code 2 and a one-line message.

The message says what and where in Bahasa Indonesia, for the reviewer, with the
English words after it in parentheses, for everyone else (and for search engines):
``laporan.toml: berkas kosong (file is empty)``.
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "LkjipError", "UsageError", "one_line"]


def _both(indonesian: str | None, english: str) -> str:
    return one_line(f"{indonesian} ({english})" if indonesian else english)


# Control characters (a newline in a file name included) and bidi overrides would
# break the one-line promise or disguise the message: they are shown escaped.
_UNSAFE = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F)}
_UNSAFE.update({code: f"\\u{code:04x}" for code in (
    *range(0x80, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
    *range(0x2066, 0x206A), 0x2028, 0x2029)})


def one_line(text: str) -> str:
    """``text`` with control characters and bidi overrides escaped: one safe line."""
    return text.translate(_UNSAFE)


class LkjipError(Exception):
    """Base of the errors the command line reports in one line (exit code 2)."""

    def __init__(self, english: str, indonesian: str | None = None) -> None:
        super().__init__(_both(indonesian, english))


class InputError(LkjipError):
    """The input file cannot be used: unreadable, undecodable, invalid, empty..."""

    def __init__(self, path: str, problem: str, masalah: str | None = None) -> None:
        Exception.__init__(self, f"{one_line(path)}: {_both(masalah, problem)}")
        self.path = path
        self.problem = problem
        self.masalah = masalah


class ConfigError(LkjipError):
    """The configuration cannot be used."""


class UsageError(LkjipError):
    """The command line asks for something that does not exist."""
