"""Configuration: ``lkjip.toml`` or ``[tool.lkjip]`` in ``pyproject.toml``.

Found like ruff finds its own: walking up from each checked file, the first
``lkjip.toml``, or the first ``pyproject.toml`` that has a ``[tool.lkjip]`` table,
wins (the nearest one, so each folder of a batch may have its own); a file with none
above it takes the one found walking up from the current directory; ``--config``
wins over both. Keys (kebab-case, validated against ``schemas/config.schema.json``
so a typo is an error, not a silent default)::

    select = ["BUD", "CNT001"]      # rule codes, code prefixes, categories or "ALL"
    extend-select = ["HYG"]
    ignore = ["CAP003"]
    extend-ignore = ["HYG004"]      # kept when the command line gives --ignore
    per-file-ignores = { "lampiran/*.md" = ["STR"] }   # glob: rules not run on those files
    accepted = "review/lkjip-accepted.toml"   # default: lkjip-accepted.toml beside a report
    severity = { BUD003 = "warning" }
    tolerances = { rupiah = 0, percent = 0 }
    lang = "id"                     # or "en"
    fail-on = "error"               # "warning", "info" or "never"

    [rules.timeliness]              # a pack's own options ([tool.lkjip.rules.<pack>])
    due-months = 3

    [limits]                        # reading limits ([tool.lkjip.limits]; SECURITY.md)
    max-bytes = "100 MB"            # a size: bytes, or with KB, MB or GB
    table-rows = 50_000

Command-line flags win over the file (``--limit NAME=VALUE`` over one limit of
``[limits]``). A pack's table is kept as written here; the command line checks it
against the options the installed packs declare
(:func:`checker.options.check_pack_options`) before any rule runs.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import Any

import schemas
from checker.errors import ConfigError
from checker.limits import DEFAULT_READ_LIMITS, LimitValueError, ReadLimits, parse_limit
from checker.severity import Severity

__all__ = ["Config", "ConfigFinder", "Tolerances", "find_config_file", "load_config", "read_toml"]


@dataclass(frozen=True)
class Tolerances:
    """How far apart two figures may be and still agree."""

    # Zero by default: amounts in a correctly added report agree to the Rupiah.
    rupiah: Decimal = Decimal(0)
    # Percentages are compared at the precision the document prints (rounded or
    # truncated); this is extra slack in percentage points on top of that.
    percent: Decimal = Decimal(0)


@dataclass(frozen=True)
class Config:
    """The settings of a run: the rules selected, their severities, tolerances, limits."""

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
    extend_ignore: tuple[str, ...] = ()
    # (glob, selectors) pairs: rules not run on the files a glob matches.
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    accepted: Path | None = None  # the accepted findings file it names, made absolute
    limits: ReadLimits = DEFAULT_READ_LIMITS  # the reading limits, [limits] applied

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with the command line's non-``None`` values applied."""
        return replace(self, **{key: value for key, value in changes.items() if value is not None})

    def for_file(self, report: Path) -> Config:
        """The config one file is checked with: ``extend-ignore`` and the
        ``per-file-ignores`` whose glob matches it folded into ``ignore``."""
        ignore = (*self.ignore, *self.extend_ignore,
                  *(code for pattern, codes in self.per_file_ignores
                    if _matches(pattern, report, self.path) for code in codes))
        return replace(self, ignore=tuple(dict.fromkeys(ignore)), extend_ignore=(),
                       per_file_ignores=())


def _matches(pattern: str, report: Path, config_path: Path | None) -> bool:
    """Whether a ``per-file-ignores`` glob names ``report``: matched against its path
    relative to the config file's folder (``**`` and ``*`` cross folders), else
    against its tail (``*.md``, ``lampiran/*.md``) as ruff does."""
    absolute = Path(os.path.abspath(report))
    relative = absolute.as_posix()
    if config_path is not None:
        base = Path(os.path.abspath(config_path)).parent
        if absolute.is_relative_to(base):
            relative = absolute.relative_to(base).as_posix()
    return fnmatch(relative, pattern) or PurePosixPath(relative).match(pattern)


class ConfigFinder:
    """The config of each checked file: ``--config`` when given, else the nearest
    config file above the file, else the one above the current directory. Each
    folder is looked up once, each config file read once."""

    def __init__(self, explicit: Path | None = None, **overrides: Any) -> None:
        self._explicit = load_config(explicit) if explicit is not None else None
        self._overrides = overrides
        self._by_folder: dict[Path, Path | None] = {}
        self._by_file: dict[Path | None, Config] = {}
        self._fallback: Config | None = None

    def default(self) -> Config:
        """The config of a run as a whole (the current directory's, or ``--config``)."""
        if self._explicit is not None:
            return self._with_overrides(self._explicit)
        if self._fallback is None:
            self._fallback = self._with_overrides(load_config(start=Path.cwd()))
        return self._fallback

    def for_report(self, report: Path) -> Config:
        """The config that applies to ``report`` (not yet narrowed by :meth:`Config.for_file`)."""
        if self._explicit is not None:
            return self.default()
        found = self._nearest(Path(os.path.abspath(report)).parent)
        if found is None:
            return self.default()
        if found not in self._by_file:
            self._by_file[found] = self._with_overrides(load_config(found))
        return self._by_file[found]

    def _nearest(self, folder: Path) -> Path | None:
        if folder not in self._by_folder:
            found = find_config_file(folder)
            self._by_folder[folder] = found[0] if found is not None else None
        return self._by_folder[folder]

    def _with_overrides(self, config: Config) -> Config:
        return config.with_overrides(**self._overrides)


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


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's table, or a :class:`ConfigError` in one line."""
    return _read_toml(path)


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
    except ValueError:  # an integer beyond the digits Python converts (4,300)
        raise ConfigError(f"{path}: invalid TOML: a number has too many digits to be read",
                          f"{path}: TOML konfigurasi tidak valid") from None


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
        extend_ignore=tuple(data.get("extend-ignore", ())),
        per_file_ignores=tuple((glob, tuple(codes))
                               for glob, codes in data.get("per-file-ignores", {}).items()),
        accepted=(Path(os.path.abspath(path)).parent / data["accepted"]
                  if "accepted" in data else None),
        limits=_limits(path, data.get("limits", {})),
    )


def _limits(path: Path, table: Mapping[str, Any]) -> ReadLimits:
    """``[limits]`` over the default limits; a value no limit takes is one line."""
    values: dict[str, int] = {}
    for name, raw in table.items():
        try:
            field_name, value = parse_limit(name, raw)
        except LimitValueError as exc:
            raise ConfigError(f"{path}: lkjip config limits.{name}: {exc.english}",
                              f"{path}: isian konfigurasi limits.{name}: {exc.indonesian}"
                              ) from None
        values[field_name] = value
    return DEFAULT_READ_LIMITS.with_values(values)
