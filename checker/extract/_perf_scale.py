"""The predikat scale a report prints: ranges of capaian with their labels.

Reports write the ranges in many ways: ``86-100``, ``76 % s/d 100 %``, ``91% <= 100%``,
``>= 91``, ``76 < X <= 90``, ``< 50``, ``Lebih dari 100 %``, ``Kurang dari 55 %``,
``= 100%``. :func:`parse_range` reads one into inclusive bounds. A strict bound moves
by one hundredth, the precision capaian is printed at: ``< 50`` is ``<= 49.99`` and
``> 100`` is ``>= 100.01``, so ``100`` stays in a ``= 100%`` band printed beside it.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from checker.model import Provenance, Scale, ScaleBand
from checker.text import Table

from ._perf_columns import Layout, padded

__all__ = ["parse_range", "read_scale"]

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
)
_SYMBOLS = (("\u2265", ">="), ("\u2264", "<="), ("=>", ">="), ("=<", "<="), ("\u2013", "-"),
            ("\u2014", "-"))
_TOKEN = re.compile(rf"({_NUMBER})|(>=|<=|<|>|=|-)|([a-z]+)")


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
        # binds that one; '76 - 90', '91 <= 100' are plain inclusive ranges.
        return (low + _STEP if first == "<" else low), _strict_high(last, high)
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
        bands = tuple(
            ScaleBand(" ".join(texts[labels].split()), bounds[0], bounds[1])
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
        if all(text and not any(ch.isdigit() for ch in text) for text in texts):
            return index
    return None
