"""HYG001/HYG002 catch more copy-paste leftovers, stay silent on consistent narratives of
other agencies, and read each report's lines once for all the hygiene rules.

The fixtures ``recall_more_*_clean`` are written for the project: a kecamatan, a
kelurahan, a dinas and a badan, each naming itself dozens of times (so the search for
leftovers without a cue phrase runs) beside the neighbours, villages, partners,
comparisons with earlier years and Renstra periods a real report names on purpose. A
leftover is planted by editing one line of a fixture, and the one finding expected is
asserted; short reports built in the tests show each new signal and guard on its own.
"""

from __future__ import annotations

import gc
import re
import time
import weakref
from dataclasses import replace

import pytest
from conftest import FIXTURES, edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.model import Meta, Report
from checker.text import parse_source
from rules.hygiene import hyg001_other_agency, hyg002_stale_period
from rules.hygiene._index import TextIndex, text_index
from rules.hygiene._text import clean, sentence_before, sentence_of

CLEAN = {
    "kecamatan": "recall_more_kecamatan_clean.txt",
    "kelurahan": "recall_more_kelurahan_clean.md",
    "dinas": "recall_more_dinas_clean.md",
    "badan": "recall_more_badan_clean.txt",
}
OWN = {"kecamatan": "Kecamatan Bukit Harapan", "kelurahan": "Kelurahan Tanjung Sari",
       "dinas": "Dinas Kesehatan", "badan": "Badan Pendapatan Daerah"}


@pytest.fixture(scope="module")
def hygiene(registry):
    return {rule.code: rule for rule in registry.rules if rule.code.startswith("HYG")}


def _read(text: str, name: str) -> Report:
    return extract_report(parse_source(text, name))


def _found(hygiene, report: Report, *codes: str) -> list[tuple]:
    rules = [hygiene[code] for code in codes]
    return flatten(check_report(report, rules, Config()).findings, "id")


def _fixture(kind: str) -> str:
    return (FIXTURES / CLEAN[kind]).read_text(encoding="utf-8")


# -- the consistent narratives stay silent ---------------------------------------------------

@pytest.mark.parametrize("kind", sorted(CLEAN))
def test_consistent_narratives_of_other_agencies_stay_silent(hygiene, kind):
    text = _fixture(kind)
    report = _read(text, CLEAN[kind])
    assert report.meta.agency == OWN[kind]
    # Dozens of mentions of itself: the search without a cue phrase runs on this report.
    assert len(re.findall(re.escape(OWN[kind]), text, re.IGNORECASE)) >= 20
    assert _found(hygiene, report, "HYG001", "HYG002") == []


# -- a leftover planted in a fixture is found ------------------------------------------------

PLANTS = [
    # HYG001: another kecamatan in a paragraph that names the agency itself
    ("kecamatan", "Di antara 12 desa di Kecamatan Bukit Harapan,", "Di antara 12 desa di"
     " Kecamatan Lembah Sunyi,", "HYG001", 59, "Kecamatan Lembah Sunyi"),
    # in a list whose other items name the agency ("koordinasi" here is its own duty)
    ("kecamatan", "pemerintahan di wilayah Kecamatan Bukit Harapan.", "pemerintahan di wilayah"
     " Kecamatan Sei Kambing.", "HYG001", 40, "Kecamatan Sei Kambing"),
    # in a sentence on its results
    ("kecamatan", "ditindaklanjuti Kecamatan Bukit Harapan mencapai", "ditindaklanjuti"
     " Kecamatan Lembah Sunyi mencapai", "HYG001", 69, "Kecamatan Lembah Sunyi"),
    # the subject of a sentence that opens with when
    ("kecamatan", "Pada tahun 2022 Kecamatan Bukit Harapan meraih", "Pada tahun 2022"
     " Kecamatan Sei Kambing meraih", "HYG001", 49, "Kecamatan Sei Kambing"),
    # the subject of a paragraph on the agency, two lines below a list of its neighbours
    ("kecamatan", "Kecamatan Bukit Harapan beribu kota", "Kecamatan Sei Kambing beribu kota",
     "HYG001", 29, "Kecamatan Sei Kambing"),
    # another kelurahan in the sentence that names the kelurahan itself
    ("kelurahan", "kepada seluruh warga Kelurahan Tanjung Sari.", "kepada seluruh warga"
     " Kelurahan Bunga Raya.", "HYG001", 60, "Kelurahan Bunga Raya"),
    # the dinas of the same name in another region, as the subject after when
    ("dinas", "Pada tahun 2021 Dinas Kesehatan memperoleh", "Pada tahun 2021 Dinas Kesehatan"
     " Kota Tanjung Seberang memperoleh", "HYG001", 50, "Dinas Kesehatan Kota Tanjung Seberang"),
    # the badan of the same name in another region, in a sentence on its results
    ("badan", "tepat waktu di Badan Pendapatan Daerah mencapai", "tepat waktu di Badan"
     " Pendapatan Daerah Kabupaten Pulau Kecil mencapai", "HYG001", 46,
     "Badan Pendapatan Daerah Kabupaten Pulau Kecil"),
    # HYG002: the year of the IKU, of the PK by its acronym, of the report "untuk Tahun"
    ("kecamatan", "Utama Kecamatan Bukit Harapan untuk Tahun 2024", "Utama Kecamatan Bukit"
     " Harapan untuk Tahun 2023", "HYG002", 47, "2023"),
    ("kecamatan", "dalam PK tahun 2024", "dalam PK tahun 2023", "HYG002", 47, "2023"),
    ("kecamatan", "Bukit Harapan untuk Tahun 2024 terdiri", "Bukit Harapan untuk Tahun 2023"
     " terdiri", "HYG002", 10, "2023"),
    # what lies ahead, from an earlier year; an analysis of an earlier year
    ("kecamatan", "pada tahun 2025 dan tahun-tahun", "pada tahun 2023 dan tahun-tahun",
     "HYG002", 73, "2023"),
    ("kecamatan", "desa mandiri selama tahun 2024", "desa mandiri selama tahun 2023", "HYG002",
     59, "2023"),
    ("dinas", "pada tahun 2024 dan tahun-tahun", "pada tahun 2022 dan tahun-tahun", "HYG002",
     54, "2022"),
]


@pytest.mark.parametrize(("kind", "old", "new", "code", "line", "found"), PLANTS)
def test_a_planted_leftover_is_found_where_it_was_planted(hygiene, kind, old, new, code, line,
                                                         found):
    report = _read(edited(_fixture(kind), (old, new)), CLEAN[kind])
    findings = _found(hygiene, report, "HYG001", "HYG002")
    assert [(rule, at) for rule, at, _ in findings] == [(code, line)]
    assert f'"{found}"' in findings[0][2]


# -- each new signal and guard on its own ----------------------------------------------------

BODY = [f"Kecamatan Sukamaju melaksanakan kegiatan ke-{number} sesuai rencana." for number in
        range(1, 25)]
SPACE = [""] * 4  # more lines than a list reaches: BODY is no context of what follows


def _run(hygiene, code: str, extra: list[str], *, agency: str = "Kecamatan Sukamaju",
         kind: str = "kecamatan", body: list[str] = BODY) -> list[tuple[int, str]]:
    """(line within ``extra``, message) of each finding of ``code`` on body + space + extra."""
    meta = Meta(agency=agency, agency_kind=kind, region="Kabupaten Contoh", year=2024)
    lines = [*body, *SPACE, *extra]
    report = Report(path="laporan.txt", format="text", meta=meta, text=tuple(lines))
    offset = len(body) + len(SPACE)
    return [(line - offset, message) for _, line, message in _found(hygiene, report, code)]


@pytest.mark.parametrize("extra", [
    # a sentence on its results: a percentage reached, a target, an index obtained
    ["Laporan diterima setiap hari. Persentase tindak lanjut laporan di Kecamatan Pelangi "
     "mencapai 100%."],
    ["Hujan turun sepanjang Maret. Target IKM di Kecamatan Pelangi belum berubah."],
    ["Hujan turun sepanjang Maret. Desa di Kecamatan Pelangi memperoleh nilai indeks 0,71."],
    # the subject of a sentence after when it happened
    ["Hujan turun sepanjang Maret. Pada tahun 2024, Kecamatan Pelangi membangun dua jembatan."],
    # a paragraph that names the agency itself, in another sentence or in the same one
    ["Kecamatan Sukamaju membina 9 desa. Dari 9 desa di Kecamatan Pelangi, 2 desa mandiri."],
    ["Usulan desa di Kecamatan Pelangi ditampung oleh Kecamatan Sukamaju."],
    # an item of a list whose other items name the agency
    ["Arah kebijakan kecamatan:", "1. Meningkatnya mutu layanan di Kecamatan Sukamaju.",
     "2. Meningkatnya koordinasi pemerintahan di Kecamatan Pelangi.",
     "3. Meningkatnya ketertiban di Kecamatan Sukamaju."],
    # a paragraph on the agency is no list because its neighbours are listed above it
    ["Sebelah utara: Kecamatan Cempaka.", "Sebelah selatan: Kecamatan Melati.",
     "Kecamatan Pelangi beribu kota di Desa Hilir. Kecamatan Sukamaju memiliki 9 desa."],
])
def test_each_new_signal_finds_the_leftover_on_its_own(hygiene, extra):
    found = _run(hygiene, "HYG001", extra)
    assert len(found) == 1 and '"Kecamatan Pelangi"' in found[0][1]
    assert extra[found[0][0] - 1].count("Pelangi") == 1


def test_the_same_dinas_in_another_region_in_a_paragraph_on_the_dinas_is_found(hygiene):
    body = [f"Dinas Kesehatan melaksanakan kegiatan ke-{number}." for number in range(1, 25)]
    extra = ["Dinas Kesehatan membina 9 puskesmas. Sebagian puskesmas Dinas Kesehatan "
             "Kota Lembah belum terakreditasi."]
    found = _run(hygiene, "HYG001", extra, agency="Dinas Kesehatan", kind="dinas", body=body)
    assert [line for line, _ in found] == [1]
    assert '"Dinas Kesehatan Kota Lembah"' in found[0][1]
    # another dinas of the own region is another kind of agency, named on purpose
    other = [extra[0].replace("Dinas Kesehatan Kota Lembah", "Dinas Pendidikan Kabupaten Contoh")]
    assert _run(hygiene, "HYG001", other, agency="Dinas Kesehatan", kind="dinas",
                body=body) == []


@pytest.mark.parametrize("sentence", [
    # compared with, ranked after, coupled by "dan"
    "Capaian IKM Kecamatan Sukamaju lebih tinggi dibandingkan dengan Kecamatan Pelangi.",
    "IKM Kecamatan Sukamaju sebesar 85, sedangkan Kecamatan Pelangi sebesar 80.",
    "Kecamatan Sukamaju menempati peringkat kedua setelah Kecamatan Pelangi.",
    "Kecamatan Sukamaju dan Kecamatan Pelangi menyepakati tapal batas desa.",
    # a visit, where a place lies, the way to another capital, a partner
    "Camat Sukamaju menghadiri peresmian pasar di Kecamatan Pelangi.",
    "Kecamatan Sukamaju terletak di hilir Kecamatan Pelangi.",
    "Warga desa di Kecamatan Sukamaju lebih dekat ke ibu kota Kecamatan Pelangi.",
    "Penanganan banjir dilakukan Kecamatan Sukamaju melalui koordinasi dengan Kecamatan Pelangi.",
    # a village's address
    "Lomba desa Kecamatan Sukamaju disusul Desa Mekar Jaya Kecamatan Pelangi.",
])
def test_another_kecamatan_named_on_purpose_beside_the_agency_stays_silent(hygiene, sentence):
    assert _run(hygiene, "HYG001", [sentence]) == []
    # the same sentence without the words that say why is a leftover
    plain = "Usulan desa di Kecamatan Pelangi ditampung oleh Kecamatan Sukamaju."
    assert len(_run(hygiene, "HYG001", [plain])) == 1


@pytest.mark.parametrize("sentence", [
    "Indikator Kinerja Utama Kecamatan Sukamaju Tahun 2023 terdiri dari tiga indikator.",
    "Target IKU untuk tahun 2023 disajikan pada tabel berikut.",
    "Sasaran strategis dalam PK tahun 2023 berjumlah dua.",
    "Laporan Kinerja Kecamatan Sukamaju untuk Tahun 2023 terdiri dari empat bab.",
    "Perbaikan akan dilanjutkan pada tahun 2023 dan tahun-tahun berikutnya.",
    "Perbaikan akan dilanjutkan pada tahun 2022 dan tahun \u2013 tahun selanjutnya.",
    "Analisis perkembangan desa mandiri selama tahun 2023 disajikan di bawah ini.",
])
def test_an_earlier_year_in_the_new_phrases_is_found(hygiene, sentence):
    found = _run(hygiene, "HYG002", [sentence])
    assert [line for line, _ in found] == [1]
    assert "tidak sesuai dengan tahun laporan 2024" in found[0][1]


@pytest.mark.parametrize("sentence", [
    "Perbaikan akan dilanjutkan pada tahun 2025 dan tahun-tahun berikutnya.",
    "Sejak tahun 2020 dan seterusnya layanan administrasi berjalan secara daring.",
    "Indikator Kinerja Utama Kecamatan Sukamaju Tahun 2021-2026 ditetapkan oleh camat.",
    "Keputusan Camat Nomor 2 Tahun 2021 tentang Indikator Kinerja Utama Tahun 2021 berlaku.",
    "Capaian IKU tahun 2023 dibandingkan tahun 2024 meningkat.",
    "Rencana aksi PK tahun 2025 disusun pada akhir tahun.",
    "Laporan Kinerja untuk Tahun 2024 terdiri dari empat bab.",
])
def test_later_years_periods_citations_and_comparisons_stay_silent(hygiene, sentence):
    assert _run(hygiene, "HYG002", [sentence]) == []


# -- one index per report, shared by the hygiene rules ---------------------------------------

def _library_lines() -> list[str]:
    folders = [FIXTURES.parent.parent / "library" / "consistent", FIXTURES]
    return [line for folder in folders for path in sorted(folder.iterdir())
            if path.suffix in (".txt", ".md") for line in path.read_text("utf-8").splitlines()]


def test_the_index_is_made_once_for_all_the_hygiene_rules(hygiene, monkeypatch):
    made = []
    real = TextIndex.of.__func__
    monkeypatch.setattr(TextIndex, "of", classmethod(
        lambda cls, lines: made.append(lines) or real(cls, lines)))
    report = _read(_fixture("kecamatan"), CLEAN["kecamatan"])
    check_report(report, list(hygiene.values()), Config())
    assert made == [report.text]
    # a report equal in content is another report: it gets its own index
    copy = replace(report, path="copy.txt")
    assert text_index(copy) is not text_index(report)
    assert len(made) == 2


def test_the_index_lives_no_longer_than_its_report():
    report = Report(path="x.txt", format="text", meta=Meta(agency="Kecamatan Sukamaju"),
                    text=("Kecamatan Sukamaju.",))
    index = weakref.ref(text_index(report))
    assert text_index(report) is index()
    del report
    gc.collect()
    assert index() is None


def test_the_index_reads_sentences_and_lines_as_the_shared_helpers_do():
    lines = tuple(_library_lines())
    index = TextIndex.of(lines)
    for number, line in enumerate(lines):
        assert index.cleaned[number] == clean(line)
        for word in re.finditer(r"\S+(?:\s+\S+)?", line):  # spans that cross boundaries too
            start, end = word.span()
            assert index.sentence_of(number, start, end) == sentence_of(line, start, end)
            assert index.sentence_before(number, start) == sentence_before(line, start)
    lower = {word for line in lines for word in re.findall(r"\b[a-z]+\b", line)}
    asked = lower | {word.lower() for line in lines for word in re.findall(r"\w+", line)}
    assert all(index.writes_in_lower_case(word) == (word in lower) for word in asked)


@pytest.mark.parametrize("text", [
    "a\u00a0\u2003b", "  <b>Kecamatan</b>\t**Sukamaju**  ", "x\\y__z", "<i> </i>", "\u2028a\u3000",
])
def test_clean_drops_markup_and_squeezes_every_kind_of_space(text):
    reference = re.sub(r"\s+", " ", re.sub(r"</?(?:b|i|u|strong|em)>|\*\*|__|\\", "", text))
    assert clean(text) == reference.strip()


def test_the_letters_tested_first_start_every_mention():
    """Every cue, "kantor" and kind word starts with a letter of the look-ahead, so testing
    it first loses no mention: read from the pattern itself, not from a list kept by hand."""
    from re import _constants as codes
    from re import _parser

    def firsts(items) -> tuple[set[str], bool]:
        found: set[str] = set()
        for op, value in items:
            here, empty = first_of(op, value)
            found |= here
            if not empty:
                return found, False
        return found, True

    def first_of(op, value) -> tuple[set[str], bool]:
        if op is codes.LITERAL:
            return {chr(value).lower()}, False
        if op is codes.SUBPATTERN:
            return firsts(value[-1])
        if op is codes.BRANCH:
            branches = [firsts(branch) for branch in value[1]]
            return set().union(*(f for f, _ in branches)), any(e for _, e in branches)
        if op in (codes.MAX_REPEAT, codes.MIN_REPEAT):
            found, empty = firsts(value[2])
            return found, empty or value[0] == 0
        if op is codes.AT:
            return set(), True
        raise AssertionError(f"unexpected start of a mention: {op}")

    starts, empty = firsts(_parser.parse(hyg001_other_agency._MENTION_BODY))
    assert not empty and starts
    allowed = set(re.fullmatch(r"\(\?=\(\?i:\[(\w+)\]\)\)",
                               hyg001_other_agency._MENTION_STARTS)[1])
    assert starts <= allowed
    plain = re.compile(hyg001_other_agency._MENTION_BODY)
    for line in _library_lines():
        assert ([match.groupdict() | {"at": match.span()} for match in plain.finditer(line)]
                == [match.groupdict() | {"at": match.span()}
                    for match in hyg001_other_agency._MENTION.finditer(line)])


# -- the new patterns read a long line in linear time ----------------------------------------

def _seconds(call, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        call(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(("pattern", "build"), [
    (hyg002_stale_period._OUTLOOK.search, lambda size: "tahun 2020 dan tahun" + " " * size + "x"),
    (hyg001_other_agency._COMPARED.search, lambda size: "dengan" + " " * size + "x"),
    (hyg001_other_agency._VILLAGE_BEFORE.search, lambda size: "Desa " + "Ab " * size + "x"),
    (hyg001_other_agency._ELSEWHERE.search, lambda size: "ke ibu kota" + " " * size + "x"),
    (hyg001_other_agency._JOINED.fullmatch, lambda size: " " * size + "dan" + " " * size + "x"),
], ids=["outlook", "compared", "village", "elsewhere", "joined"])
def test_a_line_eight_times_as_long_takes_at_most_twelve_times_as_long(pattern, build):
    gc.collect()
    short, long = _seconds(pattern, build(2_000)), _seconds(pattern, build(16_000))
    assert long <= 12 * max(short, 1e-5)
