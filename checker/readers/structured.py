"""Reader for structured reports: TOML and JSON in the form of ``schemas/report.schema.json``.

Every schema violation is reported with the path of the bad field
(``budgets[0].items[3].pagu: ...``) in one line; nothing is guessed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

import schemas
from checker.errors import InputError
from checker.hookspecs import Reader, hookimpl
from checker.model import Doubt, Place, Provenance, Report
from checker.readers._files import (
    MissingFileError,
    check_depth,
    decode_text,
    read_bytes,
)
from checker.readers._toml_lines import LineSpans, header_spans

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

if TYPE_CHECKING:
    import jsonschema

__all__ = [
    "allow_source_outside", "load_structured", "read_json", "read_toml", "schema_errors",
    "source_candidates",
]

_MAX_SHOWN = 10
# The readers of binary documents a structured report's [source] may name.
_DOCUMENT_READERS = ("checker.readers.docx", "checker.readers.pdf")

# Whether ``[source] path`` may name a document outside the report's own directory
# tree (``--allow-source-outside``). Off unless the command line turns it on.
_SOURCE_OUTSIDE = [False]


def allow_source_outside(allowed: bool) -> None:
    """Let (or stop letting) ``[source] path`` name a document outside the report's tree."""
    _SOURCE_OUTSIDE[0] = bool(allowed)


def source_candidates(path: Path, source: str) -> tuple[Path, ...]:
    """Where ``[source] path`` is looked for: beside the report, then as given."""
    return (path.parent / source, Path(source))


def read_toml(path: Path, data: bytes) -> Report:
    text = decode_text(path, data)
    check_depth(path, text, "toml")
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), f"invalid TOML: {exc}", "TOML tidak valid") from None
    except ValueError:  # an integer beyond the digits Python converts (4,300)
        raise _too_many_digits(path, "TOML") from None
    _validate(path, document)
    lines = LineSpans(header_spans(text), document)
    return _build(path, "toml", document, text, lines)


def read_json(path: Path, data: bytes) -> Report:
    text = decode_text(path, data)
    check_depth(path, text, "json")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            str(path), f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            f"JSON tidak valid di baris {exc.lineno}",
        ) from None
    except ValueError:  # an integer beyond the digits Python converts (4,300)
        raise _too_many_digits(path, "JSON") from None
    _validate(path, document)
    return _build(path, "json", document, text, None)


def _too_many_digits(path: Path, fmt: str) -> InputError:
    return InputError(str(path), f"invalid {fmt}: a number has too many digits to be read",
                      f"{fmt} tidak valid: ada angka dengan digit terlalu banyak")


def _document_lines(path: Path, document: dict[str, Any], own_text: str) -> _Document | None:
    """The lines the report's line numbers refer to, for the rules that read text, and
    where each sits in a PDF or Word original.

    A report written by hand refers to its own lines. One extracted from a document
    (``[source] path``) refers to that document's lines: they are read from it, looked
    for beside this file first (``lkjip extract`` writes the path relative to it), then
    as given. A PDF or Word document is read again by its own reader, which gives the
    same text layer the model was extracted from, with the page of every line. ``None``
    when it cannot be found: the caller reports that, and the text rules judge nothing
    rather than judging the wrong lines.

    The document is read like any input (a regular file, within the size limit) and
    must lie inside the report's own directory tree unless ``--allow-source-outside``
    is given: anything else is an :class:`InputError`, not a missing document.
    """
    from checker.text import split_lines

    source = document.get("source", {}).get("path")
    if source is None:
        return _Document(split_lines(own_text), ())
    for index, candidate in enumerate(source_candidates(path, source)):
        if _outside(path, candidate):
            # Beside the report (or an absolute path) outside its folder is refused whether
            # or not it exists, so the answer never tells what exists elsewhere on the
            # machine; the fallback relative to the working folder is merely not used.
            if index == 0:
                _refuse_outside(source, path)
            continue
        try:
            reader = _document_reader(candidate.suffix)
            data = read_bytes(candidate)
            if reader is None:
                return _Document(split_lines(decode_text(candidate, data)), ())
            original = reader.read(candidate, data)
            return _Document(original.text, original.places)
        except MissingFileError:
            continue
        except InputError as exc:
            if exc.path == str(path):
                raise
            raise InputError(str(path), f"[source] path {source!r}: {exc.problem}",
                             f"[source] path {source!r}: {exc.masalah}"
                             if exc.masalah else None) from None
    return None


class _Document(NamedTuple):
    """The lines of a structured report's source document and their places."""

    lines: tuple[str, ...]
    places: tuple[Place, ...]


def _document_reader(suffix: str) -> Reader | None:
    """The reader of a PDF or Word source (``None``: read the source as text).

    Only the document readers of this package are asked, not every plugin: a source
    document is what ``lkjip extract`` read, and the text reader needs no help.
    """
    from importlib import import_module

    for name in _DOCUMENT_READERS:
        try:
            module = import_module(name)
        except ModuleNotFoundError:  # a reader this installation does not ship
            continue
        for reader in module.lkjip_readers():
            if suffix.lower() in reader.extensions:
                return reader
    return None


def _outside(path: Path, candidate: Path) -> bool:
    """``candidate`` resolves (symbolic links followed) outside the report's folder tree,
    and ``--allow-source-outside`` was not given."""
    if _SOURCE_OUTSIDE[0]:
        return False
    root = Path(os.path.realpath(path.parent))
    return not Path(os.path.realpath(candidate)).is_relative_to(root)


def _refuse_outside(source: str, path: Path) -> NoReturn:
    raise InputError(
        str(path),
        f"[source] path {source!r} is outside the report's folder "
        "(use --allow-source-outside to read it)",
        f"[source] path {source!r} berada di luar folder laporan",
    )


def _build(path: Path, fmt: str, document: dict[str, Any], text: str,
           lines: LineSpans | None) -> Report:
    from checker.readers._build import ModelBuilder

    original = _document_lines(path, document, text)
    builder = ModelBuilder(str(path), fmt, lines, original.lines if original else ())
    if original is None:
        source = document["source"]["path"]
        builder.doubts.append(Doubt("field", source, {
            "id": "dokumen sumber tidak ditemukan; aturan yang membaca teks laporan "
                  "(struktur, kerapian naskah) tidak dijalankan",
            "en": "the source document was not found; the rules that read the report's "
                  "text (structure, hygiene) were not run",
        }, Provenance()))
        return builder.build(document)
    return replace(builder.build(document), places=original.places)


def load_structured(document: dict[str, Any], path: str = "<data>") -> Report:
    """Build a report from an already parsed document (validated first)."""
    from checker.readers._build import ModelBuilder

    _validate(Path(path), document)
    return ModelBuilder(path, "data", None, ()).build(document)


def schema_errors(document: Any) -> list[str]:
    """Every violation of the report schema, as ``path: message``, in document order."""
    import jsonschema  # only when a structured report is validated: it costs 50-100 ms

    validator = jsonschema.Draft202012Validator(schemas.load("report"))
    errors = sorted(validator.iter_errors(document), key=lambda e: _path_order(e.absolute_path))
    return [f"{_json_path(error.absolute_path)}: {_short(error)}" for error in errors]


def _path_order(parts: Sequence[Any]) -> list[tuple[int, str]]:
    """Sort key: list indexes as numbers, so agreements[2] comes before agreements[10]."""
    return [(part, "") if isinstance(part, int) else (-1, str(part)) for part in parts]


def _validate(path: Path, document: Any) -> None:
    if not isinstance(document, dict):
        raise InputError(str(path), "a report must be a table/object at the top level",
                         "laporan harus berupa tabel/objek di tingkat teratas")
    problems = schema_errors(document)
    if problems:
        shown = "; ".join(problems[:_MAX_SHOWN])
        more = f"; and {len(problems) - _MAX_SHOWN} more" if len(problems) > _MAX_SHOWN else ""
        count = "1 schema violation" if len(problems) == 1 else f"{len(problems)} schema violations"
        raise InputError(str(path), f"{count}: {shown}{more}", "isian tidak sesuai skema laporan")


def _json_path(parts: Sequence[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _short(error: jsonschema.ValidationError) -> str:
    if error.validator == "oneOf":  # "x is not valid under any of the given schemas"
        return f"{error.instance!r} is not a figure (text, number, or {{raw, value}})"
    return error.message


@hookimpl
def lkjip_readers() -> list[Reader]:
    return [
        Reader("toml", (".toml",), read_toml, "structured report in TOML"),
        Reader("json", (".json",), read_json, "structured report in JSON"),
    ]
