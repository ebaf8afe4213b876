"""The one name-matching policy (checker.names) and the places that use it.

The first half states the policy; the second shows, for each place that used to decide
on its own whether two printed names are one item, that it now decides by the policy.
"""

from __future__ import annotations

import pytest

from checker import compare, graph, names
from checker.graph import _GraphBuilder, node_finder
from checker.model import AgreementRow, BudgetItem, Level, Provenance
from checker.names import abbreviates, closest, fold_name, fold_text, same_name

# -- the policy --------------------------------------------------------------------------


@pytest.mark.parametrize(("printed", "folded"), [
    ("Program Penunjang Urusan Pemerintahan Daerah", "penunjang urusan pemerintahan daerah"),
    ("1.02.01 Program PENUNJANG Urusan", "penunjang urusan"),
    ("II. Sasaran Strategis: Meningkatnya Mutu", "meningkatnya mutu"),
    ("a. Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN", "penyediaan gaji dan tunjangan asn"),
    ("Kegiatan  Administrasi   Keuangan,  Perangkat Daerah",
     "administrasi keuangan perangkat daerah"),
    ("Pelayanan Kesehatan Balita (%)", "pelayanan kesehatan balita %"),
    ("Pembangunan Jalan Désa", "pembangunan jalan desa"),
    ("   ", ""),
])
def test_fold_name_folds_case_accents_punctuation_numbering_and_prefixes(printed, folded):
    assert fold_name(printed) == folded


def test_fold_text_keeps_prefixes_and_drops_symbols():
    assert fold_text("Program: Penunjang (Urusan) 50%") == "program penunjang urusan 50"


def test_the_graph_keeps_its_names_importable():
    assert graph.normalise_name is names.fold_name
    assert graph.fold_text is names.fold_text
    assert graph.FUZZY_THRESHOLD == names.FUZZY_THRESHOLD == 94
    assert graph.node_key("program", "Program Administrasi Umum") == "program:administrasi umum"


@pytest.mark.parametrize(("first", "second"), [
    ("Program Penunjang Urusan Pemerintahan Daerah", "PENUNJANG URUSAN PEMERINTAHAN DAERAH"),
    ("1.01 Program Pengelolaan Pendidikan", "Pengelolaan Pendidikan"),
    ("Sasaran Strategis: Meningkatnya Kualitas Pelayanan", "meningkatnya kualitas pelayanan"),
    # a typo, within the threshold
    ("Penyediaan Administrasi Pelaksanaan Tugas ASN",
     "Penyediaan Adminsitrasi Pelaksanaan Tugas ASN"),
    ("Persentase Penduduk Miskin Tahun 2023", "Persentase Penduduk Mskin Tahun 2023"),
])
def test_same_name(first, second):
    assert same_name(first, second)
    assert same_name(second, first)


@pytest.mark.parametrize(("first", "second"), [
    # numbers always agree
    ("Penyusunan Laporan Keuangan Tahun 2022", "Penyusunan Laporan Keuangan Tahun 2023"),
    ("Terlaksananya Kegiatan Tahun 2022", "Terlaksananya Kegiatan Tahun 2023"),
    ("Pembangunan Ruas Jalan 12", "Pembangunan Ruas Jalan 13"),
    # two kegiatan, however alike
    ("Administrasi Umum", "Administrasi Keuangan"),
    ("Administrasi Keuangan Perangkat Daerah", "Administrasi Kepegawaian Perangkat Daerah"),
    ("Administrasi Umum Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah"),
    # a blank names nothing
    ("", ""),
    ("Program", "Program"),
])
def test_not_same_name(first, second):
    assert not same_name(first, second)
    assert not same_name(second, first)


def test_closest_prefers_the_equal_then_the_most_similar_same_name():
    known = ["penyusunan laporan keuangan tahun 2022", "penyusunan laporan keuangan tahun 2023"]
    assert closest("penyusunan laporan keuangan tahun 2023", known) == known[1]
    assert closest("penyusunan laporan keuangn tahun 2023", known) == known[1]
    assert closest("penyusunan laporan keuangan tahun 2024", known) is None
    assert closest("", [""]) is None


@pytest.mark.parametrize(("reference", "full"), [
    # cut: the budget's full name shortened, with a typo
    ("Program Penunjang Urusan Pemerintahan Daerah",
     "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    ("Penunjang Urusan Pemerintahn Daerah", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    # words left out
    ("Perencanaan dan Evaluasi Kinerja Perangkat Daerah",
     "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah"),
    ("Pembangunan Jalan Tahap 2", "Pembangunan Jalan Lingkar Tahap 2"),
])
def test_abbreviates(reference, full):
    assert abbreviates(reference, full)
    assert abbreviates(full, reference)  # either way round


@pytest.mark.parametrize(("reference", "full"), [
    ("Administrasi Umum", "Administrasi Keuangan"),
    ("Administrasi Umum", "Administrasi Umum Perangkat Daerah"),  # under three words
    ("Administrasi Umum Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah"),
    ("Penyusunan Laporan Keuangan Tahun 2022", "Penyusunan Laporan Keuangan Tahun 2023 Semester"),
    ("Rehabilitasi Gedung Kantor", "Rehabilitasi Gedung Kantor Tahap 2"),  # numbers differ
    # far shorter than the name it would cut: another item, or several glued
    ("Pendidik dan Tenaga Kependidikan",
     "Pengembangan Kurikulum serta Program Pendidik dan Tenaga Kependidikan"),
])
def test_does_not_abbreviate(reference, full):
    assert not abbreviates(reference, full)
    assert not abbreviates(full, reference)


def test_a_glued_cell_holds_the_names_it_glues_but_only_when_asked():
    glued = "Program Penyelenggaraan Penataan Ruang; Program Pengembangan Jasa Konstruksi"
    assert not abbreviates("Program Pengembangan Jasa Konstruksi", glued)
    assert abbreviates("Program Pengembangan Jasa Konstruksi", glued, glued=True)
    # numbers still agree, and two words are still too few
    assert not abbreviates("Pembangunan Gedung Kantor", "Pembangunan Gedung Kantor 2; Taman",
                           glued=True)
    assert not abbreviates("Administrasi Umum", "Administrasi Umum; Administrasi Keuangan",
                           glued=True)


def test_abbreviates_on_folded_names():
    assert abbreviates("penunjang urusan pemerintahan daerah",
                       "penunjang urusan pemerintahan daerah kabupaten kota", folded=True)


# -- every former call site uses the policy ----------------------------------------------

def _where(line: int) -> Provenance:
    return Provenance(line=line, table="Tabel")


def test_graph_nodes_follow_same_name():
    builder = _GraphBuilder()
    first = builder.node("kegiatan", "Penyusunan Laporan Keuangan Tahun 2022")
    assert builder.node("kegiatan", "Penyusunan Laporan Keuangn Tahun 2022") == first
    assert builder.node("kegiatan", "Penyusunan Laporan Keuangan Tahun 2023") != first
    assert builder.node("kegiatan", "Administrasi Keuangan") != builder.node(
        "kegiatan", "Administrasi Umum")


def test_graph_known_names_need_the_same_numbers():
    # Before, the graph's look-up of a known name scored similarity without the numbers:
    # "Tahun 2023" was a known sasaran once "Tahun 2022" was.
    builder = _GraphBuilder()
    builder.node("sasaran", "Terlaksananya Kegiatan Tahun 2022")
    assert builder._known("sasaran", "Terlaksananya Kegiatan Tahun 2022")
    assert not builder._known("sasaran", "Terlaksananya Kegiatan Tahun 2023")


def test_graph_references_follow_abbreviates_without_gluing():
    builder = _GraphBuilder()
    full = builder.node("program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota")
    assert builder.refer("program", "Penunjang Urusan Pemerintahan Daerah") == full
    short = builder.node("program", "Program Pendidik dan Tenaga Kependidikan")
    joined = builder.refer(
        "program", "Pengembangan Kurikulum serta Program Pendidik dan Tenaga Kependidikan")
    assert joined != short


@pytest.mark.parametrize(("first", "second"), [
    ("Program Administrasi Umum", "ADMINISTRASI UMUM"),
    ("Penyusunan Laporan Tahun 2022", "Penyusunan Laporan Tahun 2023"),
    ("Administrasi Umum", "Administrasi Keuangan"),
    ("Penyediaan Administrasi Pelaksanaan Tugas ASN",
     "Penyediaan Adminsitrasi Pelaksanaan Tugas ASN"),
    ("", "Administrasi Umum"),
])
def test_the_sdk_same_name_is_the_policy(first, second):
    assert compare.same_name("kegiatan", first, second) == same_name(first, second)
    with pytest.raises(ValueError):
        compare.same_name("bidang", first, second)


def test_counts_no_longer_lets_tahun_2022_name_tahun_2023():
    from rules.counts import _add, _Agreed, _find_sasaran

    agreed = _Agreed("Perjanjian Kinerja")
    _add(agreed, "Terlaksananya Kegiatan Tahun 2022", "Persentase Kegiatan Terlaksana")
    _add(agreed, "Meningkatnya Kualitas Pelayanan Publik", "Indeks Kepuasan Masyarakat")
    # Before, a rapidfuzz ratio of 96 without the numbers named the 2022 sasaran.
    assert _find_sasaran(agreed, "Terlaksananya Kegiatan Tahun 2023") is None
    assert _find_sasaran(agreed, "Terlaksananya Kegiatn Tahun 2022") == (
        "terlaksananya kegiatan tahun 2022")
    assert _find_sasaran(agreed, "Sasaran 2") == "meningkatnya kualitas pelayanan publik"


def test_structure_markers_name_their_sasaran_by_the_policy():
    from rules.structure.str004_sasaran_analyses import _named_sasaran, _sasaran_list

    keys = [fold_name("Meningkatnya Cakupan Imunisasi Tahun 2023"),
            fold_name("Meningkatnya Kualitas Pelayanan Kesehatan Masyarakat")]
    # Before, a token-set similarity of 85 (numbers not compared) named the 2023 sasaran.
    assert _named_sasaran([fold_name("Meningkatnya Cakupan Imunisasi Tahun 2022")], keys) is None
    assert _named_sasaran([fold_name("meningkatnya cakupan imunisasi tahun 2023")], keys) == 0
    # a marker that shortens its sasaran
    assert _named_sasaran([fold_name("Meningkatnya Kualitas Pelayanan Kesehatan")], keys) == 1

    class _Report:
        agreements = (
            AgreementRow("Meningkatnya Mutu Pendidikan", "IKU 1", None, None, "pk", _where(1)),
            AgreementRow("Meningkatnya Mutu Pendidkan", "IKU 2", None, None, "pk", _where(2)),
            AgreementRow("Meningkatnya Mutu Pendidikan 2023", "IKU 3", None, None, "pk",
                         _where(3)),
        )

    # the list of sasaran counts one sasaran once, however it is spelled
    assert _sasaran_list(_Report()) == ["Meningkatnya Mutu Pendidikan",
                                        "Meningkatnya Mutu Pendidikan 2023"]


def _item(level: Level, name: str, line: int) -> BudgetItem:
    return BudgetItem(level, name, None, None, None, None, None, None, None, (), _where(line))


def test_cascade_in_main_uses_abbreviates():
    from rules.cascade._budget import in_main

    main = {"program:a": _item(Level.PROGRAM, "Program Perencanaan, Penganggaran dan Evaluasi "
                                              "Kinerja Perangkat Daerah", 10),
            "program:b": _item(Level.PROGRAM, "Program Rehabilitasi Gedung Kantor Tahap 2", 11)}
    assert in_main(Level.PROGRAM, "Perencanaan dan Evaluasi Kinerja Perangkat Daerah", "x", main)
    # Before, any word subset matched, whatever its numbers.
    assert not in_main(Level.PROGRAM, "Rehabilitasi Gedung Kantor", "x", main)
    assert not in_main(Level.KEGIATAN, "Perencanaan dan Evaluasi Kinerja Perangkat Daerah", "x",
                       main)


def test_cas004_spelled_differently_uses_abbreviates():
    from rules.cascade.cas004_budget_tables_items import _Listing, _spelled_differently

    fields = _Listing.__dataclass_fields__
    other = _Listing(**{name: None for name in fields if name != "items"}, items={
        "kegiatan:a": _item(Level.KEGIATAN, "Administrasi Keuangan Perangkat Daerah", 5),
        "kegiatan:b": _item(Level.KEGIATAN, "Penyusunan Laporan Keuangan Tahun 2023 "
                                            "dan Dokumen Lainnya", 6),
    })
    assert not _spelled_differently(_item(Level.KEGIATAN, "Administrasi Umum Perangkat Daerah",
                                          1), other)
    assert _spelled_differently(_item(Level.KEGIATAN, "Administrasi Keuangan Perangkat", 2), other)
    # Before, a word subset matched whatever its numbers.
    assert not _spelled_differently(_item(Level.KEGIATAN, "Penyusunan Laporan Keuangan "
                                                          "Dokumen", 3), other)


def test_cas001_groups_the_spellings_of_one_sasaran():
    from rules.cascade.cas001_pk_indikator_target import _by_sasaran

    rows = [AgreementRow("Meningkatnya Mutu Pendidikan", "IKU 1", None, None, "pk", _where(1)),
            AgreementRow("Meningkatnya Mutu Pendidkan", None, None, None, "pk", _where(2)),
            AgreementRow("Meningkatnya Mutu Pendidikan Tahun 2023", None, None, None, "pk",
                         _where(3))]
    builder = _GraphBuilder()
    for row in rows:
        builder.node("sasaran", row.sasaran)
    groups = _by_sasaran(rows, node_finder(builder.graph, "sasaran"))
    assert [[row.where.line for row in group] for group in groups.values()] == [[1, 2], [3]]
