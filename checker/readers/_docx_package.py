"""Opening a Word (.docx) package safely: the zip, its parts, and the limits.

A .docx is a zip of XML parts. The reader reads only the parts it needs (the body,
styles, numbering, headers and footers), never the media. A hostile zip cannot
exhaust memory: the number of entries and the total uncompressed size are checked
from the zip's central directory before anything is decompressed, and the size is
enforced again while decompressing (a directory may lie about sizes).

Files that are not a Word document get one clear line: an old binary Word file
(.doc) or a password-protected .docx (both are OLE compound files), a PDF or any
other file renamed to .docx, a damaged zip, a zip without ``word/document.xml``.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from checker.errors import InputError
from checker.limits import DEFAULT_READ_LIMITS, ReadLimits, current_limits, describe_size

__all__ = ["MAX_PARTS", "MAX_UNCOMPRESSED", "DocxPackage", "open_package"]

# The default limits (their reasons are in checker.limits): a package whose parts add
# up to more than 200 MB uncompressed, or of more than ten thousand parts, is no report.
# A run may set others (ReadLimits.docx_bytes and docx_parts).
MAX_UNCOMPRESSED = DEFAULT_READ_LIMITS.docx_bytes
MAX_PARTS = DEFAULT_READ_LIMITS.docx_parts

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK"
_BODY = "word/document.xml"
_CHUNK = 1 << 16
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"


class DocxPackage:
    """The parts of one .docx, read on demand within the package's size budget."""

    def __init__(self, path: Path, archive: zipfile.ZipFile,
                 parse: Callable[[bytes], Any], budget: int = MAX_UNCOMPRESSED) -> None:
        self._path = path
        self._archive = archive
        self._parse = parse
        self._limit = budget
        self._budget = budget  # the bytes still allowed to be decompressed
        self._names = {info.filename for info in archive.infolist()}

    def has(self, name: str) -> bool:
        return name in self._names

    def xml(self, name: str) -> Any:
        """The parsed XML of part ``name``, or ``None`` when the package lacks it."""
        if name not in self._names:
            return None
        data = self._read(name)
        try:
            return self._parse(data)
        except Exception as exc:  # lxml's XMLSyntaxError and its relatives
            raise _bad(self._path, f"damaged Word document: {name} is not valid XML ({exc})",
                       f"dokumen Word rusak: {name} bukan XML yang sah") from None

    def related(self, part: str, kind: str) -> list[str]:
        """The parts ``part`` refers to with relationships of type ``.../kind``."""
        folder, base = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if rels is None:
            return []
        targets = []
        for relation in rels.iter(f"{{{_RELATIONSHIPS}}}Relationship"):
            if (relation.get("Type", "").rsplit("/", 1)[-1] == kind
                    and relation.get("TargetMode") != "External"):
                target = relation.get("Target", "")
                name = (target.lstrip("/") if target.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, target)))
                targets.append(name)
        return targets

    def _read(self, name: str) -> bytes:
        chunks: list[bytes] = []
        try:
            with self._archive.open(name) as stream:
                while chunk := stream.read(_CHUNK):
                    self._budget -= len(chunk)
                    if self._budget < 0:
                        raise _too_big(self._path, self._limit)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise _bad(self._path, f"damaged Word document: cannot read {name} ({exc})",
                       f"dokumen Word rusak: {name} tidak dapat dibaca") from None
        except NotImplementedError:
            raise _bad(self._path, f"unsupported compression in {name}",
                       f"kompresi {name} tidak didukung") from None
        return b"".join(chunks)


def open_package(path: Path, data: bytes, parse: Callable[[bytes], Any],
                 limits: ReadLimits | None = None) -> DocxPackage:
    """The package in ``data``, or an :class:`InputError` saying why it is no .docx.

    ``limits`` bound its parts and their uncompressed size (default: the current limits).
    """
    limits = current_limits() if limits is None else limits
    if data.startswith(_OLE):
        raise _bad(
            path,
            "an old binary Word file (.doc) or a password-protected document: "
            "open it in Word or LibreOffice and save it as .docx (without a password) or PDF",
            "berkas Word lama (.doc) atau dokumen berkata sandi: buka di Word atau "
            "LibreOffice lalu simpan sebagai .docx (tanpa kata sandi) atau PDF",
        )
    if data.lstrip().startswith(b"{\\rtf"):
        raise _bad(path, "a Rich Text (RTF) file, not a Word document: save it as .docx or PDF",
                   "berkas RTF, bukan dokumen Word: simpan sebagai .docx atau PDF")
    if not data.startswith(_ZIP):
        kind = "a PDF" if data.startswith(b"%PDF") else "not a zip package"
        raise _bad(path, f"not a Word document (.docx): the file is {kind}",
                   "bukan dokumen Word (.docx)"
                   + (": berkas ini PDF" if kind == "a PDF" else ""))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _bad(path, f"damaged Word document: the zip cannot be read ({exc})",
                   "dokumen Word rusak: zip tidak dapat dibaca") from None
    most = limits.docx_parts
    if len(infos) > most:
        raise _bad(path, f"too many parts in the package ({len(infos)} > {most})",
                   f"terlalu banyak bagian dalam paket ({len(infos)} > {most})")
    if sum(info.file_size for info in infos) > limits.docx_bytes:
        raise _too_big(path, limits.docx_bytes)
    if _BODY not in {info.filename for info in infos}:
        raise _bad(path, f"not a Word document (.docx): the zip has no {_BODY}",
                   f"bukan dokumen Word (.docx): zip tidak memuat {_BODY}")
    return DocxPackage(path, archive, parse, limits.docx_bytes)


def _too_big(path: Path, limit: int) -> InputError:
    size = describe_size(limit)
    return _bad(path, f"the package unpacks to more than {size} (a zip bomb?)",
                f"isi paket melebihi {size} setelah diekstrak")


def _bad(path: Path, problem: str, masalah: str) -> InputError:
    return InputError(str(path), problem, masalah)
