"""The limits of reading one input, as one value: :class:`ReadLimits`.

Each limit keeps a hostile or mistaken file (a video renamed ``.txt``, ``/dev/zero``, a
zip bomb, a table of a million rows) from exhausting the machine, while staying far
above any real LKjIP (SECURITY.md, "Limits"). A run may set other values: ``[limits]``
in the config file, then ``--limit NAME=VALUE`` on the command line, which wins.
:func:`parse_limit` reads one such setting and refuses, in both languages, a name that
is no limit, a value that is not a whole number (or a size, for a limit in bytes), a
value below 1 or one above the limit's ceiling: a ceiling keeps a typo (``50GB`` for
``50MB``) from switching the protection off.

The readers take the limits of the read under way from :func:`current_limits`; the
command line opens :func:`reading_with` around each read. They travel this way and not
as an argument because a reader is a plugin whose ``read(path, data)`` receives only
the file (:class:`checker.hookspecs.Reader`), and the reader of a structured report
reads its source document through the PDF and Word readers. The value is a context
variable, so a read in another thread (the server's) keeps the defaults.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.text import Limits as TableLimits

__all__ = [
    "DEFAULT_READ_LIMITS", "LIMIT_NAMES", "LimitValueError", "ReadLimits", "current_limits",
    "describe_size", "parse_limit", "reading_with",
]

_KB = 1024
_MB = 1024 * _KB
_GB = 1024 * _MB


@dataclass(frozen=True)
class ReadLimits:
    """The most a run reads of one input. Each default is the documented limit."""

    # A converted LKjIP is 50-100 KB; 50 MB is far beyond any real report and keeps a
    # mistaken input (a video, a disk image, /dev/zero) from exhausting memory.
    max_bytes: int = 50 * _MB
    # Nesting of tables, arrays and dotted keys in a TOML or JSON report, and the depth
    # of a budget item. The schema needs fewer than 10 levels; 64 leaves room and keeps
    # the parsers (whose cost grows steeply with depth) away from hostile files.
    max_depth: int = 64
    # Lines of one input. A report has a few thousand; every line becomes objects in
    # each pass, so 50 MB of bare newlines would take gigabytes. Two million lines still
    # hold a million-row table of a damaged conversion, which INP002 then names.
    max_lines: int = 2_000_000
    # One table of a text layer: a real LKjIP table has at most a few hundred rows and a
    # dozen columns (the defaults of checker.text.Limits, not imported here: the text
    # layer is loaded only when a report is read).
    table_rows: int = 20_000
    columns: int = 200
    # The longest real LKjIP with its appendices runs to a few hundred pages; a million
    # empty pages must not keep the checker busy for hours.
    pdf_pages: int = 2_000
    # A Word report with many images has a few hundred parts, and its body, styles and
    # headers are well under 5 MB of XML.
    docx_parts: int = 10_000
    docx_bytes: int = 200 * _MB

    @property
    def tables(self) -> TableLimits:
        """The table limits, as the text layer (:func:`checker.text.parse_source`) takes them."""
        from checker.text import Limits as TableLimits

        return TableLimits(table_rows=self.table_rows, columns=self.columns)

    def with_values(self, values: Mapping[str, int]) -> ReadLimits:
        """A copy with ``values`` (field name -> value, as :func:`parse_limit` gives them)."""
        return replace(self, **values) if values else self


DEFAULT_READ_LIMITS = ReadLimits()


@dataclass(frozen=True)
class _Setting:
    """How a limit is named in the config and on the command line, and its ceiling."""

    name: str
    ceiling: int
    in_bytes: bool = False

    @property
    def field(self) -> str:
        return self.name.replace("-", "_")


# The ceilings: far above every default, below what breaks the machine or the parsers
# (the TOML parser and the budget tree recurse once per level of nesting).
_SETTINGS = (
    _Setting("max-bytes", 1 * _GB, in_bytes=True),
    _Setting("max-depth", 200),
    _Setting("max-lines", 20_000_000),
    _Setting("table-rows", 2_000_000),
    _Setting("columns", 10_000),
    _Setting("pdf-pages", 50_000),
    _Setting("docx-parts", 1_000_000),
    _Setting("docx-bytes", 4 * _GB, in_bytes=True),
)
_BY_NAME = {setting.name: setting for setting in _SETTINGS}
LIMIT_NAMES: tuple[str, ...] = tuple(_BY_NAME)

_MOST_DIGITS = 30  # far more than any ceiling has
_UNITS = {"": 1, "b": 1, "kb": _KB, "kib": _KB, "mb": _MB, "mib": _MB, "gb": _GB, "gib": _GB}
_VALUE = re.compile(r"\s*([-+]?\d+(?:_\d+)*)\s*([a-z]*)\s*", re.IGNORECASE)


class LimitValueError(ValueError):
    """A limit setting that cannot be used; ``english`` and ``indonesian`` say why."""

    def __init__(self, english: str, indonesian: str) -> None:
        super().__init__(english)
        self.english = english
        self.indonesian = indonesian


def parse_limit(name: str, raw: object) -> tuple[str, int]:
    """The field of :class:`ReadLimits` that ``name`` sets and the value ``raw`` gives
    it: an integer, or a text such as ``"2000"``, ``"50MB"`` or ``"50 MB"`` (units
    KB, MB, GB of 1024, for the limits in bytes only)."""
    setting = _BY_NAME.get(name)
    if setting is None:
        known = ", ".join(LIMIT_NAMES)
        raise LimitValueError(f"unknown limit {name!r} (known: {known})",
                              f"batas {name!r} tidak dikenal (yang dikenal: {known})")
    value = _whole_number(setting, raw)
    if value < 1:
        raise LimitValueError(f"{name} must be at least 1, not {raw!r}",
                              f"{name} paling kecil 1, bukan {raw!r}")
    if value > setting.ceiling:
        raise _too_large(setting, raw)
    return setting.field, value


def _too_large(setting: _Setting, raw: object) -> LimitValueError:
    most = _shown(setting, setting.ceiling)
    return LimitValueError(f"{setting.name} must be at most {most}, not {raw!r}",
                           f"{setting.name} paling besar {most.replace(',', '.')}, "
                           f"bukan {raw!r}")


def _whole_number(setting: _Setting, raw: object) -> int:
    kind = ("a size in bytes (like 50MB, 50 MB or 52428800)" if setting.in_bytes
            else "a whole number")
    jenis = "ukuran dalam bita (mis. 50MB atau 52428800)" if setting.in_bytes else "bilangan bulat"
    wrong = LimitValueError(f"{setting.name} must be {kind}, not {raw!r}",
                            f"{setting.name} harus {jenis}, bukan {raw!r}")
    # A TOML true is an int to Python; never take it for a number.
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if not isinstance(raw, str):
        raise wrong
    match = _VALUE.fullmatch(raw)
    if match is None:
        raise wrong
    unit = match[2].lower()
    if unit not in _UNITS or (unit and not setting.in_bytes):
        raise wrong
    if len(match[1]) > _MOST_DIGITS:  # int() refuses thousands of digits: say why here
        raise _too_large(setting, raw if len(raw) < 40 else f"{raw[:20]}...")
    return int(match[1]) * _UNITS[unit]


def _shown(setting: _Setting, value: int) -> str:
    return describe_size(value) if setting.in_bytes else f"{value:,}"


def describe_size(size: int) -> str:
    """``52428800`` as ``50 MB``, ``2048`` as ``2 KB``, ``1000`` as ``1,000 bytes``."""
    for unit, name in ((_GB, "GB"), (_MB, "MB"), (_KB, "KB")):
        if size >= unit and size % unit == 0:
            return f"{size // unit:,} {name}"
    return f"{size:,} bytes"


_CURRENT: ContextVar[ReadLimits] = ContextVar("lkjip_read_limits", default=DEFAULT_READ_LIMITS)


def current_limits() -> ReadLimits:
    """The limits of the read under way (the defaults outside :func:`reading_with`)."""
    return _CURRENT.get()


@contextmanager
def reading_with(limits: ReadLimits) -> Iterator[ReadLimits]:
    """Read with ``limits`` inside the ``with`` block; the previous limits after it."""
    token = _CURRENT.set(limits)
    try:
        yield limits
    finally:
        _CURRENT.reset(token)

