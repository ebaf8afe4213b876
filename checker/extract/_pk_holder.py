"""Whose Perjanjian Kinerja a table is: the agency's head's, or a subordinate's.

The LKjIP accounts for the PK its head signs with his superior (the kepala daerah or the
sekretaris daerah); Permenpan RB 53/2014 measures that one only. Agencies often append,
after it, the PKs their head signs with the officials below him (eselon III/IV: the
Sekretaris, the Kepala Bidang, the Kepala Seksi), which cascade his PK into their units.
Their sasaran and indicators support the agency's and are measured in the units' own
reports: read as the agency's PK they would be agreed targets the report never measures.

A PK says whose it is by the jabatan of its pihak pertama ("Pihak pertama: <nama>,
Sekretaris Dinas ...", or "Jabatan: ..." just above "selanjutnya disebut pihak pertama"),
else by its title ("Perjanjian Kinerja Kepala Bidang ..."), else by the heading of its
section ("Perjanjian Kinerja Pejabat Eselon III"). A heading that also names eselon II
("Perjanjian Kinerja Eselon II, III dan IV") covers the head's PK too, and decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.text import Source, Table

from ._context import context_lines, table_titles

__all__ = ["subordinate_pk"]

_PK = re.compile(r"perjanjian\s+kinerja|\bpk\b", re.IGNORECASE)
# Offices below the agency's head. "Sekretaris Daerah" and "Sekretaris DPRD" head an
# agency (or sign as its superior), so only the secretary of a unit is one of them.
_SUBORDINATE = re.compile(
    r"\beselon\s+(?:III|IV|3|4)\b|\bpejabat\s+(?:administrator|pengawas)\b"
    r"|\bsek(?:r|re)taris\s+(?:dinas|badan|kecamatan|camat|inspektorat|kantor|satuan"
    r"|rumah\s+sakit)\b"
    r"|\bkepala\s+(?:bidang|seksi|sub\s*bagian|sub\s*bidang|sub\s*bag)\b"
    r"|\b(?:kabid|kasubbag|kasubag|kasubbid|kasi|kasie|sekdis|sekban|sekcam)\b",
    re.IGNORECASE,
)
_HEAD_TOO = re.compile(r"\beselon\s+(?:II|2)\b(?!\s*[IV])", re.IGNORECASE)
_PIHAK_PERTAMA_LINE = re.compile(r"^pihak\s+pertama\s*[:=]\s*(?P<who>.+)$", re.IGNORECASE)
_PIHAK_PERTAMA_AFTER = re.compile(r"\bdisebut\s+pihak\s+pertama\b", re.IGNORECASE)
_JABATAN = re.compile(r"^jabatan\s*[:=]\s*(?P<who>.+)$", re.IGNORECASE)


def subordinate_pk(source: Source, table: Table, headings: Sequence[str]) -> bool:
    """Whether the PK ``table`` prints is a subordinate's, not the agency head's
    (``headings``: the headings of its section, nearest first)."""
    holder = _pihak_pertama(context_lines(source, table))
    if holder is not None:
        return bool(_SUBORDINATE.search(holder))
    title = next((text for text in table_titles(source, table) if _PK.search(text)), None)
    if title is not None:
        return bool(_SUBORDINATE.search(title))
    heading = next((text for text in headings if _PK.search(text)), "")
    return bool(_SUBORDINATE.search(heading)) and not _HEAD_TOO.search(heading)


def _pihak_pertama(lines: Sequence[str]) -> str | None:
    """The jabatan (with the name) of the PK's pihak pertama, from the lines above its
    table (nearest first), if they name it."""
    for index, line in enumerate(lines):
        if match := _PIHAK_PERTAMA_LINE.match(line):
            return match.group("who")
        if _PIHAK_PERTAMA_AFTER.search(line) and index + 1 < len(lines):
            jabatan = _JABATAN.match(lines[index + 1])
            if jabatan:
                return jabatan.group("who")
    return None
