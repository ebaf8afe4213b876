"""HYG006: list numbering that skips or repeats."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

from checker.context import Context, location
from checker.rule import Category, Severity, Violation, rule
from rules.hygiene._text import REVIEW, clean_lines, excerpt, where

__all__ = ["HYG006"]

_ITEM = re.compile(
    # Leading spaces, bullets and markup, but not a tab: a line that starts with a tab
    # has its number in a later cell of a table row, another column's list.
    r"^(?:[ *_•·▪\-\u2013]|</?b>|</?i>)*"
    r"(?P<item>\((?P<pd>\d{1,2})\)|\((?P<pl>[a-z])\)|(?P<d>\d{1,2})[.)]|(?P<l>[a-z])[.)]"
    r"|(?P<u>[A-Z])[.)])(?=[\s*]+\S)"
)
_ORDINALS = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH",
             "KEDELAPAN", "KESEMBILAN", "KESEPULUH")
_ORDINAL = re.compile(
    r"^(?:[\s*_\-]|</?b>)*(?P<word>PERTAMA|" + "|".join(_ORDINALS) + r")\b\s*(?:\*\*)?\s*:"
)
_DECREE_START = re.compile(r"(?i)^\W*(?:memutuskan|menetapkan)\b")
_DIKTUM_GAP = 40  # lines between two diktum of one decree, at most
# A Markdown document's ordered list may carry one number on every item ("1." each
# time): CommonMark numbers the items itself from the first, so the reader sees 1, 2, 3.
_MARKDOWN = (".md", ".markdown")
_MARKDOWN_STYLES = ("d.", "d)")


class _Item(NamedTuple):
    index: int
    style: str  # "d." / "d)" / "(d)" / "l." / "u." ... : kind and wrapper
    value: int
    label: str


def _item(line: str, index: int) -> _Item | None:
    match = _ITEM.match(line)
    if match is None:
        return None
    item = match["item"]
    for kind in ("pd", "pl", "d", "l", "u"):
        token = match[kind]
        if token is None:
            continue
        value = int(token) if kind in ("pd", "d") else ord(token.lower()) - ord("a") + 1
        wrapper = "()" if item.startswith("(") else item[-1]
        return _Item(index, f"{kind[-1]}{wrapper}", value, item)
    return None


def _label(style: str, value: int) -> str:
    kind, wrapper = style[0], style[1:]
    token = str(value) if kind == "d" else chr(ord("a") + value - 1)
    if kind == "u":
        token = token.upper()
    return f"({token})" if wrapper == "()" else f"{token}{wrapper}"


def _lists(text: tuple[str, ...]) -> Iterator[list[_Item]]:
    """Runs of numbered lines of one style that start at 1 (or "a"), separated only by
    blank lines. A number lower than the one before starts another list (the outer
    level resumes); a run that does not start at 1 cites items ("misi 2, 3 dan 5")."""
    run: list[_Item] = []
    for index, line in enumerate(text):
        if not line.strip():
            continue
        item = _item(line, index)
        if (
            item is None
            or not run
            or item.style != run[-1].style
            or item.value < run[-1].value
        ):
            if len(run) > 1 and run[0].value == 1:
                yield run
            run = [item] if item is not None else []
            continue
        run.append(item)
    if len(run) > 1 and run[0].value == 1:
        yield run


def _numbered_on_display(run: list[_Item]) -> bool:
    """Whether ``run``, in a Markdown document, is an ordered list written with the same
    number on every item, which the display renumbers in sequence."""
    return run[0].style in _MARKDOWN_STYLES and all(
        item.value == run[0].value for item in run)


def _diktum_lists(text: tuple[str, ...]) -> Iterator[list[_Item]]:
    run: list[_Item] = []
    for index, (line, cleaned) in enumerate(zip(text, clean_lines(text), strict=True)):
        if _DECREE_START.match(cleaned):
            if len(run) > 1:
                yield run
            run = []
            continue
        match = _ORDINAL.match(line)
        if match is None:
            continue
        word = match["word"]
        value = 1 if word == "PERTAMA" else _ORDINALS.index(word) + 1
        item = _Item(index, "o", value, word)
        if run and (value == 1 or index - run[-1].index > _DIKTUM_GAP):
            if len(run) > 1:
                yield run
            run = []
        run.append(item)
    if len(run) > 1:
        yield run


@rule(
    code="HYG006",
    slug="hygiene-numbering",
    fix={
        "id": "Nomori ulang daftar secara berurutan.",
        "en": "Renumber the list in sequence.",
    },
    title={"id": "Penomoran daftar melompat atau berulang",
           "en": "List numbering skips or repeats"},
    category=Category.HYGIENE,
    severity=Severity.INFO,
    regulation=REVIEW.format("kelayakan penyajian laporan"),
    message={
        "id": 'Penomoran daftar tidak berurutan: setelah "{previous}" (baris {previous_line}) '
        'seharusnya "{expected}", tertulis "{found}": "{excerpt}".',
        "en": 'List numbering out of sequence: after "{previous}" (line {previous_line}) '
        '"{expected}" was expected, "{found}" is written: "{excerpt}".',
    },
    rationale={
        "id": "Nomor yang melompat atau berulang dalam satu daftar (1, 2, 4 atau a, b, b; "
        "diktum KEEMPAT lalu KEENAM) menunjukkan butir yang terhapus atau tersalin dua kali.",
        "en": "A number that skips or repeats inside one list (1, 2, 4 or a, b, b; diktum "
        "KEEMPAT then KEENAM) shows an item deleted or copied twice.",
    },
)
def HYG006(context: Context) -> Iterator[Violation]:
    """A properly presented report numbers the items of each list in sequence; a list
    that restarts at 1 is a new list."""
    text = context.report.text
    markdown = context.report.path.casefold().endswith(_MARKDOWN)
    findings: list[tuple[int, Violation]] = []
    for run in (*_lists(text), *_diktum_lists(text)):
        if markdown and _numbered_on_display(run):
            continue
        for previous, current in pairwise(run):
            if current.value == previous.value + 1:
                continue
            if previous.style == "o" and previous.value >= len(_ORDINALS):
                continue
            expected = (
                _ORDINALS[previous.value] if previous.style == "o"
                else _label(previous.style, previous.value + 1)
            )
            line = text[current.index]
            findings.append((current.index, Violation(
                location(where(current.index)),
                {
                    "previous": previous.label,
                    "previous_line": previous.index + 1,
                    "expected": expected,
                    "found": current.label,
                    "excerpt": excerpt(line, 0, 0),
                },
                expected=expected,
                actual=current.label,
            )))
    for _, violation in sorted(findings, key=lambda item: item[0]):
        yield violation
