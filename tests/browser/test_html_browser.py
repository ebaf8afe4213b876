"""The HTML report in a real browser: the tree is drawn, a click on a node filters the
findings to that node's subtree, "show all" brings them back, folds open and close, and
the page asks for nothing over the network.

Runs headless Chromium from the system (Debian's ``chromium`` package) through
Playwright; it never downloads a browser. Skipped when either is missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from checker import __version__
from checker.config import Config
from checker.engine import check_report
from checker.hookspecs import RenderOptions
from checker.plugins import load_registry
from reports.html import render_html

sync_api = pytest.importorskip("playwright.sync_api",
                               reason="Playwright for Python is not installed")

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"
DEFECT = REPO / "tests" / "library" / "defects" / "kecamatan-padang-ilalang-2023.txt"
SCREENSHOT = REPO / "docs" / "screenshots" / "html-report.png"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

pytestmark = pytest.mark.skipif(CHROMIUM is None,
                                reason="no chromium on PATH (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def registry():
    return load_registry(entry_points=False)


def page_for(browser, registry, source: Path, folder: Path, lang: str = "id"):
    """The report of ``source`` opened from a file, with what it requested and any error."""
    result = check_report(registry.read(source), registry.rules, Config())
    # The page names the file as the command line was given it: relative to the checkout.
    result = replace(result, report=replace(result.report,
                                            path=source.relative_to(REPO).as_posix()))
    path = folder / f"{source.stem}.html"
    path.write_text(render_html([result], RenderOptions(lang, __version__)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.requests, page.errors = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(path.as_uri())
    return page, result


def visible_rows(page) -> list[str]:
    return page.eval_on_selector_all(
        "tr.finding", "rows => rows.filter(r => r.offsetParent !== null).map(r => r.id)")


def subtree_rows(page, node_id: str) -> list[str]:
    """The rows whose node is ``node_id`` or drawn below it, read from the page's own data."""
    return page.evaluate(
        """id => {
            const parents = {};
            document.querySelectorAll('g.node').forEach(g => {
                parents[g.id] = g.getAttribute('data-parent'); });
            const under = n => { for (; n; n = parents[n]) { if (n === id) return true; }
                                 return false; };
            return [...document.querySelectorAll('tr.finding')]
                .filter(r => under(r.getAttribute('data-node'))).map(r => r.id);
        }""", node_id)


@pytest.mark.parametrize("source", [EXAMPLE, DEFECT], ids=["example", "library-defect"])
def test_click_a_node_filters_the_findings_and_show_all_restores(browser, registry, source,
                                                                  tmp_path):
    page, result = page_for(browser, registry, source, tmp_path)
    try:
        nodes = page.locator("svg.tree g.node")
        assert nodes.count() > 10
        assert nodes.first.is_visible()
        box = nodes.first.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 10
        everything = visible_rows(page)
        assert len(everything) == len(result.findings)

        marked = page.locator("svg.tree g.node.sev-error:visible")
        target = marked.first.get_attribute("id")
        wanted = subtree_rows(page, target)
        assert wanted
        page.locator(f"#{target} rect.box").click()
        assert visible_rows(page) == wanted
        assert page.locator(".node-filter").is_visible()
        assert page.locator(".shown-count").inner_text() == str(len(wanted))

        # A sasaran holds its indikator and programs: the filter takes its whole subtree.
        sasaran = page.locator("svg.tree g.node.kind-sasaran").first.get_attribute("id")
        page.locator(f"#{sasaran} rect.box").click()
        assert visible_rows(page) == subtree_rows(page, sasaran)

        page.get_by_role("button", name="Tampilkan semua").click()
        assert visible_rows(page) == everything
        assert not page.locator(".node-filter").is_visible()
        assert page.errors == []
        assert all(url.startswith("file://") for url in page.requests), page.requests
    finally:
        page.close()


def test_the_filters_by_severity_and_rule_narrow_the_table(browser, registry, tmp_path):
    page, result = page_for(browser, registry, DEFECT, tmp_path)
    try:
        page.select_option("select[data-filter=severity]", "error")
        errors = [f for f in result.findings if f.severity.label == "error"]
        assert len(visible_rows(page)) == len(errors)
        rule = result.findings[0].rule
        page.select_option("select[data-filter=severity]", "")
        page.select_option("select[data-filter=rule]", rule)
        assert len(visible_rows(page)) == sum(f.rule == rule for f in result.findings)
    finally:
        page.close()


def test_a_kegiatan_opens_to_show_its_sub_kegiatan(browser, registry, tmp_path):
    page, _ = page_for(browser, registry, DEFECT, tmp_path, lang="en")
    try:
        kegiatan = page.locator("svg.tree g.node.kind-kegiatan:has(.toggle)").first
        kegiatan_id = kegiatan.get_attribute("id")
        children = page.locator(f"svg.tree g.node[data-parent='{kegiatan_id}']")
        assert children.count() > 0
        assert not children.first.is_visible()
        before = float(page.locator("svg.tree").get_attribute("height"))
        kegiatan.locator(".toggle").click()
        assert children.first.is_visible()
        assert float(page.locator("svg.tree").get_attribute("height")) > before
        kegiatan.locator(".toggle").click()
        assert not children.first.is_visible()
        page.get_by_role("button", name="Expand all").click()
        hidden = page.locator("svg.tree g.node[display=none]")
        assert hidden.count() == 0
    finally:
        page.close()


def test_print_shows_every_finding_and_no_controls(browser, registry, tmp_path):
    page, result = page_for(browser, registry, EXAMPLE, tmp_path)
    try:
        page.locator("svg.tree g.node.sev-error rect.box").first.click()
        assert len(visible_rows(page)) < len(result.findings)
        page.emulate_media(media="print")
        assert len(visible_rows(page)) == len(result.findings)
        assert not page.locator("select[data-filter]").first.is_visible()
        assert not page.get_by_role("button", name="Tampilkan semua").is_visible()
        assert page.locator("svg.tree").is_visible()
    finally:
        page.close()


def test_screenshot_for_the_readme(browser, registry, tmp_path):
    """The README's picture. A test run writes it under ``tmp_path`` (a test never changes
    the repository); ``LKJIP_UPDATE_SCREENSHOTS=1`` writes it to ``docs/screenshots/``."""
    target = SCREENSHOT if os.environ.get("LKJIP_UPDATE_SCREENSHOTS") else (
        tmp_path / SCREENSHOT.name)
    page, _ = page_for(browser, registry, EXAMPLE, tmp_path)
    try:
        marked = page.locator("svg.tree g.node.kind-kegiatan.sev-error").first
        marked.locator(".toggle").click()
        marked.locator("rect.box").click()
        # The top of the page: the counts, the tree with one kegiatan open and selected,
        # and the first of the findings it filtered.
        page.set_viewport_size({"width": 1280, "height": 1320})
        page.evaluate("window.scrollTo(0, 0)")
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target))
        assert 0 < target.stat().st_size < 300_000
    finally:
        page.close()
