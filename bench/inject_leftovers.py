"""How many planted copy-paste leftovers HYG001/HYG002 catch in the corpus reports.

For each corpus report in ../shared/corpus, picks (seeded, so every run picks the same)
up to 20 places of ordinary narrative and plants, each in its own copy of the report:

- ``agency``: where a sentence names the agency itself ("Kecamatan Betara ..."), the
  name of another kecamatan of the same kabupaten (the kabupaten after it, if printed,
  is kept). The other names are kecamatan of that kabupaten the report never names.
- ``year``: where a sentence gives the reporting year, an earlier year.

Places next to the cue phrases the rules have always known (the report's title, the
Perjanjian Kinerja, "tahun anggaran", the Renstra, "aparat", "selaku" ...) are left out,
and so are table rows, headings, citations ("Nomor .. Tahun"), periods ("2019-2024")
and sentences that compare years: they measure what the rules find *without* a cue.

A plant is caught when the copy has a finding of its rule (HYG001 for a name, HYG002
for a year) at the planted line that the untouched report did not have (rule, line and
the value found compared, so a line with a finding already can still catch a plant). Prints
caught/planted per report and kind, and the HYG001/HYG002 findings of the untouched
reports. Asserts nothing.

    .venv/bin/python bench/inject_leftovers.py            # the rules of the work tree
    .venv/bin/python bench/inject_leftovers.py --rev HEAD # the leftover rules of a commit
    .venv/bin/python bench/inject_leftovers.py --show-missed  # each plant not caught
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
PLACES = 20
SEED = 8  # the number: any fixed seed makes the picks repeatable
# The package of the two rules; ``--rev`` takes it whole from a commit (its modules share
# helpers), the rest from the tree.
RULE_PACKAGE = "rules/hygiene"

# Kecamatan of each corpus kabupaten (public administrative geography), to plant as the
# "other agency". Names the report prints anywhere are dropped per report.
OTHER_KECAMATAN = {
    "tanjung jabung barat": (
        "Tungkal Ilir", "Tungkal Ulu", "Pengabuan", "Senyerang", "Merlung", "Batang Asam",
        "Tebing Tinggi", "Renah Mendaluh", "Muara Papalik", "Bram Itam", "Kuala Betara",
        "Seberang Kota", "Betara",
    ),
    "tegal": (
        "Adiwerna", "Balapulang", "Bojong", "Bumijawa", "Dukuhturi", "Dukuhwaru",
        "Kedungbanteng", "Kramat", "Lebaksiu", "Margasari", "Pagerbarang", "Pangkah",
        "Slawi", "Suradadi", "Talang", "Tarub", "Warureja", "Jatinegara",
    ),
    "jember": (
        "Ambulu", "Balung", "Bangsalsari", "Gumukmas", "Jenggawah", "Kencong", "Puger",
        "Rambipuji", "Tanggul", "Umbulsari", "Sumberbaru", "Wuluhan", "Semboro",
    ),
}

# Cue phrases the rules already looked for: places right after them are not "ordinary".
_CUE = re.compile(
    r"(?i)(?:laporan\s+(?:akuntabilitas\s+)?kinerja|lkjip|lakip|lkip|lkj|visi|misi|renstra|"
    r"rencana\s+strategis|perjanjian\s+kinerja|penetapan\s+kinerja|rencana\s+kerja|"
    r"rencana\s+kinerja|renja|rkt|capaian\s+kinerja|tahun\s+anggaran|jangka\s+waktu|"
    r"wilayah\s+kerja|aparat\w*|pegawai|lingkungan|rpjmd?|nomor|no\.|tentang|"
    r"peraturan|keputusan)\b"
)
_AFTER_CUE = re.compile(r"(?i)^\W*(?:selaku|sebagai|disebut|dilakukan\s+evaluasi)\b")
_COMPARISON = re.compile(
    r"(?i)\b(?:dibanding\w*|banding\w*|sebelum\w*|lalu|terakhir|sampai|s\.?\s?d|hingga|"
    r"meningkat|menurun|peningkatan|penurunan|naik|turun|selisih|trend?|periode)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\"“(])")


@dataclass(frozen=True)
class Place:
    kind: str  # "agency" or "year"
    index: int  # line index
    start: int
    end: int
    new: str  # the text planted over line[start:end]


def _rules(rev: str | None) -> list:
    """The hygiene rules HYG001/HYG002, of the work tree or with their package at ``rev``."""
    if rev:
        tree = Path(tempfile.mkdtemp(prefix="lkjip-bench-"))
        shutil.copytree(REPO / "rules", tree / "rules")
        shutil.rmtree(tree / RULE_PACKAGE)
        (tree / RULE_PACKAGE).mkdir()
        names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", rev,
                                f"{RULE_PACKAGE}/"],
                               check=True, capture_output=True, text=True).stdout.split()
        for name in names:
            old = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:{name}"],
                                 check=True, capture_output=True, text=True).stdout
            (tree / name).write_text(old, encoding="utf-8")
        sys.path.insert(0, str(tree))  # found before the editable install's own tree
    from checker.plugins import load_registry

    registry = load_registry(builtins=["rules.hygiene"], entry_points=False)
    return [rule for rule in registry.rules if rule.code in ("HYG001", "HYG002")]


def _report(text: str, name: str):
    from checker.extract import extract_report
    from checker.text import parse_source

    return extract_report(parse_source(text, name))


def _findings(text: str, name: str, rules: list) -> set[tuple[str, int, str]]:
    from checker.config import Config
    from checker.engine import check_report

    result = check_report(_report(text, name), rules, Config())
    return {(finding.rule, finding.location.line, str(finding.actual))
            for finding in result.findings}


def _sentence(line: str, start: int, end: int) -> tuple[int, str]:
    begin = 0
    for boundary in _SENTENCE_END.finditer(line):
        if boundary.end() <= start:
            begin = boundary.end()
        elif boundary.start() >= end:
            return begin, line[begin:boundary.start()]
    return begin, line[begin:]


def _narrative(line: str, shortest: int = 60) -> bool:
    """A line of running text: no table cells, not a heading in capitals, a sentence long."""
    plain = re.sub(r"</?\w+>|\*\*", "", line).strip()
    return ("\t" not in line and "|" not in line and len(plain) >= shortest
            and not plain.isupper() and not plain.startswith("#"))


def _ordinary(line: str, start: int, end: int) -> bool:
    begin, _ = _sentence(line, start, end)
    before = line[begin:start]
    return not (_CUE.search(before) or _AFTER_CUE.match(line[end:]))


def agency_places(lines: list[str], own: str, others: list[str]) -> list[Place]:
    """Where a narrative sentence names the agency itself, with another name to plant."""
    mention = re.compile(rf"(?i)\b(?:kecamatan|camat|kec\.)\s+(?P<name>{re.escape(own)})\b")
    places = []
    for index, line in enumerate(lines):
        if not _narrative(line):
            continue
        for match in mention.finditer(line):
            if _ordinary(line, match.start(), match.end()):
                places.append((index, match.start("name"), match.end("name")))
    picked = sorted(random.Random(SEED).sample(places, min(PLACES, len(places))))
    result = []
    for number, (index, start, end) in enumerate(picked):
        other = others[number % len(others)]
        printed = lines[index][start:end]
        result.append(Place("agency", index, start, end,
                            other.upper() if printed.isupper() else other))
    return result


def year_places(lines: list[str], year: int) -> list[Place]:
    """Sentences of the narrative that give the reporting year, each with the earlier year
    planted over every mention of it: the sentence as last year's report had it."""
    places = []
    for index, line in enumerate(lines):
        if not _narrative(line, shortest=30):  # a short sentence too: years are rarer
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(
            rf"(?<![\d.,/-]){year}(?![\d.,]\d|\s*[-\u2013/]\s*\d)", line)]
        for start, end in spans:
            begin, sentence = _sentence(line, start, end)
            if begin + sentence.find(str(year)) != start:
                continue  # one place per sentence, at its first mention of the year
            years = set(re.findall(r"\b(?:19|20)\d\d\b", sentence))
            if (not _ordinary(line, start, end) or _COMPARISON.search(sentence)
                    or years != {str(year)} or re.search(r"\d\s*[-\u2013/]\s*\d", sentence)):
                continue
            places.append((index, begin, begin + len(sentence)))
    picked = sorted(random.Random(SEED).sample(places, min(PLACES, len(places))))
    stale = random.Random(SEED)
    result = []
    for index, begin, end in picked:
        earlier = str(year - stale.choice((1, 1, 2, 3)))
        sentence = re.sub(rf"\b{year}\b", earlier, lines[index][begin:end])
        result.append(Place("year", index, begin, end, sentence))
    return result


def planted(lines: list[str], place: Place) -> str:
    line = lines[place.index]
    copy = list(lines)
    copy[place.index] = line[:place.start] + place.new + line[place.end:]
    return "\n".join(copy) + "\n"


def measure(path: Path, rules: list, show: bool, missed: bool = False,
            ) -> dict[str, tuple[int, int]]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    meta = _report(text, path.name).meta
    own = re.sub(r"(?i)^(?:kantor\s+)?kecamatan\s+", "", meta.agency or "")
    region = re.sub(r"(?i)^(?:kabupaten|kab\.?)\s+", "", meta.region or "").casefold()
    others = [name for name in OTHER_KECAMATAN.get(region, ())
              if name.casefold() != own.casefold() and name.casefold() not in text.casefold()]
    before = _findings(text, path.name, rules)
    counts = {"HYG001": sum(code == "HYG001" for code, _, _ in before),
              "HYG002": sum(code == "HYG002" for code, _, _ in before)}
    result: dict[str, tuple[int, int]] = {}
    for kind, code, places in (("agency", "HYG001", agency_places(lines, own, others)),
                               ("year", "HYG002", year_places(lines, meta.year or 0))):
        caught = 0
        for place in places:
            after = _findings(planted(lines, place), path.name, rules)
            hit = any(found[:2] == (code, place.index + 1) for found in after - before)
            caught += hit
            if show or (missed and not hit):
                line = lines[place.index]
                print(f"  {'caught' if hit else 'missed'} {kind} line {place.index + 1}: "
                      f"…{line[max(place.start - 50, 0):place.start]}[{place.new}]"
                      f"{line[place.end:place.end + 40]}…")
        result[kind] = (caught, len(places))
    result["before"] = (counts["HYG001"], counts["HYG002"])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", help="take the hygiene rules (HYG001/HYG002 and the helpers"
                        " they share) from this commit")
    parser.add_argument("--show", action="store_true", help="print every plant and its fate")
    parser.add_argument("--show-missed", action="store_true",
                        help="print only the plants the rules did not catch")
    args = parser.parse_args()
    documents = sorted(CORPUS.glob("*.txt"))
    if not documents:
        sys.exit(f"no corpus at {CORPUS}")
    rules = _rules(args.rev)
    print(f"rules: {args.rev or 'work tree'}; seed {SEED}")
    print(f"{'document':<22} {'agency caught':>14} {'year caught':>12} "
          f"{'HYG001 before':>14} {'HYG002 before':>14}")
    totals = [0, 0, 0, 0]
    for path in documents:
        if args.show or args.show_missed:
            print(path.stem)
        figures = measure(path, rules, args.show, args.show_missed)
        (agency, of_agency), (year, of_year) = figures["agency"], figures["year"]
        totals = [totals[0] + agency, totals[1] + of_agency, totals[2] + year, totals[3] + of_year]
        print(f"{path.stem:<22} {f'{agency}/{of_agency}':>14} {f'{year}/{of_year}':>12} "
              f"{figures['before'][0]:>14} {figures['before'][1]:>14}")
    print(f"{'all':<22} {f'{totals[0]}/{totals[1]}':>14} {f'{totals[2]}/{totals[3]}':>12}")


if __name__ == "__main__":
    main()
