"""Captions below their tables: a report that writes the 'Tabel ...' line (and its
'Sumber: ...' note) under each table names each table by the caption under it, not by
the caption of the table above; a report that captions above keeps its captions."""

from __future__ import annotations

from checker.text import parse_source

_BELOW = """\
Sasaran dan target sebagai berikut:

No\tSasaran\tTarget
1\tMeningkatnya kualitas air\t52,00
2\tMeningkatnya pengelolaan sampah\t72,00

Tabel 2.2 Perjanjian Kinerja Tahun 2022
Sumber: Perjanjian Kinerja Tahun 2022
Anggaran untuk mencapai sasaran tersebut dialokasikan pada 2 (dua) program:

No\tProgram\tAnggaran (Rp)
1\tProgram Pengelolaan Persampahan\t5.101.900.000
2\tProgram Pengendalian Pencemaran\t957.700.000

Tabel 2.3 Program dan Anggaran Tahun 2022
Sumber: DPA Tahun Anggaran 2022

No\tProgram\tKeterangan
1\tProgram Pengelolaan Persampahan\tAPBD
2\tProgram Pengendalian Pencemaran\tAPBD

Program dan Sumber Dana Tahun 2022
Sumber: DPA Tahun Anggaran 2022
"""

_ABOVE = """\
Tabel 2.3
Perjanjian Kinerja Tahun 2022

No\tSasaran\tTarget
1\tMeningkatnya kualitas air\t52,00
2\tMeningkatnya pengelolaan sampah\t72,00

Tabel 2.4
Program dan Anggaran Tahun 2022

No\tProgram\tAnggaran (Rp)
1\tProgram Pengelolaan Persampahan\t5.101.900.000
2\tProgram Pengendalian Pencemaran\t957.700.000

Tabel 3.1 Skala Predikat
No\tCapaian\tPredikat
1\t>= 91\tSangat Tinggi
2\t< 91\tTinggi
"""


def _captions(text: str) -> list[tuple[str | None, int | None]]:
    return [(table.caption, table.caption_line) for table in parse_source(text, "t.txt").tables]


def test_a_report_that_captions_below_names_each_table_by_the_caption_under_it() -> None:
    assert _captions(_BELOW) == [
        ("Tabel 2.2 Perjanjian Kinerja Tahun 2022", 7),
        ("Tabel 2.3 Program dan Anggaran Tahun 2022", 15),
        # A title with its source note under the table is its caption too.
        ("Program dan Sumber Dana Tahun 2022", 22),
    ]


def test_a_report_that_captions_above_keeps_its_captions() -> None:
    assert _captions(_ABOVE) == [
        ("Tabel 2.3 Perjanjian Kinerja Tahun 2022", 1),
        ("Tabel 2.4 Program dan Anggaran Tahun 2022", 8),
        ("Tabel 3.1 Skala Predikat", 15),
    ]
