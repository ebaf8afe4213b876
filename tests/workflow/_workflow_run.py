"""Fixtures of the reviewer's workflow tests: a run of ``lkjip`` and a folder to work in.

Imported by each test module (not a conftest.py: ``conftest`` is a module name other
tests import, and a second one would shadow it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checker.cli import main

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder to run from, so no config of the checkout applies."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def lkjip(work: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """``lkjip(*argv)`` -> (exit code, stdout, stderr)."""

    def run(*argv: object) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
