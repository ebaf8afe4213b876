"""The hostile-input contract, widened: ``graph`` and ``extract`` on the inputs that matter,
stdin, damaged PDF and Word files, and runs killed while they write ``-o``.

The contract is the one of ``test_contract_suite.py`` (the README's "Bad input"): the exit
code the case allows, at most one stderr line starting "lkjip: error: " with no control
or bidirectional character, no traceback, no crash behind the one line ("unexpected
...") nor an ``INP004`` reader error, the input unchanged, peak memory under 1 GB and done
within 30 s. Each run goes through the suite's wrapper process, so the peak memory is the
command line's own. The cases here need what the suite's ``run_case`` does not give: a
FIFO or a device as the input (whose bytes cannot be read back to compare), stdin, other
commands and extra flags.

``lkjip serve`` gets its hostile uploads in ``tests/serve/test_serve_app.py`` (a file or
a request too large, too many files, a renamed binary, an old Word file, an empty file, an
unreadable PDF, a name with a path in it, a check over its time).
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import os
import random
import signal
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_contract_suite import (
    ANY,
    DOCUMENT,
    HANG,
    META,
    PEAK_LIMIT_MB,
    PNG,
    UNUSABLE,
    USABLE,
    WRAPPER,
    Outcome,
)

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]

pytestmark = pytest.mark.skipif(resource is None, reason="no resource module (getrusage) here")

REPO = Path(__file__).resolve().parents[2]
PDF = REPO / "tests" / "formats" / "pdf" / "features.pdf"
DEFECTS = REPO / "tests" / "library" / "defects"
RSS_UNIT_KB = 1024 if sys.platform == "darwin" else 1  # ru_maxrss: bytes on macOS


@dataclass(frozen=True)
class Run:
    """One run of the command line on one hostile input.

    ``build(folder)`` writes the input and returns the argument naming it (``-`` for
    stdin); ``stdin`` is what is piped in; ``flags`` follow the argument."""

    id: str
    build: Callable[[Path], str]
    command: str = "check"
    codes: frozenset[int] = ANY
    one_line: bool = False
    stdin: bytes | Callable[[], bytes] = b""
    flags: tuple[str, ...] = ()
    says: str = ""  # what the one line must say: the limit or the damage, not a generic failure


def _regular_files(folder: Path) -> dict[Path, bytes]:
    """The bytes of every regular file in ``folder`` (not following links), to compare."""
    return {path: path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and not path.is_symlink()}


def run_contract(run: Run, folder: Path) -> Outcome:
    """Build ``run``'s input in ``folder`` and hold the command line to the contract."""
    folder.mkdir(parents=True, exist_ok=True)
    argument = run.build(folder)
    before = _regular_files(folder)
    rusage = folder.parent / f"{folder.name}.rusage"
    outcome = Outcome(run.id, run.command)
    data = run.stdin() if callable(run.stdin) else run.stdin
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", WRAPPER, str(rusage), sys.executable, "-m", "checker.cli",
         run.command, argument, *run.flags],
        cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)
    try:
        stdout, stderr = process.communicate(data, timeout=HANG)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        outcome.problems.append(f"did not finish within {HANG:.0f} s")
        return outcome
    outcome.seconds = time.perf_counter() - start
    outcome.stderr = stderr.decode("utf-8", "replace")
    code, peak = rusage.read_text().split()
    outcome.code, outcome.peak_mb = int(code), int(peak) / RSS_UNIT_KB / 1024
    outcome.problems += _breaches(run, outcome, stdout)
    if _regular_files(folder) != before:
        outcome.problems.append("a file of the input's folder changed")
    return outcome


def _breaches(run: Run, outcome: Outcome, stdout: bytes) -> list[str]:
    err = outcome.stderr
    lines = err.splitlines()
    found = []
    if outcome.code not in run.codes:
        found.append(f"exit code {outcome.code}, expected one of {sorted(run.codes)}")
    if "Traceback" in err:
        found.append("a traceback on stderr")
    if len(lines) > 1 or (run.one_line and len(lines) != 1):
        found.append(f"{len(lines)} stderr lines")
    if err and not (err.startswith("lkjip: error: ") and err.endswith("\n")):
        found.append("stderr is not one 'lkjip: error: ' line")
    if any(c < " " or "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"
           for c in err.rstrip("\n")):
        found.append("a raw control or bidi character on stderr")
    if err.startswith("lkjip: error: unexpected "):
        found.append("a crash behind the one line")
    if run.says not in err:
        found.append(f"stderr does not say {run.says!r}")
    if b"INP004" in stdout:
        found.append("an INP004 reader error")
    if outcome.peak_mb >= PEAK_LIMIT_MB:
        found.append(f"peak memory {outcome.peak_mb:.0f} MB")
    return found


def _assert_met(run: Run, outcome: Outcome) -> None:
    assert outcome.met, (f"{run.id} ({run.command}): {'; '.join(outcome.problems)}; "
                         f"exit {outcome.code}, {outcome.seconds:.1f} s, "
                         f"{outcome.peak_mb:.0f} MB, stderr {outcome.stderr!r}")


# -- building the inputs ----------------------------------------------------------------------

def _file(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], str]:
    def build(folder: Path) -> str:
        (folder / name).write_bytes(data() if callable(data) else data)
        return name
    return build


def _fifo(folder: Path) -> str:
    os.mkfifo(folder / "laporan.txt")
    return "laporan.txt"


def _stdin_only(folder: Path) -> str:
    return "-"


def _dev_zero(folder: Path) -> str:
    (folder / "laporan.txt").symlink_to("/dev/zero")
    return "laporan.txt"


def _deep_toml() -> bytes:
    return b"schema_version = 1\nx = " + b"[" * 100_000 + b"]" * 100_000 + b"\n"


def _text_of_huge_figures() -> bytes:
    table = ("| No | Program | Pagu | Realisasi |\n|---|---|---|---|\n"
             f"| 1 | Program A | {'1' * 5_000} | 900 |\n")
    return (DOCUMENT + "Pagu sebesar Rp " + "9" * 100_000 + " atau 77,26 %.\n\n"
            + table).encode()


def _model_of_digits(digits: int) -> Callable[[], bytes]:
    """A JSON report whose program has a bare integer pagu of ``digits`` digits."""
    def data() -> bytes:
        item = ('{"level": "program", "name": "Program A", "pagu": ' + "9" * digits
                + ', "realisasi": "1"}')
        return ('{"schema_version": 1, "meta": ' + json.dumps(META) + ', "budgets": '
                '[{"table": "Tabel 3.1", "kind": "realisasi", "items": [' + item + "]}]}"
                ).encode()
    return data


def _truncated_pdf() -> bytes:
    data = PDF.read_bytes()
    return data[: len(data) // 2]


def _pdf_with_garbage_xref() -> bytes:
    """The sample PDF with its cross-reference table overwritten by random bytes."""
    data = bytearray(PDF.read_bytes())
    start = data.rindex(b"\nxref\n") + 1  # the table, not "startxref"
    end = data.index(b"trailer", start)
    data[start:end] = random.Random(7).randbytes(end - start)
    return bytes(data)


def _pdf_of_pages(count: int) -> bytes:
    """A small, valid PDF of ``count`` empty pages."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
                   count, b" ".join(b"%d 0 R" % (3 + n) for n in range(count)))]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"] * count
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


_DOCUMENT_XML = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                 b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>BAB I PENDAHULUAN'
                 b"</w:t></w:r></w:p></w:body></w:document>")


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@functools.cache  # the same bytes for each command
def _docx_of_many_parts() -> bytes:
    parts = {f"word/media/image{n}.png": b"x" for n in range(10_001)}
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": _DOCUMENT_XML,
                 **parts})


@functools.cache
def _docx_bomb() -> bytes:
    """210 MB of zeros (over the 200 MB limit) deflated to a few hundred KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", _DOCUMENT_XML)
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as stream:
            chunk = bytes(1024 * 1024)
            for _ in range(210):
                stream.write(chunk)
    return buffer.getvalue()


def _docx_declaring_4_gb() -> bytes:
    """A small package whose central directory claims a part of 4 GB uncompressed."""
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>",
                           "word/document.xml": _DOCUMENT_XML}))
    entry = data.rindex(b"PK\x01\x02")  # the last central directory entry
    struct.pack_into("<I", data, entry + 24, 0xFFFF_FFF0)  # its uncompressed size
    return bytes(data)


def _docx_of_broken_xml() -> bytes:
    return _zip({"[Content_Types].xml": b"<Types/>",
                 "word/document.xml": _DOCUMENT_XML[:-30]})


def _stdin_over_the_limit() -> bytes:
    return b"BAB I PENDAHULUAN\n" * (50 * 1024 * 1024 // 18 + 1)


def _runs() -> list[Run]:
    runs = []
    # graph and extract on the inputs that matter
    for command in ("extract", "graph"):
        runs += [
            Run("fifo", _fifo, command, UNUSABLE, True),
            Run("dev-zero-behind-a-txt-link", _dev_zero, command, UNUSABLE, True),
            Run("toml-nested-100000-deep", _file("model.toml", _deep_toml), command,
                UNUSABLE, True),
            Run("text-of-100000-digit-figures", _file("laporan.md", _text_of_huge_figures),
                command, USABLE),
            Run("json-41-digit-bare-integer", _file("model.json", _model_of_digits(41)),
                command, USABLE),
            Run("json-5000-digit-bare-integer", _file("model.json", _model_of_digits(5_000)),
                command, UNUSABLE, True, says="a number has too many digits to be read"),
            Run("png-renamed-txt", _file("laporan.txt", PNG), command, UNUSABLE, True),
            Run("empty-txt", _file("laporan.txt", b""), command, UNUSABLE, True),
        ]
    # stdin
    runs += [
        Run("stdin-nul-bytes", _stdin_only,
            stdin=DOCUMENT.encode()[:100] + b"\x00" * 10 + DOCUMENT.encode()[100:],
            codes=UNUSABLE, one_line=True, says="binary file"),
        Run("stdin-utf16-with-bom", _stdin_only,
            stdin=b"\xff\xfe" + DOCUMENT.encode("utf-16-le"), codes=USABLE),
        Run("stdin-random-binary", _stdin_only,
            stdin=random.Random(11).randbytes(64 * 1024), codes=UNUSABLE, one_line=True),
        Run("stdin-random-binary-as-json", _stdin_only,
            stdin=random.Random(12).randbytes(64 * 1024), codes=UNUSABLE, one_line=True,
            flags=("--stdin-filename", "laporan.json")),
        Run("stdin-over-50-mb", _stdin_only, stdin=_stdin_over_the_limit,
            codes=UNUSABLE, one_line=True, says="stdin is larger than 50 MB"),
        Run("stdin-empty", _stdin_only, codes=UNUSABLE, one_line=True, says="stdin is empty"),
    ]
    # damaged PDF and Word files, through every command that reads them
    for command in ("check", "extract", "graph"):
        runs += [
            Run("pdf-truncated", _file("laporan.pdf", _truncated_pdf), command,
                UNUSABLE, True),
            Run("pdf-garbage-xref", _file("laporan.pdf", _pdf_with_garbage_xref), command),
            Run("pdf-2001-pages", _file("laporan.pdf", lambda: _pdf_of_pages(2_001)), command,
                UNUSABLE, True, says="the PDF has 2001 pages; at most 2000 are read"),
            Run("docx-10001-parts", _file("laporan.docx", _docx_of_many_parts), command,
                UNUSABLE, True, says="too many parts in the package (10003 > 10000)"),
            Run("docx-210-mb-of-zeros", _file("laporan.docx", _docx_bomb), command,
                UNUSABLE, True, says="the package unpacks to more than 200 MB"),
            Run("docx-declaring-4-gb", _file("laporan.docx", _docx_declaring_4_gb), command,
                UNUSABLE, True, says="the package unpacks to more than 200 MB"),
            Run("docx-broken-xml", _file("laporan.docx", _docx_of_broken_xml), command,
                UNUSABLE, True, says="is not valid XML"),
            Run("docx-renamed-pdf", _file("laporan.docx", PDF.read_bytes), command,
                UNUSABLE, True, says="the file is a PDF"),
        ]
    return runs


RUNS = tuple(_runs())


@pytest.mark.parametrize("run", RUNS, ids=[f"{run.id}-{run.command}" for run in RUNS])
def test_hostile_input_meets_the_contract(run: Run, tmp_path: Path) -> None:
    if run.build is _fifo and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    _assert_met(run, run_contract(run, tmp_path / "case"))


def test_the_pdf_of_many_pages_is_small_and_valid(tmp_path: Path) -> None:
    """The page-limit case is refused for its pages, not for being damaged."""
    data = _pdf_of_pages(2_001)
    assert len(data) < 250_000
    path = tmp_path / "laporan.pdf"
    path.write_bytes(data)
    done = subprocess.run([sys.executable, "-m", "checker.cli", "check", str(path),
                           "--limit", "pdf-pages=3000"], capture_output=True, timeout=HANG)
    assert "no text layer" in done.stderr.decode()  # read to the end: empty pages


# -- runs killed while they write -o ----------------------------------------------------------

OUTPUT = "hasil.json"
OLD = b'{"old": "the previous run\'s complete report"}\n'


def _batch(folder: Path) -> list[str]:
    """The reports of the defects library, a batch whose JSON is written as it goes."""
    reports = folder / "laporan"
    reports.mkdir(parents=True)
    for report in sorted(DEFECTS.glob("*.txt")) + sorted(DEFECTS.glob("*.md")):
        if report.name != "README.md":
            (reports / report.name).write_bytes(report.read_bytes())
    return ["check", "laporan", "--jobs", "1", "-o", OUTPUT]


def _temporaries(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()
            if path.name.startswith(f".{OUTPUT}.") and path.name.endswith(".tmp")}


def _start(folder: Path, args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "checker.cli", *args], cwd=folder,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _kill_when(process: subprocess.Popen[bytes], folder: Path, moment: str, size: int) -> None:
    """SIGKILL ``process`` at ``moment``: early (before any output), as soon as the
    temporary file appears, once it holds a quarter of the output's ``size``, or three
    quarters (near the end)."""
    earlier = _temporaries(folder)  # left by the runs killed before this one
    deadline = time.monotonic() + HANG
    while process.poll() is None and time.monotonic() < deadline:
        temporaries = [folder / name for name in _temporaries(folder) - earlier]
        written = sum(path.stat().st_size for path in temporaries if path.exists())
        if (moment == "early" or (moment == "temporary-appears" and temporaries)
                or (moment == "part-written" and written > size // 4)
                or (moment == "near-the-end" and written > size * 3 // 4)):
            break
        time.sleep(0.005)
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGKILL)
    process.communicate(timeout=HANG)


@pytest.fixture(scope="module")
def complete(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The output of the batch run to its end, uninterrupted."""
    folder = tmp_path_factory.mktemp("reference")
    done = subprocess.run([sys.executable, "-m", "checker.cli", *_batch(folder)], cwd=folder,
                          capture_output=True, timeout=HANG * 4)
    assert done.returncode == 1 and done.stderr == b"", done.stderr
    assert not _temporaries(folder)
    return (folder / OUTPUT).read_bytes()


@pytest.mark.parametrize("existing", [False, True], ids=["new-output", "over-an-old-output"])
def test_a_killed_writer_leaves_the_old_output_or_the_whole_new_one(
        existing: bool, complete: bytes, tmp_path: Path) -> None:
    folder = tmp_path / "killed"
    args = _batch(folder)
    target = folder / OUTPUT
    if existing:
        target.write_bytes(OLD)
    for moment in ("early", "temporary-appears", "part-written", "near-the-end"):
        _kill_when(_start(folder, args), folder, moment, len(complete))
        now = target.read_bytes() if target.exists() else None
        assert now in ((OLD if existing else None), complete), (
            f"killed {moment}: the output is partial ({len(now or b'')} bytes)")
    left_by_killed_runs = _temporaries(folder)
    assert left_by_killed_runs, "no run was killed while it wrote"

    # The next run does not choke on what the killed runs left, and leaves nothing itself.
    done = subprocess.run([sys.executable, "-m", "checker.cli", *args], cwd=folder,
                          capture_output=True, timeout=HANG * 4)
    assert done.returncode == 1 and done.stderr == b"", done.stderr
    assert target.read_bytes() == complete
    assert _temporaries(folder) == left_by_killed_runs
    for name in left_by_killed_runs:  # a killed run's leftover is a prefix, never the target
        assert complete.startswith((folder / name).read_bytes())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_terminated_writer_discards_its_output_and_leaves_no_temporary(
        jobs: str, tmp_path: Path) -> None:
    """SIGTERM (``timeout``, ``kill``) ends a run as Ctrl-C does, unlike SIGKILL."""
    args = [*_batch(tmp_path), "--jobs", jobs]
    target = tmp_path / OUTPUT
    target.write_bytes(OLD)
    process = _start(tmp_path, args)
    deadline = time.monotonic() + HANG
    while not _temporaries(tmp_path) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert _temporaries(tmp_path), "the run ended before it wrote"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=HANG)
    assert process.returncode == 128 + signal.SIGTERM and stderr == b"", stderr
    assert target.read_bytes() == OLD
    assert not _temporaries(tmp_path)
