"""The PK of a Lampiran laid out with spaces, printed under the PK form's text and with
no caption: the form's prose, wrapped by the page ('... target kinerja jangka menengah.
Pihak kedua ...'), is no title, so its 'jangka menengah' does not make the table a
Renstra and the Lampiran's targets are compared with the PK of Bab II."""

from __future__ import annotations

from decimal import Decimal

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.plugins import load_registry
from checker.rule import Finding
from checker.text import parse_source

# Bab II's PK (captioned) and the signed PK in the Lampiran (under the form, no caption).
_REPORT = """\
                      LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2021
                                KECAMATAN BATU JAYA

BAB II PERENCANAAN KINERJA

   Tabel 2.1 Perjanjian Kinerja Tahun 2021
   No   Sasaran Strategis           Indikator Kinerja                               Target
   1    Meningkatnya kualitas       Indeks Kepuasan Masyarakat                       80,00
        pelayanan publik
                                    Persentase dokumen yang selesai tepat waktu     92,00%

BAB III AKUNTABILITAS KINERJA

Capaian kinerja diuraikan per sasaran.

LAMPIRAN

Lampiran 1. Perjanjian Kinerja Tahun 2021

                            PERJANJIAN KINERJA TAHUN 2021

   Nama     : DARMAWAN, S.Sos.
   Jabatan  : Camat Batu Jaya
   selanjutnya disebut pihak pertama

Pihak pertama berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini dalam
rangka mencapai target kinerja jangka menengah. Pihak kedua akan melakukan supervisi dan
evaluasi terhadap capaian kinerja dari perjanjian ini.

   No   Sasaran Strategis           Indikator Kinerja                               Target
   1    Meningkatnya kualitas       Indeks Kepuasan Masyarakat                       80,00
        pelayanan publik
                                    Persentase dokumen yang selesai tepat waktu     92,00%
"""
_LAMPIRAN_TARGET_LINE = 33


def _con001(text: str) -> list[Finding]:
    report = extract_report(parse_source(text, "laporan.txt"))
    rules = [rule for rule in load_registry(entry_points=False).rules if rule.code == "CON001"]
    return list(check_report(report, rules, Config()).findings)


def test_the_lampiran_pk_under_the_form_is_read_as_the_pk() -> None:
    report = extract_report(parse_source(_REPORT, "laporan.txt"))
    lampiran = [row for row in report.agreements if row.where.line > 20]
    assert [(row.indikator, row.target.value if row.target else None, row.document)
            for row in lampiran] == [
        ("Indeks Kepuasan Masyarakat", Decimal("80.00"), "pk"),
        ("Persentase dokumen yang selesai tepat waktu", Decimal("92.00"), "pk"),
    ]


def test_a_lampiran_target_other_than_bab_ii_is_found() -> None:
    changed = _REPORT.replace("waktu     92,00%\n", "waktu     95,00%\n").replace(
        "waktu     95,00%\n", "waktu     92,00%\n", 1
    )
    findings = _con001(changed)
    assert [(finding.location.line, finding.text("en").count("95,00")) for finding in findings] \
        == [(_LAMPIRAN_TARGET_LINE, 1)]


def test_the_same_targets_in_both_pk_tables_are_silent() -> None:
    assert _con001(_REPORT) == []
