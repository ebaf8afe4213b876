"""Opening an input file safely: the checks every reader needs before parsing.

The tool never writes to the file it checks; it reads the bytes once.
"""

from __future__ import annotations

from pathlib import Path

from checker.errors import InputError

__all__ = ["MAX_BYTES", "decode_text", "read_bytes"]

# A converted LKjIP is 50-100 KB; 50 MB is far beyond any real report and keeps a
# mistaken input (a video, a disk image) from exhausting memory.
MAX_BYTES = 50 * 1024 * 1024


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an :class:`InputError` saying why it cannot be used."""
    shown = str(path)
    if not path.exists():
        raise InputError(shown, "file not found", "berkas tidak ditemukan")
    if path.is_dir():
        raise InputError(shown, "is a directory, not a report file",
                         "ini folder, bukan berkas laporan")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(shown, f"file is too large ({size:,} bytes; limit {MAX_BYTES:,})",
                             "berkas terlalu besar")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(shown, "permission denied", "tidak ada izin membaca berkas") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read file: {exc.strerror or exc}",
                         "berkas tidak dapat dibaca") from None
    if not data.strip():
        raise InputError(shown, "file is empty", "berkas kosong")
    return data


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 text (a BOM tolerated); a binary or wrongly encoded file is refused."""
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "binary file, not a text report",
                         "berkas biner, bukan laporan teks")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            str(path),
            f"not valid UTF-8 (line {line}, byte {exc.start}): save the file as UTF-8",
            f"bukan teks UTF-8 (baris {line}); simpan ulang berkas sebagai UTF-8",
        ) from None
