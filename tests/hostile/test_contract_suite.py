"""The contract on a generated table of hostile inputs: never hang, never eat the machine,
never touch the input.

Each case writes one file (and what it refers to) into a folder of its own and runs
``python -m checker.cli check FILE`` (and ``extract FILE`` for some) in a subprocess, as a
user would. The run must meet the contract of the README's "Bad input":

- the exit code is one the case allows (0 or 1 for a usable report, 2 for an unusable one),
  never a crash hidden behind one line ("unexpected ...") or an ``INP004`` reader error;
- at most one line on stderr, starting "lkjip: error: ", with no control character or
  bidirectional override in it, and no "Traceback";
- the input's bytes are unchanged;
- the peak memory of the run stays under 1 GB;
- the run finishes within 30 s: the only timing here, a hang detector.

The peak memory is the ``ru_maxrss`` of the command line's own process: each run goes
through a small wrapper process that starts the command line as its only child and writes
``getrusage(RUSAGE_CHILDREN)`` once the child has ended, so one case's peak is never
another's. No resource limit is set on the child: a hard address-space limit breaks
libraries that reserve large mappings without using them.

The pathological sizes are scaled so the module runs in a few minutes on two cores, yet
each stays far above a real report (a real LKjIP has a few hundred table rows and a few
dozen headings); the size is in the case's id. ``bench/hostile_counts.py`` runs the same
table and prints how many cases meet the contract and the slowest one.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]

HANG = 30.0  # seconds: a run that takes longer has hung
PEAK_LIMIT_MB = 1024.0  # a run that needs more has eaten the machine
USABLE = frozenset({0, 1})
UNUSABLE = frozenset({2})
ANY = frozenset({0, 1, 2})

# The wrapper: runs the command line as its only child (stdin, stdout and stderr passed
# through), then writes "exit code, peak KB" of that child to the file named first.
WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[2:])\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "with open(sys.argv[1], 'w') as out:\n"
    "    out.write(f'{code} {peak}')\n"
)

# ru_maxrss is in kilobytes on Linux and the BSDs, in bytes on macOS.
_RSS_UNIT_KB = 1024 if sys.platform == "darwin" else 1

HEADER = (
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\n"
    "Kecamatan Sukamaju Tahun 2024\n\n"
    "BAB I PENDAHULUAN\n\n"
    "Laporan Kinerja Kecamatan Sukamaju Tahun 2024 disusun sebagai pertanggungjawaban "
    "kinerja.\n\n"
)
DOCUMENT = HEADER + (
    "BAB II PERENCANAAN KINERJA\n\n"
    "Perjanjian Kinerja Tahun 2024 memuat 2 (dua) sasaran strategis.\n\n"
    "BAB III AKUNTABILITAS KINERJA\n\n"
    "Kecamatan melaksanakan sebanyak 5 (lima) program.\n\n"
    "BAB IV PENUTUP\n\n"
    "Demikian laporan ini disusun.\n"
)
META = {"agency": "Kecamatan Sukamaju", "agency_kind": "kecamatan",
        "region": "Kabupaten Contoh", "year": 2024}


@dataclass(frozen=True)
class Case:
    """One hostile input: ``build(folder)`` writes it and returns its path."""

    id: str
    build: Callable[[Path], Path]
    codes: frozenset[int] = ANY
    one_line: bool = False  # exactly one stderr line (an unusable input is told why)
    commands: tuple[str, ...] = ("check",)


@dataclass
class Outcome:
    """What one run of one case did, and how it broke the contract (if it did)."""

    case: str
    command: str
    code: int | None = None
    seconds: float = 0.0
    peak_mb: float = 0.0
    stderr: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def met(self) -> bool:
        return not self.problems


# -- building the inputs --------------------------------------------------------------------

def _bytes(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return path
    return build


def _lines(name: str, header: str, line: Callable[[int], str], count: int
           ) -> Callable[[Path], Path]:
    """``header`` then ``line(i)`` for i < count, written in chunks (never one big str)."""
    def build(folder: Path) -> Path:
        path = folder / name
        with path.open("w", encoding="utf-8", newline="") as out:
            out.write(header)
            for start in range(0, count, 10_000):
                out.write("".join(line(i) for i in range(start, min(count, start + 10_000))))
        return path
    return build


def _model(name: str, document: dict | Callable[[], dict]) -> Callable[[Path], Path]:
    """A structured report as JSON, valid against schemas/report.schema.json."""
    def build(folder: Path) -> Path:
        path = folder / name
        body = document() if callable(document) else document
        path.write_text(json.dumps({"schema_version": 1, "meta": META, **body}),
                        encoding="utf-8")
        return path
    return build


def _text(name: str, text: str) -> Callable[[Path], Path]:
    return _bytes(name, text.encode("utf-8"))


def _zip_without_document() -> bytes:
    from io import BytesIO

    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/styles.xml", '<?xml version="1.0"?><w:styles/>')
    return buffer.getvalue()


def _gzip() -> bytes:
    import gzip

    return gzip.compress(json.dumps({"schema_version": 1, "meta": META}).encode())


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
       b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00"
       b"\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00>\x00\x01\x00\x00\x00" + bytes(200)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48) + (
    b"This program cannot be run in DOS mode.\r\r\n$" + bytes(64))
PDF_HEADER = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n"
              b"endobj\nstream\n" + bytes(range(256)) * 4 + b"\nendstream\n")


def _random(size: int) -> Callable[[], bytes]:
    return lambda: random.Random(53).randbytes(size)


def _budget_items_nested(depth: int) -> dict:
    items = [{"level": "program", "name": "Program Penunjang Urusan Pemerintahan",
              "pagu": "1.000.000", "realisasi": "900.000"}]
    items += [{"level": "jenis_belanja", "name": f"Belanja Tingkat {i}", "depth": i,
               "pagu": "1.000.000", "realisasi": "900.000"} for i in range(depth)]
    return {"budgets": [{"table": "Tabel 3.1", "kind": "belanja", "items": items}]}


def _plan(sasaran: list[tuple[str, str]]) -> dict:
    return {"plan": {
        "tujuan": [{"id": "T1", "name": "Meningkatnya kualitas pelayanan publik"}],
        "sasaran": [{"id": sid, "name": name, "tujuan": "T1"} for sid, name in sasaran],
        "indikator": [{"id": f"I{n}", "name": f"Indeks kepuasan masyarakat {n}",
                       "sasaran": sid, "unit": "%", "targets": {"2024": "80"}}
                      for n, (sid, _) in enumerate(sasaran, 1)],
    }}


def _duplicate_sasaran() -> dict:
    return _plan([("S1", "Meningkatnya kualitas pelayanan"),
                  ("S1", "Meningkatnya kualitas pelayanan"),
                  ("S1", "Meningkatnya akuntabilitas kinerja")])


def _duplicate_ids() -> dict:
    """Two tujuan, sasaran, indikator of one id each (INP005), two budget items of one code."""
    plan = _plan([("S1", "Meningkatnya kualitas pelayanan"),
                  ("S1", "Meningkatnya akuntabilitas kinerja")])["plan"]
    plan["tujuan"] *= 2
    plan["indikator"] *= 2
    items = [{"level": "program", "name": "Program A", "code": "7.01.01", "pagu": "100",
              "realisasi": "90"}] * 2
    return {"plan": plan, "budgets": [{"table": "Tabel 3.1", "kind": "realisasi", "items": items}]}


def _self_parent() -> dict:
    budget = [{"level": "program", "name": "Program A", "pagu": "100", "realisasi": "90"},
              {"level": "kegiatan", "name": "Kegiatan A", "pagu": "100", "realisasi": "90"}]
    links = [{"sasaran": "S1", "level": "kegiatan", "name": "Kegiatan A",
              "parent": "Kegiatan A", "source": "link_table"},
             {"sasaran": "S1", "level": "program", "name": "Program A", "parent": "Program A"},
             {"sasaran": "Kegiatan A", "level": "kegiatan", "name": "Kegiatan A",
              "parent": "Kegiatan A"}]
    return {**_plan([("S1", "Meningkatnya kualitas pelayanan")]), "links": links,
            "budgets": [{"table": "Tabel 3.1", "kind": "realisasi", "items": budget}]}


def _long_amounts() -> dict:
    forty = "9" * 40
    items = [{"level": "program", "name": "Program A", "pagu": forty, "realisasi": forty,
              "sisa": "0", "persen": "100"},
             {"level": "kegiatan", "name": "Kegiatan A", "pagu": forty, "realisasi": f"{forty}.5"},
             {"level": "sub_kegiatan", "name": "Sub Kegiatan A", "pagu": int(forty),
              "realisasi": {"raw": "Rp " + forty, "value": forty}},
             {"level": "sub_kegiatan", "name": "Sub Kegiatan B", "pagu": "9" * 41,
              "realisasi": int("9" * 41)}]
    return {"budgets": [{"table": "Tabel 3.1", "kind": "realisasi", "items": items,
                         "total": {"pagu": forty, "realisasi": f"{forty}.{forty}"}}]}


def _many_sub_kegiatan(count: int) -> Callable[[], dict]:
    def document() -> dict:
        items = []
        for p in range(count // 100):
            items.append({"level": "program", "name": f"Program {p}", "pagu": "100.000",
                          "realisasi": "90.000"})
            for k in range(10):
                items.append({"level": "kegiatan", "name": f"Kegiatan {p}.{k}",
                              "pagu": "10.000", "realisasi": "9.000"})
                items += [{"level": "sub_kegiatan", "name": f"Sub Kegiatan {p}.{k}.{s}",
                           "code": f"7.01.{p:02}.2.{k:02}.{s:04}", "pagu": "1.000",
                           "realisasi": "900"} for s in range(10)]
        return {"budgets": [{"table": "Tabel 3.1", "kind": "realisasi", "items": items}]}
    return document


def _long_names(size: int) -> dict:
    name = ("Program Peningkatan Pelayanan " * (size // 30 + 1))[:size]
    links = [{"sasaran": name, "level": "program", "name": name}]
    items = [{"level": "program", "name": name, "pagu": "100", "realisasi": "90"}]
    return {**_plan([("S1", name)]), "links": links,
            "budgets": [{"table": "Tabel " + "9" * 100, "kind": "realisasi", "items": items}]}


def _missing_source(folder: Path) -> Path:
    path = folder / "model.toml"
    path.write_text(
        "schema_version = 1\n\n[meta]\nagency = \"Kecamatan Sukamaju\"\n"
        "agency_kind = \"kecamatan\"\nyear = 2024\n\n"
        "[source]\npath = \"tidak-ada/laporan.txt\"\nformat = \"text\"\n", encoding="utf-8")
    return path


def _cases() -> Iterator[Case]:
    both = ("check", "extract")

    # encodings
    for case_id, data in [
        ("utf16-le-bom", b"\xff\xfe" + DOCUMENT.encode("utf-16-le")),
        ("utf16-be-bom", b"\xfe\xff" + DOCUMENT.encode("utf-16-be")),
        ("utf32-bom", DOCUMENT.encode("utf-32")),
        ("latin1-bytes", DOCUMENT.replace("Laporan", "Laporan Übersicht café").encode("latin-1")),
        ("nul-in-middle", DOCUMENT.encode()[:120] + b"\x00" + DOCUMENT.encode()[120:]),
        ("cr-only-line-ends", DOCUMENT.replace("\n", "\r").encode()),
        ("bidi-and-esc-in-text", DOCUMENT.replace(
            "Sukamaju Tahun 2024\n\nBAB I",
            "Suka\u202emaju\u202c Tahun 2024 \x1b[2J\x1b[31mmerah\x1b[0m\u2066x\u2069\n\nBAB I",
        ).encode()),
    ]:
        yield Case(f"encoding-{case_id}", _bytes("laporan.txt", data), commands=both)

    # renamed binaries: unusable, and told so in one line
    for case_id, name, data in [
        ("png-as-txt", "laporan.txt", PNG),
        ("zip-without-document-as-docx", "laporan.docx", _zip_without_document),
        ("pdf-header-as-txt", "laporan.txt", PDF_HEADER),
        ("random-64kb-as-pdf", "laporan.pdf", _random(64 * 1024)),
        ("elf-as-md", "laporan.md", ELF),
        ("exe-as-md", "laporan.md", EXE),
        ("gzip-as-json", "laporan.json", _gzip),
    ]:
        yield Case(f"renamed-{case_id}", _bytes(name, data), UNUSABLE, True, both)

    # empty and whitespace-only files of each suffix
    for suffix in ("txt", "md", "toml", "json", "pdf", "docx"):
        yield Case(f"empty-{suffix}", _bytes(f"laporan.{suffix}", b""), UNUSABLE, True)
        yield Case(f"whitespace-{suffix}", _bytes(f"laporan.{suffix}", b" \n\t\r\n  \n"),
                   UNUSABLE, True)

    # schema-valid hostile structured reports
    # A budget item's depth is refused beyond 64 levels (the nesting limit of a report).
    yield Case("model-budget-items-63-deep", _model("model.json", _budget_items_nested(63)),
               USABLE, commands=both)
    yield Case("model-budget-items-500-deep", _model("model.json", _budget_items_nested(500)),
               UNUSABLE, True, both)
    yield Case("model-duplicate-sasaran-ids", _model("model.json", _duplicate_sasaran()), USABLE)
    yield Case("model-duplicate-ids-of-every-kind", _model("model.json", _duplicate_ids()), USABLE,
               commands=both)
    yield Case("model-link-parent-names-itself", _model("model.json", _self_parent()), USABLE,
               commands=both)
    yield Case("model-40-and-41-digit-amounts", _model("model.json", _long_amounts()), USABLE)
    yield Case("model-5000-sub-kegiatan", _model("model.json", _many_sub_kegiatan(5_000)),
               USABLE, commands=both)
    yield Case("model-names-100kb", _model("model.json", _long_names(100_000)), USABLE)
    yield Case("model-source-path-missing", _missing_source, USABLE, commands=both)

    # pathological text, each far above a real report (a few hundred table rows, a few
    # dozen headings) and the tables above the 20,000-row limit. The sizes are scaled to
    # about 10 s a run here: the work grows in proportion to the size (test_growth.py).
    roman = ("I", "II", "III", "IV", "V")
    yield Case("text-20000-bab-headings", _lines(
        "laporan.txt", HEADER, lambda i: f"BAB {roman[i % 5]} PENDAHULUAN\n\nIsi bab {i}.\n\n",
        20_000), USABLE, commands=both)
    yield Case("text-100000-markdown-table-rows", _lines(
        "laporan.md", HEADER + "| No | Program | Pagu | Realisasi |\n|---|---|---|---|\n",
        lambda i: f"| {i} | Program {i} | 1.000 | 900 |\n", 100_000), USABLE)
    yield Case("text-200000-tab-rows", _lines(
        "laporan.txt", HEADER, lambda i: f"{i}\tP{i % 97}\t1.000\t900\n", 200_000), USABLE)
    # A tab table over the row limit is sketched, never split into cells: a million rows
    # (26 MB) take about 15 s of CPU, most of it in the rules that scan every line.
    yield Case("text-1000000-tab-rows", _lines(
        "laporan.txt", HEADER, lambda i: f"{i}\tPersentase desa {i % 97}\t{i % 100},5\n",
        1_000_000), USABLE)
    yield Case("text-100000-spaces-on-one-line", _text(
        "laporan.txt", HEADER + "Sasaran" + " " * 100_000 + "tercapai.\n"), USABLE,
        commands=both)
    yield Case("text-20000-count-claims", _lines(
        "laporan.txt", HEADER, lambda i: "Kecamatan melaksanakan sebanyak 5 (lima) program.\n",
        20_000), USABLE, commands=both)
    yield Case("text-2mb-running-page-headers", _lines(
        "laporan.txt", HEADER,
        lambda i: f"LAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2024\n{i}\n\nTeks halaman {i}.\n\n",
        2 * 1024 * 1024 // 70), USABLE)

    # not an LKjIP at all
    yield Case("not-an-lkjip-shopping-list", _text(
        "belanja.txt", "Daftar belanja:\n- telur 1 kg\n- beras 5 kg\n- minyak goreng 2 liter\n"
        "- gula pasir 1 kg\n- sabun cuci\n"), UNUSABLE, True)


CASES: tuple[Case, ...] = tuple(_cases())
RUNS: tuple[tuple[Case, str], ...] = tuple(
    (case, command) for case in CASES for command in case.commands)


# -- running one case -----------------------------------------------------------------------

def _stop(process: subprocess.Popen) -> None:
    """Kill the wrapper and the command line under it (they share a session)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def run_case(case: Case, command: str, folder: Path) -> Outcome:
    """Build ``case`` in ``folder`` (empty or missing) and run ``command`` on it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = case.build(folder)
    before = path.read_bytes()
    report = folder.parent / f"{folder.name}.{command}.rusage"
    outcome = Outcome(case.id, command)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", WRAPPER, str(report),
         sys.executable, "-m", "checker.cli", command, path.name],
        cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=HANG)
    except subprocess.TimeoutExpired:
        _stop(process)
        outcome.seconds = time.perf_counter() - start
        outcome.problems.append(f"did not finish within {HANG:.0f} s")
        return outcome
    outcome.seconds = time.perf_counter() - start
    outcome.stderr = err = stderr.decode("utf-8", "replace")
    code, peak = report.read_text().split()
    outcome.code = int(code)
    outcome.peak_mb = int(peak) / _RSS_UNIT_KB / 1024
    problems = outcome.problems
    if outcome.code not in case.codes:
        problems.append(f"exit code {outcome.code}, expected one of {sorted(case.codes)}")
    if "Traceback" in err:
        problems.append("a traceback on stderr")
    lines = err.splitlines()
    if len(lines) > 1 or (case.one_line and len(lines) != 1):
        problems.append(f"{len(lines)} stderr lines")
    if err and not (err.startswith("lkjip: error: ") and err.endswith("\n")):
        problems.append("stderr is not one 'lkjip: error: ' line")
    if any(c < " " or "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"
           for c in err.rstrip("\n")):
        problems.append("a raw control or bidi character on stderr")
    if err.startswith("lkjip: error: unexpected "):
        problems.append("a crash behind the one line")
    if b"INP004" in stdout:
        problems.append("an INP004 reader error")
    if path.read_bytes() != before:
        problems.append("the input's bytes changed")
    if outcome.peak_mb >= PEAK_LIMIT_MB:
        problems.append(f"peak memory {outcome.peak_mb:.0f} MB")
    return outcome


# -- the tests ------------------------------------------------------------------------------

@pytest.mark.skipif(resource is None, reason="no resource module (getrusage) here")
@pytest.mark.parametrize(("case", "command"), RUNS,
                         ids=[f"{case.id}-{command}" for case, command in RUNS])
def test_hostile_input_meets_the_contract(case: Case, command: str, tmp_path: Path) -> None:
    outcome = run_case(case, command, tmp_path / "case")
    assert outcome.met, (f"{case.id} ({command}): {'; '.join(outcome.problems)}; "
                         f"exit {outcome.code}, {outcome.seconds:.1f} s, "
                         f"{outcome.peak_mb:.0f} MB, stderr {outcome.stderr!r}")


def test_the_table_covers_every_category() -> None:
    prefixes = {case.id.split("-", 1)[0] for case in CASES}
    assert prefixes == {"encoding", "renamed", "empty", "whitespace", "model", "text", "not"}
    assert len({case.id for case in CASES}) == len(CASES)
