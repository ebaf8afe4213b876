"""Plausible message arguments, so that ``lkjip explain`` shows a finding as it reads.

A rule's message is a template (``{level} '{name}' ...``); explain renders it with these
sample values, by argument name, in the reader's language. They are illustrations of
the kind of value each argument holds, not figures of any report. An argument no
entry names is shown as an ellipsis, never as a raw ``{placeholder}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from checker.display import Percent, Rupiah

__all__ = ["SAMPLE_ARGS", "sample_args"]

_PROGRAM = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
_KEGIATAN = "Administrasi Umum Perangkat Daerah"
_INDIKATOR = "Persentase desa yang menyampaikan laporan tepat waktu"
_SASARAN = "Meningkatnya kualitas pelayanan publik"


SAMPLE_ARGS: Mapping[str, Any] = {
    "against": {"id": "Renstra 2021-2026", "en": "Renstra 2021-2026"},
    "agency": "Kecamatan Sukamaju",
    "agreed": {"id": "PK (Tabel 2.2)", "en": "PK (Tabel 2.2)"},
    "basis": {"id": "", "en": ""},
    "budget": "Tabel 3.3",
    "candidates": {"id": "total Tabel 3.3 (baris 61) Rp 950.000.000",
                   "en": "the total of Tabel 3.3 (line 61) Rp 950,000,000"},
    "capaian": Percent(Decimal("93.69")),
    "changes": {"id": "target indikator '" + _INDIKATOR + "' 80 menjadi 85",
                "en": "target of indikator '" + _INDIKATOR + "' 80 becomes 85"},
    "child_level": {"id": "sub kegiatan", "en": "sub kegiatan"},
    "claimed": "5",
    "code": "5.01.01.2.01",
    "column": "pagu",
    "computed": Percent(Decimal("90")),
    "contradiction": {"id": "induk pemekaran \"Kecamatan Sukamulya\" di sini, "
                            "tetapi \"Kecamatan Sukasari\" pada baris 88",
                      "en": "parent agency \"Kecamatan Sukamulya\" here, "
                            "but \"Kecamatan Sukasari\" on line 88"},
    "count": 2,
    "counts": "Tabel 3.3: 4",
    "detail": {"id": "capaian tertulis 92,00, sedangkan hasil hitung 90 / 100 x 100 = 90,00%",
               "en": "capaian is stated as 92,00, but 90 / 100 x 100 = 90.00%"},
    "digits": "5",
    "document": {"id": "Perjanjian Kinerja", "en": "Perjanjian Kinerja"},
    "edition": {"id": "nomenklatur Kepmendagri seri 900", "en": "the Kepmendagri 900 series"},
    "entry": "BAB III AKUNTABILITAS KINERJA",
    "entry_line": 31,
    "excerpt": "... laporan kinerja tahun 2022 ...",
    "excess": Rupiah(Decimal(2000000)),
    "expected": "60",
    "expected_text": Rupiah(Decimal(81154008)),
    "field": {"id": "Target", "en": "Target"},
    "first": Rupiah(Decimal(600000000)),
    "first_line": 11,
    "first_places": "Tabel 2.2",
    "first_table": "Tabel 3.3",
    "follows": {"id": "judul berikutnya", "en": "the next heading"},
    "formula": "90 / 100 x 100",
    "found": "2022",
    "heading": "BAB III AKUNTABILITAS KINERJA ORGANISASI",
    "heading_line": 120,
    "indikator": _INDIKATOR,
    "item": {"id": f"indikator '{_INDIKATOR}'", "en": f"indikator '{_INDIKATOR}'"},
    "last": "dengan",
    "level": {"id": "Kegiatan", "en": "Kegiatan"},
    "line": 42,
    "main": "Tabel 3.3",
    "main_line": 61,
    "meaning": {"id": "adalah kegiatan lain", "en": "is another kegiatan"},
    "missing": {"id": "realisasi/capaian", "en": "realisasi/capaian"},
    "na": "N/A",
    "na_line": 230,
    "na_table": "Tabel 3.2",
    "name": _KEGIATAN,
    "note": "",
    "noun": "program",
    "official_code": "5.01.01.2.01",
    "other": "Tabel 2.3",
    "pagu": Rupiah(Decimal(35000000)),
    "part": {"id": "Bab III Akuntabilitas Kinerja", "en": "Bab III Akuntabilitas Kinerja"},
    "parts": "Bab I, Bab II, Bab III, Bab IV",
    "perubahan": "180-195",
    "pk": "160-175",
    "place": "Tabel 3.2",
    "placement": {"id": "sesudah 'BAB II PERENCANAAN KINERJA' (dicetak pada baris 240)",
                  "en": "after 'BAB II PERENCANAAN KINERJA' (printed on line 240)"},
    "position": "",
    "previous": "3.",
    "previous_line": 88,
    "problem": {"id": "kelompok digit tidak cocok dengan format angka mana pun",
                "en": "digit groups do not fit any number format"},
    "program": _PROGRAM,
    "raw": "1.200.0000",
    "realisasi": Rupiah(Decimal(33250000)),
    "relation": {"id": "tampaknya nama yang sama, ditulis berbeda",
                 "en": "seem to be one name, written differently"},
    "rkt": "RKT (Lampiran 2)",
    "rows": f"'{_INDIKATOR}' 87,50%",
    "sasaran": _SASARAN,
    "scale": "LKjIP (Tabel 3.1)",
    "scope": "Bab III",
    "second": Rupiah(Decimal(400000000)),
    "second_line": 22,
    "second_places": "Tabel 3.2",
    "second_table": "PK (Lampiran 1)",
    "source": "Tabel 3.3",
    "span": "120-340",
    "stated": "92,00",
    "subject": {"id": "realisasi anggaran", "en": "the budget realisation"},
    "suggestion": "Administrasi Umum Perangkat Daerah",
    "table": "Tabel 3.3",
    "topic": {"id": "realisasi anggaran", "en": "the budget realisation"},
    "total": Rupiah(Decimal(81154008)),
    "unit": "desa",
    "value": "65",
    "what": {"id": f"kegiatan \"{_KEGIATAN}\"", "en": f"kegiatan \"{_KEGIATAN}\""},
    "where": {"id": "Lampiran tidak memuat Perjanjian Kinerja",
              "en": "The Lampiran holds no Perjanjian Kinerja"},
    "whole": 12,
    "why": {"id": "tahun laporan sebelumnya", "en": "the year of an earlier report"},
    "word": "sebanyak",
    "words": "enam",
    "words_value": "6",
    "year": 2024,
    "zero": "0",
    "zero_line": 236,
    "zero_table": "Tabel 3.3",
}


# Where one argument name holds different kinds of value: by category, then by rule.
_BY_CATEGORY: Mapping[str, Mapping[str, Any]] = {
    "budget": {"stated": Rupiah(Decimal(81154000)), "found": Rupiah(Decimal(80000000))},
    "cascade": {"found": Rupiah(Decimal(80000000))},
}
_BY_RULE: Mapping[str, Mapping[str, Any]] = {
    "BUD004": {"stated": Percent(Decimal(96)), "computed": Percent(Decimal(95))},
    "BUD005": {"computed": Rupiah(Decimal(1154008))},
    "CON002": {"stated": "5.000.000"},
    "CON005": {"stated": "88,62%"},
    "CON013": {"count": 9, "computed": Percent(Decimal(75)), "stated": "80%"},
    "CAP003": {"stated": "Baik", "expected": "Sangat Baik"},
    "CAP004": {"stated": "97,85%", "computed": "98,75%"},
    "CON003": {"what": {"id": "Sasaran", "en": "Sasaran"}, "first": _SASARAN,
               "second": "Meningkatnya kualitas layanan publik"},
    "CON007": {"what": {"id": "Periode Renstra", "en": "Renstra period"},
               "found": "2019-2023", "expected": "2021-2026",
               "excerpt": "... Renstra Tahun 2019-2023 ..."},
    "CON008": {"what": {"id": "Nama penanda tangan", "en": "Signer's name"}, "other": 512,
               "found": "Drs. Ahmad Suryadi", "expected": "Drs. Ahmad Suryadi, M.Si"},
    "CON010": {"first": _KEGIATAN, "second": "Administrasi Umum Perangkat  Daerah."},
    "HYG001": {"found": "Kecamatan Sukamakmur",
               "excerpt": "... Kecamatan Sukamakmur berkomitmen ..."},
    "HYG002": {"what": {"id": "Tahun", "en": "Year"}},
    "HYG003": {"found": "#REF!", "excerpt": "... realisasi #REF! dari target ..."},
    "HYG004": {"what": {"id": "petunjuk pengisian", "en": "filling instruction"},
               "found": "[isi nama OPD]", "excerpt": "... [isi nama OPD] ..."},
    "HYG005": {"excerpt": "... sebanyak  program ..."},
    "HYG006": {"expected": "4.", "found": "5.", "excerpt": "5. Kegiatan ..."},
    "NOM001": {"basis": {"id": "nama resmi terdekat", "en": "closest official name"},
               "suggestion": "Administrasi Keuangan Perangkat Daerah"},
    "STR002": {"expected": {"id": "Bab II seharusnya sebelum Bab III",
                            "en": "Bab II comes before Bab III"}},
    "STR003": {"part": {"id": "Realisasi Anggaran", "en": "Realisasi Anggaran"}},
}


class _Samples(dict[str, Any]):
    """The sample values, with an ellipsis for an argument no entry names."""

    def __missing__(self, key: str) -> str:
        return "..."


def sample_args(names: set[str] | None = None, code: str = "",
                category: str = "") -> dict[str, Any]:
    """Sample arguments (all, or those ``names``) for the rule ``code`` of ``category``,
    with ``...`` for names no sample has."""
    samples = {**SAMPLE_ARGS, **_BY_CATEGORY.get(category, {}), **_BY_RULE.get(code, {})}
    chosen = samples if names is None else {name: samples.get(name, "...") for name in names}
    return _Samples(chosen)
