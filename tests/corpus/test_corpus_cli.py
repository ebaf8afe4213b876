"""The four corpus reports through the command line: no crash, valid output, and an
extracted model that checks exactly like the text it came from."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import schemas
from checker.cli import main

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
DOCUMENTS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not DOCUMENTS, reason=f"corpus not found at {CORPUS}")


def _check(path: Path, capsys, *flags: str) -> tuple[int, dict]:
    code = main(["check", str(path), "--format", "json", *flags])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
def test_check_runs_and_its_json_validates(document, capsys):
    code, payload = _check(document, capsys)
    assert code in (0, 1)
    jsonschema.validate(payload, schemas.load("findings"))
    findings = payload["documents"][0]["findings"]
    assert not [f for f in findings if f["category"] == "internal"]
    lines = len(document.read_text(encoding="utf-8").splitlines())
    assert all(1 <= (f["location"]["line"] or 1) <= lines + 1 for f in findings)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
def test_extracted_model_is_valid_and_checks_the_same(document, tmp_path, capsys):
    _, direct = _check(document, capsys)
    for suffix in (".json", ".toml"):
        model = tmp_path / f"model{suffix}"
        assert main(["extract", str(document), "-o", str(model)]) == 0
        if suffix == ".json":
            jsonschema.validate(json.loads(model.read_text(encoding="utf-8")),
                                schemas.load("report"))
        # The model is written outside the corpus folder, so its source lies outside its
        # own tree: allowed here explicitly (refused by default, see SECURITY.md).
        _, again = _check(model, capsys, "--allow-source-outside")
        # The source is written relative to the model, so the pair can move together.
        assert (tmp_path / again["documents"][0]["source"]).resolve() == document.resolve()
        key = sorted((f["rule"], f["location"]["line"], f["message"])
                     for f in direct["documents"][0]["findings"])
        assert sorted((f["rule"], f["location"]["line"], f["message"])
                      for f in again["documents"][0]["findings"]) == key


def test_an_extracted_model_without_its_document_says_what_it_skipped(tmp_path, capsys):
    document = DOCUMENTS[0]
    copy = tmp_path / "laporan.txt"
    copy.write_bytes(document.read_bytes())
    model = tmp_path / "model.toml"
    assert main(["extract", str(copy), "-o", str(model)]) == 0
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (moved / "model.toml").write_bytes(model.read_bytes())
    _, found = _check(moved / "model.toml", capsys)  # "laporan.txt" is not beside it
    rules = [f["rule"] for f in found["documents"][0]["findings"]]
    assert "INP003" in rules
    assert not [r for r in rules if r.startswith(("HYG", "STR004"))]
