"""Reader for reports in Word format (``.docx``), the file reviewers often receive.

The document's body becomes a text layer (:mod:`checker.readers._docx_body`): the lines
a good converter would write, each with its :class:`~checker.model.Place` (paragraph or
table index, page). The text parser and the extractors then read those lines as they
read a ``.txt`` report, so every rule works unchanged and every finding can name its
page. Headers and footers are not part of the body; their text is weighed, as a
running page header is in a .txt, only to find the agency, region and year.
Footnotes are not read.

An old binary ``.doc`` (or a password-protected ``.docx``, also an OLE file) is refused
with the advice to save it as ``.docx`` or PDF; see :mod:`checker.readers._docx_package`
for that and for the limits on the zip.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.errors import InputError
from checker.hookspecs import Reader, hookimpl
from checker.limits import current_limits
from checker.model import Place, Provenance, Report

if TYPE_CHECKING:
    from checker.readers._docx_package import DocxPackage
    from checker.readers._layer import TextLayer

# The reading modules are imported when a Word document is read: a run that reads
# none does not pay for them.

__all__ = ["read_docx"]

_DOCUMENT = "word/document.xml"
# ISO 29500 Strict names its elements in another namespace; Word saves it only on request.
_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"


def read_docx(path: Path, data: bytes) -> Report:
    """The report model of the Word document whose bytes are ``data``."""
    from checker.readers._docx_body import BodyReader
    from checker.readers._docx_package import open_package
    from checker.readers._docx_styles import Numbering, Styles, w

    package = open_package(path, data, _parse_xml)
    root = package.xml(_DOCUMENT)
    if root is not None and root.tag.startswith(_STRICT):
        raise InputError(
            str(path), "a Strict Open XML document: save it as a Word Document (.docx) or PDF",
            "dokumen Strict Open XML: simpan sebagai Word Document (.docx) atau PDF")
    body = root.find(w("body")) if root is not None else None
    if body is None:
        raise InputError(str(path), f"not a Word document (.docx): {_DOCUMENT} has no body",
                         f"bukan dokumen Word (.docx): {_DOCUMENT} tidak memuat isi")
    styles = Styles(_first(package, "styles", "word/styles.xml"))
    numbering = Numbering.from_xml(_first(package, "numbering", "word/numbering.xml"))
    rendered = next(body.iter(w("lastRenderedPageBreak")), None) is not None
    layer = BodyReader(styles, numbering, rendered).read(body)
    return _report(path, layer, _furniture_lines(package))


def _first(package: DocxPackage, kind: str, usual: str) -> Any:
    """The part the document relates to as ``kind``, else the usual name of that part."""
    for name in package.related(_DOCUMENT, kind) or [usual]:
        if package.has(name):
            return package.xml(name)
    return None


def _furniture_lines(package: DocxPackage) -> list[str]:
    """The text of the headers, then of the footers, each line once, in document order."""
    from checker.readers._docx_body import plain_lines

    lines: list[str] = []
    for kind in ("header", "footer"):
        for name in package.related(_DOCUMENT, kind):
            part = package.xml(name)
            if part is not None:
                lines.extend(line for line in plain_lines(part) if line not in lines)
    return lines


def _report(path: Path, layer: TextLayer, furniture: list[str]) -> Report:
    """The report of the body's lines, its meta also weighing the running header.

    A converted .txt prints the running header on every page and the meta extractor
    counts it as evidence for the agency and the year; a .docx keeps it out of the
    body. So the header and footer lines are appended once per page, marked as page
    furniture, for the extractors only; the report's text is the body's lines alone.
    """
    from checker.extract import extract_report
    from checker.text import parse_source

    body = parse_source(layer.text(), str(path), current_limits().tables)
    pages = max((place.page or 1 for place in layer.places), default=1)
    extra = tuple(furniture) * pages
    first = len(body.lines) + 1
    weighed = replace(
        body,
        lines=body.lines + extra,
        stripped=body.stripped + tuple(" ".join(line.split()) for line in extra),
        page_header_lines=body.page_header_lines | frozenset(range(first, first + len(extra))),
    )
    report = extract_report(weighed, "docx")
    meta = report.meta
    if meta.where.line is not None and meta.where.line >= first:
        meta = replace(meta, where=Provenance())
    return replace(report, meta=meta, text=body.lines, places=_known_pages(layer.places, pages))


def _known_pages(places: list[Place], pages: int) -> tuple[Place, ...]:
    """The places, without a page when the file records no page break at all.

    Word lays the pages out when it opens a file; the file itself holds only the breaks
    Word rendered last time or the explicit ones. A file written by a converter or a
    script holds neither, and every line would be "hal. 1": a page a reviewer cannot
    find. Then no page is given, and a finding points at its line and table alone.
    """
    if pages > 1:
        return tuple(places)
    return tuple(replace(place, page=None) for place in places)


def _parse_xml(data: bytes) -> Any:
    """XML without entity expansion, network access or a DTD (a package is untrusted)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    return etree.fromstring(data, parser)


@hookimpl
def lkjip_readers() -> list[Reader]:
    # ".doc" is claimed so an old binary Word file gets advice, not "unknown format";
    # a .docx renamed to .doc is read as what it is.
    return [Reader("docx", (".docx", ".doc"), read_docx, "LKjIP in Word (.docx)")]
