"""How a pack finds its rules: every rule its modules define, with no list to keep.

A pack is a module (``rules/budget.py``) or a package (``rules/hygiene/``). Its hook
returns ``pack_rules(__name__)``::

    @hookimpl
    def lkjip_rules() -> list[Rule]:
        return pack_rules(__name__)

which is every :class:`~checker.rule.Rule` *defined* in the module or, for a package, in
the package and in every module under it, public or private (each imported here, found
with :mod:`pkgutil`). A new rule is therefore one new ``@rule`` function in a module pack,
or one new module in a package pack, plus its test: no list to edit. Every built-in
pack in ``rules/`` registers its rules so; a third-party pack may do the same.

"Defined in" means that the rule's check function was written in that module; a rule a
module imports from another (to name it, or to fold into it) belongs to the module that
wrote it, so it is never registered twice. A rule must be a module-level name (what
``@rule`` on a top-level function gives). ``tests/integration/test_pack_registration.py``
holds every built-in pack to this, naming any rule a pack does not return.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from checker.rule import Rule

__all__ = ["pack_modules", "pack_rules", "rules_defined_in"]


def pack_modules(name: str) -> list[ModuleType]:
    """The module ``name`` and, if it is a package, every module under it, imported."""
    module = importlib.import_module(name)
    modules = [module]
    path = getattr(module, "__path__", None)
    if path is not None:
        for found in sorted(pkgutil.walk_packages(path, prefix=f"{name}."),
                            key=lambda info: info.name):
            modules.append(importlib.import_module(found.name))
    return modules


def rules_defined_in(module: ModuleType) -> list[Rule]:
    """The rules whose check function ``module`` defines, in the order of its names."""
    found: dict[int, Rule] = {}
    for value in vars(module).values():
        if isinstance(value, Rule) and getattr(value.check, "__module__", None) == (
            module.__name__
        ):
            found.setdefault(id(value), value)
    return list(found.values())


def pack_rules(name: str) -> list[Rule]:
    """Every rule defined in the pack ``name`` (a module or a package), by code."""
    rules = [rule for module in pack_modules(name) for rule in rules_defined_in(module)]
    return sorted(rules, key=lambda rule: rule.code)
