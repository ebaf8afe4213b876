"""Opening an input file safely: the checks every reader needs before parsing.

The tool never writes to the file it checks; it reads the bytes once. A file is
opened first and judged by ``fstat`` on the open descriptor, so what is judged is
what is read: only regular files are read (a FIFO, a device, a socket or a folder
is refused), the size limit is enforced while reading rather than trusted from
``stat``, and opening never waits (a FIFO is opened without blocking).
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from checker.errors import InputError
from checker.limits import DEFAULT_READ_LIMITS, current_limits

__all__ = [
    "MAX_BYTES", "MAX_DEPTH", "MAX_LINES", "MissingFileError", "check_depth", "decode_text",
    "file_identity", "read_bytes",
]

# The default limits (their reasons are in checker.limits); a run may set others, which
# the functions below take from current_limits() when not given one.
MAX_BYTES = DEFAULT_READ_LIMITS.max_bytes
MAX_DEPTH = DEFAULT_READ_LIMITS.max_depth
MAX_LINES = DEFAULT_READ_LIMITS.max_lines

_CHUNK = 1024 * 1024

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)", "pipa bernama (FIFO)"),
    (stat.S_ISCHR, "a character device", "perangkat karakter"),
    (stat.S_ISBLK, "a block device", "perangkat blok"),
    (stat.S_ISSOCK, "a socket", "soket"),
)


class MissingFileError(InputError):
    """The file does not exist (a dangling symbolic link included)."""


def _open_flags() -> int:
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)
    return flags


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, or an :class:`InputError` saying why it cannot be used.

    ``limit`` is the most bytes accepted (default: the current limits' ``max_bytes``).
    """
    shown = str(path)
    limit = current_limits().max_bytes if limit is None else limit
    try:
        descriptor = os.open(path, _open_flags())
    except FileNotFoundError:
        raise MissingFileError(shown, "file not found", "berkas tidak ditemukan") from None
    except IsADirectoryError:
        raise InputError(shown, "is a directory, not a report file",
                         "ini folder, bukan berkas laporan") from None
    except PermissionError:
        raise InputError(shown, "permission denied", "tidak ada izin membaca berkas") from None
    except OSError as exc:
        raise InputError(shown, f"cannot open file: {exc.strerror or exc}",
                         "berkas tidak dapat dibuka") from None
    try:
        data = _read_open(shown, descriptor, limit)
    finally:
        os.close(descriptor)
    if not data.strip():
        raise InputError(shown, "file is empty", "berkas kosong")
    return data


def _read_open(shown: str, descriptor: int, limit: int) -> bytes:
    mode = os.fstat(descriptor).st_mode
    if stat.S_ISDIR(mode):
        raise InputError(shown, "is a directory, not a report file",
                         "ini folder, bukan berkas laporan")
    if not stat.S_ISREG(mode):
        kind, jenis = next(((k, j) for test, k, j in _KINDS if test(mode)),
                           ("a special file", "berkas khusus"))
        raise InputError(shown, f"not a regular file: {kind}",
                         f"bukan berkas biasa: {jenis}")
    chunks: list[bytes] = []
    total = 0
    try:
        while total <= limit:  # at most limit + 1 bytes, whatever stat said
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise InputError(shown, f"cannot read file: {exc.strerror or exc}",
                         "berkas tidak dapat dibaca") from None
    if total > limit:
        raise InputError(shown, f"file is too large (more than {limit:,} bytes)",
                         "berkas terlalu besar")
    return b"".join(chunks)


def file_identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the file ``path`` names, symbolic links followed;
    ``None`` when there is none."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


# Byte order marks of the encodings a text report may come in besides UTF-8: Notepad's
# "Unicode" is UTF-16 with a BOM. Longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(path: Path, data: bytes, max_lines: int | None = None) -> str:
    """UTF-8 text (a BOM tolerated), or UTF-16/UTF-32 announced by its BOM; a binary or
    wrongly encoded file is refused, and so is one of more than ``max_lines`` lines
    (default: the current limits' ``max_lines``)."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        return _decode_wide(path, data, encoding, max_lines)
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "binary file, not a text report",
                         "berkas biner, bukan laporan teks")
    max_lines = current_limits().max_lines if max_lines is None else max_lines
    # \r\n counts once in each; a file of bare \r is split on \r as well.
    lines = max(data.count(b"\n"), data.count(b"\r")) + 1
    if lines > max_lines:
        raise InputError(str(path), f"too many lines (more than {max_lines:,})",
                         f"terlalu banyak baris (lebih dari {max_lines:,})".replace(",", "."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            str(path),
            f"not valid UTF-8 (line {line}, byte {exc.start}): save the file as UTF-8",
            f"bukan teks UTF-8 (baris {line}); simpan ulang berkas sebagai UTF-8",
        ) from None


def _decode_wide(path: Path, data: bytes, encoding: str, max_lines: int | None) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper()
        raise InputError(
            str(path),
            f"not valid {name} (byte {exc.start}): save the file as UTF-8",
            f"bukan teks {name} yang sah (bita {exc.start}); simpan ulang sebagai UTF-8",
        ) from None
    # The same line limit as UTF-8 text, checked on the decoded text.
    return decode_text(path, text.encode("utf-8"), max_lines)


# -- nesting depth, checked before a parser sees the text -------------------------------------

def check_depth(path: Path, text: str, fmt: str, limit: int | None = None) -> None:
    """Refuse a TOML or JSON text nested deeper than ``limit`` (one linear scan; default:
    the current limits' ``max_depth``).

    For JSON the depth is the nesting of ``[`` and ``{``. For TOML it also counts the
    dots of a dotted key (``a.b.c = 1`` adds two) and the parts of the current table
    header (``[a.b]`` is two). The scan errs on the high side (a decimal point counts
    as a dot), which only matters far beyond any real report.
    """
    limit = current_limits().max_depth if limit is None else limit
    depth = _json_depth(text, limit) if fmt == "json" else _toml_depth(text, limit)
    if depth > limit:
        raise InputError(str(path), f"nested too deeply (more than {limit} levels)",
                         f"bersarang terlalu dalam (lebih dari {limit} tingkat)")


def _json_depth(text: str, limit: int) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def _toml_depth(text: str, limit: int) -> int:
    brackets = dots = header = deepest = 0
    in_header = False
    blank_so_far = True  # nothing but blanks yet on this line
    quote = ""  # the open string's delimiter: ", ', \"\"\" or '''
    i, size = 0, len(text)
    while i < size:
        char = text[i]
        if quote:
            if char == "\\" and quote[0] == '"':
                i += 2
                continue
            if text.startswith(quote, i):
                i += len(quote)
                quote = ""
                continue
            if char == "\n" and len(quote) == 1:
                quote = ""  # an unterminated string: the parser will say so
            i += 1
            continue
        if char in "\"'":
            blank_so_far = False
            quote = char * 3 if text.startswith(char * 3, i) else char
            i += len(quote)
            continue
        if char == "#":
            end = text.find("\n", i)
            i = size if end < 0 else end
            continue
        at_line_start = blank_so_far
        blank_so_far = char == "\n" or (blank_so_far and char in " \t\r")
        if char == "\n":
            dots = 0
        elif char in "[{":
            if char == "[" and brackets == 0 and at_line_start:
                in_header, header = True, 0
            brackets += 1
            dots = 0
        elif char in "]}":
            brackets = max(0, brackets - 1)
            if in_header and brackets == 0:
                in_header, header = False, dots + 1
                dots = 0
        elif char in "=,":
            dots = 0
        elif char == ".":
            dots += 1
        current = brackets + dots + (0 if in_header else header)
        if current > deepest:
            deepest = current
            if deepest > limit:
                return deepest
        i += 1
    return deepest

