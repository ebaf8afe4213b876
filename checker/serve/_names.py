"""Upload names made safe: a plain basename with its extension, never a path.

The name a browser sends is whatever the sender wants (``../../etc/passwd.txt``,
``C:\\laporan.pdf``, control characters, a thousand characters). It is only shown
back to the sender and used to write the upload inside the request's own
temporary folder, so it is cut to its last component and to a small alphabet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

__all__ = ["safe_name"]

_UNSAFE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_STEM = 80
_MAX_SUFFIX = 8
_FALLBACK = "laporan"


def safe_name(sent: str | None, taken: Collection[str] = ()) -> str:
    """A basename of letters, digits, ``._-``, unique among ``taken``."""
    last = re.split(r"[/\\]", sent or "")[-1]
    ascii_only = unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE_CHARS.sub("_", ascii_only).strip("._-")
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        stem, suffix = cleaned, ""
    stem = stem.strip("._-")[:_MAX_STEM] or _FALLBACK
    suffix = suffix.lower()[:_MAX_SUFFIX]
    name = f"{stem}.{suffix}" if suffix else stem
    counter = 2
    while name in taken:
        name = f"{stem}-{counter}.{suffix}" if suffix else f"{stem}-{counter}"
        counter += 1
    return name
