"""Input readers: one per format, each registered through the ``lkjip_readers`` hook.

The package's public API is what every reader, and whoever hands a reader a file,
needs before parsing: :func:`read_bytes` (the file's bytes once checked to be a
usable report file) and :func:`decode_text` (those bytes as UTF-8 text). The readers
themselves are :mod:`checker.readers.structured` and :mod:`checker.readers.text`.
"""

from __future__ import annotations

from checker.readers._files import decode_text, read_bytes

__all__ = ["decode_text", "read_bytes"]
