"""Hostile files in and out: what the command line reads and where it writes.

Every case runs the command line and asserts the contract of the README's "Bad input":
the exit code, at most one line on stderr, no traceback, and the input's bytes
unchanged. A case that could hang (a FIFO, a device) runs in a subprocess with a
30 s timeout: the only timing here, a hang detector.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main

HANG = 30  # seconds: a run that takes longer has hung

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
needs_links = pytest.mark.skipif(not hasattr(os, "link"), reason="no hard links here")

DOCUMENT = "BAB I PENDAHULUAN\nLaporan Kinerja Kecamatan Sukamaju Tahun 2024\n"


def _model(source: str) -> str:
    """A structured report whose ``[source] path`` is ``source`` (what extract writes)."""
    return (
        "schema_version = 1\n"
        'meta = { agency = "Kecamatan Sukamaju", agency_kind = "kecamatan", year = 2024, '
        "line = 2 }\n"
        f"source = {{ path = {_toml_string(source)}, format = \"text\" }}\n"
    )


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _run(*args: str, cwd: Path) -> tuple[int, str]:
    """The command line in a subprocess: (exit code, stderr). A hang fails the test."""
    try:
        done = subprocess.run([sys.executable, "-m", "checker.cli", *args], cwd=cwd,
                              capture_output=True, text=True, timeout=HANG,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"lkjip {' '.join(args)} did not finish within {HANG} s")
    return done.returncode, done.stderr


def _in_process(args: list[str], capsys) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().err


def _refused(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("lkjip: error: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


def _snapshot(*paths: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in paths}


@pytest.fixture
def pair(tmp_path):
    """A text report and the structured report extracted from it, side by side."""
    document = tmp_path / "laporan.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    model = tmp_path / "model.toml"
    model.write_text(_model("laporan.txt"), encoding="utf-8")
    return document, model


# -- inputs that are not regular files ------------------------------------------------------

@needs_fifo
def test_a_fifo_as_the_input_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "laporan.txt"
    os.mkfifo(fifo)
    _refused(*_run("check", str(fifo), cwd=tmp_path), "FIFO")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_dev_zero_behind_a_txt_symlink_is_refused_not_read(tmp_path):
    link = tmp_path / "laporan.txt"
    link.symlink_to("/dev/zero")
    _refused(*_run("check", str(link), cwd=tmp_path), "not a regular file")


def test_a_directory_is_refused(tmp_path, capsys):
    folder = tmp_path / "laporan.txt"
    folder.mkdir()
    _refused(*_in_process(["check", str(folder)], capsys), "directory")


def test_a_missing_file_is_refused(tmp_path, capsys):
    _refused(*_in_process(["check", str(tmp_path / "tidak-ada.txt")], capsys), "not found")


def test_a_symlink_loop_is_refused(tmp_path, capsys):
    loop = tmp_path / "laporan.txt"
    loop.symlink_to(loop)
    _refused(*_in_process(["check", str(loop)], capsys))


def test_a_newline_in_the_file_name_keeps_the_error_on_one_line(tmp_path, capsys):
    _refused(*_in_process(["check", str(tmp_path / "a\nb.txt")], capsys), "not found")


def test_the_size_limit_holds_whatever_the_file_claims(tmp_path):
    from checker.errors import InputError
    from checker.readers import read_bytes

    big = tmp_path / "laporan.txt"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match="too large"):
        read_bytes(big, limit=100)
    assert read_bytes(big, limit=101) == b"x" * 101


# -- the source document of a structured report ---------------------------------------------

def test_the_source_document_beside_the_report_is_read(pair, capsys):
    _, model = pair
    code, err = _in_process(["check", str(model)], capsys)
    assert code in (0, 1) and err == ""


@needs_fifo
def test_a_source_path_naming_a_fifo_is_refused_without_hanging(tmp_path):
    os.mkfifo(tmp_path / "pipa.txt")
    model = tmp_path / "model.toml"
    model.write_text(_model("pipa.txt"), encoding="utf-8")
    before = _snapshot(model)
    _refused(*_run("check", str(model), cwd=tmp_path), "[source]", "FIFO")
    assert _snapshot(model) == before


@pytest.mark.parametrize("how", ["relative", "absolute"])
def test_a_source_path_outside_the_reports_folder_is_refused(tmp_path, capsys, how):
    secret = tmp_path / "rahasia.txt"
    secret.write_text(DOCUMENT, encoding="utf-8")
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    model = folder / "model.toml"
    model.write_text(_model("../../rahasia.txt" if how == "relative" else str(secret)),
                     encoding="utf-8")
    _refused(*_in_process(["check", str(model)], capsys), "--allow-source-outside")
    code, err = _in_process(["check", str(model), "--allow-source-outside"], capsys)
    assert code in (0, 1) and err == ""


@pytest.mark.parametrize("how", ["relative", "absolute"])
def test_the_answer_never_tells_whether_a_file_outside_exists(tmp_path, capsys, how):
    """An uploader (``lkjip serve``) must not learn what exists on the machine: a path
    outside the folder is refused alike whether the file is there or not."""
    (tmp_path / "ada.txt").write_text(DOCUMENT, encoding="utf-8")
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    answers = []
    for name in ("ada.txt", "tidak-ada.txt"):
        model = folder / "model.toml"
        source = f"../../{name}" if how == "relative" else str(tmp_path / name)
        model.write_text(_model(source), encoding="utf-8")
        code, err = _in_process(["check", str(model)], capsys)
        answers.append((code, err.replace(name, "NAME")))
    assert answers[0] == answers[1]
    _refused(*answers[0], "outside")


def test_a_symlink_inside_the_folder_to_a_file_outside_is_refused(tmp_path, capsys):
    secret = tmp_path / "rahasia.txt"
    secret.write_text(DOCUMENT, encoding="utf-8")
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "laporan.txt").symlink_to(secret)
    model = folder / "model.toml"
    model.write_text(_model("laporan.txt"), encoding="utf-8")
    _refused(*_in_process(["check", str(model)], capsys), "outside")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_source_path_naming_a_device_is_refused_even_when_allowed_outside(tmp_path):
    model = tmp_path / "model.toml"
    model.write_text(_model("/dev/zero"), encoding="utf-8")
    _refused(*_run("check", str(model), "--allow-source-outside", cwd=tmp_path),
             "not a regular file")


# -- output that could destroy an input -----------------------------------------------------

@needs_links
def test_output_to_a_hard_link_of_the_input_is_refused(pair, tmp_path, capsys):
    document, _ = pair
    link = tmp_path / "salinan.txt"
    os.link(document, link)
    before = _snapshot(document)
    _refused(*_in_process(["check", str(document), "-o", str(link)], capsys), "input")
    assert _snapshot(document) == before


def test_output_to_a_symlink_of_the_input_is_refused(pair, tmp_path, capsys):
    document, _ = pair
    link = tmp_path / "tautan.txt"
    link.symlink_to(document)
    before = _snapshot(document)
    _refused(*_in_process(["check", str(document), "-o", str(link)], capsys), "input")
    assert _snapshot(document) == before


def test_output_to_the_source_document_of_the_input_is_refused(pair, capsys):
    document, model = pair
    before = _snapshot(document, model)
    _refused(*_in_process(["check", str(model), "-o", str(document)], capsys), "source")
    assert _snapshot(document, model) == before


@needs_links
def test_extract_to_a_hard_link_of_the_source_document_is_refused(pair, tmp_path, capsys):
    document, model = pair
    link = tmp_path / "model-baru.json"
    os.link(document, link)
    before = _snapshot(document, model)
    _refused(*_in_process(["extract", str(model), "-o", str(link)], capsys), "source")
    assert _snapshot(document, model) == before


@needs_fifo
def test_output_to_a_fifo_is_refused_without_hanging(pair, tmp_path):
    document, _ = pair
    fifo = tmp_path / "keluaran.txt"
    os.mkfifo(fifo)
    before = _snapshot(document)
    _refused(*_run("check", str(document), "-o", str(fifo), cwd=tmp_path), "regular file")
    assert _snapshot(document) == before


def test_output_replaces_the_file_whole_and_leaves_no_temporary(pair, tmp_path, capsys):
    document, _ = pair
    output = tmp_path / "hasil.txt"
    output.write_text("isi lama\n" * 1000, encoding="utf-8")
    output.chmod(0o640)
    before = _snapshot(document)
    code, err = _in_process(["check", str(document), "-o", str(output)], capsys)
    assert code in (0, 1) and err == ""
    written = output.read_text(encoding="utf-8")
    assert "isi lama" not in written and written.endswith("\n")
    assert output.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.txt", "laporan.txt",
                                                          "model.toml"]
    assert _snapshot(document) == before


def test_output_through_a_symlink_writes_its_target(pair, tmp_path, capsys):
    document, _ = pair
    target = tmp_path / "hasil.txt"
    target.write_text("lama\n", encoding="utf-8")
    link = tmp_path / "tautan-hasil.txt"
    link.symlink_to(target)
    code, _ = _in_process(["check", str(document), "-o", str(link)], capsys)
    assert code in (0, 1)
    assert link.is_symlink() and "Ringkasan" in target.read_text(encoding="utf-8")


# -- structured files nested too deeply -----------------------------------------------------

DEEP = 100_000


@pytest.mark.parametrize("name, text", [
    ("dotted-key.toml", "schema_version = 1\n" + "a." * DEEP + "a = 1\n"),
    ("table-header.toml", "schema_version = 1\n[" + "a." * DEEP + "a]\nb = 1\n"),
    ("inline-arrays.toml", "schema_version = 1\nx = " + "[" * DEEP + "]" * DEEP + "\n"),
    ("inline-tables.toml", "schema_version = 1\nx = " + "{a=" * DEEP + "1" + "}" * DEEP + "\n"),
    ("arrays.json", '{"schema_version": 1, "x": ' + "[" * DEEP + "]" * DEEP + "}"),
    ("objects.json", '{"schema_version": 1, "x": ' + '{"a":' * DEEP + "1" + "}" * DEEP + "}"),
])
def test_a_structured_file_nested_100000_deep_is_refused_before_parsing(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    before = _snapshot(path)
    _refused(*_run("check", str(path), cwd=tmp_path), "nested too deeply")
    assert _snapshot(path) == before


@pytest.mark.parametrize("fmt, text", [
    ("toml", 'a = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["\n'
             "b = '{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{'\n"
             '# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n'
             'c = """\n' + "." * 500 + '\n"""\n' + "d.e.f = 1.5\n"),
    ("json", '{"a": "' + "[{" * 200 + '\\"' + "[" * 200 + '", "b": [[1, {"c": 2}]]}'),
])
def test_brackets_and_dots_in_strings_and_comments_do_not_count(tmp_path, fmt, text):
    from checker.readers import check_depth

    check_depth(tmp_path / f"x.{fmt}", text, fmt)  # no error


def test_the_depth_limit_is_the_documented_one(tmp_path):
    from checker.errors import InputError
    from checker.readers import MAX_DEPTH, check_depth

    assert MAX_DEPTH == 64
    path = tmp_path / "x.json"
    check_depth(path, "[" * MAX_DEPTH + "]" * MAX_DEPTH, "json")
    with pytest.raises(InputError, match="nested too deeply"):
        check_depth(path, "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "json")
    check_depth(path, "a" + ".a" * MAX_DEPTH + " = 1", "toml")
    with pytest.raises(InputError, match="nested too deeply"):
        check_depth(path, "a" + ".a" * (MAX_DEPTH + 1) + " = 1", "toml")


def test_worker_processes_keep_the_source_rule_and_its_flag(tmp_path, capsys):
    (tmp_path / "rahasia.txt").write_text(DOCUMENT, encoding="utf-8")
    folder = tmp_path / "laporan"
    folder.mkdir()
    models = [folder / "satu.toml", folder / "dua.toml"]
    for model in models:
        model.write_text(_model("../rahasia.txt"), encoding="utf-8")
    args = ["check", "-j", "2", *map(str, models)]
    code, err = _in_process(args, capsys)
    assert code == 2 and err.count("outside the report's folder") == 2
    code, err = _in_process([*args, "--allow-source-outside"], capsys)
    assert code in (0, 1) and err == ""
