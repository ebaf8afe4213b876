"""The plugin interface: hook specifications and the objects the hooks return.

Every hook only *registers* things (rules, readers, reporters); it never runs
them. The engine calls each registered rule itself, inside its own guard,
because a pluggy hook call stops at the first implementation that raises.
Built-in packs implement these hooks exactly like third-party packages, which
declare a module implementing them under the entry point group ``lkjip.rules``
(or ``lkjip.readers`` / ``lkjip.reporters``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from checker.model import Report
    from checker.result import DocumentResult
    from checker.rule import Rule

__all__ = ["PROJECT", "LkjipSpec", "Reader", "RenderOptions", "Reporter", "hookimpl", "hookspec"]

PROJECT = "lkjip"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@dataclass(frozen=True)
class Reader:
    """Reads one input format into the report model.

    ``read(path, data)`` gets the file's bytes (already checked to be non-empty
    and of sane size) and returns the :class:`~checker.model.Report`; it raises
    :class:`~checker.errors.InputError` when the file cannot be used at all.
    """

    name: str
    extensions: tuple[str, ...]  # lower case, with the dot: (".toml",)
    read: Callable[[Path, bytes], Report]
    description: str = ""


@dataclass(frozen=True)
class RenderOptions:
    lang: str = "id"
    tool_version: str = "0"
    # Decided by the CLI process (a TTY, NO_COLOR, FORCE_COLOR; the terminal's width):
    # a reporter only follows them, so its output depends on nothing else.
    color: bool = False
    width: int | None = None
    # More than one file is checked: each finding line names its file, so grep works.
    show_path: bool = False
    # The rules of the run, for a format that describes them (SARIF's tool.driver.rules):
    # a reporter sits below the plugin manager and cannot look them up itself.
    rules: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class Reporter:
    """Renders the results of a check run (``--format NAME``).

    ``render`` returns text (written as UTF-8) or, for a binary format such as an
    XLSX workbook, bytes written as they are. ``extensions`` are the output file
    names that ask for this format (``-o report.html``), lower case with the dot.
    """

    name: str
    render: Callable[[Sequence[DocumentResult], RenderOptions], str | bytes]
    description: str = ""
    extensions: tuple[str, ...] = ()


class LkjipSpec:
    """Hooks a plugin may implement (each returns a list; may return an empty one)."""

    @hookspec
    def lkjip_rules(self) -> Sequence[Rule]:
        """Return the rules this pack provides."""
        raise NotImplementedError

    @hookspec
    def lkjip_readers(self) -> Sequence[Reader]:
        """Return the input readers this plugin provides."""
        raise NotImplementedError

    @hookspec
    def lkjip_reporters(self) -> Sequence[Reporter]:
        """Return the output formats this plugin provides."""
        raise NotImplementedError
