"""Whatever ``lkjip extract`` writes, ``lkjip check`` accepts.

A property over damaged reports: a report of the library (and of the corpus, when
``../shared/corpus`` is there) has lines deleted, repeated, swapped or replaced with
junk a conversion leaves (stray tabs and pipes, figures of absurd length, half a
heading); the damaged text is extracted to TOML and to JSON by the command line, and
each written model is checked again. The check must end as a check does (exit code 0
or 1, no program error), never refuse what the extractor itself wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TESTS = Path(__file__).resolve().parents[1]
LIBRARY = sorted(
    path for path in (TESTS / "library" / "consistent").iterdir()
    if path.suffix in (".txt", ".md")
)
CORPUS = TESTS.parents[0].parent / "shared" / "corpus"
DOCUMENTS = LIBRARY + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])

# What a damaged conversion leaves in a line.
JUNK = (
    "", "\t", "\t\t\t", "| | |", "|---|---|", "BAB", "BAB IV", "Tabel 3.", "Rp", "Rp.",
    "9" * 45, "1.000.000.000.000.000.000.000.000.000.000.000.000.000", "-", "%", "100,00 %",
    "sebanyak 5 (lima) program", "Error! Bookmark not defined.", "#DIV/0!", "**", "<b>",
    "</td>", "$$", "   ", "\u00a0", "\u200b", "…" * 10, ". . . . . . 12",
)

operation = st.tuples(
    st.sampled_from(("delete", "repeat", "swap", "replace", "insert", "cut")),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.integers(min_value=1, max_value=40),
    st.sampled_from(JUNK),
)


def damaged(lines: list[str], operations: list[tuple[str, float, int, str]]) -> list[str]:
    for name, where, length, junk in operations:
        at = min(int(where * len(lines)), max(len(lines) - 1, 0))
        if name == "delete":
            del lines[at:at + length]
        elif name == "repeat":
            lines[at:at] = lines[at:at + length]
        elif name == "swap" and lines:
            other = min(at + length, len(lines) - 1)
            lines[at], lines[other] = lines[other], lines[at]
        elif name == "replace" and lines:
            lines[at] = junk
        elif name == "insert":
            lines[at:at] = [junk] * min(length, 5)
        elif name == "cut" and lines:
            lines[at] = lines[at][: length]
    return lines


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=st.sampled_from(DOCUMENTS),
       operations=st.lists(operation, min_size=1, max_size=6))
def test_what_extract_writes_check_accepts(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str],
    document: Path, operations: list[tuple[str, float, int, str]],
) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    lines = document.read_text(encoding="utf-8").splitlines()
    text = folder / f"report{document.suffix}"
    text.write_text("\n".join(damaged(lines, operations)) + "\n", encoding="utf-8")
    for suffix in (".toml", ".json"):
        model = folder / f"model{suffix}"
        code, _out, err = run(capsys, "extract", str(text), "-o", str(model))
        assert code == 0, err
        code, out, err = run(capsys, "check", str(model), "--format", "json")
        assert code in (0, 1), err
        findings = json.loads(out)["documents"][0]["findings"]
        assert not [f for f in findings if f["rule"] == "INP004"], findings  # no program error


def test_the_property_sees_the_library() -> None:
    assert len(LIBRARY) >= 10
