"""HYG008: a narrative paragraph whose last sentence stops mid-phrase.

A paragraph written over another one, or cut when a text box or a page was trimmed,
ends on a word no Indonesian sentence ends on: "... didukung oleh program yang",
"... sasaran tersebut dan", or a dangling comma. HYG007 reads the names in the tables;
this rule reads the narrative.

Text converted from a PDF wraps and breaks paragraphs anywhere, so a line that ends
mid-phrase is a cut-off only when what follows cannot continue it:

- the next line is not blank: the paragraph is wrapped, not ended;
- after the blank lines, page furniture (a page number, a running title) is skipped:
  a paragraph goes on after a page break;
- a line that starts in lower case continues the sentence; so may a capitalised name
  ("... untuk" / "Kecamatan X ..."), a list, a table or a table's caption (the thing the
  sentence introduces: "... dapat dilihat pada" / "Tabel 3.1 ...");
- what cannot continue it is a numbered or capitalised heading, the end of the text, or
  a paragraph that opens with a capitalised function word ("Pada", "Dalam", "Sedangkan"),
  which only ever starts a sentence. After a copula ("adalah", "merupakan") a new
  paragraph may be what it introduces, so there only a heading or the end of the text
  counts; words that introduce a list ("yaitu", "meliputi", "terdiri dari", "sebagai
  berikut") are completed by whatever follows, even headings, and are never reported.

Headings, table rows, list items, captions, table-of-contents lines and signature
blocks are not narrative paragraphs and are not read. One finding per paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from checker.context import Context, location
from checker.model import Report
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import prose
from rules.hygiene._lazy import LazyPattern
from rules.hygiene._text import REVIEW, clean, clean_lines, excerpt, where

__all__ = ["HYG008"]

# The words no sentence ends on: conjunctions, prepositions, "yang" and the copulas.
# "sesuai", "atas", "guna" and "juga" may end one ("telah sesuai", "tersebut di atas",
# "berhasil guna").
_COPULAS = ("adalah", "ialah", "merupakan")
_CUT_WORDS = ("dan", "yang", "atau", "serta", "dengan", "di", "ke", "dari", "untuk", "pada",
              "terhadap", "dalam", "bagi", "oleh", "melalui", "antara", "sebagai", "bahwa",
              "karena", "agar", "maupun", "tentang", "kepada", "sehingga", "namun", "tetapi",
              "sedangkan", "apabila", "jika", "bila", "demi", "akan", "telah", "para")
_ENDING = re.compile(
    r"(?:(?<![\w-])(?P<word>" + "|".join((*_COPULAS, *_CUT_WORDS)) + r")(?:\s*\.)?"
    r"|(?P<comma>,))\s*$",
    re.IGNORECASE,
)
_TAIL = 40  # characters at the end of a line that hold any of the endings here
_ENDING_WORDS = (*_COPULAS, *_CUT_WORDS)
# Words that introduce a list, a table or headings below them, with or without a colon
# or a full stop: what follows completes them.
_INTRODUCTION = re.compile(
    r"(?i)\b(?:yaitu|yakni|meliputi|berupa|seperti|antara\s+lain|terdiri\s+(?:dari|atas)"
    r"|di\s*antaranya|(?:sebagai\s+)?berikut(?:\s+ini)?)\s*[:.,]?\s*$"
)

# Words that open a sentence and never continue one when capitalised.
_OPENERS = LazyPattern(
    r"^(?P<opener>Pada|Dalam|Dengan|Untuk|Dari|Oleh|Selain|Selanjutnya|Sedangkan|Sementara|"
    r"Adapun|Berdasarkan|Demikian|Namun|Tetapi|Hal|Secara|Sehingga|Karena|Jika|Apabila|"
    r"Meskipun|Walaupun|Kemudian|Selama|Sejak|Sesuai|Mengingat|Terkait|Sebagaimana|Bagi|Kami|"
    r"Ini|Itu|Melalui|Disamping|Maka|Terakhir)\b"
)
# A cut word and an opener that make one phrase across a page break, capitalised the way
# some writers do ("Oleh Karena itu", "Akan Tetapi").
_PHRASES = frozenset(("oleh karena", "akan tetapi", "dengan demikian", "di dalam", "ke dalam",
                      "dari pada", "di samping", "untuk itu", "oleh sebab"))
_SENTENCE_END = re.compile(r"[.!?;]\s+")
_MIN_LAST_WORDS = 3  # a "sentence" of a word or two is a heading's tail or a label

_MIN_WORDS = 6
# Fewer lower-case words than this share and this count: a heading or a name in Title
# Case, not a sentence (a sentence full of names still has its verbs in lower case).
_LOWER_SHARE = 0.4
_MIN_LOWER = 4
_REPEATED = 3  # a short line printed this often is a running title
_RUNNING_WORDS = 12

_TABLE_MARKUP = re.compile(r"(?i)</?(?:table|tr|td|th|thead|tbody)\b")
_LIST_ITEM = re.compile(
    r"^(?:[-*\u2022\u00b7\u25aa\u2013\u2014>]\s*|\(?\d{1,2}[.)]\s|\(?[a-zA-Z][.)]\s"
    r"|\(?[ivxIVX]{1,4}[.)]\s)"
)
_CAPTION = re.compile(r"(?i)^(?:tabel|table|gambar|grafik|bagan|diagram|lampiran)\s+[\dIVX]")
_LEADERS = re.compile(r"\.{4,}|\u2026{2,}|(?:\.\s){3,}")
_PAGE_NUMBER = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?(?:\d{1,3}|[ivxl]{1,6})(?:\s*[-\u2013\u2014])?$"
    r"|^(?i:halaman|hal\.?|page)\s*\d{1,4}(?:\s*(?i:dari|of|/)\s*\d{1,4})?$"
)
_REPORT_TITLE = re.compile(r"(?i)\b(?:laporan|lkjip|lakip|lkip|lkj)\b")
# A heading that no sentence runs into: a chapter, a numbered section ("1.2", "3.3.1"),
# a letter or numeral before capitals ("A. DASAR HUKUM"), a Markdown heading.
_HEADING = re.compile(
    r"^(?:#{1,6}\s|BAB\s+[IVX\d]+\b[^a-z]*$|\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]"
    r"|(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s+[^a-z]*$)"
)


class _Cut(NamedTuple):
    """A paragraph that ends mid-phrase: its line and text, where its ending starts, the
    word it ends on, what follows."""

    index: int
    text: str
    start: int
    last: str
    follows: str


def _layout(report: Report) -> list[str | None]:
    """Each line's text as a reader sees it (markup out): ``""`` for a blank line, ``None``
    where the line holds no narrative (a table row, a data line of a structured report)."""
    lines: list[str | None] = []
    in_table = False  # inside an HTML table, whose cells may span several lines
    for number, (raw, cleaned) in enumerate(
            zip(report.text, clean_lines(report.text), strict=True), start=1):
        if not raw.strip():
            lines.append("")
            continue
        markup = "<" in raw and _TABLE_MARKUP.search(raw) is not None
        if markup:
            in_table = not raw.rstrip().lower().endswith("</table>")
        # Table rows first: far cheaper to tell than the narrative, which they never hold.
        text = None if markup or in_table or _is_row(raw) else prose(report, number)
        if text is None:
            lines.append(None)
        else:
            lines.append(cleaned if text is raw else clean(text))
    return lines


def _is_row(raw: str) -> bool:
    """A row of a tab-separated or a pipe table."""
    return "\t" in raw or raw.lstrip().startswith("|")


def _furniture(lines: Sequence[str | None]) -> frozenset[int]:
    """Page numbers and running titles: short lines naming the report printed on many
    pages, or any line printed as a page number."""
    counts = Counter(text for text in lines if text and len(text.split()) <= _RUNNING_WORDS)
    return frozenset(
        index for index, text in enumerate(lines)
        if text and (_PAGE_NUMBER.match(text)
                     or (counts[text] >= _REPEATED and _REPORT_TITLE.search(text)))
    )


def _is_sentence(text: str) -> bool:
    """A narrative paragraph: long enough, mostly lower-case words (not a Title Case
    heading, a name or a signature), not a list item, caption or contents line."""
    words = [word for word in text.split() if word[:1].isalpha()]
    if len(words) < _MIN_WORDS or _LIST_ITEM.match(text) or _CAPTION.match(text):
        return False
    if _LEADERS.search(text) or _HEADING.match(text):
        return False
    lower = sum(word[0].islower() for word in words)
    return lower >= _LOWER_SHARE * len(words) or lower >= _MIN_LOWER


def _neighbour(lines: Sequence[str | None], index: int, step: int,
               furniture: frozenset[int]) -> tuple[int, bool]:
    """The nearest line with content from ``index`` in direction ``step`` (past blank
    lines and page furniture), and whether a blank line or furniture came between.
    Beyond either end of the text: ``-1`` or ``len(lines)``."""
    gap = False
    neighbour = index + step
    while 0 <= neighbour < len(lines):
        text = lines[neighbour]
        if text is not None and (not text or neighbour in furniture):
            gap = True
            neighbour += step
            continue
        return neighbour, gap
    return neighbour, True


def _what_follows(raw: str, text: str | None, word: str) -> str | None:
    """What a paragraph ending on ``word`` runs into, when that cannot continue it:
    ``"heading"`` or ``"sentence"``; ``None`` when it may continue the sentence."""
    if text is None or not text:
        return None  # a table, a blank cell: the sentence may introduce it
    if raw.lstrip().startswith("#") or _HEADING.match(text):
        return "heading"
    if _LIST_ITEM.match(text) or _CAPTION.match(text):
        return None
    opener = _OPENERS.match(text)
    if opener is None or f"{word} {opener['opener'].lower()}" in _PHRASES:
        return None
    return "sentence"


def _may_end_mid_phrase(text: str) -> bool:
    """Whether ``text`` may end as :data:`_ENDING` matches: on a comma, or on a last word
    (before a full stop) that ends in one of its words. A cheap test that spares most
    lines the pattern; a word with other than ASCII letters is left to the pattern, whose
    case-insensitive match knows more letters than ``lower()`` does."""
    end = text.rstrip()
    if end.endswith(","):
        return True
    if end.endswith("."):
        end = end[:-1].rstrip()
    words = end.rsplit(None, 1)
    if not words:
        return False
    return not words[-1].isascii() or words[-1].lower().endswith(_ENDING_WORDS)


def _cuts(report: Report) -> Iterator[_Cut]:
    lines = _layout(report)
    furniture = _furniture(lines)
    for index, text in enumerate(lines):
        if not text or index in furniture or not _may_end_mid_phrase(text):
            continue
        tail = max(len(text) - _TAIL, 0)  # the endings are short: search the tail only
        ending = _ENDING.search(text, tail)
        if ending is None or _INTRODUCTION.search(text, tail) or not _is_sentence(text):
            continue
        last_sentence = _SENTENCE_END.split(text)[-1]
        if len(last_sentence.split()) < _MIN_LAST_WORDS:
            continue
        word = " ".join((ending["word"] or ",").split()).lower()
        follows = _ending_runs_into(report, lines, index, furniture, word)
        if follows is None or (word in _COPULAS and follows == "sentence"):
            continue
        yield _Cut(index, text, ending.start(), word, follows)


def _ending_runs_into(report: Report, lines: Sequence[str | None], index: int,
                      furniture: frozenset[int], word: str) -> str | None:
    """What the paragraph on ``index``, ending on ``word``, runs into when that cannot
    continue it (``"heading"``, ``"sentence"``, ``"end"``); ``None`` when it may go on
    there, or when the line may be a wrapped cell of the table above it."""
    before, apart = _neighbour(lines, index, -1, furniture)
    if before >= 0 and lines[before] is None and not apart:
        return None  # a line hugging a table row: maybe a wrapped cell of it
    following, gap = _neighbour(lines, index, 1, furniture)
    if following == len(lines):
        return "end"
    if not gap:
        return None  # the paragraph is wrapped onto the next line
    return _what_follows(report.text[following], lines[following], word)


_FOLLOWS = {
    "heading": {"id": "judul berikutnya", "en": "the next heading"},
    "sentence": {"id": "paragraf baru", "en": "a new paragraph"},
    "end": {"id": "akhir naskah", "en": "the end of the text"},
}


@rule(
    code="HYG008",
    slug="hygiene-cut-off-sentence",
    title={"id": "Kalimat terpotong", "en": "Sentence cut off"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation=REVIEW.format("kelayakan penyajian laporan"),
    message={
        "id": 'Kalimat terpotong: paragraf berakhir dengan "{last}" tanpa kelanjutan '
              '(sesudahnya {follows}); seharusnya kalimat lengkap: "{excerpt}".',
        "en": 'Sentence cut off: the paragraph ends on "{last}" and does not go on '
              '(followed by {follows}); a complete sentence was expected: "{excerpt}".',
    },
    fix={
        "id": "Lengkapi kalimat itu sesuai naskah aslinya, atau hapus bagian yang terpotong.",
        "en": "Complete the sentence as the original text has it, or remove the cut part.",
    },
    rationale={
        "id": "Paragraf yang berakhir dengan kata sambung, kata depan, \"yang\" atau koma "
        "lalu langsung diikuti judul, paragraf baru atau akhir naskah kehilangan sebagian "
        "kalimatnya saat disalin atau disunting. Baris yang berlanjut sesudah pergantian "
        "halaman, pengantar daftar (\"sebagai berikut:\") dan kalimat yang berlanjut ke "
        "tabel atau daftar tidak dilaporkan.",
        "en": "A paragraph ending on a conjunction, a preposition, \"yang\" or a comma and "
        "followed straight by a heading, a new paragraph or the end of the text lost part "
        "of its sentence when it was copied or edited. A line continued after a page "
        "break, a list's introduction (\"sebagai berikut:\") and a sentence running into a "
        "table or a list are not reported.",
    },
)
def HYG008(context: Context) -> Iterator[Violation]:
    """The reviu checks that the report is properly presented (Permenpan RB 53/2014,
    Lampiran III): each narrative paragraph says in full sentences what it reports."""
    for cut in _cuts(context.report):
        yield Violation(
            location(where(cut.index)),
            {"last": cut.last, "follows": _FOLLOWS[cut.follows],
             "excerpt": excerpt(cut.text, cut.start, len(cut.text))},
            expected={"id": "kalimat lengkap", "en": "a complete sentence"},
            actual=cut.last,
        )
