"""What ``lkjip check`` is given, made into the list of files it checks.

* a file is checked as it is (a missing one gives its one-line error in its turn);
* a folder is searched recursively for the files a registered reader takes (by
  extension), in sorted order; hidden folders and files are skipped, and so are the
  files of the workflow itself: ``lkjip.toml``, ``pyproject.toml``, any ``lkjip-*``
  file (``lkjip-accepted.toml``, a ``lkjip-baseline.json``), the run's own output
  and baseline files, and a JSON file lkjip wrote (findings or a baseline);
* a pattern the shell did not expand (``'laporan/**/*.txt'``, quoted, or on a shell
  without globbing) is expanded, ``**`` crossing folders, in sorted order;
* ``-`` is stdin, read here with the size limit of a file; ``--stdin-filename`` names
  it, and its extension picks the reader.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.errors import InputError, UsageError
from checker.limits import current_limits, describe_size

__all__ = ["DEFAULT_STDIN_NAME", "STDIN", "Input", "expand_inputs", "read_stdin"]

STDIN = "-"
DEFAULT_STDIN_NAME = "stdin.txt"  # without --stdin-filename: read as text
_MAGIC = frozenset("*?[")
_NOT_REPORTS = frozenset({"lkjip.toml", "pyproject.toml"})


@dataclass(frozen=True)
class Input:
    """One file to check; ``data`` holds stdin's bytes, ``None`` for a file on disk."""

    path: Path
    data: bytes | None = None
    # Why the argument gave no file (a pattern matching none): in English and Indonesian.
    problem: tuple[str, str] | None = None

    def error(self) -> InputError | None:
        return None if self.problem is None else InputError(str(self.path), *self.problem)


def read_stdin(name: str, limit: int | None = None) -> bytes:
    """stdin's bytes, refused like a file when empty or beyond the size limit (default:
    the current limits' ``max_bytes``)."""
    limit = current_limits().max_bytes if limit is None else limit
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    data = stream.read(limit + 1) if stream is not None else b""
    if len(data) > limit:
        raise InputError(name, f"stdin is larger than {describe_size(limit)}",
                         "masukan stdin terlalu besar")
    if not data.strip():
        raise InputError(name, "stdin is empty", "masukan stdin kosong")
    return data


@dataclass(frozen=True)
class _Wanted:
    """Which files a folder or a pattern yields."""

    extensions: frozenset[str]
    excluded: frozenset[Path]  # absolute: the run's own output files

    def __call__(self, path: Path) -> bool:
        name = path.name
        return (not name.startswith(".") and name not in _NOT_REPORTS
                and not name.startswith("lkjip-") and path.suffix.lower() in self.extensions
                and Path(os.path.abspath(path)) not in self.excluded
                and not _written_by_lkjip(path))


def _written_by_lkjip(path: Path) -> bool:
    """A findings JSON or a baseline lkjip wrote: its first bytes say so."""
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(512)
    except OSError:
        return False
    return b'"lkjip_baseline"' in head or b'"name": "lkjip"' in head


def _in_folder(folder: Path, wanted: _Wanted) -> list[Path]:
    found = []
    for directory, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += [path for path in (Path(directory) / name for name in files) if wanted(path)]
    return sorted(found)


def _pattern(text: str, wanted: _Wanted) -> list[Path]:
    matched = sorted(Path(name) for name in glob.glob(text, recursive=True))
    files = []
    for path in matched:
        files += _in_folder(path, wanted) if path.is_dir() else [path] if wanted(path) else []
    return files


def _one(argument: str, wanted: _Wanted, stdin_name: str) -> Iterator[Input]:
    if argument == STDIN:
        yield Input(Path(stdin_name), read_stdin(stdin_name))
        return
    path = Path(argument)
    if path.is_dir():
        files = _in_folder(path, wanted)
        if not files:
            supported = ", ".join(sorted(wanted.extensions))
            yield Input(path, problem=(
                f"is a directory holding no report file (supported: {supported})",
                "folder tidak berisi berkas laporan"))
        yield from (Input(file) for file in files)
    elif not path.exists() and _MAGIC & set(argument):
        files = _pattern(argument, wanted)
        if not files:
            yield Input(path, problem=("pattern matches no file",
                                       "pola tidak cocok dengan berkas mana pun"))
        yield from (Input(file) for file in files)
    else:
        yield Input(path)


def expand_inputs(arguments: Sequence[str], extensions: Iterable[str],
                  stdin_name: str | None, exclude: Iterable[Path | None] = ()) -> list[Input]:
    """The files ``arguments`` name, in order; ``exclude`` are files a folder or a
    pattern must not yield (the run's output)."""
    if arguments.count(STDIN) > 1:
        raise UsageError("stdin ('-') can be read only once", "stdin hanya dapat dibaca sekali")
    if stdin_name is not None and STDIN not in arguments:
        raise UsageError("--stdin-filename names stdin: give '-' among the files",
                         "--stdin-filename hanya berlaku bersama '-'")
    wanted = _Wanted(frozenset(extension.lower() for extension in extensions),
                     frozenset(Path(os.path.abspath(path)) for path in exclude if path))
    return [item for argument in arguments
            for item in _one(argument, wanted, stdin_name or DEFAULT_STDIN_NAME)]
