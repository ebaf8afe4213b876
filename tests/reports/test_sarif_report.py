"""The SARIF 2.1.0 log, validated against the official schema.

``schemas/sarif-2.1.0.schema.json`` is the OASIS SARIF 2.1.0 schema as approved with
Errata 01 (``$id`` https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/
sarif-schema-2.1.0.json), copied unchanged from the OASIS TC's repository
oasis-tcs/sarif-spec, file ``sarif-2.1/schema/sarif-schema-2.1.0.json`` (blob
0f58372b548f60c84d20fca77687435e71b3b3a3, last changed in commit a560296; the same
blob as ``Schemata/sarif-schema-2.1.0.json`` of commit ffa72eb, "Update the github
copies of the schemata to match the Approved Errata"; SHA-256 below). It declares
JSON Schema draft-04; the validator is chosen from its ``$schema``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from checker.cli import main
from checker.config import Config
from checker.engine import check_report
from checker.hookspecs import RenderOptions
from checker.model import Place
from checker.plugins import load_registry
from checker.result import DocumentResult
from checker.rule import Severity
from reports.sarif import render_sarif

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"
DEFECT = REPO / "tests" / "library" / "defects" / "inspektorat-pelita-raya-2024.txt"
SCHEMA = REPO / "schemas" / "sarif-2.1.0.schema.json"
CORPUS = REPO.parent / "shared" / "corpus"
CORPUS_REPORTS = sorted(CORPUS.glob("*.txt"))[:1] if CORPUS.is_dir() else []

SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
HOSTILE = ('=HYPERLINK("http://x","y")', "+1+1", "<script>alert(1)</script>")


@pytest.fixture(scope="module")
def registry():
    return load_registry(entry_points=False)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def checked(registry):
    def run(path: Path) -> DocumentResult:
        return check_report(registry.read(path), registry.rules, Config())

    return run


@pytest.fixture(scope="module")
def example(checked) -> DocumentResult:
    return checked(EXAMPLE)


RULES = tuple(load_registry(entry_points=False).rules)


def sarif(results: list[DocumentResult], lang: str = "id", rules=RULES) -> dict:
    options = RenderOptions(lang=lang, tool_version="9.9", rules=rules)
    return json.loads(render_sarif(results, options))


def valid(validator, log: dict) -> dict:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert not errors, errors[:5]
    return log


def test_the_vendored_schema_is_the_official_one(validator):
    schema = validator.schema
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/")
    assert {"run", "result", "reportingDescriptor", "region"} <= set(schema["definitions"])
    digest = hashlib.sha256(SCHEMA.read_bytes()).hexdigest()
    assert digest == SCHEMA_SHA256, "the vendored schema was changed: copy it again unchanged"
    # it rejects what is not SARIF
    assert not validator.is_valid({"version": "2.1.0", "runs": [{"results": []}]})


def test_example_log_is_valid_with_one_result_per_finding(example, validator):
    log = valid(validator, sarif([example]))
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    assert run["tool"]["driver"]["name"] == "lkjip"
    assert run["tool"]["driver"]["version"] == "9.9"
    results = run["results"]
    assert len(results) == len(example.findings) >= 5
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    for result, finding in zip(results, example.findings, strict=True):
        assert result["ruleId"] == finding.rule
        assert result["level"] == levels[finding.severity]
        assert result["message"]["text"] == finding.text("id")
        assert result["properties"]["expected"] == finding.expected
        assert result["properties"]["found"] == finding.actual
        assert result["partialFingerprints"] == {"lkjipFinding/v1": finding.fingerprint}


def test_rules_are_the_rules_that_found_something(example, registry, validator):
    run = sarif([example])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted({f.rule for f in example.findings})
    for result in run["results"]:
        descriptor = rules[result["ruleIndex"]]
        assert descriptor["id"] == result["ruleId"]
        rule = registry.rule(result["ruleId"])
        assert descriptor["name"] == rule.slug
        assert descriptor["shortDescription"]["text"] == rule.title["id"]
        assert descriptor["properties"] == {"category": rule.category.value,
                                            "regulation": rule.regulation}
        fix, basis = descriptor["help"]["text"].split("\n")
        assert basis == f"Dasar: {rule.regulation}"
        assert fix == (rule.fix.get("id") or "Perbaiki laporan agar memenuhi aturan ini.")
        if rule.rationale.get("id"):
            assert descriptor["fullDescription"]["text"] == rule.rationale["id"]


def test_help_is_the_rules_own_advice_where_it_gives_one(example, validator):
    advising = next(rule for rule in RULES if rule.fix.get("id"))
    finding = replace(example.findings[0], rule=advising.code, slug=advising.slug)
    run = valid(validator, sarif([DocumentResult(example.report, (finding,))]))["runs"][0]
    [descriptor] = run["tool"]["driver"]["rules"]
    assert descriptor["help"]["text"].split("\n")[0] == advising.fix["id"]


def test_rules_not_passed_are_described_from_their_findings(example, validator):
    run = valid(validator, sarif([example], rules=()))["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert set(rules) == {f.rule for f in example.findings}
    for finding in example.findings:
        descriptor = rules[finding.rule]
        assert descriptor["name"] == descriptor["shortDescription"]["text"] == finding.slug
        assert descriptor["properties"] == {"category": finding.category.value,
                                            "regulation": finding.regulation}
        assert "fullDescription" not in descriptor


def test_regions_are_the_finding_lines(example):
    results = sarif([example])["runs"][0]["results"]
    for result, finding in zip(results, example.findings, strict=True):
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "examples/tanjung-harapan-2024.toml" or (
            physical["artifactLocation"]["uri"].endswith("examples/tanjung-harapan-2024.toml"))
        line, end = finding.location.line, finding.location.end_line
        if line is None:
            assert "region" not in physical
        else:
            assert physical["region"] == {"startLine": line, "endLine": end or line}
        names = {logical["kind"]: logical for logical in location.get("logicalLocations", [])}
        if finding.location.table:
            assert names["table"]["name"] == finding.location.table
        if finding.location.node:
            assert finding.location.node in {n.get("fullyQualifiedName") for n in names.values()}


def test_no_line_means_no_region_and_no_line_below_one(example, validator):
    first = example.findings[0]
    lineless = replace(first, location=replace(first.location, line=None, end_line=None))
    zero = replace(first, location=replace(first.location, line=0, end_line=0))
    backwards = replace(first, location=replace(first.location, line=9, end_line=3))
    log = valid(validator, sarif([DocumentResult(example.report, (lineless, zero, backwards))]))
    physical = [r["locations"][0]["physicalLocation"] for r in log["runs"][0]["results"]]
    assert "region" not in physical[0] and "region" not in physical[1]
    assert physical[2]["region"] == {"startLine": 9, "endLine": 9}


def test_path_is_a_relative_uri(example, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    spaced = replace(example.report, path=str(tmp_path / "laporan kinerja" / "2024#1.toml"))
    outside = replace(example.report, path="/elsewhere/laporan.toml")
    log = sarif([DocumentResult(spaced, example.findings[:1]),
                 DocumentResult(outside, example.findings[:1])])
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]
            for r in log["runs"][0]["results"]]
    assert uris[0] == {"uri": "laporan%20kinerja/2024%231.toml", "index": 0}
    assert uris[1] == {"uri": "file:///elsewhere/laporan.toml", "index": 1}
    assert [a["location"]["uri"] for a in log["runs"][0]["artifacts"]] == [
        "laporan%20kinerja/2024%231.toml", "file:///elsewhere/laporan.toml"]


def test_lines_of_an_extracted_report_point_into_its_source(example):
    extracted = replace(example.report, path="kerja/laporan.toml", source="laporan.txt")
    log = sarif([DocumentResult(extracted, example.findings[:1])])
    physical = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "kerja/laporan.txt"
    assert physical["region"]["startLine"] == example.findings[0].location.line


def test_a_pdf_original_gets_its_text_layer_lines_not_a_region(example, validator):
    places = tuple(Place(page=1 + line // 50) for line in range(len(example.report.text) or 600))
    pdf = replace(example.report, path="laporan.pdf", places=places)
    finding = replace(example.findings[0], location=replace(example.findings[0].location,
                                                            page=4))
    log = valid(validator, sarif([DocumentResult(pdf, (finding,))]))
    physical = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "region" not in physical
    assert physical["properties"] == {
        "textLayerLines": {"startLine": finding.location.line,
                           "endLine": finding.location.end_line},
        "page": 4}


def test_english_messages_and_language(example, validator):
    log = valid(validator, sarif([example], "en"))
    run = log["runs"][0]
    assert run["language"] == "en"
    assert [r["message"]["text"] for r in run["results"]] == [
        f.text("en") for f in example.findings]
    assert all(rule["help"]["text"].splitlines()[-1].startswith("Basis: ")
               for rule in run["tool"]["driver"]["rules"])


def test_hostile_names_appear_as_text(example, validator, tmp_path, checked):
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "Administrasi Umum Perangkat Daerah", HOSTILE[0].replace('"', '\\"'))
    path = tmp_path / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    result = checked(path)
    first = result.findings[0]
    hostile = tuple(
        replace(first, message={"id": name, "en": name}, expected=name) for name in HOSTILE)
    log = valid(validator, sarif([DocumentResult(result.report, (*result.findings, *hostile))]))
    results = log["runs"][0]["results"]
    assert [r["message"]["text"] for r in results[-3:]] == list(HOSTILE)
    assert [r["properties"]["expected"] for r in results[-3:]] == list(HOSTILE)
    assert any(HOSTILE[0] in r["message"]["text"] for r in results[:-3])  # from the report


def test_accepted_findings_are_suppressed_results(example, validator):
    kept, *accepted = example.findings[:3]
    log = valid(validator, sarif([DocumentResult(example.report, (kept,), tuple(accepted))]))
    results = log["runs"][0]["results"]
    assert len(results) == 3
    assert "suppressions" not in results[0]
    assert [r["suppressions"] for r in results[1:]] == [
        [{"kind": "external", "status": "accepted"}]] * 2


def test_no_findings_is_a_valid_empty_run(example, validator):
    run = valid(validator, sarif([DocumentResult(example.report, ())]))["runs"][0]
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []


def test_library_defect_copy_is_valid(checked, validator):
    result = checked(DEFECT)
    log = valid(validator, sarif([result]))
    assert len(log["runs"][0]["results"]) == len(result.findings) > 0


@pytest.mark.skipif(not CORPUS_REPORTS, reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("document", CORPUS_REPORTS, ids=lambda p: p.stem)
def test_corpus_report_is_valid(document, checked, validator):
    result = checked(document)
    log = valid(validator, sarif([result]))
    lines = len(document.read_text(encoding="utf-8").splitlines())
    for sarif_result in log["runs"][0]["results"]:
        region = sarif_result["locations"][0]["physicalLocation"].get("region")
        if region:
            assert 1 <= region["startLine"] <= region["endLine"] <= lines + 1


def test_check_writes_the_log(tmp_path, capsys, validator):
    out = tmp_path / "hasil.sarif"
    code = main(["check", str(EXAMPLE), "--format", "sarif", "-o", str(out)])
    assert "Traceback" not in capsys.readouterr().err
    assert code == 1
    log = valid(validator, json.loads(out.read_text(encoding="utf-8")))
    assert log["runs"][0]["results"]
