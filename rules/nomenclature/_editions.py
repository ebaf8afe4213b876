"""The editions of the nomenclature shipped with the pack, and the one a report follows.

``data/editions.toml`` names each CSV of ``data/`` with its edition, source, first year
and the kinds of pemda it covers. Nothing is read when the module is imported: the
manifest and an edition's CSV are read the first time a NOM rule asks for them, once
per process, so a check that does not run the pack pays nothing for it.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from checker.model import Meta

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["PEMDA", "Choice", "Edition", "Row", "choose", "editions", "pemda_of", "rows_of"]

PEMDA = frozenset({"PROV", "KAB", "KOTA"})
# The jenis_pemda cells the data use; KABKOT is one list for both kabupaten and kota.
_CELLS = {"PROV": frozenset({"PROV"}), "KAB": frozenset({"KAB"}), "KOTA": frozenset({"KOTA"}),
          "KABKOT": frozenset({"KAB", "KOTA"})}
_LEVELS = frozenset({"program", "kegiatan", "sub_kegiatan"})
_KIND_WORD = re.compile(r"\b(provinsi|prov|kabupaten|kab|kota)\b", re.IGNORECASE)
_KIND_OF_WORD = {"provinsi": "PROV", "prov": "PROV", "kabupaten": "KAB", "kab": "KAB",
                 "kota": "KOTA"}
# Kecamatan and kelurahan exist only inside a kabupaten or a kota.
_KABKOT_AGENCIES = frozenset({"kecamatan", "kelurahan"})


class ManifestError(ValueError):
    """The manifest of the shipped editions is unusable (a packaging mistake)."""


@dataclass(frozen=True)
class Edition:
    """One edition of the nomenclature: a CSV of ``data/`` and what the manifest says."""

    file: str
    label: str
    regulation: str
    source: str
    first_year: int
    last_year: int | None
    pemda: frozenset[str]

    def governs(self, year: int) -> bool:
        return self.first_year <= year and (self.last_year is None or year <= self.last_year)

    def distance(self, year: int) -> int:
        """Years between ``year`` and the period this edition governs (0 inside it)."""
        if year < self.first_year:
            return self.first_year - year
        return 0 if self.last_year is None else max(0, year - self.last_year)


class Row(NamedTuple):
    """One program, kegiatan or sub kegiatan of an edition. A tuple: an edition has
    thousands of rows, made by every process that checks a report of its years, and a
    frozen dataclass took twice as long to make."""

    code: str
    level: str
    name: str
    pemda: frozenset[str]


@dataclass(frozen=True)
class Choice:
    """The edition a report is checked against, and whether it governs the report's year
    (else it is the nearest one, and the findings are only indications)."""

    edition: Edition
    in_force: bool
    year: int | None
    pemda: frozenset[str]  # empty when the report does not say which kind of pemda


def _data() -> Traversable:
    return resources.files(__package__).joinpath("data")


@cache
def editions() -> tuple[Edition, ...]:
    """The editions the manifest lists, in its order."""
    text = _data().joinpath("editions.toml").read_text(encoding="utf-8")
    return tuple(_edition(entry) for entry in tomllib.loads(text).get("edition", ()))


def _edition(entry: Mapping[str, object]) -> Edition:
    missing = [key for key in ("file", "label", "regulation", "source", "first_year", "pemda")
               if key not in entry]
    if missing:
        raise ManifestError(f"edition {entry.get('file', '?')!r} lacks {', '.join(missing)}")
    pemda = frozenset(str(kind).upper() for kind in _as_list(entry["pemda"]))
    if not pemda or not pemda <= PEMDA:
        raise ManifestError(f"edition {entry['file']!r}: pemda must be among {sorted(PEMDA)}")
    last = entry.get("last_year")
    return Edition(
        file=str(entry["file"]), label=str(entry["label"]), regulation=str(entry["regulation"]),
        source=str(entry["source"]), first_year=int(str(entry["first_year"])),
        last_year=None if last is None else int(str(last)), pemda=pemda,
    )


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


@cache
def rows_of(edition: Edition) -> tuple[Row, ...]:
    """The program, kegiatan and sub kegiatan rows of an edition's CSV (urusan and
    bidang rows are not names a budget table prints)."""
    with _data().joinpath(edition.file).open(encoding="utf-8", newline="") as handle:
        records = csv.reader(handle)
        return tuple(_rows(records, next(records, []), edition))


def _rows(records: Iterable[list[str]], header: list[str], edition: Edition) -> Iterable[Row]:
    # Plain records, their columns found by name in the header: a dict for each record
    # (csv.DictReader) was a third of the reading, and a CSV of ten thousand rows is read
    # by every process that checks a report of its years.
    column = {name: index for index, name in enumerate(header)}
    code, name = column["code"], column["name"]
    level_at, pemda_at = column.get("level"), column.get("jenis_pemda")
    pemda_of_cell: dict[str, frozenset[str]] = {}
    for record in records:
        level = _cell(record, level_at)
        if level not in _LEVELS:
            continue
        cell = _cell(record, pemda_at).upper()
        if cell not in pemda_of_cell:
            pemda_of_cell[cell] = (_CELLS.get(cell, edition.pemda) & edition.pemda if cell
                                   else edition.pemda)
        yield Row(record[code].strip(), level, record[name].strip(), pemda_of_cell[cell])


def _cell(record: list[str], index: int | None) -> str:
    """The stripped text of a record's column; empty when the record or the header
    lacks it (as csv.DictReader gives None for a short record)."""
    return record[index].strip() if index is not None and index < len(record) else ""


def pemda_of(meta: Meta) -> frozenset[str]:
    """The kind of pemda the report's agency belongs to: from the region ("Kabupaten
    Tegal"), else the agency's name ("Dinas PUPR Provinsi ..."), else a kecamatan or
    kelurahan (always kabupaten or kota); empty when nothing says."""
    for text in (meta.region, meta.agency):
        found = _KIND_WORD.search(text or "")
        if found:
            return frozenset({_KIND_OF_WORD[found.group(1).lower()]})
    if (meta.agency_kind or "").lower() in _KABKOT_AGENCIES:
        return frozenset({"KAB", "KOTA"})
    return frozenset()


def choose(year: int | None, pemda: frozenset[str]) -> Choice | None:
    """The edition governing ``year`` for this kind of pemda (the latest to begin, when
    several do); else the nearest in years, a later one winning a tie, since a newer
    edition carries the renames of an older one more often than the reverse."""
    fitting = [e for e in editions() if not pemda or pemda & e.pemda] or list(editions())
    if not fitting:
        return None
    if year is not None:
        governing = [e for e in fitting if e.governs(year)]
        if governing:
            return Choice(max(governing, key=lambda e: e.first_year), True, year, pemda)
    nearest = min(fitting, key=lambda e: (e.distance(year) if year is not None else 0,
                                          -e.first_year))
    return Choice(nearest, False, year, pemda)
