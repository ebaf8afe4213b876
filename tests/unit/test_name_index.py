"""NameIndex answers as checker.names.closest does over the same list."""

from checker.names import NameIndex, closest

KNOWN = [
    "penyusunan laporan keuangan tahun 2022",
    "penyusunan laporan keuangan tahun 2023",
    "penyusunan laporan keuangn tahun 2023",
    "administrasi keuangan perangkat daerah",
    "administrasi kepegawaian perangkat daerah",
    "",
]
ASKED = [
    "penyusunan laporan keuangan tahun 2023",
    "penyusunan laporan keuangam tahun 2023",
    "penyusunan laporan keuangan tahun 2024",
    "administrasi keuangan perangkat daeran",
    "administrasi umum",
    "",
]


def test_name_index_matches_closest():
    index = NameIndex()
    for name in KNOWN:
        index.add(name)
    assert list(index) == KNOWN
    for asked in ASKED:
        assert index.closest(asked) == closest(asked, KNOWN), asked
