"""Input readers: one per format, each registered through the ``lkjip_readers`` hook.

The package's public API is what every reader, and whoever hands a reader a file,
needs before parsing: :func:`read_bytes` (the file's bytes once checked to be a
usable report file: a regular file, read within the size limit), :func:`decode_text`
(those bytes as UTF-8 text), :func:`check_depth` (a TOML or JSON text refused when
nested too deeply, before a parser sees it) and :func:`file_identity` (the device and
inode a path names, to compare files however they are linked). Each limit they apply
is a keyword, by default the limit of the read under way
(:func:`checker.limits.current_limits`, set by :func:`checker.limits.reading_with`).
The readers themselves are :mod:`checker.readers.structured` and :mod:`checker.readers.text`.
"""

from __future__ import annotations

from checker.readers._files import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_LINES,
    MissingFileError,
    check_depth,
    decode_text,
    file_identity,
    read_bytes,
)

__all__ = [
    "MAX_BYTES", "MAX_DEPTH", "MAX_LINES", "MissingFileError", "check_depth", "decode_text",
    "file_identity", "read_bytes",
]
