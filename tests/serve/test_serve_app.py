"""The web page of ``lkjip serve`` through Starlette's test client: uploads, bad input,
limits, temporary files, security headers, names and languages."""

from __future__ import annotations

import html
import io
import json
import re
import tempfile
import threading
import zipfile
from pathlib import Path

import pytest
from serve_support import EXAMPLE, LIBRARY, TEST_LIMITS, TINY_REPORT, serve_client

from checker.cli import main as cli_main
from checker.config import load_config
from checker.engine import check_report, select_rules
from checker.plugins import load_registry
from checker.serve import _app

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture(scope="module")
def client():
    """One server, its worker pool started once, for the tests of this module."""
    with serve_client() as test_client:
        yield test_client


def _post(client, *files: tuple[str, bytes | str], **fields: str):
    return client.post("/check", files=[("files", file) for file in files], data=fields)


def _alert(answer) -> str:
    """The page's error messages, for an assertion's explanation."""
    return " | ".join(html.unescape(m) for m in re.findall(r"<p>([^<]*)</p>", answer.text))


def _cli_error(tmp_path: Path, monkeypatch, capsys, name: str, data: bytes) -> str:
    """The one line ``lkjip check`` prints for this file, without its prefix."""
    (tmp_path / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    assert cli_main(["check", name]) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("lkjip: error: ")
    return line.removeprefix("lkjip: error: ")


def _direct_findings(path: Path, lang: str = "id"):
    registry = load_registry(extra=[("serve_test_pack", __import__("serve_test_pack"))])
    config = load_config(None, start=path.parent).with_overrides(lang=lang)
    return check_report(registry.read(path), select_rules(registry.rules, config), config)


# -- the form --------------------------------------------------------------------------------


def test_home_is_indonesian_by_default_with_a_labelled_form(client):
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="id">' in page.text
    assert '<label for="files">' in page.text and 'id="files"' in page.text
    assert "Periksa" in page.text


def test_home_switches_to_english(client):
    page = client.get("/?lang=en")
    assert '<html lang="en">' in page.text
    assert ">Check</button>" in page.text
    assert 'href="/?lang=id"' in page.text  # and back


def test_download_buttons_only_for_registered_formats(client):
    known = {reporter.name for reporter in load_registry().reporters}
    page = client.get("/").text
    for name in ("xlsx", "json", "sarif", "html"):
        button = re.search(rf'<button[^>]*value="{name}"[^>]*>', page)
        assert button is not None
        assert ("disabled" in button.group(0)) == (name not in known)


# -- checking --------------------------------------------------------------------------------


def test_upload_shows_every_finding_of_the_check(client):
    answer = _post(client, ("tanjung.toml", EXAMPLE.read_bytes()))
    assert answer.status_code == 200
    expected = _direct_findings(EXAMPLE)
    assert expected.findings, "the example holds deliberate defects"
    for finding in expected.findings:
        assert finding.rule in answer.text
    assert "Kecamatan Tanjung Harapan" in answer.text


def test_json_download_matches_the_cli(client, tmp_path, monkeypatch, capsys):
    answer = _post(client, ("tanjung.toml", EXAMPLE.read_bytes()), format="json")
    assert answer.status_code == 200
    assert answer.headers["content-disposition"] == 'attachment; filename="lkjip-hasil.json"'
    served = json.loads(answer.text)
    (tmp_path / "tanjung.toml").write_bytes(EXAMPLE.read_bytes())
    monkeypatch.chdir(tmp_path)
    cli_main(["check", "tanjung.toml", "--format", "json"])
    printed = json.loads(capsys.readouterr().out)
    rules = [[f["rule"] for f in doc["findings"]] for doc in printed["documents"]]
    assert [[f["rule"] for f in doc["findings"]] for doc in served["documents"]] == rules


def test_xlsx_download_is_a_workbook(client):
    if "xlsx" not in {r.name for r in load_registry().reporters}:
        pytest.skip("no xlsx reporter is installed")
    answer = _post(client, ("tanjung.toml", EXAMPLE.read_bytes()), format="xlsx")
    assert answer.status_code == 200
    with zipfile.ZipFile(io.BytesIO(answer.content)) as workbook:
        assert "xl/workbook.xml" in workbook.namelist()


def test_the_page_embeds_its_downloads(client):
    page = _post(client, ("tanjung.toml", EXAMPLE.read_bytes())).text
    link = re.search(r'<a href="data:application/json;base64,([^"]+)" download="([^"]+)"', page)
    assert link is not None and link.group(2) == "lkjip-hasil.json"
    import base64

    embedded = json.loads(base64.b64decode(link.group(1)))
    assert embedded["documents"][0]["meta"]["agency"] == "Kecamatan Tanjung Harapan"


def test_findings_follow_the_chosen_language(client):
    english = json.loads(_post(client, ("t.toml", EXAMPLE.read_bytes()),
                               lang="en", format="json").text)
    direct = _direct_findings(EXAMPLE, "en")
    assert [f["message"] for f in english["documents"][0]["findings"]] == [
        f.text("en") for f in direct.findings]
    page = _post(client, ("t.toml", EXAMPLE.read_bytes()), lang="en")
    assert '<html lang="en">' in page.text and "Results" in page.text


def test_rule_selection_is_applied(client):
    answer = _post(client, ("t.toml", EXAMPLE.read_bytes()), select="BUD", format="json")
    rules = {f["rule"] for f in json.loads(answer.text)["documents"][0]["findings"]}
    assert rules and all(rule.startswith("BUD") for rule in rules)


def test_unknown_rule_code_is_the_cli_message(client):
    answer = _post(client, ("t.toml", EXAMPLE.read_bytes()), select="NOPE9")
    assert answer.status_code == 400
    assert "&#39;NOPE9&#39; tidak dikenal" in answer.text


def test_several_files_show_a_table_and_the_regional_summary(client):
    consistent = sorted((LIBRARY / "consistent").glob("*.txt"))[:2]
    answer = _post(client, *((path.name, path.read_bytes()) for path in consistent))
    assert answer.status_code == 200
    assert 'id="files-table"' in answer.text
    for path in consistent:
        assert path.name in answer.text
    try:
        import reports.summary  # noqa: F401
    except ImportError:
        return
    assert 'id="regional"' in answer.text


def test_a_crashing_rule_shows_its_internal_finding(client):
    answer = _post(client, ("rusak.toml", EXAMPLE.read_bytes()), format="json")
    assert answer.status_code == 200
    internal = [f for f in json.loads(answer.text)["documents"][0]["findings"]
                if f["category"] == "internal"]
    assert [f["rule"] for f in internal] == ["SRV903"]
    page = _post(client, ("rusak.toml", EXAMPLE.read_bytes()))
    assert page.status_code == 200 and "SRV903" in page.text


# -- bad input -------------------------------------------------------------------------------


def test_empty_file_is_the_cli_message(client, tmp_path, monkeypatch, capsys):
    expected = _cli_error(tmp_path, monkeypatch, capsys, "kosong.txt", b"  \n")
    answer = _post(client, ("kosong.txt", b"  \n"))
    assert answer.status_code == 400
    assert expected in html.unescape(answer.text)


def test_invalid_structured_report_is_the_cli_message(client, tmp_path, monkeypatch, capsys):
    broken = b'schema_version = 1\n[meta]\nyear = "dua ribu"\n'
    expected = _cli_error(tmp_path, monkeypatch, capsys, "rusak.toml", broken)
    answer = _post(client, ("rusak.toml", broken))
    assert answer.status_code == 400
    assert expected in html.unescape(answer.text)


def test_no_file_chosen(client):
    answer = client.post("/check", files=[("files", ("", b""))], data={"lang": "en"})
    assert answer.status_code == 400
    assert "No file was chosen." in answer.text


def test_renamed_binary_is_refused_by_its_content(client):
    answer = _post(client, ("laporan.txt", PNG))
    assert answer.status_code == 400
    assert "laporan.txt: bukan laporan, melainkan gambar PNG (not a report but a PNG image)" \
        in answer.text


def test_unsupported_archive_and_old_word_files(client):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("xl/workbook.xml", "<workbook/>")
    old_word = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    answer = _post(client, ("lkjip.xlsx", archive.getvalue()), ("lama.doc", old_word))
    assert answer.status_code == 400
    assert "lkjip.xlsx: arsip ZIP (atau lembar kerja), bukan dokumen Word" in answer.text
    assert "lama.doc: dokumen Word 97-2003 (.doc)" in answer.text


def test_text_named_pdf_is_read_as_text(client):
    library_text = sorted((LIBRARY / "consistent").glob("*.txt"))[0]
    answer = _post(client, ("laporan.pdf", library_text.read_bytes()), format="json")
    assert answer.status_code == 200
    document = json.loads(answer.text)["documents"][0]
    assert document["format"] == "text"


def test_text_that_is_no_lkjip_is_still_checked(client, tmp_path):
    shopping = b"Daftar belanja\n\nberas 5 kg\nminyak goreng 2 liter\n"
    answer = _post(client, ("belanja.txt", shopping), format="json")
    assert answer.status_code == 200
    findings = json.loads(answer.text)["documents"][0]["findings"]
    (tmp_path / "belanja.txt").write_bytes(shopping)
    assert [f["rule"] for f in findings] == [f.rule for f in
                                             _direct_findings(tmp_path / "belanja.txt").findings]
    assert findings, "a text without any LKjIP part has structure findings"


def test_not_a_form_is_refused(client):
    answer = client.post("/check", data={"lang": "id"})
    assert answer.status_code == 400
    assert "bukan formulir unggahan" in answer.text


# -- limits ----------------------------------------------------------------------------------


def test_too_large_file_is_413_naming_it(client):
    big = b"a" * (TEST_LIMITS.max_file_bytes + 1)
    answer = _post(client, ("besar.txt", big))
    assert answer.status_code == 413
    assert "Berkas besar.txt lebih besar dari batas 1 MB per berkas." in answer.text
    # The form sends the page's language in its address: the refusal is in it too.
    english = client.post("/check?lang=en", files=[("files", ("besar.txt", big))])
    assert english.status_code == 413
    assert "The file besar.txt is larger than the limit of 1 MB per file." in english.text


def test_too_large_request_is_refused_before_reading(client):
    answer = client.post("/check", content=b"x", headers={
        "content-type": "multipart/form-data; boundary=abc",
        "content-length": str(TEST_LIMITS.max_body_bytes + 1)})
    assert answer.status_code == 413


def test_too_many_files(client):
    files = [(f"laporan{n}.txt", b"LAPORAN KINERJA\n") for n in range(TEST_LIMITS.max_files + 1)]
    answer = _post(client, *files)
    assert answer.status_code == 400
    assert f"paling banyak {TEST_LIMITS.max_files} berkas" in answer.text


def test_time_limit_answers_with_a_message_and_the_server_recovers():
    limits = TEST_LIMITS.__class__(max_file_bytes=TEST_LIMITS.max_file_bytes, max_files=3,
                                   timeout_seconds=2)
    with serve_client(limits, workers=1) as short:
        # Stopped by the worker itself...
        slow = _post(short, ("lambat.txt", TINY_REPORT), lang="en")
        assert slow.status_code == 503
        assert "longer than the limit of 2 seconds" in slow.text
        # ... or, where its alarm cannot reach, by the server, which ends the worker.
        stuck = _post(short, ("macet.txt", TINY_REPORT), lang="en")
        assert stuck.status_code == 503
        assert "longer than the limit of 2 seconds" in stuck.text
        assert short.get("/healthz").json()["busy"] == 0
        after = _post(short, ("laporan.txt", TINY_REPORT), format="json")
        assert after.status_code == 200, _alert(after)
        assert json.loads(after.text)["documents"][0]["path"] == "laporan.txt"


def test_health_answers_while_a_slow_check_runs(client):
    done = threading.Event()
    answers = []

    def slow_upload() -> None:
        answers.append(_post(client, ("lambat.txt", TINY_REPORT)))
        done.set()

    worker = threading.Thread(target=slow_upload)
    worker.start()
    try:
        busy = 0
        while not done.is_set() and busy == 0:
            health = client.get("/healthz")
            assert health.status_code == 200
            busy = health.json()["busy"]
        assert busy == 1 and not done.is_set(), "healthz answered while the check ran"
    finally:
        worker.join()
    assert answers[0].status_code == 200


# -- nothing kept, names, headers ------------------------------------------------------------


def test_temporary_folders_are_removed(client, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made: list[str] = []
    real_mkdtemp = tempfile.mkdtemp

    def recording_mkdtemp(*args, **kwargs):
        made.append(real_mkdtemp(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(tempfile, "mkdtemp", recording_mkdtemp)
    _post(client, ("tanjung.toml", EXAMPLE.read_bytes()))
    _post(client, ("tanjung.toml", EXAMPLE.read_bytes()), format="json")
    _post(client, ("laporan.txt", PNG))
    _post(client, ("besar.txt", b"a" * (TEST_LIMITS.max_file_bytes + 1)))
    _post(client, *[(f"{n}.txt", b"x\n") for n in range(TEST_LIMITS.max_files + 1)])
    assert len(made) == 5
    assert all(Path(folder).parent == tmp_path for folder in made)
    assert list(tmp_path.iterdir()) == []


def test_uploaded_names_are_sanitised(client, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "uploads"))
    (tmp_path / "uploads").mkdir()
    answer = _post(client, ("../../etc/passwd.txt", PNG), ("..\\..\\boot.ini", b"\x00\x01"))
    assert answer.status_code == 400
    assert "passwd.txt: bukan laporan" in answer.text
    assert "boot.ini: bukan laporan" in answer.text
    assert "../" not in answer.text and "..\\" not in answer.text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uploads"]


def test_security_headers_on_every_answer(client):
    for answer in (client.get("/"), client.get("/nowhere"), client.get("/healthz"),
                   _post(client, ("t.toml", EXAMPLE.read_bytes()))):
        headers = answer.headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        policy = headers["content-security-policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert "http" not in policy and "*" not in policy
        assert headers["cache-control"] == "no-store"
    assert client.get("/nowhere").status_code == 404


def test_the_page_scripts_carry_the_policy_nonce(client):
    answer = client.get("/")
    nonce = re.search(r"'nonce-([^']+)'", answer.headers["content-security-policy"]).group(1)
    assert f'<style nonce="{nonce}">' in answer.text
    assert f'<script nonce="{nonce}">' in answer.text
    assert nonce not in client.get("/").text, "a fresh nonce for each page"


def test_a_foreign_host_name_is_refused(client):
    assert client.get("/", headers={"host": "lkjip.example.org"}).status_code == 400


def test_an_upload_from_another_site_is_refused(client):
    files = [("files", ("t.toml", EXAMPLE.read_bytes()))]
    for headers in ({"origin": "http://lkjip.example.org"}, {"sec-fetch-site": "cross-site"},
                    {"origin": "null", "sec-fetch-site": "same-site"}):
        answer = client.post("/check", files=files, headers=headers)
        assert answer.status_code == 403
        assert "situs lain ditolak" in answer.text
    same = client.post("/check", files=files, headers={"origin": "http://127.0.0.1",
                                                       "sec-fetch-site": "same-origin"})
    assert same.status_code == 200


def test_an_unexpected_error_is_a_plain_page(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(_app, "render_page", broken)
    answer = client.get("/")
    assert answer.status_code == 500
    assert "secret detail" not in answer.text and "Traceback" not in answer.text
    assert "galat di server" in answer.text
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_a_full_queue_is_told_to_come_back(client, monkeypatch):
    from checker.serve import _pool

    monkeypatch.setattr(_pool, "MAX_WAITING", 0)
    answer = _post(client, ("tanjung.toml", EXAMPLE.read_bytes()), lang="en")
    assert answer.status_code == 503
    assert "The server is busy" in answer.text


FORMATS = Path(__file__).resolve().parents[1] / "formats"


@pytest.mark.parametrize("name", ["bappeda-lereng-jati-2023.pdf",
                                  "inspektorat-pelita-raya-2024.docx"])
def test_pdf_and_docx_uploads_read_as_the_cli_reads_them(client, name, tmp_path, monkeypatch,
                                                         capsys):
    original = FORMATS / "fixtures" / "consistent" / name
    # Sent under a neutral name: the content, not the name, picks the reader.
    sent = "laporan" + original.suffix
    answer = _post(client, (sent, original.read_bytes()), format="json")
    (tmp_path / sent).write_bytes(original.read_bytes())
    monkeypatch.chdir(tmp_path)
    code = cli_main(["check", sent, "--format", "json", "--fail-on", "never"])
    printed = capsys.readouterr()
    if code == 2:  # no reader for the format in this installation: the same line
        assert answer.status_code == 400
        assert printed.err.strip().removeprefix("lkjip: error: ") in html.unescape(answer.text)
        return
    assert answer.status_code == 200, _alert(answer)
    served = json.loads(answer.text)["documents"][0]
    expected = json.loads(printed.out)["documents"][0]
    assert served["format"] == expected["format"] == original.suffix[1:]
    assert [f["rule"] for f in served["findings"]] == [f["rule"] for f in expected["findings"]]


def test_an_unreadable_pdf_is_the_cli_message(client, tmp_path, monkeypatch, capsys):
    encrypted = (FORMATS / "bad" / "encrypted.pdf").read_bytes()
    expected = _cli_error(tmp_path, monkeypatch, capsys, "rahasia.pdf", encrypted)
    answer = _post(client, ("rahasia.pdf", encrypted))
    assert answer.status_code == 400
    assert expected in html.unescape(answer.text)
