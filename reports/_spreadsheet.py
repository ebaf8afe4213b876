"""Cells a spreadsheet cannot misread, and workbook bytes that do not change between runs.

The report's names and messages reach the workbook as they were printed, and a cell
that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is a
formula to Excel and LibreOffice: ``=HYPERLINK(...)`` in a program name would become a
live link in the inspectorate's working paper. Every text is therefore written as a
string cell with the quote prefix set, so it stays text even when someone edits the
cell and presses Enter. A figure the checker printed plainly (``"109.23"``) becomes a
number, so the reviewer can sum and sort it.

openpyxl is imported by the functions that need it, not here: the reporter modules are
loaded on every command-line run, and most runs write no workbook.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell

__all__ = ["FIXED_TIME", "PlainNumber", "plain_number", "safe_text", "workbook_bytes",
           "write_number", "write_text"]

# The time stamped into the workbook and its zip entries: the same input gives the same
# bytes. The file's own modification time says when it was written.
FIXED_TIME = datetime.datetime(2000, 1, 1)

# What opens a formula in Excel, LibreOffice or Google Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold (openpyxl refuses them): shown escaped instead.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CELL_LIMIT = 32_767  # characters in one Excel cell
# A figure as the checker prints it plainly: no grouping, a point before the decimals,
# no leading zero (an item code such as "007" stays text).
_PLAIN = re.compile(r"^-?(?:0|[1-9][0-9]*)(?:\.([0-9]+))?$")
_EXACT_DIGITS = 15  # Excel keeps 15 significant digits; a longer figure stays text


class PlainNumber(NamedTuple):
    """A figure read from the checker's plain notation and how many decimals it shows."""

    value: Decimal
    decimals: int

    @property
    def number_format(self) -> str:
        """``#,##0`` or ``#,##0.00``: Excel draws the grouping and decimal marks of the
        reader's locale, so an Indonesian Excel shows 81.154.008 and 109,23."""
        return "#,##0" + ("." + "0" * self.decimals if self.decimals else "")


def plain_number(text: str | None) -> PlainNumber | None:
    """The figure ``text`` spells in plain notation, or None for anything else."""
    if text is None:
        return None
    match = _PLAIN.match(text)
    if match is None or len(text.lstrip("-").replace(".", "").lstrip("0")) > _EXACT_DIGITS:
        return None
    return PlainNumber(Decimal(text), len(match.group(1) or ""))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: object) -> str:
    """``value`` as text a cell can hold: XML-illegal characters escaped, cut to the
    cell limit."""
    text = _ILLEGAL.sub(_escape, str(value))
    return text if len(text) <= _CELL_LIMIT else text[: _CELL_LIMIT - 1] + "\u2026"


def write_text(cell: Cell, value: object) -> None:
    """Put ``value`` in ``cell`` as a string, never a formula."""
    text = safe_text(value)
    cell.value = text
    cell.data_type = "s"  # openpyxl makes any text starting with "=" a formula
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True


def write_number(cell: Cell, number: PlainNumber) -> None:
    cell.value = number.value
    cell.number_format = number.number_format


class _FixedTimeZip(zipfile.ZipFile):
    """A zip archive whose entries all carry :data:`FIXED_TIME`: openpyxl writes some
    parts from memory (``writestr``) and the worksheets from temporary files (``write``),
    which would otherwise stamp the clock and the files' times."""

    def writestr(self, zinfo_or_arcname: str | zipfile.ZipInfo, data: str | bytes,
                 *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, FIXED_TIME.timetuple()[:6])
            zinfo_or_arcname.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        with open(filename, "rb") as file:
            self.writestr(str(arcname or filename), file.read())


def workbook_bytes(workbook: Workbook) -> bytes:
    """The .xlsx file of ``workbook``, the same bytes for the same content."""
    from openpyxl.writer.excel import ExcelWriter

    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    archive = _FixedTimeZip(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(workbook, archive).save()
    return buffer.getvalue()
