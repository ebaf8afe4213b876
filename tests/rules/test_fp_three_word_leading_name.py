"""CAP001: a polarity sentence may name an indicator by its first three words ("luas
genangan banjir" for "Luas genangan banjir pada wilayah sungai strategis"), when no other
indicator's name begins with them."""

from __future__ import annotations

import pytest

CAPAIAN = """\
# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

## BAB II PERENCANAAN KINERJA

{polarity}

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Pengukuran Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Luas genangan banjir pada wilayah sungai strategis | Ha | 2.850 | 2.612 | {capaian} |
| 2 | Luas areal irigasi yang terlayani air secara andal | Ha | 12.000 | 11.400 | 95,00 |
| 3 | Panjang alur sungai yang dinormalisasi | km | 46,00 | 44,30 | 96,30 |
"""
_NAMED = ("Indikator luas genangan banjir merupakan indikator dengan polaritas negatif "
          "(semakin kecil realisasi semakin baik).")


def _cap001(check_inline, polarity: str, capaian: str) -> list[str]:
    text = CAPAIAN.format(polarity=polarity, capaian=capaian)
    return [message for _, _, message in check_inline(text, "CAP001")]


def test_three_leading_words_name_the_negative_indicator(check_inline):
    assert _cap001(check_inline, _NAMED, "108,35") == []


def test_the_named_indicator_computed_as_positive_is_reported(check_inline):
    found = _cap001(check_inline, _NAMED, "91,65")
    assert len(found) == 1 and "(2 x 2.850 - 2.612) / 2.850 x 100 = 108,35%" in found[0]


@pytest.mark.parametrize("polarity", [
    "Seluruh indikator dihitung dengan rumus realisasi / target x 100%.",
    # Two words are too common a phrase to name one indicator.
    "Indikator luas genangan berpolaritas negatif.",
])
def test_without_three_words_naming_it_the_indicator_is_positive(check_inline, polarity):
    found = _cap001(check_inline, polarity, "108,35")
    assert len(found) == 1 and "2.612 / 2.850 x 100 = 91,65%" in found[0]
