"""INP005: an id given to two tujuan, two sasaran or two indikator of a structured report
is named at both places; nothing is dropped or merged, nothing crashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import edited, flatten

from checker.cli import main
from checker.readers.structured import read_json

DUPLICATES = """
[plan]

[[plan.tujuan]]
id = "T1"
name = "Meningkatnya kualitas pelayanan publik"

[[plan.tujuan]]
id = "T1"
name = "Meningkatnya akuntabilitas kinerja"

[[plan.sasaran]]
id = "S1"
name = "Meningkatnya kualitas pelayanan administrasi"
tujuan = "T1"

[[plan.sasaran]]
id = "S2"
name = "Meningkatnya kualitas pelayanan kependudukan"
tujuan = "T1"

[[plan.sasaran]]
id = "S1"
name = "Meningkatnya akuntabilitas keuangan"
tujuan = "T1"

[[plan.indikator]]
id = "1"
name = "Indeks kepuasan masyarakat"
sasaran = "S1"

[[plan.indikator]]
id = "1"
name = "Persentase dokumen kependudukan yang terbit tepat waktu"
sasaran = "S1"
"""

# The same plan with an id of its own for each entry; a tujuan, a sasaran and an
# indikator may share one (each kind is referred to by its own field).
UNIQUE = edited(
    DUPLICATES,
    ('id = "T1"\nname = "Meningkatnya akun', 'id = "T2"\nname = "Meningkatnya akun'),
    ('id = "S1"\nname = "Meningkatnya akun', 'id = "S3"\nname = "Meningkatnya akun'),
    ('id = "1"\nname = "Persentase', 'id = "S1"\nname = "Persentase'),
)


def test_inp005_names_each_repeated_id_and_where_it_was_first(check) -> None:
    result = check(DUPLICATES, "INP005")
    assert flatten(result.findings) == [
        ("INP005", 15, "Id 'T1' di plan.tujuan[1] (baris 15) sudah dipakai di plan.tujuan[0] "
                       "(baris 11); rujukan ke id ini tidak jelas menunjuk yang mana."),
        ("INP005", 29, "Id 'S1' di plan.sasaran[2] (baris 29) sudah dipakai di "
                       "plan.sasaran[0] (baris 19); rujukan ke id ini tidak jelas menunjuk "
                       "yang mana."),
        ("INP005", 39, "Id '1' di plan.indikator[1] (baris 39) sudah dipakai di "
                       "plan.indikator[0] (baris 34); rujukan ke id ini tidak jelas menunjuk "
                       "yang mana."),
    ]
    assert flatten(result.findings, "en")[1][2] == (
        "Id 'S1' at plan.sasaran[2] (line 29) is already used at plan.sasaran[0] (line 19); "
        "a reference to it cannot tell which one is meant.")
    assert [(f.actual, f.category.value, f.severity.label) for f in result.findings] == [
        ("T1", "input", "warning"), ("S1", "input", "warning"), ("1", "input", "warning")]
    # Nothing was merged or dropped: the plan holds every entry as written.
    plan = result.report.plan
    assert [s.name for s in plan.sasaran] == [
        "Meningkatnya kualitas pelayanan administrasi",
        "Meningkatnya kualitas pelayanan kependudukan", "Meningkatnya akuntabilitas keuangan"]
    assert (len(plan.tujuan), len(plan.indikator)) == (2, 2)


def test_inp005_is_silent_when_every_entry_has_an_id_of_its_own(check) -> None:
    assert UNIQUE.count('id = "S1"') == 2  # one sasaran, one indikator: two kinds
    assert check(UNIQUE, "INP005").findings == ()


def test_inp005_counts_each_repeat_against_the_first(check) -> None:
    body = DUPLICATES.replace('id = "S2"', 'id = "S1"')
    lines = [(line, f.args["first"]["en"]) for f in check(body, "INP005").findings
             if f.rule == "INP005" and (line := f.location.line) in (24, 29)]
    assert lines == [(24, "plan.sasaran[0] (line 19)"), (29, "plan.sasaran[0] (line 19)")]


def _json_report(tmp_path: Path) -> Path:
    sasaran = [{"id": "S1", "name": f"Meningkatnya kualitas pelayanan {n}"} for n in range(3)]
    path = tmp_path / "model.json"
    path.write_text(json.dumps({
        "schema_version": 1,
        "meta": {"agency": "Kecamatan Sukamaju", "agency_kind": "kecamatan", "year": 2024},
        "plan": {"sasaran": sasaran, "indikator": [
            {"id": "I1", "name": "Indeks kepuasan masyarakat", "sasaran": "S1"}]},
    }), encoding="utf-8")
    return path


def test_a_json_report_without_lines_names_the_places_by_their_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _json_report(tmp_path)
    assert len(read_json(path, path.read_bytes()).plan.sasaran) == 3
    code = main(["check", str(path), "--format", "json", "--select", "INP005"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")  # warnings only: below the default fail-on (error)
    findings = json.loads(out)["documents"][0]["findings"]
    assert [(f["location"].get("line"), f["message"]) for f in findings] == [
        (None, "Id 'S1' di plan.sasaran[1] sudah dipakai di plan.sasaran[0]; rujukan ke id "
               "ini tidak jelas menunjuk yang mana."),
        (None, "Id 'S1' di plan.sasaran[2] sudah dipakai di plan.sasaran[0]; rujukan ke id "
               "ini tidak jelas menunjuk yang mana."),
    ]
    assert len({f["fingerprint"] for f in findings}) == 2
