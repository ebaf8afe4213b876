"""What an upload is, judged by its bytes and not by the name it was sent with.

The name only picks between formats the bytes cannot tell apart (a ``.md`` and a
``.txt`` are both text; a TOML report is text too). A PDF is a PDF whatever it is
called, and a picture renamed ``laporan.txt`` is refused before any reader sees it.
"""

from __future__ import annotations

import enum
import re
import zipfile
from pathlib import Path

from checker.errors import InputError

__all__ = ["Kind", "sniff"]

_HEAD_BYTES = 64 * 1024
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UTF8_BOM = b"\xef\xbb\xbf"
_TOML_START = re.compile(rb"\A(?:\s*#[^\n]*\n|\s*\n)*\s*schema_version\s*=")

# Formats people do upload by mistake, named so the message says what was sent.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image", "gambar PNG"),
    (b"\xff\xd8\xff", "a JPEG image", "gambar JPEG"),
    (b"GIF8", "a GIF image", "gambar GIF"),
    (b"\x1f\x8b", "a gzip archive", "arsip gzip"),
    (b"Rar!", "a RAR archive", "arsip RAR"),
    (b"7z\xbc\xaf", "a 7-Zip archive", "arsip 7-Zip"),
    (b"MZ", "a Windows program", "program Windows"),
    (b"\x7fELF", "a program", "program"),
)


class Kind(enum.Enum):
    """The formats a report may arrive in; the value is the suffix its reader answers to."""

    PDF = ".pdf"
    DOCX = ".docx"
    TEXT = ".txt"
    MARKDOWN = ".md"
    TOML = ".toml"
    JSON = ".json"


def sniff(path: Path, shown: str) -> Kind:
    """The kind of the file at ``path``; an :class:`InputError` (naming it ``shown``)
    when it is no report at all."""
    with open(path, "rb") as stream:
        head = stream.read(_HEAD_BYTES)
    if not head.strip():
        raise InputError(shown, "file is empty", "berkas kosong")
    if _PDF_MAGIC in head[:1024]:
        return Kind.PDF
    if head.startswith(_ZIP_MAGIC):
        return _zip_kind(path, shown)
    if head.startswith(_OLE_MAGIC):
        raise InputError(shown, "an old Word 97-2003 document (.doc): save it as .docx or PDF",
                         "dokumen Word 97-2003 (.doc): simpan sebagai .docx atau PDF")
    for magic, what, apa in _BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(shown, f"not a report but {what}", f"bukan laporan, melainkan {apa}")
    if b"\x00" in head:
        raise InputError(shown, "not a report: the file holds binary data, not text",
                         "bukan laporan: berkas berisi data biner, bukan teks")
    return _text_kind(head.removeprefix(_UTF8_BOM), Path(shown).suffix.lower())


def _zip_kind(path: Path, shown: str) -> Kind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(shown, "a damaged ZIP or Word file", "berkas ZIP/Word rusak") from None
    if "word/document.xml" in names:
        return Kind.DOCX
    raise InputError(shown, "a ZIP archive (or a spreadsheet), not a Word document",
                     "arsip ZIP (atau lembar kerja), bukan dokumen Word")


def _text_kind(head: bytes, sent_suffix: str) -> Kind:
    if head.lstrip().startswith(b"{"):
        return Kind.JSON
    if sent_suffix == ".toml" or _TOML_START.match(head):
        return Kind.TOML
    if sent_suffix == ".json":
        return Kind.JSON  # not an object: the JSON reader says so, as the CLI would
    return Kind.MARKDOWN if sent_suffix in (".md", ".markdown") else Kind.TEXT
