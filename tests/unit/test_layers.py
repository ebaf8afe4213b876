"""Imports run one way: a module of a lower layer never imports one of a higher layer.

The layers, lowest first, are :data:`LAYERS`; a module may import its own group and the
layers below, never a sibling group of its own layer. The imports are read from the
source with :mod:`ast`, all of them: at the top, inside functions, and under
``if TYPE_CHECKING:`` (a type is a dependency too). Besides the direction, two rules
hold for every module of ``checker/`` and ``reports/``:

- no module imports a private module (``_name``) of another package: a package's
  private modules are reached through its public modules;
- no modules import each other in a circle, even within one layer.

A new module must be given its layer here; the test says so when one is missing.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("checker", "reports")

# Lowest first. A layer holds one or more groups of modules; a module may import its own
# group and the layers below, never a higher layer nor another group of its own layer
# (the engine, the readers and the reporters know nothing of each other). An entry is a
# module, or a package with all its modules (PACKAGES).
LAYERS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("model and the values below it", ((
        "checker", "checker.errors", "checker.model", "checker.tree", "checker.doubts",
        "checker.serialize", "checker.numbers", "checker.display", "checker.number_words",
        "checker.text",
        "checker.names", "checker.agency", "checker.severity", "checker.location",
        "checker.options", "checker.limits", "checker.budget_parts",
    ),)),
    ("extraction", (("checker.extract",),)),
    ("cascade graph", (("checker.graph", "checker.compare"),)),
    ("rules, their context and config", ((
        "checker.rule", "checker.context", "checker.config", "checker.labels",
        "checker.pack", "checker.explain", "checker._samples", "checker.catalogue",
        "checker.fingerprint", "checker.recognise",
    ),)),
    ("results", (("checker.result",),)),
    ("plugin interface", (("checker.hookspecs",),)),
    ("engine, readers and reporters", (("checker.engine",), ("checker.readers",), ("reports",))),
    ("plugin manager", (("checker.plugins",),)),
    ("web server", (("checker.serve",),)),
    ("entry points", (("checker.cli", "checker.__main__", "checker._inputs", "checker._sink",
                       "checker._jobs", "checker.accepted", "checker.baseline"),
                      ("checker.sdk",))),
    ("rule packs", (("rules",),)),
)
# Entries that stand for a package and every module in it.
PACKAGES = frozenset({"checker.text", "checker.extract", "checker.readers", "reports", "rules",
                      "checker.serve"})

# Upward imports known and not yet turned round: (importer, imported) -> why.
KNOWN_UPWARD: dict[tuple[str, str], str] = {}


def _modules() -> list[str]:
    found = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


MODULES = _modules()


def _is_package(module: str) -> bool:
    return (ROOT / Path(*module.split(".")) / "__init__.py").is_file()


def _is_module(module: str) -> bool:
    return _is_package(module) or (ROOT / Path(*module.split("."))).with_suffix(".py").is_file()


def _place(module: str) -> tuple[int, int] | None:
    """The indexes of ``module``'s layer in LAYERS and of its group in the layer,
    ``None`` if it has none."""
    for layer, (_, groups) in enumerate(LAYERS):
        for group, entries in enumerate(groups):
            for entry in entries:
                if module == entry or (entry in PACKAGES and module.startswith(entry + ".")):
                    return layer, group
    return None


def _imports(module: str) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import of a scanned package in ``module``."""
    path = ROOT / Path(*module.split("."))
    path = path / "__init__.py" if _is_package(module) else path.with_suffix(".py")
    package = module if _is_package(module) else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            for alias in node.names:
                candidate = f"{source}.{alias.name}"
                yield node.lineno, candidate if _is_module(candidate) else source


def _internal_imports(module: str) -> Iterator[tuple[int, str]]:
    tops = {*SCANNED, "rules"}
    for line, imported in _imports(module):
        if imported.partition(".")[0] in tops:
            yield line, imported


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports(module):
    importlib.import_module(module)


def test_every_module_has_a_layer():
    missing = [module for module in MODULES if _place(module) is None]
    assert not missing, f"give these modules a layer in LAYERS: {missing}"


def test_no_module_imports_a_higher_layer_or_a_sibling():
    wrong = []
    for module in MODULES:
        own = _place(module)
        for line, imported in _internal_imports(module):
            target = _place(imported)
            if own is None or target is None or (module, imported) in KNOWN_UPWARD:
                continue
            if target[0] > own[0]:
                wrong.append(f"{module}:{line} imports {imported} "
                             f"({LAYERS[own[0]][0]} -> {LAYERS[target[0]][0]})")
            elif target[0] == own[0] and target[1] != own[1]:
                wrong.append(f"{module}:{line} imports {imported}, a sibling in "
                             f"{LAYERS[own[0]][0]}")
    assert not wrong, "\n".join(wrong)


def _private_owner(module: str) -> str | None:
    """The package a private module belongs to (``checker.readers`` for
    ``checker.readers._files``), ``None`` for a public module."""
    parts = module.split(".")
    for index, part in enumerate(parts[1:], start=1):
        if part.startswith("_"):
            return ".".join(parts[:index])
    return None


def test_no_module_imports_a_private_module_of_another_package():
    reaching = []
    for module in MODULES:
        package = module if _is_package(module) else module.rpartition(".")[0]
        for line, imported in _internal_imports(module):
            owner = _private_owner(imported)
            if owner is not None and owner != package:
                reaching.append(f"{module}:{line} imports {imported}, private to {owner}")
    assert not reaching, "\n".join(reaching)


def test_no_import_circle():
    graph = {module: {imported for _, imported in _internal_imports(module)
                      if imported in MODULES and imported != module}
             for module in MODULES}
    circles = [sorted(group) for group in _strongly_connected(graph) if len(group) > 1]
    assert not circles, f"modules importing each other in a circle: {circles}"


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative: the groups of modules that reach each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                groups.append(group)
    return groups
