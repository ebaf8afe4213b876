"""What a narrative figure is, from the words that govern it; counts of kegiatan that
were called off are no count of the agency's kegiatan."""

from __future__ import annotations

import textwrap
from decimal import Decimal

from checker.extract._claims import extract_claims
from checker.model import Claim
from checker.text import parse_source


def _claims(text: str) -> tuple[Claim, ...]:
    return extract_claims(parse_source(textwrap.dedent(text)))


def _amounts(text: str) -> list[tuple[str, Decimal, str | None]]:
    """(subject, value, group) of each amount claim."""
    return [(c.subject, c.value.value, c.group) for c in _claims(text) if c.kind == "amount"]


def _counts(text: str) -> list[tuple[str, Decimal]]:
    return [(c.subject, c.value.value) for c in _claims(text) if c.kind == "count"]


# -- a spending verb governs the budget noun after it --------------------------------------

def test_menyerap_anggaran_is_the_realisation_and_dari_pagu_its_budget():
    assert _amounts(
        "Kegiatan Penyusunan Dokumen Perencanaan menyerap anggaran Rp 677.549.950 dari pagu "
        "Rp 700.450.000 (96,73%), sedangkan capaian sasaran 99,16%.\n"
    ) == [
        ("realisasi", Decimal(677549950), "line-1"),
        ("pagu", Decimal(700450000), "line-1"),
        ("persen", Decimal("96.73"), "line-1"),
    ]


def test_every_voice_of_the_spending_verbs_is_a_realisation():
    text = """\
    Program Pelayanan Publik menggunakan anggaran Rp. 81.898.100,00 dari pagu
    Rp. 84.950.000,00 atau 96,41%.

    Sekretariat mengelola pagu anggaran sebesar Rp 39.802.725.600 dan merealisasikan
    Rp 38.144.772.425 atau 95,83%.

    Kegiatan Patroli membelanjakan Rp 1.124.647.700,- dari pagu Rp 1.161.250.000,-.

    Dana yang diserap kegiatan ini sebesar Rp 429.771.950.
    """
    assert [(c.where.line, c.subject) for c in _claims(text)] == [
        (1, "realisasi"), (2, "pagu"), (2, "persen"),
        (4, "pagu"), (5, "realisasi"), (5, "persen"),
        (7, "realisasi"), (7, "pagu"),
        (9, "realisasi"),
    ]


def test_remainder_and_allocation_words_keep_their_figures():
    assert _amounts(
        "Anggaran Belanja Modal ditetapkan sebesar Rp 1.250.000 dan sisa dari anggaran sebesar "
        "Rp 43.750.\n"
    ) == [("pagu", Decimal(1250000), "line-1"), ("sisa", Decimal(43750), "line-1")]
    assert _amounts(
        "Anggaran yang tidak terserap sebesar Rp 57.000 berasal dari belanja pegawai.\n"
    ) == [("sisa", Decimal(57000), "line-1")]


def test_a_verb_of_having_opens_the_clause_that_governs_the_figure():
    # The spending verb belongs to the relative clause about the kegiatan, not to the pagu.
    assert _amounts(
        "Kegiatan yang menyerap anggaran terbesar memiliki pagu Rp 2.500.000.000.\n"
    ) == [("pagu", Decimal(2500000000), "line-1")]


def test_a_share_of_the_budget_after_a_pagu_is_no_realisation_percentage():
    # Only the ratio of a realisation and the pagu it is 'dari' restates a realisation.
    assert _amounts(
        "Anggaran belanja modal sebesar Rp 500.000.000 atau 10,00% dari total anggaran.\n"
    ) == [("pagu", Decimal(500000000), "line-1")]


# -- counts of kegiatan that were called off -----------------------------------------------

def test_kegiatan_that_were_cancelled_are_not_a_count_of_the_agencys_kegiatan():
    assert _counts(
        "Persentase realisasi terendah terdapat pada sub kegiatan Pendidikan dan Pelatihan "
        "(90,81%) karena dua kegiatan bimbingan teknis dibatalkan penyelenggaranya.\n"
        "\n"
        "Sebanyak 2 (dua) kegiatan tidak dapat dilaksanakan akibat refocusing anggaran.\n"
        "\n"
        "Tiga kegiatan sosialisasi ditunda ke tahun berikutnya.\n"
    ) == []


def test_the_agencys_own_counts_of_kegiatan_stay():
    assert _counts(
        "Pada tahun 2022 Sekretariat DPRD melaksanakan 10 (sepuluh) kegiatan.\n"
        "\n"
        "Anggaran tersebut terdiri dari 3 program, 10 kegiatan dan 21 sub kegiatan.\n"
        "\n"
        "Sebanyak 12 kegiatan telah dilaksanakan seluruhnya.\n"
    ) == [
        ("kegiatan", Decimal(10)),
        ("program", Decimal(3)), ("kegiatan", Decimal(10)), ("sub_kegiatan", Decimal(21)),
        ("kegiatan", Decimal(12)),
    ]
