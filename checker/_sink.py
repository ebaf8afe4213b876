"""Where a check run's output goes, written as the run goes: stdout or a file.

A batch of 60 reports must not hold 60 report models to print them at the end. The
text and JSON reporters' output is written document by document (:class:`Streamed`):
the text blocks joined by a blank line, the JSON document objects inside the one
``documents`` array, byte for byte what rendering the whole list at once gives. The
other formats (Markdown, HTML, XLSX, SARIF) render their whole list at the end.

A file is written to a temporary file beside it and renamed into place when the run
is done (:class:`AtomicFile`): an interrupted or concurrent run never leaves a mixed
or half-written report, and the file is never opened by a run that fails early.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from checker.errors import UsageError
from checker.hookspecs import RenderOptions, Reporter
from checker.result import DocumentResult

__all__ = ["STREAMED_FORMATS", "AtomicFile", "Progress", "Streamed", "open_output"]

STREAMED_FORMATS = ("text", "json")


class AtomicFile:
    """A binary stream to a new file beside ``output``, renamed into place on success.

    A symbolic link is written through (its target is replaced), and an existing file
    keeps its permissions."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.target = Path(os.path.realpath(output))
        try:
            self.mode: int | None = stat.S_IMODE(os.stat(self.target).st_mode)
        except OSError:
            self.mode = None
        self.temporary, self.stream = self._open()

    def _open(self) -> tuple[Path, IO[bytes]]:
        import secrets  # only a run writing a file (-o) needs it: not paid at start-up

        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        for _ in range(100):
            temporary = self.target.with_name(f".{self.target.name}.{secrets.token_hex(6)}.tmp")
            try:
                descriptor = os.open(temporary, flags, 0o666 if self.mode is None else self.mode)
            except FileExistsError:
                continue
            except OSError as exc:
                raise _unwritable(self.output, exc) from None
            return temporary, os.fdopen(descriptor, "wb")
        raise FileExistsError(f"no free temporary name beside {self.target}")  # pragma: no cover

    def write(self, data: bytes) -> None:
        try:
            self.stream.write(data)
        except OSError as exc:
            raise _unwritable(self.output, exc) from None

    def commit(self) -> None:
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            if self.mode is not None:
                os.chmod(self.temporary, self.mode)
            os.replace(self.temporary, self.target)
        except OSError as exc:
            self.discard()
            raise _unwritable(self.output, exc) from None

    def discard(self) -> None:
        self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)


def _unwritable(output: Path, exc: OSError) -> UsageError:
    return UsageError(f"{output}: cannot write output: {exc.strerror or exc}",
                      f"{output}: keluaran tidak dapat ditulis")


class _Stdout:
    """stdout, with the same three calls as :class:`AtomicFile`."""

    def write(self, data: bytes) -> None:
        sys.stdout.flush()
        if hasattr(sys.stdout, "buffer"):
            sys.stdout.buffer.write(data)
        else:  # a replaced stdout that takes text only
            sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()

    def commit(self) -> None:
        sys.stdout.flush()

    def discard(self) -> None:
        sys.stdout.flush()


Output = AtomicFile | _Stdout


def open_output(output: Path | None) -> Output:
    return _Stdout() if output is None else AtomicFile(output)


def _plain(value: object) -> str:
    return f"{value:f}" if isinstance(value, Decimal) else str(value)


class Streamed:
    """The output of a streamed format, written one document at a time.

    Used as a context manager: on an exception the file being written is discarded;
    otherwise :meth:`close` ends the output and renames the file into place.
    """

    def __init__(self, reporter: Reporter, options: RenderOptions, output: Output) -> None:
        self.reporter = reporter
        self.options = options
        self.output = output
        self.count = 0
        self._tail = ""

    def __enter__(self) -> Streamed:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if kind is not None:
            self.output.discard()

    def _emit(self, text: str) -> None:
        self.output.write(text.encode("utf-8"))

    def add(self, result: DocumentResult) -> None:
        if self.reporter.name == "json":
            self._add_json(result)
        else:
            block = self.reporter.render([result], self.options)
            assert isinstance(block, str), "a streamed reporter renders text"
            self._emit(("\n\n" if self.count else "") + block.rstrip("\n"))
        self.count += 1

    def _add_json(self, result: DocumentResult) -> None:
        from reports.json_format import document_json

        if not self.count:
            head, self._tail = _json_frame(self.options)
            self._emit(head)
        text = json.dumps(document_json(result, self.options.lang), ensure_ascii=False,
                          indent=2, default=_plain)
        indented = "\n".join("    " + line for line in text.splitlines())
        self._emit(("" if not self.count else ",\n") + indented)

    def close(self, epilogue: str = "") -> None:
        """End the output (``epilogue`` after the last text document) and commit it."""
        if self.reporter.name == "json":
            if self.count:
                self._emit(self._tail + "\n")
            else:
                rendered = self.reporter.render([], self.options)
                self._emit(str(rendered).rstrip("\n") + "\n")
        else:
            if not self.count:
                self._emit(str(self.reporter.render([], self.options)).rstrip("\n"))
            self._emit((f"\n\n{epilogue}" if epilogue else "") + "\n")
        self.output.commit()


def _json_frame(options: RenderOptions) -> tuple[str, str]:
    """The JSON output around its documents: what comes before the first and after the
    last, from the reporter's own payload with a marker in place of the documents."""
    from reports.json_format import SCHEMA_VERSION

    marker = "\u0000documents\u0000"
    payload: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "lkjip", "version": options.tool_version},
        "documents": [marker],
    }
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    head, tail = text.split(json.dumps(marker))
    return head.rstrip(" "), tail


class Progress:
    """A one-line progress bar on stderr, on a terminal only; cleared when done.

    Hand-written: a counter and a bar need no dependency, and a dependency's import
    would be paid by every run, most of which check one file."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled and total > 1

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 24
        filled = width * self.done // self.total
        shown = name if len(name) <= 40 else "…" + name[-39:]
        sys.stderr.write(f"\r\x1b[K[{'#' * filled}{'.' * (width - filled)}] "
                         f"{self.done}/{self.total} {shown}")
        sys.stderr.flush()

    def clear(self) -> None:
        """Make room for a line on stderr (an error) or end the bar."""
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
