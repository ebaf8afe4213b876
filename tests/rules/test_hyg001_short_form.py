"""HYG001 counts the mentions of the agency by its short form: a report that names itself
mostly "BPBD" (the acronym of its name) or by the form it gives its name in brackets
names itself no less often, so another region's agency of its name, printed once where
the report speaks of its work, is a leftover there too. Texts written for the project."""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

_OTHER = ("Badan Penanggulangan Bencana Daerah Kabupaten Lembah Tinggi telah melaksanakan "
          "Perjanjian Kinerja Tahun 2024 dengan capaian 99,80%.")


def _report_text(short: str, mentions: int) -> str:
    lines = ["LAPORAN KINERJA INSTANSI PEMERINTAH",
             "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN SELA GUNUNG", "TAHUN 2024", "",
             "BAB I PENDAHULUAN", "",
             "Badan Penanggulangan Bencana Daerah Kabupaten Sela Gunung (BPBD) bertugas "
             "menanggulangi bencana.", ""]
    lines += [f"Pada triwulan {n % 4 + 1} {short} melaksanakan kesiapsiagaan ke-{n}."
              for n in range(mentions)]
    return "\n".join([*lines, "", _OTHER, ""]) + "\n"


def _found(text: str, registry) -> list[tuple[int | None, str]]:
    report = extract_report(parse_source(text, "bpbd.txt"))
    rules = [r for r in registry.rules if r.code == "HYG001"]
    return [(f.location.line, f.args["found"])
            for f in check_report(report, rules, Config()).findings]


def test_hyg001_counts_the_acronym_as_the_agency_naming_itself(registry):
    text = _report_text("BPBD", 22)
    line = text.splitlines().index(_OTHER) + 1
    assert _found(text, registry) == [
        (line, "Badan Penanggulangan Bencana Daerah Kabupaten Lembah Tinggi")]


@pytest.mark.parametrize(("short", "mentions"), [("Badan", 22), ("BPBD", 5)])
def test_hyg001_needs_dozens_of_mentions_of_the_agency_itself(registry, short, mentions):
    # "Badan" alone is no name of the agency; five mentions are not dozens.
    assert _found(_report_text(short, mentions), registry) == []
