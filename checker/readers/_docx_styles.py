"""What a Word paragraph's style and numbering say: heading level, title, bold, number.

Word keeps formatting in styles (``word/styles.xml``) that inherit from one another
(``w:basedOn``), and list numbers in ``word/numbering.xml`` as counters the document
never prints in its text. Both are resolved here so the body reader can write a
heading as a heading and a numbered paragraph with its number, as a reader sees them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Numbering", "StyleInfo", "Styles", "W", "is_on", "numbering_of", "w"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_MAX_BASED_ON = 20


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag: ``w("p")`` is ``{...main}p``."""
    return f"{{{W}}}{tag}"


def is_on(element: Any) -> bool:
    """Whether a toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) is on."""
    if element is None:
        return False
    return element.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


@dataclass(frozen=True)
class StyleInfo:
    """What a paragraph style means for the text: heading level (0: none), title, bold."""

    level: int = 0
    title: bool = False
    bold: bool = False
    page_break_before: bool = False
    # The list a style numbers its paragraphs in ("List Number", a numbered heading).
    num_id: str | None = None
    num_level: int = 0


class Styles:
    """Paragraph and character styles of one document, with inheritance resolved."""

    def __init__(self, root: Any) -> None:
        self._raw: dict[str, Any] = {}
        self._default_paragraph = ""
        if root is not None:
            for style in root.iter(w("style")):
                style_id = style.get(w("styleId"), "")
                self._raw[style_id] = style
                if style.get(w("type")) == "paragraph" and is_on_attr(style.get(w("default"))):
                    self._default_paragraph = style_id
        self._cache: dict[str, StyleInfo] = {}

    def paragraph(self, style_id: str | None) -> StyleInfo:
        key = style_id or self._default_paragraph
        if key not in self._cache:
            self._cache[key] = self._resolve(key)
        return self._cache[key]

    def run_bold(self, style_id: str | None) -> bool:
        """Whether character style ``style_id`` (or what it is based on) is bold."""
        return bool(style_id) and self._resolve(style_id or "").bold

    def _resolve(self, style_id: str) -> StyleInfo:
        level, title, bold, page_break = 0, False, None, None
        outline: int | None = None
        numbered: Any = None
        seen: set[str] = set()
        current = self._raw.get(style_id)
        while current is not None and len(seen) < _MAX_BASED_ON:
            seen.add(current.get(w("styleId"), ""))
            name_element = current.find(w("name"))
            name = name_element.get(w("val"), "") if name_element is not None else ""
            if not level and (match := _HEADING_NAME.match(name.strip())):
                level = int(match.group(1))
            title = title or name.strip().lower() == "title"
            properties = current.find(w("pPr"))
            if properties is not None:
                if outline is None and (lvl := properties.find(w("outlineLvl"))) is not None:
                    outline = _int(lvl.get(w("val")))
                if page_break is None and (brk := properties.find(w("pageBreakBefore"))) \
                        is not None:
                    page_break = is_on(brk)
                if numbered is None:
                    numbered = properties.find(w("numPr"))
            run = current.find(w("rPr"))
            if bold is None and run is not None and (b := run.find(w("b"))) is not None:
                bold = is_on(b)
            based = current.find(w("basedOn"))
            following = based.get(w("val")) if based is not None else None
            current = self._raw.get(following) if following and following not in seen else None
        if not level and outline is not None and 0 <= outline < 9:
            level = outline + 1
        num_id, num_level = numbering_of(numbered)
        return StyleInfo(level, title, bool(bold), bool(page_break), num_id, num_level)


def numbering_of(numbered: Any) -> tuple[str | None, int]:
    """The list id and level a ``w:numPr`` names (``None``: not numbered, or numId 0)."""
    if numbered is None:
        return None, 0
    num_id = numbered.find(w("numId"))
    level = numbered.find(w("ilvl"))
    value = num_id.get(w("val")) if num_id is not None else None
    return (value if value not in (None, "0") else None,
            _int(level.get(w("val"))) or 0 if level is not None else 0)


def is_on_attr(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


@dataclass
class _Level:
    format: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word's list counters, advanced paragraph by paragraph in document order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: Any) -> Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract: dict[str, dict[int, _Level]] = {}
        for definition in root.iter(w("abstractNum")):
            abstract[definition.get(w("abstractNumId"), "")] = {
                _int(lvl.get(w("ilvl"))) or 0: _level(lvl) for lvl in definition.iter(w("lvl"))
            }
        for num in root.iter(w("num")):
            reference = num.find(w("abstractNumId"))
            if reference is not None:
                numbering.levels[num.get(w("numId"), "")] = abstract.get(
                    reference.get(w("val"), ""), {})
        return numbering

    def label(self, num_id: str, level: int) -> str:
        """The number Word prints before the next paragraph of list ``num_id`` at ``level``."""
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        level = max(0, min(level, 8))
        counters[level] = (counters[level] or levels[level].start - 1) + 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        spec = levels[level]
        if spec.format == "bullet":
            return ""

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            fmt = levels.get(index, spec).format
            value = counters[index] or levels.get(index, spec).start
            return _formatted(value, fmt)

        return re.sub(r"%([1-9])", number, spec.text)


def _level(element: Any) -> _Level:
    spec = _Level()
    for tag, attribute in (("numFmt", "format"), ("lvlText", "text")):
        found = element.find(w(tag))
        if found is not None:
            setattr(spec, attribute, found.get(w("val"), getattr(spec, attribute)))
    start = element.find(w("start"))
    if start is not None:
        spec.start = _int(start.get(w("val"))) or 1
    return spec


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _formatted(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, remainder = divmod(value - 1, 26)
            letters = chr(ord("a") + remainder) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for amount, numeral in _ROMAN:
            while value >= amount:
                roman, value = roman + numeral, value - amount
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)
