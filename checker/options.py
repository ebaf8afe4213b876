"""Options of a rule pack: ``[tool.lkjip.rules.<pack>]`` (``[rules.<pack>]`` in ``lkjip.toml``).

A pack declares each option it reads as an :class:`Option` (its pack, its key, its
type, its default, its help text and the values it allows) and names it in the
``options`` of the rules that read it. The registry collects the options from the
rules it registers, so the command line can check the config's pack tables before
any rule runs: an unknown pack, an unknown key or a bad value is one line naming the
pack and the option (exit code 2), never a silent default. A rule reads a value with
``context.option(OPTION)``, which gives the default when the config does not set it.

Values come from TOML: ``bool``, ``int``, ``str`` and ``Decimal`` options are
supported (a ``Decimal`` is read from a TOML integer or float through its text, so
``0.1`` stays exactly 0.1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, TypeVar

from checker.errors import ConfigError

__all__ = ["KINDS", "Option", "OptionValueError", "check_pack_options", "pack_table"]

T = TypeVar("T", bool, int, str, Decimal)

KINDS: tuple[type, ...] = (bool, int, str, Decimal)
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")
_KIND_WORDS = {
    bool: ("true or false", "true atau false"),
    int: ("a whole number", "bilangan bulat"),
    str: ("a text", "teks"),
    Decimal: ("a number", "angka"),
}


class OptionValueError(ValueError):
    """A value an option does not take; ``english`` and ``indonesian`` say why."""

    def __init__(self, english: str, indonesian: str) -> None:
        super().__init__(english)
        self.english = english
        self.indonesian = indonesian


@dataclass(frozen=True)
class Option(Generic[T]):
    """One option of a pack: ``[tool.lkjip.rules.<pack>] <name> = value``.

    ``kind`` is ``bool``, ``int``, ``str`` or ``Decimal``; ``choices`` (any kind) and
    ``minimum``/``maximum`` (numbers) bound the values it takes. ``help`` says what
    it does, in each language; ``lkjip explain`` prints it.
    """

    pack: str
    name: str
    kind: type[T]
    default: T
    help: Mapping[str, str]
    choices: tuple[T, ...] = ()
    minimum: T | None = None
    maximum: T | None = None

    def __post_init__(self) -> None:
        for what, text in (("pack", self.pack), ("option", self.name)):
            if not _NAME.match(text):
                raise ValueError(
                    f"{what} name {text!r} must be lower case letters, digits, '-' or '_' "
                    "(like 'due-months')")
        if self.kind not in KINDS:
            known = ", ".join(kind.__name__ for kind in KINDS)
            raise ValueError(f"option {self.qualified}: kind {self.kind!r} is not one of {known}")
        missing = [lang for lang in ("id", "en") if not self.help.get(lang)]
        if missing:
            raise ValueError(f"option {self.qualified}: help lacks language(s) {missing}")
        try:
            self.parse(self.default)
        except OptionValueError as exc:
            raise ValueError(f"option {self.qualified}: default {self.default!r}: {exc}") from None

    @property
    def qualified(self) -> str:
        """``timeliness.due-months``: the pack and the option, as messages name it."""
        return f"{self.pack}.{self.name}"

    def parse(self, raw: object) -> T:
        """The value ``raw`` (as TOML gives it) stands for, or :class:`OptionValueError`."""
        value = self._typed(raw)
        if self.choices and value not in self.choices:
            shown = ", ".join(repr(choice) for choice in self.choices)
            raise OptionValueError(f"must be one of {shown}, not {raw!r}",
                                   f"harus salah satu dari {shown}, bukan {raw!r}")
        if self.minimum is not None and value < self.minimum:
            raise OptionValueError(f"must be at least {self.minimum}, not {raw!r}",
                                   f"paling kecil {self.minimum}, bukan {raw!r}")
        if self.maximum is not None and value > self.maximum:
            raise OptionValueError(f"must be at most {self.maximum}, not {raw!r}",
                                   f"paling besar {self.maximum}, bukan {raw!r}")
        return value

    def _typed(self, raw: object) -> T:
        english, indonesian = _KIND_WORDS[self.kind]
        wrong = OptionValueError(f"must be {english}, not {raw!r}",
                                 f"harus {indonesian}, bukan {raw!r}")
        if self.kind is bool or self.kind is str:
            if not isinstance(raw, self.kind):
                raise wrong
            return raw  # type: ignore[return-value]
        # A TOML true is an int to Python; never take it for a number.
        if isinstance(raw, bool):
            raise wrong
        if self.kind is int:
            if not isinstance(raw, int):
                raise wrong
            return raw  # type: ignore[return-value]
        if isinstance(raw, (int, float, Decimal)):
            value = Decimal(str(raw))
            if value.is_finite():
                return value  # type: ignore[return-value]
        raise wrong

    def value_in(self, tables: Mapping[str, Mapping[str, Any]]) -> T:
        """This option's value in the config's pack tables, else its default."""
        table = tables.get(self.pack, {})
        if self.name not in table:
            return self.default
        try:
            return self.parse(table[self.name])
        except OptionValueError as exc:
            raise ConfigError(f"{pack_table(self.pack)} {self.name}: {exc.english}",
                              f"{pack_table(self.pack)} {self.name}: {exc.indonesian}") from None


def pack_table(pack: str, source: Path | None = None) -> str:
    """How the config file spells a pack's table: ``[tool.lkjip.rules.acme]`` in a
    ``pyproject.toml``, ``[rules.acme]`` in an ``lkjip.toml``."""
    if source is not None and source.name != "pyproject.toml":
        return f"[rules.{pack}]"
    return f"[tool.lkjip.rules.{pack}]"


def check_pack_options(
    tables: Mapping[str, Mapping[str, Any]],
    options: Iterable[Option[Any]],
    source: Path | None = None,
) -> None:
    """Refuse, in one line naming the pack and the option, a pack table no installed
    pack reads, a key its pack does not declare, or a value the option does not take."""
    declared: dict[str, dict[str, Option[Any]]] = {}
    for option in options:
        declared.setdefault(option.pack, {})[option.name] = option
    where = f"{source}: " if source is not None else ""
    for pack, table in tables.items():
        if pack not in declared:
            known = ", ".join(sorted(declared)) or "none"
            raise ConfigError(
                f"{where}{pack_table(pack, source)}: no installed rule pack takes options "
                f"named {pack!r} (packs with options: {known})",
                f"{where}{pack_table(pack, source)}: tidak ada paket aturan terpasang "
                f"yang memakai opsi {pack!r}")
        for name, raw in table.items():
            option = declared[pack].get(name)
            if option is None:
                known = ", ".join(sorted(declared[pack]))
                raise ConfigError(
                    f"{where}{pack_table(pack, source)}: pack {pack!r} has no option "
                    f"{name!r} (its options: {known})",
                    f"{where}{pack_table(pack, source)}: paket {pack!r} tidak mempunyai "
                    f"opsi {name!r}")
            try:
                option.parse(raw)
            except OptionValueError as exc:
                raise ConfigError(
                    f"{where}{pack_table(pack, source)} {name}: {exc.english}",
                    f"{where}{pack_table(pack, source)} {name}: {exc.indonesian}") from None
