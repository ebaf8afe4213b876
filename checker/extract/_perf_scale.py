"""The predikat scale a report prints: ranges of capaian with their labels.

Reports write the ranges in many ways: ``86-100``, ``76 % s/d 100 %``, ``91% <= 100%``,
``>= 91``, ``76 < X <= 90``, ``< 50``, ``Lebih dari 100 %``, ``Kurang dari 55 %``,
``= 100%``, ``75% sampai (dengan) kurang dari 90%``, ``90% ke atas``, ``50 ke bawah``,
``di atas 75 s.d. 90``. :func:`parse_range` reads one into inclusive bounds. A strict bound moves
by one hundredth, the precision capaian is printed at: ``< 50`` is ``<= 49.99`` and
``> 100`` is ``>= 100.01``, so ``100`` stays in a ``= 100%`` band printed beside it.

Some reports print the scale as a sentence instead of a table ("dengan kriteria 91-100
sangat baik, 76-90 baik, 66-75 cukup, 51-65 kurang dan <= 50 sangat kurang", or "Sangat
Baik (91 s.d. 100), Baik (76 s.d. 90), ..."). :func:`scale_in_text` reads those, but a
sentence is a scale only when it holds at least three ranges, each with a label made of
grading words (baik, tinggi, cukup, kurang, ...), and the ranges follow one another from
the top of the scale to the bottom (or back) without overlapping or leaving a gap: a
sentence that merely holds numbers is none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import NamedTuple

from checker.model import Provenance, Scale, ScaleBand
from checker.text import Source, Table

from ._perf_columns import Layout, padded

__all__ = ["parse_range", "read_scale", "scale_in_text"]

_STEP = Decimal("0.01")
_MAX_BOUND = Decimal(1000)
_MIN_BANDS = 3
_NUMBER = r"\d+(?:[.,]\d+)?"
_WORDS = (
    ("lebih dari atau sama dengan", ">="),
    ("kurang dari atau sama dengan", "<="),
    ("lebih dari", ">"),
    ("lebih besar dari", ">"),
    ("di atas", ">"),
    ("diatas", ">"),
    ("kurang dari", "<"),
    ("lebih kecil dari", "<"),
    ("di bawah", "<"),
    ("dibawah", "<"),
    ("sampai dengan", "-"),
    ("s/d", "-"),
    ("s.d.", "-"),
    ("s.d", "-"),
    ("sampai", "-"),
    ("hingga", "-"),
    # After the number: '90% ke atas' is 90 and above, '50 ke bawah' 50 and below.
    ("ke atas", ">="),
    ("keatas", ">="),
    ("ke bawah", "<="),
    ("kebawah", "<="),
    ("atau lebih", ">="),
)
_SYMBOLS = (("\u2265", ">="), ("\u2264", "<="), ("=>", ">="), ("=<", "<="), ("\u2013", "-"),
            ("\u2014", "-"))
_TOKEN = re.compile(rf"({_NUMBER})|(>=|<=|<|>|=|-)|([a-z]+)")
_DIGIT = re.compile(r"\d")  # the digits of _NUMBER


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the token pattern admits digits only
        return None


def _tokens(text: str) -> list[tuple[str, str]] | None:
    lowered = " ".join(text.lower().split())
    for words, symbol in _WORDS:
        lowered = lowered.replace(words, f" {symbol} ")
    for symbol, plain in _SYMBOLS:
        lowered = lowered.replace(symbol, plain)
    lowered = lowered.replace("%", " ").replace("persen", " ")
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(lowered):
        number, operator, word = match.groups()
        if number:
            tokens.append(("n", number))
        elif operator:
            tokens.append(("o", operator))
        elif word in ("x", "nilai", "capaian", "skor", "n"):
            tokens.append(("x", word))
        else:
            return None  # words other than the variable: a label, not a range
    return tokens


def _strict_low(operator: str, value: Decimal) -> Decimal:
    return value + _STEP if operator == ">" else value


def _strict_high(operator: str, value: Decimal) -> Decimal:
    return value - _STEP if operator == "<" else value


def parse_range(text: str) -> tuple[Decimal | None, Decimal | None] | None:
    """``(low, high)`` of a printed range, either open (None); None if no range."""
    if not _DIGIT.search(text):
        return None  # no number to bound a range (most cells of a table): no need to read it
    tokens = _tokens(text)
    if not tokens:
        return None
    numbers = [_decimal(value) for kind, value in tokens if kind == "n"]
    if not numbers or any(n is None or n > _MAX_BOUND for n in numbers):
        return None
    kinds = "".join(kind for kind, _ in tokens)
    operators = [value for kind, value in tokens if kind == "o"]
    if len(numbers) == 2 and operators:
        low, high = sorted(n for n in numbers if n is not None)
        first, last = operators[0], operators[-1]
        # '76 < X <= 90': the operator after the first number binds it, before the last
        # binds that one; '76 - 90', '91 <= 100' are plain inclusive ranges; '75 sampai
        # kurang dari 90' ('75 - < 90') is strict at its top, 'di atas 75 s.d. 90' ('> 75
        # - 90') at its bottom.
        strict_low = first == "<" or (first == ">" and kinds.startswith("o"))
        return (low + _STEP if strict_low else low), _strict_high(last, high)
    if len(numbers) != 1 or len(operators) != 1:
        return None
    value = numbers[0]
    assert value is not None
    operator = operators[0]
    if kinds.index("n") < kinds.index("o") and "x" in kinds:
        # '91 <= X': the number is on the left, so the relation reads the other way.
        operator = {">": "<", "<": ">", ">=": "<=", "<=": ">="}.get(operator, operator)
    if operator in (">", ">="):
        return _strict_low(operator, value), None
    if operator in ("<", "<="):
        return None, _strict_high(operator, value)
    if operator == "=":
        return value, value
    return None


def read_scale(table: Table, layout: Layout, name: str) -> Scale | None:
    """The table as a predikat scale, when one column holds ranges and another labels."""
    width = table.width
    rows = [(row, padded(row, width)) for row in table.rows[layout.body_start:]]
    rows = [(row, texts) for row, texts in rows if any(texts)]
    if len(rows) < _MIN_BANDS:
        return None
    for index in range(width):
        ranges = [parse_range(texts[index]) for _, texts in rows]
        if sum(1 for found in ranges if found is not None) < max(_MIN_BANDS, len(rows) - 1):
            continue
        labels = _label_column(rows, index, width)
        if labels is None:
            continue
        aliases = _alias_columns(rows, (index, labels), width)
        bands = tuple(
            ScaleBand(" ".join(texts[labels].split()), bounds[0], bounds[1],
                      tuple(" ".join(texts[alias].split()) for alias in aliases))
            for (_, texts), bounds in zip(rows, ranges, strict=True)
            if bounds is not None and texts[labels]
        )
        if len(bands) >= _MIN_BANDS:
            where = Provenance(table.line, table.end_line, name)
            return Scale(bands=bands, source="report", where=where)
    return None


def _label_column(rows: list, ranges_at: int, width: int) -> int | None:
    """The column right of the ranges whose cells are words (the predikat)."""
    for index in range(ranges_at + 1, width):
        texts = [texts[index] for _, texts in rows]
        if all(text and not any(map(str.isdigit, text)) for text in texts):
            return index
    return None


def _alias_columns(rows: list, taken: tuple[int, ...], width: int) -> list[int]:
    """Other columns that name each band too, a predikat in other words ('A' beside
    'Sangat Baik'): every cell a short run of grading words or a grade letter, no two
    alike. A column of descriptions or numbers names no band."""
    found = []
    for index in range(width):
        if index in taken:
            continue
        texts = [" ".join(texts[index].split()) for _, texts in rows]
        if (all(_is_grade_label(text) for text in texts)
                and len({text.casefold() for text in texts}) == len(texts)):
            found.append(index)
    return found


def _is_grade_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_LABEL and all(map(_is_grade, words))


# -- a scale printed as a sentence ----------------------------------------------------------

_FIGURE = r"\d{1,3}(?:[.,]\d{1,2})?(?!\d)(?:\s*(?:%|persen\b))?"
_RELATION = (
    r"(?:>=|<=|=>|=<|[<>\u2264\u2265]|(?:lebih|kurang)\s+dari(?:\s+atau\s+sama\s+dengan)?"
    r"|lebih\s+(?:besar|kecil)\s+dari|di\s*atas|di\s*bawah)"
)
_THROUGH = r"(?:-|\u2013|\u2014|s\.\s*d\.?|s\s*/\s*d|sampai\s+dengan|sampai|hingga)"
_VARIABLE = r"(?:x|nilai|capaian|skor)"
# Between two figures: 's.d.', 'sampai (dengan) kurang dari', '< x <='.
_BETWEEN = (
    rf"(?:{_THROUGH}\s*(?:{_RELATION}\s*)?|{_RELATION}\s*(?:{_VARIABLE}\s*{_RELATION}\s*)?)"
)
# After one figure: '90% ke atas', '50 ke bawah', '90 atau lebih'.
_BEYOND = r"(?:ke\s*atas|ke\s*bawah|atau\s+lebih)\b"


@cache
def _range_pattern() -> re.Pattern[str]:
    """One range as a sentence prints it: '91-100', '91 s.d. 100', '76 < x <= 90', '>= 91',
    '< 50', '75% sampai kurang dari 90%', 'di atas 75 s.d. 90', '90% ke atas'.

    Compiled on first use: the largest pattern of the extractor, needed only for a report
    whose scale is no table."""
    return re.compile(
        rf"(?<![\w.,])(?:(?:{_RELATION}\s*)?{_FIGURE}\s*{_BETWEEN}{_FIGURE}"
        rf"|{_FIGURE}\s*{_BEYOND}|{_RELATION}\s*{_FIGURE})(?![\w.,]\d)",
        re.IGNORECASE,
    )


# Words a predikat is made of. A label is a run of them, so that 'sesuai Permendagri' after
# the last range, or the subject of the sentence before the first, is no part of a label.
_GRADING = frozenset((
    "sangat", "amat", "cukup", "kurang", "tidak", "belum", "lebih", "baik", "buruk", "jelek",
    "tinggi", "sedang", "rendah", "memuaskan", "berhasil", "gagal", "optimal", "sempurna",
    "istimewa", "tercapai", "efektif", "wajar", "hijau", "kuning", "merah",
))
_GRADE_LETTERS = re.compile(r"^(?:AA|A|BB|B|CC|C|D|E)$")
# What may stand between a range and its label: ': sangat baik', '= Baik', '(Baik)',
# 'adalah baik', 'kategori baik'. A comma or 'dan' separates bands and ends the search.
_GLUE = frozenset(("adalah", "yaitu", "berarti", "kategori", "kriteria", "predikat", "nilai",
                   "capaian", "dengan", "jika", "apabila", "bila", "untuk"))
_WORD_OR_MARK = re.compile(r"[A-Za-z]+|[:=()\[\]]|[^\sA-Za-z]+")
_MAX_BETWEEN = 12  # words between two ranges of one scale: a label and its glue
_MAX_GAP = 1 + _STEP  # "< 50" then "51-65": neighbouring integers, one bound strict
_MAX_LABEL = 4


class _Range(NamedTuple):
    start: int
    end: int
    low: Decimal | None
    high: Decimal | None


class _LineOf(NamedTuple):
    """The source line of an offset in a joined paragraph."""

    starts: tuple[tuple[int, int], ...]  # (offset, line), ascending

    def __call__(self, offset: int) -> int:
        return max((line for start, line in self.starts if start <= offset),
                   default=self.starts[0][1])


def scale_in_text(source: Source) -> Scale | None:
    """The first predikat scale the narrative prints as a sentence, if any."""
    for text, lines in _paragraphs(source):
        for run in _runs(text):
            for labelled in _labelled(text, run):
                bands = [ScaleBand(label, item.low, item.high) for item, label in labelled]
                if _distinct(bands) and _ordered(bands):
                    first, last = lines(labelled[0][0].start), lines(labelled[-1][0].end - 1)
                    return Scale(bands=tuple(bands), source="report",
                                 where=Provenance(first, last, None))
    return None


def _paragraphs(source: Source) -> Iterator[tuple[str, _LineOf]]:
    """Runs of consecutive narrative lines joined by a space, and where each line starts:
    a scale printed as a list, one band a line, is read like one written as a sentence."""
    parts: list[tuple[int, str]] = []
    for number, text in source.text_lines():
        if parts and number != parts[-1][0] + 1:
            yield _join(parts)
            parts = []
        parts.append((number, text))
    if parts:
        yield _join(parts)


def _join(parts: Sequence[tuple[int, str]]) -> tuple[str, _LineOf]:
    text, starts = "", []
    for number, line in parts:
        text += " " if text else ""
        starts.append((len(text), number))
        text += line
    return text, _LineOf(tuple(starts))


def _runs(text: str) -> Iterator[list[_Range]]:
    """Ranges that stand close together (a few words apart), at least three of them."""
    run: list[_Range] = []
    if not _DIGIT.search(text):
        return  # every range holds a figure: most paragraphs print none
    if not _may_hold_run(text):
        return  # fewer marks than a run has ranges: the pattern need not scan it
    for match in _range_pattern().finditer(text):
        bounds = parse_range(match.group())
        if bounds is None:
            continue
        found = _Range(match.start(), match.end(), *bounds)
        if run and len(text[run[-1].end:found.start].split()) > _MAX_BETWEEN:
            if len(run) >= _MIN_BANDS:
                yield run
            run = []
        run.append(found)
    if len(run) >= _MIN_BANDS:
        yield run


# What every range holds (lower case), each its own: a dash, 's.' of 's.d.', '/' of 's/d'
# or a word of the others between two figures, a relation ('<', '>', '\u2264', '\u2265',
# 'lebih/kurang dari', 'di atas', 'di bawah') or a word after one figure ('ke atas',
# 'atau lebih'). See _BETWEEN, _RELATION and _BEYOND.
_RANGE_MARKS = ("-", "\u2013", "\u2014", "s.", "/", "sampai", "hingga", "<", ">", "\u2264",
                "\u2265", "dari", "atas", "bawah", "lebih")


def _may_hold_run(text: str) -> bool:
    """Whether ``text`` may hold a run of ranges: as many marks as a run has ranges, since
    ranges do not overlap and each holds a mark. Scanning for the range pattern tries it
    at every position of a paragraph; counting marks is several times faster. Text that
    is not ASCII is left to the pattern (case folding is more than lowering there)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return sum(map(lowered.count, _RANGE_MARKS)) >= _MIN_BANDS


def _labelled(text: str, run: list[_Range]) -> Iterator[list[tuple[_Range, str]]]:
    """Ranges of ``run`` that follow one another each with its label, at least three of
    them: labelled by the words after each range ('91-100 sangat baik') or else before it
    ('Baik (76-90)'). A range without a label ends them: a remark such as 'capaian di atas
    100 termasuk kriteria sangat baik' after the scale is no band of it."""
    for label_of in (_label_after, _label_before):
        labelled: list[tuple[_Range, str]] = []
        for index in range(len(run) + 1):
            label = label_of(text, run, index) if index < len(run) else ""
            if label:
                labelled.append((run[index], label))
                continue
            if len(labelled) >= _MIN_BANDS:
                yield labelled
            labelled = []


def _distinct(bands: Sequence[ScaleBand]) -> bool:
    """One label for each band: a label printed twice is no scale."""
    return len({band.label.casefold() for band in bands}) == len(bands)


def _label_after(text: str, run: list[_Range], index: int) -> str:
    """The label after ``run[index]``, up to the next range (the run is in text order:
    its neighbour is the next one, found without a scan of the run)."""
    end = run[index + 1].start if index + 1 < len(run) else len(text)
    return _label(_WORD_OR_MARK.findall(text[run[index].end:end]))


def _label_before(text: str, run: list[_Range], index: int) -> str:
    start = run[index - 1].end if index else 0
    tokens = _WORD_OR_MARK.findall(text[start:run[index].start])
    return _label(tokens[::-1], reverse=True)


def _label(tokens: list[str], reverse: bool = False) -> str:
    """The grading words at the head of ``tokens``, past the glue before them."""
    words: list[str] = []
    for token in tokens:
        if _is_grade(token):
            words.append(token)
            if len(words) > _MAX_LABEL:
                return ""
            continue
        if words or not (token.casefold() in _GLUE or token in ":=()[]"):
            break
    if reverse:
        words.reverse()
    return " ".join(words)


def _is_grade(token: str) -> bool:
    return token.casefold() in _GRADING or bool(_GRADE_LETTERS.match(token))


def _ordered(bands: Sequence[ScaleBand]) -> bool:
    """Bands that run from the top of the scale down (or from the bottom up), each one
    meeting the next: only the outer bands may be open, and only on the outer side."""
    top_down = list(bands) if _top(bands[0]) >= _top(bands[-1]) else list(bands)[::-1]
    for upper, lower in itertools.pairwise(top_down):
        if upper.low is None or lower.high is None:
            return False
        if not Decimal(0) < upper.low - lower.high <= _MAX_GAP:
            return False
    return True


def _top(band: ScaleBand) -> Decimal:
    return band.high if band.high is not None else _MAX_BOUND
