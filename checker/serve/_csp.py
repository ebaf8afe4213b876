"""The Content-Security-Policy of each page: nothing remote, nothing inline unvetted.

The page's own style and script carry a fresh nonce. A findings report rendered by
the HTML reporter is shown in a sandboxed ``srcdoc`` frame, which inherits the
page's policy; its inline styles and scripts are allowed by their hashes, computed
from the very text being sent, so nothing else inline can run.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["InlineHashes", "content_security_policy", "inline_hashes", "new_nonce"]


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


@dataclass
class InlineHashes:
    """The CSP sources (``'sha256-...'``) of a document's inline styles and scripts."""

    styles: set[str] = field(default_factory=set)
    scripts: set[str] = field(default_factory=set)
    style_attributes: set[str] = field(default_factory=set)

    def update(self, other: InlineHashes) -> None:
        self.styles |= other.styles
        self.scripts |= other.scripts
        self.style_attributes |= other.style_attributes


def _source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


class _InlineCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.hashes = InlineHashes()
        self._inside: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "style" and value:
                self.hashes.style_attributes.add(_source(value))
        has_src = any(name == "src" for name, _ in attrs)
        if tag in ("style", "script") and not has_src:
            self._inside, self._text = tag, []

    def handle_data(self, data: str) -> None:
        if self._inside:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._inside:
            text = "".join(self._text)
            (self.hashes.styles if tag == "style" else self.hashes.scripts).add(_source(text))
            self._inside = None


def inline_hashes(html: str) -> InlineHashes:
    collector = _InlineCollector()
    collector.feed(html)
    collector.close()
    return collector.hashes


def content_security_policy(nonce: str, framed: InlineHashes | None = None) -> str:
    framed = framed or InlineHashes()
    styles = " ".join(sorted(framed.styles | framed.style_attributes))
    hashes_of_attributes = " 'unsafe-hashes'" if framed.style_attributes else ""
    scripts = " ".join(sorted(framed.scripts))
    return "; ".join((
        "default-src 'none'",
        f"style-src 'nonce-{nonce}'{hashes_of_attributes} {styles}".rstrip(),
        f"script-src 'nonce-{nonce}' {scripts}".rstrip(),
        "img-src data:",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ))
