"""Loading plugins: the built-in packs and those installed as entry points.

Built-in modules are registered through :func:`_register`, the same call that
registers a module found under an entry point, so a built-in pack is a plugin
like any other (and can be studied as an example of one).

The categories and the pack options are collected from the rules registered, the
built-in ones first: a pack's category joins the built-in ones (and the labels the
reporters print), and a pack's options are what the config's
``[tool.lkjip.rules.<pack>]`` tables are checked against.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from types import MethodType, ModuleType
from typing import Any

import pluggy

from checker.errors import InputError, UsageError
from checker.hookspecs import PROJECT, LkjipSpec, Reader, Reporter
from checker.labels import CATEGORY as CATEGORY_LABELS
from checker.model import Report
from checker.options import Option
from checker.readers import read_bytes
from checker.rule import LANGUAGES, Category, Rule

__all__ = ["BUILTIN_PLUGINS", "ENTRY_POINT_GROUPS", "Registry", "load_registry"]

BUILTIN_PLUGINS = (
    "checker.readers.structured",
    "checker.readers.text",
    "checker.readers.docx",
    "checker.readers.pdf",
    "rules.input",
    "rules.budget",
    "rules.counts",
    "rules.capaian",
    "rules.cascade",
    "rules.consistency",
    "rules.hygiene",
    "rules.structure",
    "rules.nomenclature",
    "reports.text",
    "reports.json_format",
    "reports.markdown",
    "reports.html",
    "reports.xlsx",
    "reports.sarif",
)
ENTRY_POINT_GROUPS = ("lkjip.rules", "lkjip.readers", "lkjip.reporters")


class PluginError(UsageError):
    """A plugin could not be loaded or registers something unusable."""


# What pluggy can take a hook implementation from, beside a plain function.
_HOOKABLE = (staticmethod, classmethod, MethodType)
_ABSENT = object()


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, quicker to register a module.

    pluggy looks at every name of a plugin with :func:`inspect.getattr_static`, which is
    slow, and a pack module holds hundreds of names (its imports, regexes, rules, helper
    functions) of which one or two are hooks. A name whose value in the module's
    namespace is neither a function marked ``@hookimpl`` nor a method wrapper is skipped
    at once: pluggy would find that same value (or a descriptor of the module type,
    no function either) and skip it too. Every other name, and every plugin that is not
    a module, is looked at by pluggy itself.
    """

    def parse_hookimpl_opts(self, plugin: object, name: str) -> pluggy.HookimplOpts | None:
        if isinstance(plugin, ModuleType) and not self._may_be_hook(plugin, name):
            return None
        return super().parse_hookimpl_opts(plugin, name)

    def _may_be_hook(self, module: ModuleType, name: str) -> bool:
        value = vars(module).get(name, _ABSENT)
        if value is _ABSENT or isinstance(value, _HOOKABLE):
            return True
        # The marker is an attribute set on the function itself (HookimplMarker).
        return inspect.isfunction(value) and f"{self.project_name}_impl" in vars(value)


@dataclass(frozen=True)
class Registry:
    """Everything the plugins registered, checked for clashes."""

    rules: tuple[Rule, ...]
    readers: tuple[Reader, ...]
    reporters: tuple[Reporter, ...]
    # The built-in categories, then those the packs' rules declare, in that order.
    categories: tuple[Category, ...] = Category.BUILTIN
    # The options the packs' rules read, in the order the rules declare them.
    options: tuple[Option[Any], ...] = ()

    def rule(self, code: str) -> Rule | None:
        wanted = code.upper()
        return next((r for r in self.rules if r.code == wanted or r.slug == code), None)

    def reporter(self, name: str) -> Reporter:
        for reporter in self.reporters:
            if reporter.name == name:
                return reporter
        known = ", ".join(r.name for r in self.reporters)
        raise UsageError(f"unknown output format {name!r} (known: {known})",
                         f"format keluaran {name!r} tidak dikenal")

    def reader_for(self, suffix: str) -> Reader | None:
        return next((r for r in self.readers if suffix.lower() in r.extensions), None)

    def read(self, path: Path) -> Report:
        """The report in ``path``, read by the reader registered for its suffix."""
        reader = self.reader_for(path.suffix)
        data = read_bytes(path)  # checks existence, type and size before the suffix
        if reader is None:
            known = ", ".join(sorted({ext for r in self.readers for ext in r.extensions}))
            raise InputError(str(path),
                             f"unsupported file type {path.suffix!r} (supported: {known})",
                             "jenis berkas tidak didukung")
        return reader.read(path, data)


def load_registry(
    builtins: Sequence[str] = BUILTIN_PLUGINS,
    extra: Iterable[tuple[str, object]] = (),
    entry_points: bool = True,
) -> Registry:
    """Register the built-ins, the entry points and ``extra`` (name, plugin) pairs."""
    manager = _PluginManager(PROJECT)
    manager.add_hookspecs(LkjipSpec)
    for module_name in builtins:
        _register(manager, module_name, _import(module_name, module_name))
    if entry_points:
        # One scan of the installed distributions for all three groups (each
        # ``entry_points(group=...)`` call reads every distribution's metadata again).
        installed = metadata.entry_points()
        for group in ENTRY_POINT_GROUPS:
            for entry_point in installed.select(group=group):
                name = f"{group}:{entry_point.name}"
                plugin = _load_entry_point(entry_point, name)
                if manager.has_plugin(name) and manager.get_plugin(name) is not plugin:
                    # Two distributions chose one entry point name: keep both, told apart.
                    dist = entry_point.dist.name if entry_point.dist is not None else "?"
                    name = f"{name}@{dist}"
                _register(manager, name, plugin)
    for name, plugin in extra:
        _register(manager, name, plugin)
    rules = _collect_rules(manager)
    categories = _collect_categories(rules)
    _publish_labels(categories)
    return Registry(
        rules=rules,
        readers=tuple(_collect(manager, "lkjip_readers", Reader)),
        reporters=tuple(_collect(manager, "lkjip_reporters", Reporter)),
        categories=categories,
        options=_collect_options(rules),
    )


def _import(module_name: str, plugin_name: str) -> ModuleType:
    try:
        return importlib.import_module(module_name)
    except Exception as exc:
        raise PluginError(f"plugin {plugin_name!r} cannot be imported: {exc}") from exc


def _load_entry_point(entry_point: metadata.EntryPoint, name: str) -> object:
    try:
        return entry_point.load()
    except Exception as exc:
        raise PluginError(f"plugin {name!r} ({entry_point.value}) cannot be loaded: {exc}") from exc


def _register(manager: pluggy.PluginManager, name: str, plugin: object) -> None:
    if manager.has_plugin(name) or manager.is_registered(plugin):
        return  # the same pack installed twice (e.g. an entry point naming a built-in)
    try:
        manager.register(plugin, name=name)
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {name!r} is invalid: {exc}") from exc


def _call_each(manager: pluggy.PluginManager, hook_name: str) -> Iterable[tuple[str, Any]]:
    """Call every implementation of a hook on its own, so one broken plugin is named."""
    for implementation in getattr(manager.hook, hook_name).get_hookimpls():
        try:
            returned = implementation.function()
        except Exception as exc:
            raise PluginError(
                f"plugin {implementation.plugin_name!r} failed in {hook_name}: {exc}"
            ) from exc
        yield implementation.plugin_name, returned or ()


def _collect(manager: pluggy.PluginManager, hook_name: str, kind: type) -> list[Any]:
    found: dict[str, tuple[str, Any]] = {}
    for plugin_name, objects in _call_each(manager, hook_name):
        for obj in objects:
            if not isinstance(obj, kind):
                raise PluginError(
                    f"plugin {plugin_name!r}: {hook_name} returned {obj!r}, not a {kind.__name__}"
                )
            if obj.name in found:
                raise PluginError(
                    f"{kind.__name__.lower()} {obj.name!r} registered by both "
                    f"{found[obj.name][0]!r} and {plugin_name!r}"
                )
            found[obj.name] = (plugin_name, obj)
    return [obj for _, obj in found.values()]


def _collect_rules(manager: pluggy.PluginManager) -> tuple[Rule, ...]:
    found: dict[str, Rule] = {}
    for plugin_name, rules in _call_each(manager, "lkjip_rules"):
        for rule in rules:
            if not isinstance(rule, Rule):
                raise PluginError(f"plugin {plugin_name!r} registered {rule!r}, not a Rule")
            if rule.code in found:
                raise PluginError(
                    f"rule {rule.code} registered by both {found[rule.code].plugin!r} "
                    f"and {plugin_name!r}"
                )
            found[rule.code] = _with_plugin(rule, plugin_name)
    return tuple(sorted(found.values(), key=lambda r: r.code))


def _with_plugin(rule: Rule, plugin_name: str) -> Rule:
    return replace(rule, plugin=plugin_name)


def _collect_categories(rules: Sequence[Rule]) -> tuple[Category, ...]:
    """The built-in categories, then each pack's own in the order its rules come.

    A pack category may not take a built-in's name, nor another pack's name with
    another label, nor a name that reads as a rule code prefix (``select = ["acm"]``
    would then mean two things)."""
    found: dict[str, tuple[Category, str | None]] = {c.value: (c, None) for c in Category.BUILTIN}
    for rule in rules:
        category = rule.category
        known = found.get(category.value)
        if known is None:
            clash = next((r.code for r in rules if r.code.startswith(category.value.upper())),
                         None)
            if clash is not None:
                raise PluginError(
                    f"plugin {rule.plugin!r}: category {category.value!r} reads as the code "
                    f"prefix of rule {clash}; give the category another name")
            found[category.value] = (category, rule.plugin)
        elif dict(known[0].label) != dict(category.label):
            owner = ("a built-in category" if known[1] is None
                     else f"declared by {known[1]!r} with another label")
            raise PluginError(
                f"plugin {rule.plugin!r}: rule {rule.code} declares category "
                f"{category.value!r}, which is {owner}")
    return tuple(category for category, _ in found.values())


def _publish_labels(categories: Iterable[Category]) -> None:
    """Make each category's label known to the reporters, which print
    :data:`checker.labels.CATEGORY`; a built-in's label is already there."""
    for category in categories:
        for lang in LANGUAGES:
            CATEGORY_LABELS[lang].setdefault(category, category.label[lang])


def _collect_options(rules: Sequence[Rule]) -> tuple[Option[Any], ...]:
    """The options the rules read, each once. A pack's options belong to one plugin,
    and one option declared twice must be declared alike."""
    owners: dict[str, str] = {}
    found: dict[tuple[str, str], tuple[Option[Any], str]] = {}
    for rule in rules:
        for option in rule.options:
            owner = owners.setdefault(option.pack, rule.plugin)
            if owner != rule.plugin:
                raise PluginError(
                    f"options of pack {option.pack!r} declared by both {owner!r} "
                    f"and {rule.plugin!r}")
            key = (option.pack, option.name)
            known = found.setdefault(key, (option, rule.code))
            if known[0] != option:
                raise PluginError(
                    f"plugin {rule.plugin!r}: option {option.qualified} is declared "
                    f"differently by rules {known[1]} and {rule.code}")
    return tuple(option for option, _ in found.values())
