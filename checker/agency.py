"""Whether two printed names are the same agency: a name and its acronym.

Shared by the meta extraction (which counts a name and its acronym as one agency) and
the hygiene rules (which must not take the agency's own acronym for another agency), so
it sits below both.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["same_agency_name"]

_CONNECTORS = frozenset(("dan", "serta", "&"))
# An acronym takes at most this many letters of each word ("Bappeda": Ba-p-pe-da).
_MAX_ACRONYM_LETTERS = 3


def same_agency_name(first: str, second: str) -> bool:
    """Whether two printed names are one name: word for word the same, where a word of the
    shorter may be the acronym of a run of the longer's words ("Dinas PUPR" and "Dinas
    Pekerjaan Umum dan Penataan Ruang", "RSUD Batu Layang" and "Rumah Sakit Umum Daerah
    Batu Layang", "Bappeda" and "Badan Perencanaan Pembangunan Daerah"). Connectors
    ("dan", "serta") do not count; case and punctuation neither."""
    short, long = sorted((_significant(first), _significant(second)), key=len)
    return bool(short) and _aligned(short, long)


def _significant(name: str) -> list[str]:
    words = ("".join(char for char in word if char.isalnum()) for word in name.casefold().split())
    return [word for word in words if word and word not in _CONNECTORS]


def _aligned(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether ``short`` reads word by word as ``long``, a word standing for one word
    (itself) or for a run of two or more (as their acronym)."""
    if not short:
        return not long
    word = short[0]
    for size in range(1, len(long) - len(short) + 2):
        run = long[:size]
        if (run == [word] if size == 1 else _is_acronym(word, run)) and _aligned(
            short[1:], long[size:]
        ):
            return True
    return False


def _is_acronym(word: str, run: Sequence[str]) -> bool:
    """Whether ``word`` is made of the first letters of each word of ``run``, in order,
    one piece per word: 'pupr' of 'pekerjaan umum penataan ruang', 'bappeda' of 'badan
    perencanaan pembangunan daerah'."""
    if not run:
        return not word
    if not word or len(word) > _MAX_ACRONYM_LETTERS * len(run):
        return False
    first = run[0]
    for size in range(1, min(len(first), len(word), _MAX_ACRONYM_LETTERS) + 1):
        if word[size - 1] != first[size - 1]:
            break
        if _is_acronym(word[size:], run[1:]):
            return True
    return False


