"""Configuration: ``lkjip.toml`` or ``[tool.lkjip]`` in ``pyproject.toml``.

Found like ruff and pytest find theirs: walking up from the current directory,
the first ``lkjip.toml``, or the first ``pyproject.toml`` that has a
``[tool.lkjip]`` table, wins. Keys (kebab-case, validated against
``schemas/config.schema.json`` so a typo is an error, not a silent default)::

    select = ["BUD", "CNT001"]      # rule codes, code prefixes, categories or "ALL"
    extend-select = ["HYG"]
    ignore = ["CAP003"]
    severity = { BUD003 = "warning" }
    tolerances = { rupiah = 0, percent = 0 }
    lang = "id"                     # or "en"
    fail-on = "error"               # "warning", "info" or "never"

    [rules.timeliness]              # a pack's own options ([tool.lkjip.rules.<pack>])
    due-months = 3

Command-line flags win over the file. A pack's table is kept as written here; the
command line checks it against the options the installed packs declare
(:func:`checker.options.check_pack_options`) before any rule runs.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import schemas
from checker.errors import ConfigError
from checker.severity import Severity

__all__ = ["Config", "Tolerances", "find_config_file", "load_config"]


@dataclass(frozen=True)
class Tolerances:
    # Zero by default: amounts in a correctly added report agree to the Rupiah.
    rupiah: Decimal = Decimal(0)
    # Percentages are compared at the precision the document prints (rounded or
    # truncated); this is extra slack in percentage points on top of that.
    percent: Decimal = Decimal(0)


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    tolerances: Tolerances = field(default_factory=Tolerances)
    lang: str = "id"
    fail_on: Severity | None = Severity.ERROR  # None: never fail on findings
    # The packs' own tables, ``[tool.lkjip.rules.<pack>]``: {pack: {option: value}}.
    pack_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    path: Path | None = None  # the file it was read from

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with the command line's non-``None`` values applied."""
        return replace(self, **{key: value for key, value in changes.items() if value is not None})


def find_config_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above ``start`` and its lkjip table."""
    for folder in (start, *start.parents):
        candidate = folder / "lkjip.toml"
        if candidate.is_file():
            return candidate, _read_toml(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _lkjip_table(pyproject, _read_toml(pyproject))
            if table is not None:
                return pyproject, table
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Read ``path``, or the nearest config file above ``start``; defaults when none."""
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found",
                              f"{path}: berkas konfigurasi tidak ditemukan")
        data = _read_toml(path)
        if path.name == "pyproject.toml":
            table = _lkjip_table(path, data)
            data = {} if table is None else table
        found: tuple[Path, dict[str, Any]] | None = (path, data)
    else:
        found = find_config_file(start or Path.cwd())
    if found is None:
        return Config()
    return _build(*found)


def _lkjip_table(path: Path, data: dict[str, Any]) -> Any:
    """``[tool.lkjip]`` of a ``pyproject.toml``, ``None`` when it has none.

    ``tool = "x"`` (a value where a table belongs) is an error naming the key, not a
    crash; what ``[tool.lkjip]`` itself holds is checked against the schema later.
    """
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: tool: expected a table, found {type(tool).__name__}",
                          f"{path}: tool harus berupa tabel")
    table = tool.get("lkjip")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: tool.lkjip: expected a table, found {type(table).__name__}",
                          f"{path}: tool.lkjip harus berupa tabel")
    return table


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # imported here: most runs find no config file
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}",
                          f"{path}: TOML konfigurasi tidak valid") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}",
                          f"{path}: konfigurasi tidak dapat dibaca") from None


def _build(path: Path, data: dict[str, Any]) -> Config:
    import jsonschema  # only when a config file is validated: it costs 50-100 ms to import

    validator = jsonschema.Draft202012Validator(schemas.load("config"))
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = ".".join(str(part) for part in error.absolute_path) or "(top level)"
        raise ConfigError(f"{path}: lkjip config {where}: {error.message}",
                          f"{path}: isian konfigurasi {where} tidak sesuai")
    tolerances = data.get("tolerances", {})
    for key, value in tolerances.items():
        # JSON Schema cannot say "finite": nan passes "minimum": 0 (every comparison
        # with nan is false) and then every rule comparing amounts would crash.
        if not math.isfinite(value):
            raise ConfigError(f"{path}: lkjip config tolerances.{key}: {value!r} is not finite",
                              f"{path}: isian konfigurasi tolerances.{key} bukan angka terhingga")
    fail_on = data.get("fail-on", "error")
    return Config(
        select=tuple(data.get("select", ("ALL",))),
        extend_select=tuple(data.get("extend-select", ())),
        ignore=tuple(data.get("ignore", ())),
        severity={code: Severity.parse(level) for code, level in data.get("severity", {}).items()},
        tolerances=Tolerances(
            rupiah=Decimal(str(tolerances.get("rupiah", 0))),
            percent=Decimal(str(tolerances.get("percent", 0))),
        ),
        lang=data.get("lang", "id"),
        fail_on=None if fail_on == "never" else Severity.parse(fail_on),
        pack_options={pack: dict(table) for pack, table in data.get("rules", {}).items()},
        path=path,
    )
