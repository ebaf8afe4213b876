"""What a worker process does with one request: sniff, read, check and render.

Everything a request needs from the checker happens here, in a worker of the
server's process pool, so a large PDF keeps one worker busy and never the server.
The worker answers with plain values (strings and bytes) that cross the process
boundary cheaply; the report model itself stays in the worker.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from checker import __version__
from checker.config import Config, load_config
from checker.engine import check_report, select_rules
from checker.errors import LkjipError, one_line
from checker.hookspecs import RenderOptions
from checker.labels import SEVERITY, where
from checker.plugins import Registry, load_registry
from checker.result import DocumentResult
from checker.rule import Rule
from checker.serve._sniff import sniff

__all__ = [
    "DOWNLOAD_FORMATS", "CheckRequest", "CheckedFile", "Download", "FindingRow", "Outcome",
    "RegionalRow", "TimeUp", "download_formats", "run_check", "start_worker", "warm_up",
]

# The formats offered for download, in the order of the buttons; each is offered
# only when a reporter of that name is registered.
DOWNLOAD_FORMATS = ("xlsx", "json", "sarif", "html")
_MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "sarif": "application/sarif+json",
    "html": "text/html; charset=utf-8",
}


@dataclass(frozen=True)
class CheckRequest:
    """One request's files (names inside ``folder``) and choices."""

    folder: str
    names: tuple[str, ...]
    lang: str = "id"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # Which outputs to render: the page's, or one download format.
    formats: tuple[str, ...] = ()
    page: bool = True
    timeout_seconds: float = 120.0


@dataclass(frozen=True)
class FindingRow:
    """One finding as the page's table shows it."""

    rule: str
    severity: str
    severity_label: str
    category: str
    where: str
    message: str
    expected: str
    actual: str
    regulation: str


@dataclass(frozen=True)
class CheckedFile:
    """One upload: its findings, or the one-line reason it could not be read."""

    name: str
    error: str | None = None
    agency: str = ""
    region: str = ""
    year: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    rows: tuple[FindingRow, ...] = ()
    html: str | None = None  # the HTML reporter's page for this file alone


@dataclass(frozen=True)
class RegionalRow:
    """One report in the regional summary of a batch."""

    name: str
    year: int | None
    errors: int
    warnings: int
    info: int
    top: str  # its most frequent rules, "BUD001 (3), CNT002 (1)"


@dataclass(frozen=True)
class Download:
    format: str
    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class Outcome:
    """What the worker sends back: a problem with the whole request, or the files."""

    problem: str | None = None
    timed_out: bool = False
    files: tuple[CheckedFile, ...] = ()
    downloads: tuple[Download, ...] = ()
    summary: tuple[RegionalRow, ...] | None = None
    notes: tuple[str, ...] = ()


class TimeUp(BaseException):
    """The request's time is up. A BaseException, so that the engine's guard around
    each rule (which turns a crash into a finding) lets it through."""


@dataclass
class _WorkerState:
    registry: Registry
    config: Config


_STATE: _WorkerState | None = None


def start_worker(plugins: Sequence[str] = (), config_path: str | None = None) -> None:
    """Load the plugins and the config once per worker process."""
    global _STATE
    import importlib

    extra = [(name, importlib.import_module(name)) for name in plugins]
    registry = load_registry(extra=extra)
    _STATE = _WorkerState(registry, load_config(Path(config_path) if config_path else None))


_WARM_UP_TEXT = "LAPORAN KINERJA INSTANSI PEMERINTAH\n\nBAB I PENDAHULUAN\n"


def warm_up() -> bool:
    """Check a tiny report through the whole path once, so the modules each step
    imports on first use (readers, rules, reporters) are loaded before a user waits."""
    import tempfile

    if _STATE is None:
        start_worker()
    assert _STATE is not None
    with tempfile.TemporaryDirectory(prefix="lkjip-serve-warm-") as folder:
        Path(folder, "laporan.txt").write_text(_WARM_UP_TEXT, encoding="utf-8")
        outcome = run_check(CheckRequest(folder=folder, names=("laporan.txt",),
                                         formats=download_formats(_STATE.registry)))
    return outcome.problem is None


def download_formats(registry: Registry) -> tuple[str, ...]:
    """The download formats the registry can render."""
    known = {reporter.name for reporter in registry.reporters}
    return tuple(name for name in DOWNLOAD_FORMATS if name in known)


def run_check(request: CheckRequest) -> Outcome:
    """Check the request's files within its time; never raises."""
    if _STATE is None:
        start_worker()
    assert _STATE is not None
    try:
        with _time_limit(request.timeout_seconds), _inside(request.folder):
            return _check(_STATE, request)
    except TimeUp:
        return Outcome(timed_out=True)
    except LkjipError as exc:
        return Outcome(problem=str(exc))
    except Exception as exc:  # the promise: a plain message, never a traceback
        return Outcome(problem=f"unexpected {type(exc).__name__}: {exc}")


def _check(state: _WorkerState, request: CheckRequest) -> Outcome:
    config = state.config.with_overrides(
        select=request.select or None, ignore=request.ignore or None, lang=request.lang)
    rules = tuple(select_rules(state.registry.rules, config))
    files: list[CheckedFile] = []
    results: list[DocumentResult] = []
    for name in request.names:
        try:
            result = _check_one(state.registry, rules, config, name)
        except LkjipError as exc:
            files.append(CheckedFile(name=name, error=str(exc)))
            continue
        except Exception as exc:  # a reader's bug costs its own file, not the others
            files.append(CheckedFile(name=name, error=one_line(
                f"{name}: unexpected {type(exc).__name__}: {exc}")))
            continue
        results.append(result)
        files.append(_checked_file(name, result, request, state.registry))
    notes: list[str] = []
    downloads = tuple(_render_downloads(state.registry, results, request, notes,
                                        _single_html(files)))
    summary = _regional_summary(results, notes) if request.page and len(results) > 1 else None
    return Outcome(files=tuple(files), downloads=downloads, summary=summary, notes=tuple(notes))


def _check_one(registry: Registry, rules: Sequence[Rule], config: Config,
               name: str) -> DocumentResult:
    kind = sniff(Path(name), name)
    readable = name
    if Path(name).suffix.lower() != kind.value:
        # The content decides the reader: the file gets the suffix of what it is
        # (``laporan.pdf`` that holds text is read as ``laporan.pdf.txt``).
        readable = _free_name(f"{name}{kind.value}")
        os.rename(name, readable)
    report = registry.read(Path(readable))
    return check_report(report, rules, config)


def _free_name(wanted: str) -> str:
    name, counter = wanted, 2
    while os.path.lexists(name):
        name, counter = f"{counter}-{wanted}", counter + 1
    return name


def _checked_file(name: str, result: DocumentResult, request: CheckRequest,
                  registry: Registry) -> CheckedFile:
    meta = result.report.meta
    html = None
    if request.page and "html" in download_formats(registry):
        rendered = registry.reporter("html").render(
            [result], RenderOptions(request.lang, __version__))
        html = rendered.decode("utf-8") if isinstance(rendered, bytes) else rendered
    return CheckedFile(
        name=name, agency=meta.agency or "", region=meta.region or "", year=meta.year,
        counts=result.summary(), rows=tuple(_rows(result, request.lang)), html=html)


def _rows(result: DocumentResult, lang: str) -> Iterator[FindingRow]:
    for finding in result.findings:
        place = finding.location
        yield FindingRow(
            rule=finding.rule,
            severity=finding.severity.label,
            severity_label=SEVERITY[lang][finding.severity],
            category=finding.category.value,
            where=where(place.line, place.end_line, place.table, lang, place.page),
            message=finding.text(lang),
            expected=finding.expected or "",
            actual=finding.actual or "",
            regulation=finding.regulation or "",
        )


def _single_html(files: Sequence[CheckedFile]) -> str | None:
    """The HTML page already rendered for the only file of a request: the HTML
    download of the request is that same page."""
    return files[0].html if len(files) == 1 else None


def _render_downloads(registry: Registry, results: Sequence[DocumentResult],
                      request: CheckRequest, notes: list[str],
                      rendered_html: str | None = None) -> Iterator[Download]:
    if not results:
        return
    options = RenderOptions(request.lang, __version__, rules=tuple(registry.rules))
    for name in request.formats:
        if name not in download_formats(registry):
            continue
        try:
            rendered = (rendered_html if name == "html" and rendered_html is not None
                        else registry.reporter(name).render(results, options))
        except Exception as exc:  # one broken reporter must not cost the page
            notes.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        data = rendered.encode("utf-8") if isinstance(rendered, str) else rendered
        yield Download(name, f"lkjip-hasil.{name}", _MEDIA_TYPES[name], data)


def _regional_summary(results: Sequence[DocumentResult],
                      notes: list[str]) -> tuple[RegionalRow, ...] | None:
    """The regional summary's rows, when the summary module is installed."""
    try:
        from reports.summary import regional_summary
    except ImportError:
        return None
    try:
        summary = regional_summary(results)
        return tuple(RegionalRow(
            name=row.agency or row.path, year=row.year, errors=row.errors,
            warnings=row.warnings, info=row.info,
            top=", ".join(f"{count.rule} ({count.findings})" for count in row.top_rules))
            for row in summary.rows)
    except Exception as exc:  # a summary that breaks must not cost the findings
        notes.append(f"regional_summary: {type(exc).__name__}: {exc}")
        return None


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeUp` in this (the worker's main) thread after ``seconds``."""

    def time_up(signum: int, frame: FrameType | None) -> None:
        raise TimeUp

    previous = signal.signal(signal.SIGALRM, time_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _inside(folder: str) -> Iterator[None]:
    """Work inside the request's folder, so files are read (and named in every message)
    by their safe names alone. A worker runs one request at a time, so changing its
    working directory is safe."""
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)
