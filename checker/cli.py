"""The ``lkjip`` command line: check, accept, extract, graph, rules, explain, serve.

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings at or above it;
2 the input or the command line was unusable (or a rule crashed). Errors are
one line on stderr; ``--debug`` shows the traceback instead. In a batch an
unusable file does not stop the others: its line is on stderr in its turn, and
the exit code is 2 at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import signal
import stat
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

from checker import __version__
from checker._inputs import DEFAULT_STDIN_NAME, STDIN, Input, expand_inputs
from checker._jobs import chunk_size, frozen_heap
from checker._sink import STREAMED_FORMATS, Progress, Streamed, open_output
from checker.config import Config, ConfigFinder
from checker.engine import check_report, exit_code, select_rules
from checker.errors import InputError, LkjipError, UsageError, one_line
from checker.hookspecs import RenderOptions, Reporter
from checker.limits import LIMIT_NAMES, LimitValueError, ReadLimits, parse_limit, reading_with
from checker.model import Report
from checker.options import check_pack_options
from checker.plugins import Registry, load_registry
from checker.readers import file_identity
from checker.readers.structured import allow_source_outside, source_candidates
from checker.recognise import ensure_lkjip
from checker.result import DocumentResult
from checker.rule import LANGUAGES, Rule, Severity

# The modules only one command or one flag needs (the catalogue, the explanations, the
# graph's renderings, the serialiser, accepted findings, baselines, the regional
# summary, the server) are imported where they are used, so ``check`` does not pay
# for them at start-up.

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # what a shell reports for a process ended by SIGPIPE
EXIT_TERMINATED = 128 + signal.SIGTERM  # what a shell reports for a process ended by SIGTERM
GRAPH_FORMATS = ("dot", "json", "mermaid")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit code 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _build_parser(arguments: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = _Parser(prog="lkjip", description="Check LKjIP performance reports.")
    parser.add_argument("-V", "--version", action="version", version=f"lkjip {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show tracebacks of errors (accepted anywhere on the line)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    _check_parser(commands.add_parser("check", help="check reports and print the findings"))
    _accept_parser(commands.add_parser("accept", help="accept a finding (lkjip-accepted.toml)"))

    extract = commands.add_parser("extract", help="write the report model (TOML or JSON)")
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument("--output", "-o", type=Path,
                         help="report.toml or report.json (default: JSON on stdout)")
    _source_flag(extract)
    _limit_flag(extract)

    graph = commands.add_parser("graph", help="print the cascade graph of a report")
    graph.add_argument("file", type=Path, metavar="FILE")
    graph.add_argument("--format", choices=GRAPH_FORMATS, default="json")
    _source_flag(graph)
    _limit_flag(graph)

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--lang", choices=LANGUAGES, default="id")
    rules.add_argument("--year", type=_year,
                       help="only the rules in force for reports of this year")
    rules.add_argument("--builtin", action="store_true",
                       help="only the rules shipped with lkjip, not those of installed packs")

    explain = commands.add_parser("explain", help="explain one rule")
    explain.add_argument("code", metavar="CODE")
    explain.add_argument("--lang", choices=LANGUAGES, default="id")

    serve = commands.add_parser("serve", help="serve the checker over HTTP")
    if _names_command(arguments, "serve"):  # its options are the server package's own
        _serve_module().add_arguments(serve)
    return parser


def _check_parser(check: argparse.ArgumentParser) -> None:
    check.add_argument("files", nargs="+", metavar="FILE",
                       help="report files, folders (searched recursively), glob patterns, "
                            "or '-' for stdin")
    check.add_argument("--format", help="text (default), json, markdown, ...; "
                                        "default: from the extension of --output")
    check.add_argument("--lang", choices=LANGUAGES, help="language of messages (default id)")
    check.add_argument("--select", type=_codes, help="rules to run: codes, prefixes, categories")
    check.add_argument("--extend-select", type=_codes, help="rules to add to the selection")
    check.add_argument("--ignore", type=_codes, help="rules not to run")
    check.add_argument("--extend-ignore", type=_codes,
                       help="rules not to run, on top of the config's ignore")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                       help="lowest severity that makes the exit code 1 (default error)")
    check.add_argument("--config", type=Path,
                       help="config file for every report (default: the nearest lkjip.toml or "
                            "pyproject.toml [tool.lkjip] above each report)")
    check.add_argument("--output", "-o", type=Path,
                       help="write the report to this file; its extension picks the format")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="the name of the report read from '-' (its extension picks the "
                            "reader; default stdin.txt)")
    check.add_argument("--show-accepted", action="store_true",
                       help="list the accepted findings too (and name them on stderr)")
    check.add_argument("--baseline", type=Path, metavar="FILE",
                       help="list only the findings not in this baseline, and name those fixed")
    check.add_argument("--write-baseline", type=Path, metavar="FILE",
                       help="write the fingerprints of the findings to this baseline file")
    check.add_argument("--statistics", action="store_true",
                       help="print how many findings each rule gave, instead of the findings")
    _source_flag(check)
    _limit_flag(check)
    check.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                       help="check N files at a time in worker processes; 0: one per core "
                            "(default: 1 for one file, one per core for several; the output "
                            "is the same)")


def _accept_parser(accept: argparse.ArgumentParser) -> None:
    accept.add_argument("fingerprint", metavar="FINGERPRINT",
                        help="the finding's fingerprint (JSON output, --show-accepted)")
    accept.add_argument("--reason", required=True, help="why the finding is accepted")
    accept.add_argument("--by", help="who accepts it")
    accept.add_argument("--until", type=_date, metavar="YYYY-MM-DD",
                        help="the last day the acceptance holds")
    accept.add_argument("--report", type=Path, metavar="FILE",
                        help="the report the finding is of: the entry is for it alone, and "
                             "the file beside it is the default --file")
    accept.add_argument("--file", type=Path, metavar="PATH",
                        help="the accepted findings file (default: the config's 'accepted', "
                             "else lkjip-accepted.toml beside --report or here)")


def _source_flag(command: argparse.ArgumentParser) -> None:
    command.add_argument("--allow-source-outside", action="store_true",
                         help="let a structured report's [source] path name a document "
                              "outside the report's own folder")


def _limit_flag(command: argparse.ArgumentParser) -> None:
    command.add_argument("--limit", action="append", type=_limit, default=[],
                         metavar="NAME=VALUE",
                         help="set one reading limit over the config's [limits] (repeatable): "
                              f"{', '.join(LIMIT_NAMES)}; e.g. max-bytes=100MB, "
                              "table-rows=50000 (see SECURITY.md)")


def _limit(text: str) -> tuple[str, int]:
    """``NAME=VALUE``: the field of :class:`ReadLimits` it sets and the value.

    The error is raised as a :class:`UsageError` (argparse lets it through) so that it
    speaks both languages like a config error."""
    name, equals, value = text.partition("=")
    try:
        if not equals:
            raise LimitValueError("write NAME=VALUE, like max-bytes=100MB",
                                  "tulis NAMA=NILAI, mis. max-bytes=100MB")
        return parse_limit(name.strip(), value.strip())
    except LimitValueError as exc:
        shown = text if len(text) <= 80 else f"{text[:60]}..."
        raise UsageError(f"--limit {shown}: {exc.english}",
                         f"--limit {shown}: {exc.indonesian}") from None


def _read_limits(config: Config, args: argparse.Namespace) -> ReadLimits:
    """The limits a file is read with: its config's ``[limits]``, ``--limit`` over them."""
    return config.limits.with_values(dict(args.limit))


def _codes(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _jobs(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of jobs (0: one per core)")
    return int(text)


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 1900 <= int(text) <= 2999:
        raise argparse.ArgumentTypeError(f"{text!r} is not a reporting year (like 2024)")
    return int(text)


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _names_command(arguments: Sequence[str], command: str) -> bool:
    """Whether the first word of ``arguments`` that is not an option is ``command``."""
    return next((a for a in arguments if not a.startswith("-")), None) == command


def _serve_module() -> ModuleType:
    """``checker.serve``, imported only when ``lkjip serve`` runs."""
    try:
        import checker.serve as serve
    except ImportError as exc:
        if exc.name not in ("checker.serve", None):
            raise
        raise UsageError("'serve' is not available in this installation (no checker.serve)",
                         "perintah 'serve' tidak tersedia pada instalasi ini") from None
    return serve


def read_report(path: Path, registry: Registry) -> Report:
    return registry.read(path)


def _refuse_to_overwrite(output: Path | None, inputs: Sequence[Path],
                         what: str = "an input file", apa: str = "berkas masukan") -> None:
    """The tool never changes the files it reads: an output path naming one is refused.

    Files are compared by device and inode, so a hard link or a symbolic link to an
    input is caught. An output that exists and is not a regular file (a FIFO, a
    device, a folder) is refused too: writing to it could hang or do harm.
    """
    if output is None:
        return
    try:
        mode = os.stat(output).st_mode
    except (OSError, ValueError):
        return  # nothing there yet: nothing to overwrite
    if not stat.S_ISREG(mode):
        raise UsageError(f"{output}: the output is not a regular file",
                         f"{output}: keluaran bukan berkas biasa")
    identity = file_identity(output)
    if any(file_identity(path) == identity for path in inputs):
        raise UsageError(f"{output}: refusing to overwrite {what}",
                         f"{output}: {apa} tidak akan ditimpa")


def _source_documents(reports: Sequence[Report]) -> list[Path]:
    """The documents the structured reports were extracted from, where they exist."""
    return [candidate for report in reports if report.source
            for candidate in source_candidates(Path(report.path), report.source)]


def _refuse_to_overwrite_sources(output: Path | None, reports: Sequence[Report]) -> None:
    _refuse_to_overwrite(output, _source_documents(reports),
                         "the source document of an input", "dokumen sumber masukan")


def _reporter_for(name: str | None, output: Path | None, registry: Registry) -> Reporter:
    """``--format``, else the format the extension of ``--output`` asks for, else text.
    A format and an extension that name two different formats are an error."""
    name_of_file = output.name.lower() if output is not None else ""
    # The longest extension that ends the name wins: ".sarif.json" is SARIF, not JSON.
    claims = sorted(((extension, reporter) for reporter in registry.reporters
                     for extension in reporter.extensions), key=lambda pair: -len(pair[0]))
    by_extension = next((reporter for extension, reporter in claims
                         if name_of_file.endswith(extension)), None)
    if name is None:
        return by_extension or registry.reporter("text")
    chosen = registry.reporter(name)
    if by_extension is not None and by_extension.name != chosen.name:
        raise UsageError(
            f"--format {name} contradicts the output file {output} ({by_extension.name})",
            f"--format {name} bertentangan dengan berkas keluaran {output}")
    return chosen


def _render_options(lang: str, output: Path | None, show_path: bool,
                    rules: Sequence[Rule] = ()) -> RenderOptions:
    """Colour on a terminal only (off with NO_COLOR, on with FORCE_COLOR), wrapped to the
    terminal's width; neither when writing to a file. Piped text is not wrapped either,
    so a tool reading it finds each finding on its own line. ``rules`` are the rules of
    the run, for a format that describes them (SARIF)."""
    from reports.terminal import color_wanted, text_width

    to_terminal = output is None and sys.stdout.isatty()
    color = output is None and color_wanted(sys.stdout)
    width = text_width() if to_terminal else None
    return RenderOptions(lang, __version__, color=color, width=width, show_path=show_path,
                         rules=tuple(rules))


def _file_config(finder: ConfigFinder, item: Input, args: argparse.Namespace) -> Config:
    """The config of one file: its nearest config file (or --config), the command line's
    flags over it, narrowed for the file (extend-ignore, per-file-ignores)."""
    config = finder.for_report(item.path)
    config = replace(config, limits=_read_limits(config, args))
    if args.extend_ignore:
        config = replace(config, extend_ignore=(*config.extend_ignore, *args.extend_ignore))
    if args.fail_on == "never":
        config = replace(config, fail_on=None)
    elif args.fail_on:
        config = replace(config, fail_on=Severity.parse(args.fail_on))
    return config.for_file(item.path)


def _selection(config: Config) -> tuple[Any, ...]:
    return (config.select, config.extend_select, config.ignore)


def _validate(configs: Sequence[Config], registry: Registry) -> None:
    """Every distinct selection and pack table is checked before the first file is: a
    typo in a config is one error for the run, not one per file."""
    seen_selections: set[tuple[Any, ...]] = set()
    seen_files: set[Path | None] = set()
    for config in configs:
        if config.path not in seen_files:
            seen_files.add(config.path)
            check_pack_options(config.pack_options, registry.options, config.path)
        if _selection(config) not in seen_selections:
            seen_selections.add(_selection(config))
            select_rules(registry.rules, config)


def _extensions(registry: Registry) -> list[str]:
    return [extension for reader in registry.readers for extension in reader.extensions]


def _command_check(args: argparse.Namespace, registry: Registry) -> int:
    finder = ConfigFinder(args.config, select=args.select, extend_select=args.extend_select,
                          ignore=args.ignore, lang=args.lang)
    with reading_with(_stdin_limits(finder, args)):
        inputs = expand_inputs(args.files, _extensions(registry), args.stdin_filename,
                               exclude=(args.output, args.write_baseline, args.baseline))
    reporter = _reporter_for(args.format, args.output, registry)
    on_disk = [item.path for item in inputs if item.data is None and item.problem is None]
    for output in (args.output, args.write_baseline):
        _refuse_to_overwrite(output, on_disk)
    configs = [_file_config(finder, item, args) for item in inputs]
    _validate(configs, registry)
    lang = args.lang or (configs[0].lang if configs else "id")
    checker = _Checker(registry, (), configs[0] if configs else Config(), entry_points=True,
                       debug=args.debug, source_outside=args.allow_source_outside)
    jobs = _worker_count(args.jobs, len(inputs))
    tasks = list(zip(inputs, configs, strict=True))
    # --debug wants the traceback of the process that failed: it checks in this one.
    pooled = jobs > 1 and not args.debug
    # Text, JSON and the statistics read only the findings and the report's name.
    slim = args.statistics or reporter.name in STREAMED_FORMATS
    outcomes = (_check_in_pool(checker, tasks, jobs, slim) if pooled
                else checker.check_each(tasks))
    options = _render_options(lang, args.output, show_path=len(inputs) > 1,
                              rules=registry.rules)
    batch = _Batch(args, registry, reporter, options, len(inputs))
    with frozen_heap(forks_workers=pooled):
        return batch.run(tasks, outcomes)


def _stdin_limits(finder: ConfigFinder, args: argparse.Namespace) -> ReadLimits:
    """The limits stdin is read with (``-``): those of the config its name would have.
    No config is looked up when stdin is not read."""
    if STDIN not in args.files:
        return ReadLimits()
    return _read_limits(finder.for_report(Path(args.stdin_filename or DEFAULT_STDIN_NAME)),
                        args)


class _Batch:
    """What a check run does with each outcome, in input order, as it comes: accepted
    findings set aside, the baseline applied, the output written; then the totals."""

    def __init__(self, args: argparse.Namespace, registry: Registry, reporter: Reporter,
                 options: RenderOptions, count: int) -> None:
        self.args = args
        self.registry = registry
        self.reporter = reporter
        self.options = options
        self.count = count
        self.code = EXIT_OK
        self.unusable = False
        self.rows: list[Any] = []  # the regional summary's rows, small
        self.held: list[DocumentResult] = []  # results of a format rendered at the end
        self.stream: Streamed | None = None
        self.progress = Progress(count, sys.stderr.isatty())
        self.acceptance = _Acceptance(args.show_accepted)
        self.baseline = _load_baseline(args.baseline)
        self.baseline_entries: dict[str, Any] | None = {} if args.write_baseline else None
        self.gone: list[Any] = []

    def run(self, tasks: Sequence[tuple[Input, Config]], outcomes: Iterator[Outcome]) -> int:
        try:
            for (item, config), outcome in zip(tasks, outcomes, strict=True):
                self.progress.step(str(item.path))
                if isinstance(outcome, str):
                    self._say("error", outcome)
                    self.unusable = True
                else:
                    self._take(item, config, outcome)
            self.progress.clear()
            self._finish()
        except BaseException:
            self.progress.clear()
            if self.stream is not None:
                self.stream.output.discard()
            raise
        return EXIT_UNUSABLE if self.unusable else self.code

    def _say(self, kind: str, message: str) -> None:
        """One line on stderr: ``lkjip: error: ...``, ``lkjip: peringatan: ...``."""
        self.progress.clear()
        if kind == "error":
            _error(message)
        else:
            sys.stderr.write(f"lkjip: {kind}: {one_line(message)}\n")

    def _take(self, item: Input, config: Config, result: DocumentResult) -> None:
        result = self.acceptance.apply(result, config, self.registry)
        for note in result.notes:
            self._say("catatan", f"{result.report.path}: {note}")
        if self.baseline_entries is not None:
            from checker.baseline import baseline_entry

            key, entry = baseline_entry(result)
            self.baseline_entries[key] = entry
        if self.baseline is not None:
            result, gone = self.baseline.new_only(result)
            self.gone += gone
        self.code = max(self.code, exit_code([result], config.fail_on))
        if self.count > 1 or self.args.statistics:
            from reports.summary import summary_row

            self.rows.append(summary_row(result))
        if self.args.statistics:
            return
        result = self.acceptance.shown(result, self._say)
        _refuse_to_overwrite_sources(self.args.output, [result.report])
        if self.reporter.name in STREAMED_FORMATS:
            if self.stream is None:
                # Held until the stream is ours, so that a discard on SIGTERM finds its file.
                with _termination_held():
                    self.stream = Streamed(self.reporter, self.options,
                                           open_output(self.args.output))
            self.stream.add(result)
        else:
            self.held.append(result)

    def _finish(self) -> None:
        if self.args.statistics:
            if self.rows:
                _write(self._statistics(), self.args.output)
        elif self.stream is not None:
            self.stream.close(self._epilogue())
        elif self.held:
            rendered = self.reporter.render(self.held, self.options)
            epilogue = self._epilogue()
            if isinstance(rendered, str) and epilogue:
                rendered = rendered.rstrip("\n") + "\n\n" + epilogue
            _write(rendered, self.args.output)
        for warning in self.acceptance.stale():
            self._say("peringatan", warning)
        for gone in self.gone:
            self._say("diperbaiki", f"{gone.path}: {gone.fingerprint} {gone.message} "
                                    "(fixed since the baseline)")
        if self.baseline_entries is not None:
            from checker.baseline import baseline_text

            _write(baseline_text(self.baseline_entries), self.args.write_baseline)

    def _epilogue(self) -> str:
        """The regional summary after the reports of a batch, in text and Markdown."""
        if len(self.rows) < 2 or self.reporter.name not in ("text", "markdown"):
            return ""
        from reports.summary import regional_summary, summary_markdown, summary_text

        summary = regional_summary(self.rows)
        render = summary_text if self.reporter.name == "text" else summary_markdown
        return render(summary, self.options.lang)

    def _statistics(self) -> str:
        from reports.summary import render_statistics

        described = {rule.code: (rule.slug, rule.severity.label) for rule in self.registry.rules}
        return render_statistics(self.rows, described)


def _load_baseline(path: Path | None) -> Any:
    if path is None:
        return None
    from checker.baseline import load_baseline

    return load_baseline(path)


class _Acceptance:
    """The accepted findings files of a run: each read once, each entry's use tracked so
    that the entries that matched nothing can be named at the end."""

    def __init__(self, show: bool) -> None:
        self.show = show
        self.files: dict[Path, tuple[Any, ...]] = {}
        self.candidates: set[Any] = set()
        self.matched: set[Any] = set()
        self.today = datetime.date.today()

    def _entries(self, path: Path) -> tuple[Any, ...]:
        if path not in self.files:
            from checker.accepted import load_accepted

            self.files[path] = load_accepted(path)
        return self.files[path]

    def apply(self, result: DocumentResult, config: Config,
              registry: Registry) -> DocumentResult:
        from checker.accepted import accepted_file_for, apply

        entries = self._entries(accepted_file_for(Path(result.report.path), config.accepted))
        if not entries:
            return result
        selected = {rule.code for rule in select_rules(registry.rules, config)
                    if rule.applies_to(result.report.meta.year)}
        self.candidates.update(entry for entry in entries
                               if entry.applies_to(result.report.path)
                               and _entry_rule(entry) in selected)
        applied = apply(result, entries, self.today)
        self.matched.update(applied.matched)
        return applied.result

    def shown(self, result: DocumentResult, say: Any) -> DocumentResult:
        """With --show-accepted, the accepted findings back in the output (still counted
        as accepted, never failing the run), each named on stderr."""
        if not self.show or not result.accepted:
            return result
        for finding in result.accepted:
            say("diterima", f"{result.report.path}: {finding.fingerprint} {finding.rule} "
                            "(accepted)")
        merged = sorted((*result.findings, *result.accepted),
                        key=lambda f: (f.location.line or 0, -f.severity, f.rule))
        return replace(result, findings=tuple(merged))

    def stale(self) -> list[str]:
        stale = sorted(self.candidates - self.matched,
                       key=lambda entry: (str(entry.source), entry.line or 0))
        return [f"{entry.where}: entri {entry.names} tidak cocok dengan temuan mana pun; "
                "hapus bila sudah diperbaiki (stale accepted entry: matches no finding)"
                for entry in stale]


def _entry_rule(entry: Any) -> str:
    return entry.rule or entry.fingerprint.split("-", 1)[0]


# -- checking files, here or in worker processes ---------------------------------------------

# What checking one file gives: its result, or the one-line error that made it unusable.
Outcome = DocumentResult | str
Task = tuple[Input, Config]


@dataclass(frozen=True)
class _Checker:
    """Reads and checks one file after another; each with its own config."""

    registry: Registry
    rules: tuple[Rule, ...]
    config: Config
    entry_points: bool = True
    debug: bool = False
    source_outside: bool = False
    slim: bool = False  # a worker's results without the model (checker._jobs)

    def check(self, path: Path | Input, config: Config | None = None) -> Outcome:
        item = path if isinstance(path, Input) else Input(path)
        config = config or self.config
        allow_source_outside(self.source_outside)
        try:
            problem = item.error()
            if problem is not None:
                raise problem
            with reading_with(config.limits):
                report = self._read(item)
            ensure_lkjip(report)
        except InputError as exc:
            if self.debug:
                raise
            return str(exc)
        # The whole report stays with its findings: a reporter (a plugin like any other)
        # may draw on the model, e.g. the pohon kinerja of an HTML report.
        rules = (self.rules if config is self.config and self.rules
                 else _rules_for(self.registry, config))
        return check_report(report, rules, config)

    def _read(self, item: Input) -> Report:
        if item.data is None:
            return read_report(item.path, self.registry)
        reader = self.registry.reader_for(item.path.suffix)
        if reader is None:
            known = ", ".join(sorted(_extensions(self.registry)))
            raise InputError(str(item.path), f"unsupported file type {item.path.suffix!r} "
                             f"(supported: {known}); name stdin with --stdin-filename",
                             "jenis berkas tidak didukung")
        return reader.read(item.path, item.data)

    def check_each(self, tasks: Sequence[Task]) -> Iterator[Outcome]:
        for item, config in tasks:
            yield self.check(item, config)


_SELECTED: dict[tuple[int, tuple[Any, ...]], tuple[Rule, ...]] = {}


def _rules_for(registry: Registry, config: Config) -> tuple[Rule, ...]:
    """The rules ``config`` selects, chosen once per selection and process."""
    key = (id(registry), _selection(config))
    if key not in _SELECTED:
        _SELECTED[key] = tuple(select_rules(registry.rules, config))
    return _SELECTED[key]


def _worker_count(jobs: int | None, files: int) -> int:
    """``--jobs``: 0 is one worker per core available, and so is no ``--jobs`` for
    several files; never more workers than files."""
    if jobs is None:
        jobs = 1 if files <= 1 else 0
    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
            os.cpu_count() or 1)
    return max(1, min(jobs, files))


_WORKER: _Checker | None = None  # the checker of a worker process


def _start_worker(config: Config, entry_points: bool, source_outside: bool = False,
                  slim: bool = False) -> None:
    """Give a worker process its checker. A forked worker inherits the parent's (the
    plugins already loaded); a spawned one loads the plugins itself."""
    global _WORKER
    # A forked worker inherits the parent's SIGTERM handler; the pool ends its workers
    # with SIGTERM, and a worker has no output of its own to discard.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _WORKER is None:
        registry = load_registry(entry_points=entry_points)
        _WORKER = _Checker(registry, (), config, entry_points=entry_points,
                           source_outside=source_outside, slim=slim)


def _check_in_worker(task: Task) -> Outcome:
    assert _WORKER is not None, "the worker was not started"
    outcome = _WORKER.check(*task)
    if _WORKER.slim and not isinstance(outcome, str):
        return outcome.without_model()
    return outcome


def _check_in_pool(checker: _Checker, tasks: Sequence[Task], jobs: int,
                   slim: bool = False) -> Iterator[Outcome]:
    """Check ``tasks`` in ``jobs`` worker processes, yielding each outcome in input order
    as soon as it and those before it are done; ``slim``: without the models."""
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER
    _WORKER = replace(checker, slim=slim)  # inherited by forked workers
    try:
        with ProcessPoolExecutor(jobs, initializer=_start_worker,
                                 initargs=(checker.config, checker.entry_points,
                                           checker.source_outside, slim)) as pool:
            yield from pool.map(_check_in_worker, tasks,
                                chunksize=chunk_size(len(tasks), jobs))
    finally:
        _WORKER = None


def _write(text: str | bytes, output: Path | None) -> None:
    """Text ends with a newline and is written as UTF-8; bytes (a workbook) as they are.
    A file is written whole or not at all (:class:`checker._sink.AtomicFile`)."""
    if isinstance(text, str) and not text.endswith("\n"):
        text = text + "\n"
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    sink = None
    try:
        with _termination_held():  # the temporary file is made and known at once
            sink = open_output(output)
        sink.write(data)
    except BaseException:
        if sink is not None:
            sink.discard()
        raise
    sink.commit()


def _command_accept(args: argparse.Namespace, registry: Registry) -> int:
    from checker.accepted import DEFAULT_NAME, append_entry

    target = args.file
    if target is None:
        start = args.report if args.report is not None else Path(DEFAULT_NAME)
        configured = ConfigFinder().for_report(start).accepted
        target = configured or Path(os.path.abspath(start)).parent / DEFAULT_NAME
    entry = append_entry(target, args.fingerprint, args.reason, args.by, args.until,
                         args.report.name if args.report is not None else None)
    sys.stdout.write(f"{entry.where}: {entry.fingerprint} diterima (accepted)\n")
    return EXIT_OK


def _read_one(args: argparse.Namespace, registry: Registry) -> Report:
    """The one report of ``extract`` or ``graph``, read with the limits of its config
    (the nearest above it) and of ``--limit``."""
    config = ConfigFinder().for_report(args.file)
    with reading_with(_read_limits(config, args)):
        return read_report(args.file, registry)


def _command_extract(args: argparse.Namespace, registry: Registry) -> int:
    output: Path | None = args.output
    if output is not None and output.suffix.lower() not in (".toml", ".json"):
        raise UsageError(f"{output}: extract writes .toml or .json",
                         f"{output}: extract hanya menulis .toml atau .json")
    _refuse_to_overwrite(output, [args.file])
    report = _read_one(args, registry)
    _refuse_to_overwrite_sources(output, [report])
    # The source is named relative to the written file, so the pair can move together
    # and the structured reader finds the document's lines from any directory.
    document = Path(report.source or report.path).resolve()
    source = os.path.relpath(document, output.resolve().parent) if output else str(document)
    as_toml = output is not None and output.suffix.lower() == ".toml"
    from checker.serialize import to_json_text, to_toml_text

    _write(to_toml_text(report, source) if as_toml else to_json_text(report, source), output)
    _warn_incomplete_meta(report, output)
    return EXIT_OK


def _warn_incomplete_meta(report: Report, output: Path | None) -> None:
    """A model checked again needs the agency and the year ([meta], as the report schema
    asks); the extractor writes only what the document says, so say what is missing."""
    missing = [(key, kata, word) for key, kata, word, value in (
        ("agency", "nama instansi", "the agency's name", report.meta.agency),
        ("year", "tahun laporan", "the report's year", report.meta.year)) if value is None]
    if not missing:
        return
    written = f"{output}: " if output is not None else ""
    keys = ", ".join(key for key, _, _ in missing)
    sys.stderr.write(
        f"lkjip: peringatan: {written}{' dan '.join(k for _, k, _ in missing)} tidak "
        f"ditemukan dalam dokumen; tambahkan [meta] {keys} sebelum model ini diperiksa "
        f"(not found in the document: {' and '.join(w for _, _, w in missing)}; add "
        f"[meta] {keys} before the model is checked)\n")


def _command_graph(args: argparse.Namespace, registry: Registry) -> int:
    from checker import graph

    render = {"json": graph.to_json, "dot": graph.to_dot, "mermaid": graph.to_mermaid}
    report = _read_one(args, registry)
    _write(render[args.format](graph.build_graph(report)), None)
    return EXIT_OK


def _command_rules(args: argparse.Namespace, registry: Registry) -> int:
    import json

    from checker.catalogue import rule_json, rules_markdown
    from checker.explain import in_force

    rules = [r for r in registry.rules if args.year is None or r.applies_to(args.year)]
    if args.format == "json":
        _write(json.dumps([rule_json(r) for r in rules], ensure_ascii=False, indent=2), None)
        return EXIT_OK
    if args.format == "markdown":
        _write(rules_markdown(rules, registry.categories, args.lang), None)
        return EXIT_OK
    lines = []
    for r in rules:
        period = (f"  ({in_force(r, args.lang)})"
                  if r.effective_from is not None or r.effective_until is not None else "")
        lines.append(f"{r.code}  {r.slug:<36} {r.severity.label:<8} {r.category.value:<12} "
                     f"{r.title[args.lang]}  [{r.regulation}]{period}")
    _write("\n".join(lines), None)
    return EXIT_OK


def _command_explain(args: argparse.Namespace, registry: Registry) -> int:
    from checker.explain import explain

    rule = registry.rule(args.code)
    if rule is None:
        raise UsageError(f"unknown rule {args.code!r} (see 'lkjip rules')",
                         f"aturan {args.code!r} tidak dikenal")
    _write(explain(rule, args.lang), None)
    return EXIT_OK


def _command_serve(args: argparse.Namespace, registry: Registry) -> int:
    return int(_serve_module().run(args))


COMMANDS = {
    "check": _command_check,
    "accept": _command_accept,
    "extract": _command_extract,
    "graph": _command_graph,
    "rules": _command_rules,
    "explain": _command_explain,
    "serve": _command_serve,
}


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (a test's capture): nothing to flush
        pass


class _Terminated(BaseException):
    """SIGTERM arrived (``timeout``, ``kill``, a service manager stopping the run)."""


def _raise_terminated(signum: int, frame: object) -> NoReturn:
    raise _Terminated


@contextlib.contextmanager
def _terminate_like_interrupt() -> Iterator[None]:
    """SIGTERM ends a run as Ctrl-C does: the ``-o`` file being written is discarded
    (the old file stays) instead of the run vanishing with its temporary file left
    beside it. Only SIGKILL, which no process can catch, leaves one (SECURITY.md)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a signal handler
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _termination_held() -> Iterator[None]:
    """SIGTERM held back while the ``-o`` file's temporary is made and handed to the code
    that discards it: arriving in between, it would end the run with the temporary left
    beside the output and nobody knowing it. A SIGTERM held is delivered on leaving."""
    if (threading.current_thread() is not threading.main_thread()
            or not hasattr(signal, "pthread_sigmask")):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _error(message: str) -> None:
    sys.stderr.write(f"lkjip: error: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # --debug is honoured wherever it is written, before or after the command.
    debug = "--debug" in arguments
    try:
        arguments = [a for a in arguments if a != "--debug"]
        args = _build_parser(arguments).parse_args(arguments)
        args.debug = debug
        allow_source_outside(getattr(args, "allow_source_outside", False))
        registry = load_registry(entry_points=not getattr(args, "builtin", False))
        if args.command == "serve":  # the server handles its signals itself
            return COMMANDS[args.command](args, registry)
        with _terminate_like_interrupt():
            return COMMANDS[args.command](args, registry)
    except LkjipError as exc:
        if debug:
            raise
        _error(str(exc))
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    except _Terminated:
        return EXIT_TERMINATED
    except BrokenPipeError:
        # The reader went away (``lkjip check ... | head``): nothing more to say, and
        # Python must not complain when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # the promise: no traceback without --debug
        if debug:
            raise
        _error(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)")
        return EXIT_UNUSABLE
    finally:
        allow_source_outside(False)


if __name__ == "__main__":
    raise SystemExit(main())
