"""The ``lkjip`` command line: one-line errors, exit codes, the findings contract."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import schemas
from checker.cli import main
from checker.errors import InputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "core"
REPORT_TOML = FIXTURES / "report.toml"
REPORT_JSON = FIXTURES / "report.json"
BAD_TARGET = FIXTURES / "bad_agreement_target.toml"


@pytest.fixture(autouse=True)
def _isolated_cwd(tmp_path, monkeypatch):
    """Run every command from an empty folder, so no lkjip.toml of the checkout applies."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 2
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert lines[0].startswith("lkjip: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def _header_lines(path: Path, header: str) -> list[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, start=1) if line.strip() == f"[[{header}]]"]


# -- unusable input: exactly one line on stderr, exit 2 ------------------------------------


def _missing(tmp: Path) -> Path:
    return tmp / "tidak-ada.toml"


def _directory(tmp: Path) -> Path:
    folder = tmp / "laporan.toml"
    folder.mkdir()
    return folder


def _binary(tmp: Path) -> Path:
    path = tmp / "laporan.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    return path


def _bad_utf8(tmp: Path) -> Path:
    path = tmp / "laporan.toml"
    path.write_bytes(b'[meta]\nagency = "Kecamatan Sukamaju"\nregion = "Kab. \xe9\xff"\n')
    return path


def _bad_toml(tmp: Path) -> Path:
    path = tmp / "laporan.toml"
    path.write_text('[meta]\nagency = "Kecamatan Sukamaju\nyear = 2024\n', encoding="utf-8")
    return path


def _bad_json(tmp: Path) -> Path:
    path = tmp / "laporan.json"
    path.write_text('{"meta": {"agency": "X", "year": 2024}', encoding="utf-8")
    return path


def _schema_violation(tmp: Path) -> Path:
    return BAD_TARGET


def _empty(tmp: Path) -> Path:
    path = tmp / "laporan.toml"
    path.write_bytes(b"")
    return path


def _whitespace(tmp: Path) -> Path:
    path = tmp / "laporan.json"
    path.write_text("  \n\t\n   \n", encoding="utf-8")
    return path


def _odt(tmp: Path) -> Path:
    path = tmp / "laporan.odt"
    path.write_bytes(b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text")
    return path


BAD_INPUTS = {
    "missing": (_missing, "file not found"),
    "directory": (_directory, "is a directory"),
    "binary": (_binary, "binary file"),
    "invalid-utf8": (_bad_utf8, "not valid UTF-8"),
    "invalid-toml": (_bad_toml, "invalid TOML"),
    "invalid-json": (_bad_json, "invalid JSON"),
    "schema-violation": (_schema_violation, "agreements[2].target"),
    "empty": (_empty, "empty"),
    "whitespace-only": (_whitespace, "empty"),
    "unsupported-suffix": (_odt, "'.odt'"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_exit_2(case, tmp_path, capsys):
    make, fragment = BAD_INPUTS[case]
    path = make(tmp_path)
    code, out, err = run(capsys, "check", path)
    assert_one_line_error(code, err, str(path), fragment)
    assert out == ""


@pytest.mark.parametrize("case", ["missing", "binary", "invalid-toml", "schema-violation"])
def test_bad_input_to_graph_is_one_line_exit_2(case, tmp_path, capsys):
    make, fragment = BAD_INPUTS[case]
    code, out, err = run(capsys, "graph", make(tmp_path))
    assert_one_line_error(code, err, fragment)
    assert out == ""


def test_unknown_rule_code_in_lkjip_toml(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "opd"
    folder.mkdir()
    (folder / "lkjip.toml").write_text('select = ["INP", "ZZZ999"]\n', encoding="utf-8")
    monkeypatch.chdir(folder)
    code, out, err = run(capsys, "check", REPORT_TOML)
    assert_one_line_error(code, err, "ZZZ999")
    assert out == ""


def test_unknown_key_in_lkjip_toml(tmp_path, monkeypatch, capsys):
    (tmp_path / "lkjip.toml").write_text('fail_on = "warning"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "check", REPORT_TOML)
    assert_one_line_error(code, err, "fail_on", "lkjip.toml")


def test_invalid_toml_in_lkjip_toml(tmp_path, monkeypatch, capsys):
    (tmp_path / "lkjip.toml").write_text("select = [\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "check", REPORT_TOML)
    assert_one_line_error(code, err, "invalid TOML")


def test_unknown_selector_on_the_command_line(capsys):
    code, _, err = run(capsys, "check", REPORT_TOML, "--select", "INP,QQQ")
    assert_one_line_error(code, err, "QQQ")


def test_unknown_format(capsys):
    code, out, err = run(capsys, "check", REPORT_TOML, "--format", "yaml")
    assert_one_line_error(code, err, "yaml")
    assert out == ""


def test_unknown_explain_code(capsys):
    code, out, err = run(capsys, "explain", "ZZZ999")
    assert_one_line_error(code, err, "ZZZ999")
    assert out == ""


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["check"],
        ["frobnicate"],
        ["check", "x.toml", "--lang", "xx"],
        ["check", "x.toml", "--fail-on", "fatal"],
        ["rules", "--format", "yaml"],
    ],
)
def test_command_line_mistakes_are_one_line(argv, capsys):
    code, out, err = run(capsys, *argv)
    assert_one_line_error(code, err)
    assert out == ""


def test_bug_bad_scale_bound_is_an_unexpected_error_without_its_path(tmp_path, capsys):
    """A scale band bound that is not a number (the schema lets strings through) is
    not reported as an input error with the path of the field: the CLI prints
    "unexpected InvalidOperation: [<class 'decimal.ConversionSyntax'>] (run with
    --debug ...)", which tells an agency nothing about what to fix."""
    path = tmp_path / "laporan.toml"
    path.write_text(
        '[meta]\nagency = "Kecamatan Sukamaju"\nyear = 2024\n\n[scale]\n'
        'bands = [{ label = "Sangat Tinggi", low = "sembilan puluh satu" }]\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "check", path)
    assert_one_line_error(code, err, str(path), "scale")
    assert "unexpected" not in err


def test_debug_shows_the_traceback_in_process(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        main(["--debug", "check", str(tmp_path / "tidak-ada.toml")])


def test_one_bad_file_does_not_hide_the_others(tmp_path, capsys):
    missing = tmp_path / "tidak-ada.toml"
    code, out, err = run(capsys, "check", missing, REPORT_TOML, "--select", "INP",
                         "--format", "json")
    assert_one_line_error(code, err, "file not found")
    payload = json.loads(out)
    assert [d["path"] for d in payload["documents"]] == [str(REPORT_TOML)]


# -- the executable ------------------------------------------------------------------------


def _lkjip() -> str:
    """The console script installed beside this interpreter (a venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name("lkjip")
    executable = str(beside) if beside.exists() else shutil.which("lkjip")
    assert executable, "the lkjip console script is not installed"
    return executable


def _run_lkjip(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [_lkjip(), *map(str, argv)], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=120,
    )


@pytest.mark.parametrize("case", ["missing", "binary", "invalid-json", "unsupported-suffix"])
def test_executable_bad_input_is_one_line(case, tmp_path):
    make, fragment = BAD_INPUTS[case]
    result = _run_lkjip("check", make(tmp_path), cwd=tmp_path)
    assert_one_line_error(result.returncode, result.stderr, fragment)
    assert result.stdout == ""


def test_executable_debug_shows_a_traceback(tmp_path):
    path = _bad_toml(tmp_path)
    result = _run_lkjip("--debug", "check", path, cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" in result.stderr
    assert "InputError" in result.stderr


def test_executable_checks_a_report(tmp_path):
    result = _run_lkjip("check", REPORT_TOML, "--select", "INP", "--format", "json",
                        "--fail-on", "warning", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)
    assert [f["rule"] for f in payload["documents"][0]["findings"]] == ["INP001"]
    assert result.stderr == ""


# -- the findings contract -----------------------------------------------------------------


def test_check_json_validates_against_the_findings_schema(capsys):
    code, out, err = run(capsys, "check", REPORT_TOML, REPORT_JSON, "--format", "json")
    assert code in (0, 1), err
    payload = json.loads(out)
    jsonschema.Draft202012Validator(schemas.load("findings")).validate(payload)
    assert payload["schema_version"] == 1
    assert payload["tool"]["name"] == "lkjip"
    assert [d["path"] for d in payload["documents"]] == [str(REPORT_TOML), str(REPORT_JSON)]
    first = payload["documents"][0]
    assert first["format"] == "toml"
    assert first["meta"] == {"agency": "Kecamatan Sukamaju", "region": "Kabupaten Contoh",
                             "year": 2024}
    findings = first["findings"]
    assert sum(first["summary"].values()) == len(findings)
    inp = [f for f in findings if f["rule"] == "INP001"]
    assert len(inp) == 1
    assert inp[0]["location"]["line"] == _header_lines(REPORT_TOML, "agreements")[1]
    assert inp[0]["actual"] == "7 Desa/ 1 Kel"
    assert inp[0]["category"] == "input" and inp[0]["severity"] == "warning"
    assert inp[0]["regulation"].startswith("Permenpan RB 53/2014")
    second = [f for f in payload["documents"][1]["findings"] if f["rule"] == "INP001"]
    assert [(f["location"]["line"], f["location"]["table"]) for f in second] == [
        (44, "Tabel 2.1")]


# A sasaran mean wrong only because its first indicator's capaian is (95,00 printed where
# 72 / 80 x 100 = 90,00): CAP002 at the summary is folded into CAP001 at the row.
KNOCK_ON = """\
schema_version = 1

[meta]
agency = "Kecamatan Sukamaju"
year = 2024

[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "72"
capaian = "95,00"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Persentase layanan selesai tepat waktu"
target = "90"
realisasi = "90"

[[achievements.summaries]]
sasaran = "Meningkatnya kualitas pelayanan publik"
capaian = "95,00"
"""


def test_check_json_with_a_folded_finding_validates_and_carries_related(tmp_path, capsys):
    path = tmp_path / "lipat.toml"
    path.write_text(KNOCK_ON, encoding="utf-8")
    code, out, err = run(capsys, "check", path, "--select", "capaian", "--format", "json")
    assert code == 1, err
    payload = json.loads(out)
    jsonschema.Draft202012Validator(schemas.load("findings")).validate(payload)
    (finding,) = payload["documents"][0]["findings"]
    row, summary = _header_lines(path, "achievements.rows")[0], _header_lines(
        path, "achievements.summaries")[0]
    assert (finding["rule"], finding["location"]["line"]) == ("CAP001", row)
    assert finding["related"] == [{"rule": "CAP002", "line": summary, "end_line": summary + 2,
                                   "table": "Tabel 3.1",
                                   "node": "sasaran:meningkatnya kualitas pelayanan publik"}]
    assert payload["documents"][0]["summary"] == {"error": 1, "warning": 0, "info": 0}


def test_a_finding_without_knock_ons_has_no_related_field(capsys):
    _, out, _ = run(capsys, "check", REPORT_TOML, "--format", "json")
    assert all("related" not in f for f in json.loads(out)["documents"][0]["findings"])


def test_the_findings_schema_refuses_a_related_place_without_its_rule(capsys):
    _, out, _ = run(capsys, "check", REPORT_TOML, "--format", "json")
    payload = json.loads(out)
    payload["documents"][0]["findings"][0]["related"] = [{"line": 3}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schemas.load("findings")).validate(payload)


def test_text_and_markdown_show_the_related_places(tmp_path, capsys):
    path = tmp_path / "lipat.toml"
    path.write_text(KNOCK_ON, encoding="utf-8")
    summary = _header_lines(path, "achievements.summaries")[0]
    _, out, _ = run(capsys, "check", path, "--select", "capaian")
    assert f"      terkait: CAP002 baris {summary}-{summary + 2}\n" in out
    _, out, _ = run(capsys, "check", path, "--select", "capaian", "--format", "markdown",
                    "--lang", "en")
    assert f"(related: CAP002 line {summary}-{summary + 2}) | error CAP001 |" in out


def test_check_exit_codes_follow_fail_on(capsys):
    # The fixture has exactly one warning among the input rules.
    assert run(capsys, "check", REPORT_TOML, "--select", "INP")[0] == 0
    assert run(capsys, "check", REPORT_TOML, "--select", "INP", "--fail-on", "warning")[0] == 1
    assert run(capsys, "check", REPORT_TOML, "--select", "INP", "--fail-on", "info")[0] == 1
    assert run(capsys, "check", REPORT_TOML, "--select", "INP", "--fail-on", "never")[0] == 0


def test_ignore_and_select_flags(capsys):
    code, out, _ = run(capsys, "check", REPORT_TOML, "--select", "INP", "--ignore", "INP001",
                       "--format", "json")
    assert code == 0
    assert json.loads(out)["documents"][0]["findings"] == []
    code, out, _ = run(capsys, "check", REPORT_TOML, "--select", "input", "--format", "json")
    assert [f["rule"] for f in json.loads(out)["documents"][0]["findings"]] == ["INP001"]


def test_config_file_applies_and_flags_win(tmp_path, monkeypatch, capsys):
    (tmp_path / "lkjip.toml").write_text(
        'select = ["INP"]\nfail-on = "warning"\nlang = "en"\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    code, out, _ = run(capsys, "check", REPORT_TOML)
    assert code == 1  # fail-on = warning from the file
    assert "cannot be read as a number" in out  # lang = en from the file
    assert "tidak dapat dibaca" not in out
    assert "INP001" in out
    code, out, _ = run(capsys, "check", REPORT_TOML, "--fail-on", "never", "--lang", "id")
    assert code == 0
    assert "tidak dapat dibaca sebagai angka" in out


def test_text_and_markdown_output(capsys):
    code, out, _ = run(capsys, "check", REPORT_TOML, "--select", "INP")
    assert code == 0
    line = _header_lines(REPORT_TOML, "agreements")[1]
    assert f"baris {line}" in out and "INP001" in out and "7 Desa/ 1 Kel" in out
    code, out, _ = run(capsys, "check", REPORT_TOML, "--select", "INP", "--format", "markdown",
                       "--lang", "en")
    assert code == 0
    assert out.startswith("# ")
    assert "| INP001" in out or "warning INP001" in out


def test_output_file(tmp_path, capsys):
    target = tmp_path / "hasil.json"
    code, out, err = run(capsys, "check", REPORT_TOML, "--select", "INP", "--format", "json",
                         "--output", target)
    assert code == 0, err
    assert out == ""
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert [f["rule"] for f in payload["documents"][0]["findings"]] == ["INP001"]


def test_output_to_an_unwritable_place_is_one_line(tmp_path, capsys):
    target = tmp_path / "no" / "such" / "folder" / "hasil.json"
    code, _, err = run(capsys, "check", REPORT_TOML, "--select", "INP", "--output", target)
    assert_one_line_error(code, err, "cannot write output")


def test_input_file_is_never_modified(tmp_path, capsys):
    path = tmp_path / "laporan.toml"
    shutil.copyfile(REPORT_TOML, path)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for argv in (
        ["check", path],
        ["check", path, "--format", "json", "--output", tmp_path / "out.json"],
        ["check", path, "--format", "markdown"],
        ["graph", path, "--format", "dot"],
    ):
        run(capsys, *argv)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# -- rules, explain, graph ---------------------------------------------------------------


def test_rules_json(capsys):
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    rules = json.loads(out)
    codes = [r["code"] for r in rules]
    assert {"INP001", "INP002"} <= set(codes)
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes))
    for entry in rules:
        assert entry["regulation"], f"{entry['code']} has no regulation"
        assert set(entry["title"]) >= {"id", "en"}
        assert entry["category"] in {"structure", "cascade", "counts", "budget", "capaian",
                                     "consistency", "hygiene", "input", "internal"}
    inp = next(r for r in rules if r["code"] == "INP001")
    assert inp["plugin"] == "rules.input"
    assert inp["slug"] == "input-unreadable-number"


def test_rules_text(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("INP001"))
    assert "input-unreadable-number" in line and "Angka tidak terbaca" in line
    code, out, _ = run(capsys, "rules", "--lang", "en")
    assert "Unreadable number" in out


def test_explain_in_indonesian_and_english(capsys):
    code, out, _ = run(capsys, "explain", "INP001")
    assert code == 0
    assert out.startswith("INP001 (input-unreadable-number): Angka tidak terbaca")
    assert "Kategori: Masukan yang tidak terbaca (input)" in out
    assert "Dasar: Permenpan RB 53/2014" in out
    assert "Pesan:" in out
    code, out, _ = run(capsys, "explain", "INP001", "--lang", "en")
    assert code == 0
    assert out.startswith("INP001 (input-unreadable-number): Unreadable number")
    assert "Category: Unreadable input (input)" in out
    assert "Regulation: Permenpan RB 53/2014" in out
    assert "cannot be read as a number" in out


def test_explain_by_lower_case_code_and_slug(capsys):
    assert run(capsys, "explain", "inp001")[0] == 0
    code, out, _ = run(capsys, "explain", "input-unreadable-number")
    assert code == 0 and out.startswith("INP001 ")


@pytest.mark.parametrize("fmt", ["json", "dot", "mermaid"])
def test_graph_command(fmt, capsys):
    code, out, err = run(capsys, "graph", REPORT_TOML, "--format", fmt)
    assert code == 0, err
    program = "program:penunjang urusan pemerintahan daerah kabupaten kota"
    if fmt == "json":
        data = json.loads(out)
        # Every edge keeps the lines it was read from.
        assert {"from": program, "to": "kegiatan:administrasi keuangan perangkat daerah",
                "sources": ["budget:Tabel 3.4"],
                "places": [{"source": "budget:Tabel 3.4", "table": "Tabel 3.4", "line": 75}],
                } in data["edges"]
    elif fmt == "dot":
        assert out.startswith("digraph cascade {")
        assert f'"{program}" -> "kegiatan:administrasi keuangan perangkat daerah";' in out
    else:
        assert out.startswith("flowchart LR")
        assert "-->" in out


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("lkjip ")


def test_check_refuses_to_write_its_output_over_an_input(tmp_path, capsys):
    report = tmp_path / "laporan.toml"
    report.write_text('[meta]\nagency = "Kecamatan X"\nyear = 2024\n', encoding="utf-8")
    before = report.read_bytes()
    assert main(["check", str(report), "-o", str(report)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert report.read_bytes() == before


def test_debug_after_the_command_is_honoured(tmp_path):
    bad = tmp_path / "laporan.toml"
    bad.write_text("meta = [", encoding="utf-8")
    with pytest.raises(InputError):
        main(["check", str(bad), "--debug"])


def test_a_file_beyond_the_size_limit_is_one_line_and_exit_2(tmp_path, capsys):
    big = tmp_path / "laporan.txt"
    big.write_text("BAB I PENDAHULUAN\n" * 200, encoding="utf-8")
    assert main(["check", str(big), "--limit", "max-bytes=1024"]) == 2  # the default: 50 MB
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "file is too large" in err and "Traceback" not in err


def test_input_errors_speak_indonesian_with_the_english_beside(tmp_path, capsys):
    empty = tmp_path / "laporan.toml"
    empty.write_text("", encoding="utf-8")
    assert main(["check", str(empty)]) == 2
    assert capsys.readouterr().err == (
        f"lkjip: error: {empty}: berkas kosong (file is empty)\n")
