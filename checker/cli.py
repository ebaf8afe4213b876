"""The ``lkjip`` command line: check, extract, graph, rules, explain.

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings at or above it;
2 the input or the command line was unusable (or a rule crashed). Errors are
one line on stderr; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NoReturn

from checker import __version__
from checker.config import Config, load_config
from checker.engine import check_report, exit_code, select_rules
from checker.errors import InputError, LkjipError, UsageError
from checker.hookspecs import RenderOptions
from checker.model import Report
from checker.options import check_pack_options
from checker.plugins import Registry, load_registry
from checker.readers import file_identity
from checker.readers.structured import allow_source_outside, source_candidates
from checker.result import DocumentResult
from checker.rule import LANGUAGES, Rule, Severity

# The modules only one command needs (the catalogue, the explanations, the graph's
# renderings, the serialiser) are imported by that command, so ``check`` does not pay
# for them at start-up.

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2
GRAPH_FORMATS = ("dot", "json", "mermaid")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit code 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lkjip", description="Check LKjIP performance reports.")
    parser.add_argument("--version", action="version", version=f"lkjip {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show tracebacks of errors (accepted anywhere on the line)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="check reports and print the findings")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--format", default="text", help="text (default), json, markdown, ...")
    check.add_argument("--lang", choices=LANGUAGES, help="language of messages (default id)")
    check.add_argument("--select", type=_codes, help="rules to run: codes, prefixes, categories")
    check.add_argument("--extend-select", type=_codes, help="rules to add to the selection")
    check.add_argument("--ignore", type=_codes, help="rules not to run")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                       help="lowest severity that makes the exit code 1 (default error)")
    check.add_argument("--config", type=Path, help="config file (default: found upwards)")
    check.add_argument("--output", "-o", type=Path, help="write the report to this file")
    _source_flag(check)
    check.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                       help="check N files at a time in worker processes; 0: one per core "
                            "(default 1; the output is the same as with 1)")

    extract = commands.add_parser("extract", help="write the report model (TOML or JSON)")
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument("--output", "-o", type=Path,
                         help="report.toml or report.json (default: JSON on stdout)")
    _source_flag(extract)

    graph = commands.add_parser("graph", help="print the cascade graph of a report")
    graph.add_argument("file", type=Path, metavar="FILE")
    graph.add_argument("--format", choices=GRAPH_FORMATS, default="json")
    _source_flag(graph)

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
    return parser


def _source_flag(command: argparse.ArgumentParser) -> None:
    command.add_argument("--allow-source-outside", action="store_true",
                         help="let a structured report's [source] path name a document "
                              "outside the report's own folder")


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


def read_report(path: Path, registry: Registry) -> Report:
    return registry.read(path)


def _config(args: argparse.Namespace) -> Config:
    """The config file, then the command line's flags over it."""
    config = load_config(args.config).with_overrides(
        select=args.select, extend_select=args.extend_select, ignore=args.ignore, lang=args.lang
    )
    if args.fail_on == "never":
        return replace(config, fail_on=None)
    if args.fail_on:
        return replace(config, fail_on=Severity.parse(args.fail_on))
    return config


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


def _command_check(args: argparse.Namespace, registry: Registry) -> int:
    _refuse_to_overwrite(args.output, args.files)
    config = _config(args)
    check_pack_options(config.pack_options, registry.options, config.path)
    reporter = registry.reporter(args.format)
    checker = _Checker(registry, tuple(select_rules(registry.rules, config)), config,
                       entry_points=True, debug=args.debug,
                       source_outside=args.allow_source_outside)
    jobs = _worker_count(args.jobs, len(args.files))
    # --debug wants the traceback of the process that failed: it checks in this one.
    outcomes = (checker.check_each(args.files) if jobs == 1 or args.debug
                else _check_in_pool(checker, args.files, jobs))
    results: list[DocumentResult] = []
    unusable = False
    for outcome in outcomes:  # in input order, as each file is done
        if isinstance(outcome, str):
            _error(outcome)
            unusable = True
        else:
            results.append(outcome)
    if results:
        _refuse_to_overwrite_sources(args.output, [result.report for result in results])
        rendered = reporter.render(results, RenderOptions(config.lang, __version__))
        _write(rendered, args.output)
    code = exit_code(results, config.fail_on)
    return EXIT_UNUSABLE if unusable else code


# -- checking files, here or in worker processes ---------------------------------------------

# What checking one file gives: its result, or the one-line error that made it unusable.
Outcome = DocumentResult | str


@dataclass(frozen=True)
class _Checker:
    """Reads and checks one file after another with one selection of rules."""

    registry: Registry
    rules: tuple[Rule, ...]
    config: Config
    entry_points: bool = True
    debug: bool = False
    source_outside: bool = False

    def check(self, path: Path) -> Outcome:
        allow_source_outside(self.source_outside)
        try:
            report = read_report(path, self.registry)
        except InputError as exc:
            if self.debug:
                raise
            return str(exc)
        # The whole report stays with its findings: a reporter (a plugin like any other)
        # may draw on the model, e.g. the pohon kinerja of an HTML report.
        return check_report(report, self.rules, self.config)

    def check_each(self, paths: Sequence[Path]) -> Iterator[Outcome]:
        for path in paths:
            yield self.check(path)


def _worker_count(jobs: int, files: int) -> int:
    """``--jobs``: 0 is one worker per core available; never more workers than files."""
    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
            os.cpu_count() or 1)
    return max(1, min(jobs, files))


_WORKER: _Checker | None = None  # the checker of a worker process


def _start_worker(config: Config, entry_points: bool, source_outside: bool = False) -> None:
    """Give a worker process its checker. A forked worker inherits the parent's (the
    plugins already loaded); a spawned one loads the plugins itself."""
    global _WORKER
    if _WORKER is None:
        registry = load_registry(entry_points=entry_points)
        _WORKER = _Checker(registry, tuple(select_rules(registry.rules, config)), config,
                           entry_points=entry_points, source_outside=source_outside)


def _check_in_worker(path: Path) -> Outcome:
    assert _WORKER is not None, "the worker was not started"
    return _WORKER.check(path)


def _check_in_pool(checker: _Checker, paths: Sequence[Path], jobs: int) -> Iterator[Outcome]:
    """Check ``paths`` in ``jobs`` worker processes, yielding each outcome in input order
    as soon as it and those before it are done."""
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER
    _WORKER = checker  # inherited by forked workers
    try:
        with ProcessPoolExecutor(jobs, initializer=_start_worker,
                                 initargs=(checker.config, checker.entry_points,
                                           checker.source_outside)) as pool:
            yield from pool.map(_check_in_worker, paths)
    finally:
        _WORKER = None


def _write(text: str | bytes, output: Path | None) -> None:
    """Text ends with a newline and is written as UTF-8; bytes (a workbook) as they are."""
    if isinstance(text, str) and not text.endswith("\n"):
        text = text + "\n"
    if output is None:
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
        else:
            sys.stdout.write(text)
        return
    try:
        _write_whole(output, text if isinstance(text, bytes) else text.encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"{output}: cannot write output: {exc.strerror or exc}",
                         f"{output}: keluaran tidak dapat ditulis") from None


def _write_whole(output: Path, data: bytes) -> None:
    """Write ``data`` to a new file beside ``output``, then rename it into place: a
    concurrent or interrupted run never leaves a mixed or half-written file. A
    symbolic link is written through (its target is replaced), and an existing
    file keeps its permissions."""
    target = Path(os.path.realpath(output))
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            descriptor = os.open(temporary, flags, 0o666 if mode is None else mode)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - 100 collisions of 48 random bits
        raise FileExistsError(f"no free temporary name beside {target}")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _command_extract(args: argparse.Namespace, registry: Registry) -> int:
    output: Path | None = args.output
    if output is not None and output.suffix.lower() not in (".toml", ".json"):
        raise UsageError(f"{output}: extract writes .toml or .json",
                         f"{output}: extract hanya menulis .toml atau .json")
    _refuse_to_overwrite(output, [args.file])
    report = read_report(args.file, registry)
    _refuse_to_overwrite_sources(output, [report])
    # The source is named relative to the written file, so the pair can move together
    # and the structured reader finds the document's lines from any directory.
    document = Path(report.source or report.path).resolve()
    source = os.path.relpath(document, output.resolve().parent) if output else str(document)
    as_toml = output is not None and output.suffix.lower() == ".toml"
    from checker.serialize import to_json_text, to_toml_text

    _write(to_toml_text(report, source) if as_toml else to_json_text(report, source), output)
    return EXIT_OK


def _command_graph(args: argparse.Namespace, registry: Registry) -> int:
    from checker import graph

    render = {"json": graph.to_json, "dot": graph.to_dot, "mermaid": graph.to_mermaid}
    report = read_report(args.file, registry)
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


COMMANDS = {
    "check": _command_check,
    "extract": _command_extract,
    "graph": _command_graph,
    "rules": _command_rules,
    "explain": _command_explain,
}


def _error(message: str) -> None:
    sys.stderr.write(f"lkjip: error: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # --debug is honoured wherever it is written, before or after the command.
    debug = "--debug" in arguments
    try:
        args = _build_parser().parse_args([a for a in arguments if a != "--debug"])
        args.debug = debug
        allow_source_outside(getattr(args, "allow_source_outside", False))
        registry = load_registry(entry_points=not getattr(args, "builtin", False))
        return COMMANDS[args.command](args, registry)
    except LkjipError as exc:
        if debug:
            raise
        _error(str(exc))
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the promise: no traceback without --debug
        if debug:
            raise
        _error(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)")
        return EXIT_UNUSABLE
    finally:
        allow_source_outside(False)


if __name__ == "__main__":
    raise SystemExit(main())
