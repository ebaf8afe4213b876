"""HYG002 on the note under a table: the table of earlier years' realisasi, under the
heading of the comparison with earlier years, and its source note naming those years
("Realisasi tahun 2021 dan 2022 diambil dari LKjIP tahun bersangkutan."). The table and
its caption stand between the note and its heading; the note is part of the comparison.
Under a heading of the year's own work, an earlier year in such a sentence is still told."""

from __future__ import annotations

from collections.abc import Callable

_REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB III AKUNTABILITAS KINERJA

#### {heading}

**Tabel 3.2 Realisasi Indikator Sasaran 1**

| Indikator | Satuan | 2021 | 2022 | 2023 |
|---|---|--:|--:|--:|
| Persentase produk hukum daerah yang ditetapkan tepat waktu | % | 81,25 | 86,11 | 92,50 |
| Nilai status kinerja penyelenggaraan pemerintahan daerah | skor | 2,94 | 3,02 | 3,21 |
| Persentase kebijakan kesejahteraan rakyat yang terkoordinasi | % | 76,92 | 80,00 | 86,67 |

{note}
"""

_NOTE = "Realisasi tahun 2021 dan 2022 diambil dari LKjIP tahun bersangkutan."


def _hyg002(check_inline: Callable[..., list[tuple]], heading: str, note: str) -> list[tuple]:
    return check_inline(_REPORT.format(heading=heading, note=note), "HYG002")


def test_the_note_under_the_table_of_earlier_years_is_a_comparison(
    check_inline: Callable[..., list[tuple]],
) -> None:
    heading = "b. Perbandingan dengan tahun-tahun sebelumnya"
    assert _hyg002(check_inline, heading, _NOTE) == []


def test_a_caption_naming_the_comparison_frames_its_note_too(
    check_inline: Callable[..., list[tuple]],
) -> None:
    report = _REPORT.format(heading="a. Capaian indikator", note=_NOTE).replace(
        "Realisasi Indikator Sasaran 1**", "Perbandingan Realisasi dengan Tahun Sebelumnya**")
    assert check_inline(report, "HYG002") == []


def test_an_earlier_year_under_a_heading_of_the_years_own_work_is_told(
    check_inline: Callable[..., list[tuple]],
) -> None:
    note = "Realisasi anggaran tahun 2021 mencapai 96,40 persen dari pagu."
    found = _hyg002(check_inline, "a. Realisasi anggaran", note)
    assert [(rule, line) for rule, line, _ in found] == [("HYG002", 15)]
    assert 'Tahun kegiatan dan kinerja "2021" tidak sesuai dengan tahun laporan 2023' in (
        found[0][2])
