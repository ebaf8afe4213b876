"""The plugin manager's quick look at a module's names finds exactly what pluggy finds.

:class:`checker.plugins._PluginManager` skips, without pluggy's slow static lookup, every
name of a module plugin that cannot be a hook implementation. What it registers must be
what a plain :class:`pluggy.PluginManager` registers, for the built-in plugins and for a
module holding every kind of name pluggy looks at.
"""

from __future__ import annotations

import importlib
import inspect
import types
from typing import Any

import pluggy

from checker import plugins
from checker.hookspecs import PROJECT, LkjipSpec, hookimpl

HOOKS = ("lkjip_rules", "lkjip_readers", "lkjip_reporters")


def _registered(manager_class: type[pluggy.PluginManager],
                named: list[tuple[str, object]]) -> list[tuple[Any, ...]]:
    manager = manager_class(PROJECT)
    manager.add_hookspecs(LkjipSpec)
    for name, plugin in named:
        manager.register(plugin, name=name)
    return sorted(
        (hook, impl.plugin_name, impl.function.__qualname__, sorted(impl.opts.items()))
        for hook in HOOKS for impl in getattr(manager.hook, hook).get_hookimpls()
    )


def _builtins() -> list[tuple[str, object]]:
    return [(name, importlib.import_module(name)) for name in plugins.BUILTIN_PLUGINS]


class _Explodes:
    """An object whose attributes must never be read while a plugin is scanned."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"{name} was read")


def _mixed_module() -> types.ModuleType:
    """A module with a hook of each kind pluggy takes, and names that are no hooks."""
    module = types.ModuleType("mixed_pack")

    @hookimpl
    def lkjip_rules() -> list[Any]:
        return []

    @hookimpl(specname="lkjip_readers")
    def readers_under_another_name() -> list[Any]:
        return []

    def lkjip_reporters() -> list[Any]:  # not marked: no hook
        return []

    @hookimpl
    def reporters() -> list[Any]:
        return []

    module.lkjip_rules = lkjip_rules
    module.readers_under_another_name = readers_under_another_name
    module.lkjip_reporters = lkjip_reporters
    module.lkjip_reporters_static = staticmethod(hookimpl(specname="lkjip_reporters")(reporters))
    module.explodes = _Explodes()
    module.number = 3
    module.a_class = _Explodes
    return module


def test_builtin_plugins_register_the_same_hooks() -> None:
    expected = _registered(pluggy.PluginManager, _builtins())
    assert expected, "the built-in plugins implement hooks"
    assert _registered(plugins._PluginManager, _builtins()) == expected


def test_every_kind_of_hook_in_a_module_is_found() -> None:
    module = _mixed_module()
    found = _registered(plugins._PluginManager, [("mixed", module)])
    assert found == _registered(pluggy.PluginManager, [("mixed", module)])
    assert [(hook, name) for hook, _, name, _ in found] == [
        ("lkjip_readers", "_mixed_module.<locals>.readers_under_another_name"),
        ("lkjip_reporters", "_mixed_module.<locals>.reporters"),
        ("lkjip_rules", "_mixed_module.<locals>.lkjip_rules"),
    ]


def test_a_plugin_object_is_looked_at_by_pluggy() -> None:
    class Pack:
        @hookimpl
        def lkjip_rules(self) -> list[Any]:
            return []

    found = _registered(plugins._PluginManager, [("object", Pack())])
    assert found == _registered(pluggy.PluginManager, [("object", Pack())])
    assert [hook for hook, *_ in found] == ["lkjip_rules"]


def test_names_that_are_no_functions_skip_the_static_lookup(monkeypatch: Any) -> None:
    pack = importlib.import_module("rules.budget")
    looked_up: list[str] = []
    getattr_static = inspect.getattr_static

    def counting(obj: object, name: str, *default: Any) -> Any:
        if obj is pack:
            looked_up.append(name)
        return getattr_static(obj, name, *default)

    monkeypatch.setattr(inspect, "getattr_static", counting)
    _registered(plugins._PluginManager, [("rules.budget", pack)])
    # Only the marked hook function is left for pluggy to look at, not the module's
    # imports, constants and rules.
    assert set(looked_up) == {"lkjip_rules"}
    assert len(dir(pack)) > 20
