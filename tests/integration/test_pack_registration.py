"""Every rule a built-in pack defines is registered by that pack: none is forgotten.

A rule left out of its pack's ``lkjip_rules()`` would silently never run. The built-in
packs collect their rules themselves (:func:`checker.pack.pack_rules`), so a rule is
registered by being defined; this test holds every built-in pack to that whatever way
the pack collects them. It reads the files of ``rules/`` on disk (not through the
packs), finds each module's rules (the ``Rule`` objects whose check function the
module defines) and the rules each source file decorates with ``@rule(code=...)``,
and asks the pack that owns the module for its ``lkjip_rules()``. A failure names the
forgotten rule and the module that defines it.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from textwrap import dedent
from types import ModuleType

import pytest
from conftest import REPO

from checker.plugins import BUILTIN_PLUGINS, load_registry
from checker.rule import Rule

RULES = REPO / "rules"
PACKS = tuple(name for name in BUILTIN_PLUGINS if name.split(".")[0] == "rules")
_DECORATED = re.compile(r"^@rule\(\s*code=\"([A-Z]{2,5}[0-9]{3})\"", re.M)


def _module_files(pack: str) -> dict[str, Path]:
    """The modules of ``pack`` by dotted name, read from its files on disk."""
    module = importlib.import_module(pack)
    file = Path(module.__file__)
    if file.name != "__init__.py":
        return {pack: file}
    found = {}
    for path in sorted(file.parent.rglob("*.py")):
        parts = path.relative_to(file.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join((pack, *parts))] = path
    return found


def _defined(module: ModuleType) -> list[Rule]:
    return [value for value in vars(module).values()
            if isinstance(value, Rule) and value.check.__module__ == module.__name__]


def _defined_in(pack: str) -> dict[str, str]:
    """The codes of the rules ``pack``'s modules define, with the module of each."""
    return {rule.code: name for name in _module_files(pack)
            for rule in _defined(importlib.import_module(name))}


def unregistered(pack: str) -> list[str]:
    """The rules ``pack`` defines but does not return, and those it returns but does not
    define, each named with where it comes from."""
    defined = _defined_in(pack)
    returned = {rule.code for rule in importlib.import_module(pack).lkjip_rules()}
    return [
        *(f"{code} (defined in {module}) is not returned by {pack}.lkjip_rules()"
          for code, module in sorted(defined.items()) if code not in returned),
        *(f"{code} is returned by {pack}.lkjip_rules() but defined in none of its modules"
          for code in sorted(returned - set(defined))),
    ]


def test_the_built_in_packs_are_all_checked():
    assert {"rules.budget", "rules.counts", "rules.capaian", "rules.cascade",
            "rules.consistency", "rules.input", "rules.hygiene", "rules.structure"} <= set(PACKS)


@pytest.mark.parametrize("pack", PACKS)
def test_every_rule_a_pack_defines_is_registered_by_it(pack):
    assert _defined_in(pack), f"{pack} defines no rule"
    assert unregistered(pack) == []


@pytest.mark.parametrize("pack", PACKS)
def test_every_decorated_rule_is_a_module_level_rule(pack):
    """A ``@rule`` the object scan cannot see (inside a function, under a condition, or
    bound to another name) would escape the check above: the source must agree."""
    for name, path in _module_files(pack).items():
        decorated = _DECORATED.findall(path.read_text(encoding="utf-8"))
        objects = [rule.code for rule in _defined(importlib.import_module(name))]
        assert sorted(decorated) == sorted(objects), name


def test_no_rule_lives_outside_a_pack():
    """A rule in a shared helper module (``rules/_figures.py``) belongs to no pack."""
    owned = {name for pack in PACKS for name in _module_files(pack)}
    for path in sorted(RULES.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name in owned or name == "rules":
            continue
        strays = [rule.code for rule in _defined(importlib.import_module(name))]
        strays += _DECORATED.findall(path.read_text(encoding="utf-8"))
        assert strays == [], f"{name} defines {strays} but is no pack's module"


def test_every_pack_rule_reaches_the_registry(registry):
    defined = {code for pack in PACKS for code in _defined_in(pack)}
    assert defined <= {rule.code for rule in registry.rules}


# -- the mechanism, on a pack written for the test -----------------------------------------

_HOOK = """\
from checker.hookspecs import hookimpl
from checker.pack import pack_rules


@hookimpl
def lkjip_rules():
    return {returns}
"""
_RULE = """\
from checker.rule import Category, Severity, rule
{imports}

@rule(code="{code}", slug="{slug}", title={{"id": "t", "en": "t"}},
      category=Category.HYGIENE, severity=Severity.INFO, regulation="-",
      message={{"id": "m", "en": "m"}})
def {code}(context):
    yield from ()
"""


def _write_pack(root: Path, name: str, returns: str) -> None:
    package = root / name
    package.mkdir()
    (package / "__init__.py").write_text(_HOOK.format(returns=returns), encoding="utf-8")
    (package / "_shared.py").write_text("LIMIT = 3\n", encoding="utf-8")
    (package / "zzz001_first.py").write_text(
        _RULE.format(code="ZZZ001", slug="zzz-first", imports=""), encoding="utf-8")
    # The new rule: one new file. It imports the first rule (as a rule folding into
    # another would): that rule is still registered once, by the module that wrote it.
    (package / "zzz002_second.py").write_text(
        _RULE.format(code="ZZZ002", slug="zzz-second",
                     imports=f"from {name}.zzz001_first import ZZZ001  # noqa: F401\n"),
        encoding="utf-8")


@pytest.fixture
def scratch_packs(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [name for name in sys.modules if name.startswith("zzz_")]:
        del sys.modules[name]


def test_a_new_rule_is_one_new_file(scratch_packs):
    _write_pack(scratch_packs, "zzz_collected", "pack_rules(__name__)")
    registry = load_registry(builtins=["zzz_collected"], entry_points=False)
    assert [rule.code for rule in registry.rules] == ["ZZZ001", "ZZZ002"]
    assert unregistered("zzz_collected") == []


def test_a_forgotten_rule_is_named(scratch_packs):
    _write_pack(scratch_packs, "zzz_listed", dedent("""\
        [__import__("zzz_listed.zzz001_first").zzz001_first.ZZZ001]"""))
    assert unregistered("zzz_listed") == [
        "ZZZ002 (defined in zzz_listed.zzz002_second) is not returned by "
        "zzz_listed.lkjip_rules()"
    ]
