"""``lkjip serve`` in a real browser: headless Chromium, driven by Playwright, uploads
reports to a server started with the command line, reads the findings and downloads
the results. Skipped when Chromium or Playwright is not installed (never downloaded)."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from serve_support import EXAMPLE, LIBRARY, ROOT

from checker.plugins import load_registry

CHROMIUM = os.environ.get("LKJIP_CHROMIUM", "/usr/bin/chromium")
if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
    pytest.skip(f"Chromium is not installed at {CHROMIUM}", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
DEFECT = LIBRARY / "defects" / "bappeda-lereng-jati-2023.txt"
SCREENSHOT = ROOT / "docs" / "screenshots" / "serve.png"
_ADDRESS = re.compile(r"http://127\.0\.0\.1:(\d+)/")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``lkjip serve --port 0`` in its own process; the address it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "checker.cli", "serve", "--port", "0", "--workers", "2"],
        cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        found = _ADDRESS.search(line)
        assert found, f"no address in {line!r}"
        yield f"http://127.0.0.1:{found.group(1)}"
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900},
                                  accept_downloads=True)
    page = context.new_page()
    page.policy_violations = []  # type: ignore[attr-defined]
    page.on("console", lambda message: page.policy_violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    yield page
    context.close()


def _formats() -> set[str]:
    return {reporter.name for reporter in load_registry().reporters}


def test_upload_two_reports_read_the_findings_and_download(server, page, tmp_path):
    page.goto(server + "/", wait_until="load")
    assert page.locator("html").get_attribute("lang") == "id"
    page.set_input_files("#files", [str(EXAMPLE), str(DEFECT)])
    assert DEFECT.name in page.locator("#files-chosen").inner_text()
    with page.expect_navigation():
        page.click("#check")
    assert page.locator("#results").is_visible()
    headings = page.locator("section.file h3").all_inner_texts()
    assert any("Tanjung Harapan" in text for text in headings)
    assert any("Lereng Jati" in text or DEFECT.name in text for text in headings)

    planted = "BUD001"  # planted in the defect copy (tests/library/defects/README.md)
    if "html" in _formats():
        frames = page.frame_locator("section.file iframe")
        assert planted in frames.nth(1).locator("body").inner_text()
        assert "Tanjung Harapan" in frames.nth(0).locator("body").inner_text()
    else:
        assert planted in page.locator("section.file").nth(1).inner_text()
    assert page.policy_violations == []

    wanted = "xlsx" if "xlsx" in _formats() else "json"
    with page.expect_download() as caught:
        page.click(f"#download-{wanted}")
    data = Path(caught.value.path()).read_bytes()
    assert caught.value.suggested_filename == f"lkjip-hasil.{wanted}"
    if wanted == "xlsx":
        with zipfile.ZipFile(io.BytesIO(data)) as workbook:
            assert "xl/workbook.xml" in workbook.namelist()
            text = b"".join(workbook.read(name) for name in workbook.namelist()
                            if name.endswith(".xml")).decode("utf-8", "replace")
            assert planted in text
    else:
        rules = {f["rule"] for doc in json.loads(data)["documents"] for f in doc["findings"]}
        assert planted in rules

    page.evaluate("document.getElementById('results').scrollIntoView()")
    # The documented screenshot is rewritten only on request: a test run never changes
    # a tracked file.
    shot = (SCREENSHOT if os.environ.get("LKJIP_UPDATE_SCREENSHOTS") == "1"
            else tmp_path / SCREENSHOT.name)
    page.screenshot(path=str(shot))
    assert shot.stat().st_size < 300 * 1024


def test_download_button_resends_the_chosen_files(server, page):
    page.goto(server + "/?lang=en", wait_until="load")
    assert page.locator("html").get_attribute("lang") == "en"
    page.set_input_files("#files", [str(DEFECT)])
    with page.expect_download() as caught:
        page.click('button[value="json"]')
    document = json.loads(Path(caught.value.path()).read_bytes())["documents"][0]
    assert any(f["rule"] == "BUD001" for f in document["findings"])
    assert page.url.endswith("/?lang=en"), "a download leaves the form where it was"


def test_a_bad_file_shows_the_one_line_message(server, page, tmp_path):
    picture = tmp_path / "laporan.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    page.goto(server + "/", wait_until="load")
    page.set_input_files("#files", [str(picture)])
    with page.expect_navigation():
        page.click("#check")
    alert = page.locator("#errors").inner_text()
    assert "laporan.txt: bukan laporan, melainkan gambar PNG" in alert
    # The message takes the focus, so a screen reader reads it first.
    assert page.evaluate("document.activeElement.id") == "errors-title"
