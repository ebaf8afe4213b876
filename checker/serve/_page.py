"""Rendering the page: the form, an error, or the findings of a request.

Templates are Jinja2 with autoescape on, so every name, message and value from a
report is escaped; the HTML reporter's page goes into a ``srcdoc`` attribute,
escaped as an attribute value, and runs in a sandboxed frame.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import jinja2

from checker.labels import summary_line
from checker.serve._csp import InlineHashes, content_security_policy, inline_hashes, new_nonce
from checker.serve._limits import Limits
from checker.serve._words import words
from checker.serve._work import DOWNLOAD_FORMATS, CheckedFile, Download, RegionalRow

__all__ = ["MAX_EMBEDDED_BYTES", "Page", "PageContent", "render_page"]

# Downloads ride in the page as data: URIs (nothing is kept on the server to fetch
# later); above this size the page offers the form's re-sending buttons instead.
MAX_EMBEDDED_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Page:
    html: str
    content_security_policy: str


@dataclass(frozen=True)
class PageContent:
    """What one page shows besides the form."""

    lang: str = "id"
    formats: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    files: tuple[CheckedFile, ...] = ()
    downloads: tuple[Download, ...] = ()
    regional: tuple[RegionalRow, ...] | None = None
    notes: tuple[str, ...] = ()
    select: str = ""
    ignore: str = ""


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("checker.serve", "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)


def render_page(content: PageContent, limits: Limits) -> Page:
    nonce = new_nonce()
    w = words(content.lang)
    framed = InlineHashes()
    files = []
    for checked in content.files:
        if checked.html:
            framed.update(inline_hashes(checked.html))
        files.append(_file_view(checked, content.lang))
    downloads, too_big = _embedded(content.downloads)
    max_mb = f"{limits.max_file_mb:g}"
    html = _environment().get_template("page.html").render(
        lang=content.lang, w=w, nonce=nonce, errors=content.errors, files=files,
        downloads=downloads, downloads_too_big=too_big, regional=content.regional,
        notes=content.notes, select=content.select, ignore=content.ignore,
        all_formats=DOWNLOAD_FORMATS, formats=content.formats,
        files_hint=w["files_hint"].format(max_files=limits.max_files, max_mb=max_mb),
        too_many_files=w["too_many_files"].format(max_files=limits.max_files),
        max_bytes=limits.max_file_bytes, max_files=limits.max_files, max_mb=max_mb)
    return Page(html, content_security_policy(nonce, framed))


def _file_view(checked: CheckedFile, lang: str) -> dict[str, object]:
    return {
        "name": checked.name, "error": checked.error, "agency": checked.agency,
        "year": checked.year, "rows": checked.rows, "html": checked.html,
        "summary": summary_line(checked.counts, lang) if not checked.error else "",
    }


def _embedded(downloads: Sequence[Download]) -> tuple[list[dict[str, str]], bool]:
    if sum(len(d.data) for d in downloads) > MAX_EMBEDDED_BYTES:
        return [], True
    return [{
        "format": d.format, "filename": d.filename,
        "uri": f"data:{d.media_type.split(';')[0]};base64,{base64.b64encode(d.data).decode()}",
    } for d in downloads], False
