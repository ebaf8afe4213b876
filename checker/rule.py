"""Rules and findings: the values rule packs and reporters share.

A rule pack writes one small function per rule, named after its code, and
decorates it with :func:`rule`, which turns it into a :class:`Rule` carrying its
metadata. The function receives a read-only :class:`checker.context.Context`
and yields :class:`Violation` objects (where, what was expected, what was found,
the message arguments); the engine turns each into a :class:`Finding` with the
rule's code, category, severity and regulation. Messages are templates with
named arguments, in Bahasa Indonesia (``id``) and English (``en``), rendered at
output time, so a JSON consumer gets both the text and the arguments.

One defect, one finding: a rule whose findings may be the knock-on of another
rule's (a sasaran mean that is wrong only because one indicator's capaian is)
says so in ``knock_on_of``, and each such violation names in ``causes`` the
``keys`` of the finding it would follow from. The engine folds it into that
finding as a :class:`Related` location (see :func:`checker.engine.fold`).

A rule belongs to a :class:`Category`; a pack may declare a category of its own
with its label in each language, and options of its own (:mod:`checker.options`).
A rule in force only for some reporting years says so in ``effective_from`` and
``effective_until``; the engine runs it only on reports of those years.

:class:`Severity` and :class:`Location` live in :mod:`checker.severity` and
:mod:`checker.location`, below this module, the config and the context; they are
importable from here as before.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from checker.display import Percent, Rupiah, Shown
from checker.location import Location
from checker.options import Option
from checker.severity import Severity

if TYPE_CHECKING:
    from checker.context import Context

__all__ = [
    "LANGUAGES",
    "Category",
    "Finding",
    "Location",
    "Related",
    "Rule",
    "Severity",
    "Text",
    "Violation",
    "rule",
]

LANGUAGES = ("id", "en")
_CODE = re.compile(r"^[A-Z]{2,5}[0-9]{3}$")

Text = Mapping[str, str]
"""A text in each language: ``{"id": "...", "en": "..."}``."""

_CATEGORY_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Category:
    """A family of findings: its name and its label in each language.

    The name is what the JSON output's ``category`` holds and what ``select`` and
    ``ignore`` take; the label heads the findings in the text and Markdown reports.
    The built-in categories are the class constants (``Category.BUDGET``). A pack
    adds one of its own by declaring it the same way, once, and giving it to its
    rules::

        TIMELINESS = Category("timeliness", {"id": "Ketepatan waktu", "en": "Timeliness"})

    Two categories are the same when their names are; the plugin manager refuses a
    pack category that takes a built-in's name or another pack's with another label.
    """

    value: str
    label: Text = field(compare=False)

    STRUCTURE: ClassVar[Category]
    CASCADE: ClassVar[Category]
    COUNTS: ClassVar[Category]
    BUDGET: ClassVar[Category]
    CAPAIAN: ClassVar[Category]
    CONSISTENCY: ClassVar[Category]
    HYGIENE: ClassVar[Category]
    INPUT: ClassVar[Category]
    INTERNAL: ClassVar[Category]
    BUILTIN: ClassVar[tuple[Category, ...]]

    def __post_init__(self) -> None:
        if not isinstance(self.value, str) or not _CATEGORY_NAME.match(self.value):
            raise ValueError(f"category name {self.value!r} must be lower case letters and "
                             "digits, words joined by '-' (like 'timeliness')")
        if self.value == "all":
            raise ValueError("category name 'all' is taken: it selects every rule")
        missing = [lang for lang in LANGUAGES if not self.label.get(lang)]
        if missing:
            raise ValueError(f"category {self.value!r}: label lacks language(s) {missing}")

    def __repr__(self) -> str:
        return f"Category({self.value!r})"

    @property
    def builtin(self) -> bool:
        return any(self.value == category.value for category in Category.BUILTIN)


Category.STRUCTURE = Category("structure", {"id": "Struktur laporan", "en": "Report structure"})
Category.CASCADE = Category(
    "cascade", {"id": "Keterkaitan (cascading)", "en": "Cascade linkage"})
Category.COUNTS = Category("counts", {"id": "Jumlah yang dinyatakan", "en": "Stated counts"})
Category.BUDGET = Category("budget", {"id": "Anggaran", "en": "Budget"})
Category.CAPAIAN = Category(
    "capaian", {"id": "Capaian kinerja", "en": "Performance achievement"})
Category.CONSISTENCY = Category(
    "consistency", {"id": "Konsistensi antartabel", "en": "Consistency between tables"})
Category.HYGIENE = Category("hygiene", {"id": "Kerapian naskah", "en": "Document hygiene"})
# The reader's doubts about the input.
Category.INPUT = Category(
    "input", {"id": "Masukan yang tidak terbaca", "en": "Unreadable input"})
# A rule that crashed.
Category.INTERNAL = Category("internal", {"id": "Galat internal", "en": "Internal error"})
Category.BUILTIN = (
    Category.STRUCTURE, Category.CASCADE, Category.COUNTS, Category.BUDGET, Category.CAPAIAN,
    Category.CONSISTENCY, Category.HYGIENE, Category.INPUT, Category.INTERNAL,
)


@dataclass(frozen=True)
class Related:
    """A knock-on finding folded into the finding of its root cause: its rule and place."""

    rule: str
    location: Location


@dataclass(frozen=True)
class Violation:
    """What a rule function yields: one defect, before the engine dresses it.

    ``keys`` name what the violation is about beyond its location (a table row, a
    roll-up, a part of the report); the engine adds ``line:N`` and ``node:...`` from the
    location itself. ``causes`` are set only by a rule that declares ``knock_on_of``, and
    only when the rule judged that fixing the finding with that key would clear this one.
    """

    location: Location
    args: Mapping[str, Any]
    # A figure or words (see checker.display.Shown): the engine keeps a machine text
    # and the text people read in each language, formatted as the message formats it.
    expected: Shown | None = None
    actual: Shown | None = None
    # A rule may lower (never raise) its own severity for a softer variant.
    severity: Severity | None = None
    keys: frozenset[str] = frozenset()
    causes: frozenset[str] = frozenset()


CheckFunction = Callable[["Context"], Iterable[Violation]]


@dataclass(frozen=True)
class Rule:
    """A rule: its metadata and the function that checks it."""

    code: str
    slug: str
    title: Text
    category: Category
    severity: Severity
    regulation: str
    message: Text
    check: CheckFunction = field(repr=False, compare=False)
    rationale: Text = field(default_factory=dict)
    example: str | None = None
    lke: str | None = None  # the evaluation criterion (LKE) it affects
    effective_from: int | None = None  # first reporting year the rule applies to
    effective_until: int | None = None  # last reporting year the rule applies to
    # Rules whose findings this rule's findings may be a knock-on of (folded into them).
    knock_on_of: frozenset[str] = frozenset()
    # The pack options the rule reads (``context.option(...)``): see checker.options.
    options: tuple[Option[Any], ...] = ()
    # How to fix what the rule finds, in each language (``lkjip explain``).
    fix: Text = field(default_factory=dict)
    plugin: str = "?"  # set by the plugin manager: the pack that registered it

    def __post_init__(self) -> None:
        for code in (self.code, *self.knock_on_of):
            if not _CODE.match(code):
                raise ValueError(f"rule code {code!r} must look like BUD001")
        if not isinstance(self.category, Category):
            raise ValueError(f"rule {self.code}: category {self.category!r} is not a Category")
        if not isinstance(self.severity, Severity):
            raise ValueError(f"rule {self.code}: severity {self.severity!r} is not a Severity")
        self._check_period()
        for option in self.options:
            if not isinstance(option, Option):
                raise ValueError(f"rule {self.code}: option {option!r} is not an Option")
        for name in ("title", "message"):
            missing = [lang for lang in LANGUAGES if lang not in getattr(self, name)]
            if missing:
                raise ValueError(f"rule {self.code}: {name} lacks language(s) {missing}")
        self.render_check()

    def render_check(self) -> None:
        """Fail early if the two languages' templates name different arguments."""
        names = {lang: _fields(self.message[lang]) for lang in LANGUAGES}
        if names["id"] != names["en"]:
            raise ValueError(f"rule {self.code}: message templates use different arguments")

    def _check_period(self) -> None:
        for name in ("effective_from", "effective_until"):
            year = getattr(self, name)
            if year is not None and (isinstance(year, bool) or not isinstance(year, int)
                                     or not 1900 <= year <= 2999):
                raise ValueError(f"rule {self.code}: {name} {year!r} is not a reporting year")
        first, last = self.effective_from, self.effective_until
        if first is not None and last is not None and first > last:
            raise ValueError(f"rule {self.code}: effective_from {first} is after "
                             f"effective_until {last}")

    def applies_to(self, year: int | None) -> bool:
        """Whether the rule runs on a report of ``year``: the year lies in the rule's
        period (effective from/until, both inclusive). A report whose year is not
        known is checked by every rule (``INP003`` tells that the year is missing)."""
        if year is None:
            return True
        return (self.effective_from is None or year >= self.effective_from) and (
            self.effective_until is None or year <= self.effective_until
        )

    def render(self, args: Mapping[str, Any], lang: str = "id") -> str:
        return self.message[lang].format_map(localise(args, lang))

    def __call__(self, context: Context) -> Iterable[Violation]:
        return self.check(context)


def localise(args: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """Arguments for one language: a value given per language (``{"id": .., "en": ..}``)
    becomes its text in ``lang``, so a rule can pass words that must be translated."""
    return {
        key: value.get(lang, value.get("id")) if _is_text(value)
        else value.text(lang) if isinstance(value, (Rupiah, Percent)) else value
        for key, value in args.items()
    }


def _is_text(value: Any) -> bool:
    return isinstance(value, Mapping) and bool(value) and set(value) <= set(LANGUAGES)


# Every rule is checked again when the plugin manager stamps it with its pack (a
# replace): its templates are the same strings, so their arguments are read once.
@lru_cache(maxsize=1024)
def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True)
class Finding:
    """A violation dressed by the engine: what reporters print."""

    rule: str
    slug: str
    category: Category
    severity: Severity
    message: Text  # rendered in every language
    template: Text  # the templates it was rendered from
    args: Mapping[str, Any]
    location: Location
    expected: str | None
    actual: str | None
    regulation: str | None
    # What the finding is about and what it may follow from: see Violation and fold().
    keys: frozenset[str] = field(default=frozenset(), repr=False)
    causes: frozenset[str] = field(default=frozenset(), repr=False)
    # Knock-on findings folded into this one, in report order.
    related: tuple[Related, ...] = ()
    # ``expected``/``actual`` as people write them, per language (``81.154.008``).
    expected_text: Text | None = None
    actual_text: Text | None = None
    # A stable identity (checker.fingerprint), set by the engine once findings are final.
    fingerprint: str = ""

    def text(self, lang: str) -> str:
        return self.message.get(lang) or self.message["id"]


def rule(
    *,
    code: str,
    slug: str,
    title: Text,
    category: Category,
    severity: Severity,
    regulation: str,
    message: Text,
    rationale: Text | None = None,
    example: str | None = None,
    lke: str | None = None,
    effective_from: int | None = None,
    effective_until: int | None = None,
    knock_on_of: Iterable[str] = (),
    options: Iterable[Option[Any]] = (),
    fix: Text | None = None,
) -> Callable[[CheckFunction], Rule]:
    """Decorate a check function, named after its code, into a :class:`Rule`.

    ``effective_from``/``effective_until`` are the first and last reporting years the
    rule applies to (inclusive; ``None`` leaves that side open): the engine runs it
    only on reports of those years. ``knock_on_of`` names the rules whose findings
    this rule's findings may follow from; a code of the rule itself means a later copy
    of one defect (the same wrong figure printed again) folds into the first.
    ``options`` are the pack options the rule reads with ``context.option(...)``."""

    def decorate(function: CheckFunction) -> Rule:
        if function.__name__ != code:
            raise ValueError(f"rule function {function.__name__!r} must be named {code!r}")
        return Rule(
            code=code,
            slug=slug,
            title=title,
            category=category,
            severity=severity,
            regulation=regulation,
            message=message,
            check=function,
            rationale=rationale or {"id": (function.__doc__ or "").strip(), "en": ""},
            example=example,
            lke=lke,
            effective_from=effective_from,
            effective_until=effective_until,
            knock_on_of=frozenset(knock_on_of),
            options=tuple(options),
            fix=fix or {},
        )

    return decorate
