"""Reading the numbers of Indonesian reports into exact ``Decimal`` values.

Reports mix conventions, sometimes in one table: ``2.655.353.658`` (dots group
thousands), ``70,15`` (comma decimal), ``Rp. 5,547,036,498,00`` (commas group
thousands, ``,00`` cents), ``86.53`` (dot decimal), ``Rp -`` (zero),
``56 (CC Kategori)``, ``0,65%``, ``12 Bulan``, ``125 per 100.000 KH``. The rules used here:

* a separator followed by a group of exactly three digits groups thousands,
  unless a :class:`NumberStyle` for the column says otherwise or the integer
  part is ``0`` (``0,650`` is a fraction);
* with several separators, the groups must be three digits long except a last
  group of one or two digits, which is the decimal part;
* anything with digits that cannot be read unambiguously raises
  :class:`NumberFormatError`, so that the caller reports it instead of guessing;
* text without digits (``"B"``, ``"N/A"``, ``""``) is no number: ``None``;
* a value declared not yet available (``belum tersedia (rilis BPS 2025)``, ``menunggu
  rilis BPS``) is no number either, even when its note holds a year: ``None``
  (:func:`is_pending`);
* a ratio to one (``1 : 5``, ``1:5``) is the figure after the colon: the "one" is its unit;
* a target written as a bound (``≥ 85%``, ``≤ 3 hari``, ``min. 80%``) is no number as
  such; :func:`bound_figure` gives the figure in it, which the report's capaian is
  computed against;
* a rate's unit holds a number of its own (``per 100.000 KH``, ``per 1.000 penduduk``):
  it is the unit, so the figure is the number before it (:func:`split_rate_unit`).
"""

from __future__ import annotations

import enum
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import cache

__all__ = [
    "AWAITED_WORDS",
    "MAX_DIGITS",
    "NOT_YET_WORDS",
    "NumberFormatError",
    "NumberStyle",
    "bound_figure",
    "format_percent",
    "format_rupiah",
    "is_pending",
    "is_sane",
    "parse_number",
    "ratio_figure",
    "split_rate_unit",
]


class NumberFormatError(ValueError):
    """Text that looks like a number but cannot be read without guessing.

    ``reason`` holds the explanation in each language (``{"id": ..., "en": ...}``)
    so that an ``input`` finding can show it in the reviewer's language.
    """

    def __init__(self, id_text: str, en_text: str) -> None:
        super().__init__(en_text)
        self.reason = {"id": id_text, "en": en_text}


# No figure of a report has more digits than this: a national budget in Rupiah has 16,
# with cents 18. Beyond it a value is unreadable (INP001): the sums and ratios of what is
# left stay far inside what ``Decimal`` can hold. (Between 29 and 40 digits a value is
# still read, so that a misprinted amount is reported by the roll-up rules.)
MAX_DIGITS = 40


def is_sane(value: Decimal) -> bool:
    """Finite, with at most :data:`MAX_DIGITS` digits before and after the point."""
    if not value.is_finite():
        return False
    if value.is_zero():
        return True
    return -MAX_DIGITS <= value.adjusted() < MAX_DIGITS and value.as_tuple().exponent >= -MAX_DIGITS


class NumberStyle(enum.Enum):
    """How a column groups thousands, when its unambiguous cells tell."""

    DOT_THOUSANDS = "dot"  # 1.234.567,89
    COMMA_THOUSANDS = "comma"  # 1,234,567.89


_CURRENCY = re.compile(r"^\s*rp\s*\.?\s*", re.IGNORECASE)
_DASHES = {"-", "\u2013", "\u2014"}
# A unit written before the figure, as a level is ("Level 3": the APIP capability level,
# the SPIP maturity level), and as a ratio to one is ("1 : 5" doctors to beds: one for
# five); the ratio's figure is its N, the "1 :" stays in the raw text.
_RATIO_TO_ONE = r"1\s*:\s*(?=\d)"
_LEADING_UNIT = re.compile(rf"^(?:level\s+(?=\d)|{_RATIO_TO_ONE})", re.IGNORECASE)
_RATIO = re.compile(rf"^\s*{_RATIO_TO_ONE}")
_NO_CENTS = re.compile(r"(?<=\d)[.,]\s*[-\u2013]\s*$")
_TOKEN = re.compile(r"[-+]?\d(?:[\d.,]*\d)?")
_SEPARATOR = re.compile(r"[.,]")
_SPREADSHEET_ERROR = r"#(?:DIV/0!|REF!|N/A|VALUE!|NAME\?|NUM!|NULL!)|Error!"
# Words that may follow a figure without changing it: units and labels.
# Spaces belong to one part only: a long run before a stray character was tried in every
# split between the leading, inner and trailing spaces (cubic in the run).
_TRAILER = re.compile(
    r"^\s*(?:(?:%|persen|\(.*\)|[A-Za-z][A-Za-z./]*(?: +[A-Za-z./]+)*|[A-Za-z]+\s*\(.*\))\s*)?$"
)
# The unit of a rate, at the end of a cell: 'per 100.000 KH', '(per 1.000 kelahiran hidup)',
# 'per 1000', 'per/ 100.000 penduduk', and with a slash 'jiwa/100.000 penduduk', '/1.000 KH'.
# Its number is the size of the population the rate counts in, not a figure. A slash counts
# only before a power of ten and after a word or a space: '22/30' stays two figures.
# Written so that no two parts can take the same spaces: a run of spaces before a stray
# character would otherwise be tried in every split (cubic in the run).
_RATE_UNIT = re.compile(
    r"(?:(?<=[\d%\s])|^)(?:\(\s*)?"
    r"(?P<unit>(?:per\s*(?:/\s*)?\d+(?:[.,]\d{3})*"
    r"|(?:[A-Za-z]+\s*|(?<=\s))/\s*1(?:0{2,}|0{0,2}(?:[.,]000)+))"
    r"(?:\s+[A-Za-z][A-Za-z./]*(?: +[A-Za-z./]+)*)?)"
    r"\s*(?:\)\s*)?$",
    re.IGNORECASE,
)


# A value the report says is not available yet: the data is published after the report
# is due (a BPS index released mid-year). A note may follow, in brackets or after a comma
# or dash ("belum tersedia (rilis BPS 2025)"); its year is no figure.
# The words that say so, in a cell (alone) or in a sentence explaining a table's "N/A".
NOT_YET_WORDS = r"belum\s+(?:tersedia|dirilis|dipublikasikan|diterbitkan|terbit)"
AWAITED_WORDS = r"menunggu\s+(?:rilis|data|hasil|publikasi)"
_PENDING = re.compile(
    rf"^(?:(?:data\s+)?(?:masih\s+)?{NOT_YET_WORDS}"
    r"(?:\s*(?:\(.*\)|[,;:\u2013\u2014-].*))?"
    rf"|{AWAITED_WORDS}\b.*)$",
    re.IGNORECASE,
)


def is_pending(text: str) -> bool:
    """Whether ``text`` declares the value not available yet (``belum tersedia``)."""
    folded = text.casefold()
    if "belum" not in folded and "menunggu" not in folded:
        return False  # most cells: the pattern need not run
    return bool(_PENDING.match(" ".join(text.split())))


@cache
def _spreadsheet_error() -> re.Pattern[str]:
    """Compiled on first use: it is looked for only in a cell that may hold an error
    (:func:`_may_be_error`), and few do."""
    return re.compile(_SPREADSHEET_ERROR, re.IGNORECASE)


def ratio_figure(text: str) -> str:
    """``"1 : 5"`` -> ``"5"``: the figure of a ratio to one as printed, for a formula that
    computes with it; other text comes back as it is."""
    match = _RATIO.match(text)
    return text[match.end():].strip() if match else text


# A target written as a bound: a comparison sign or word before its figure ("≥ 85%",
# "≤ 3 hari", "> 90", "min. 80%", "maks. 3 hari", "paling sedikit 80%"). The figure
# must follow at once: "min" alone or a word after the sign is no bound.
_BOUND = re.compile(
    r"^\s*(?:[\u2265\u2264\u2a7e\u2a7d]|[<>]=?|=[<>]"
    r"|(?:min|maks|max)\b\.?|minimal|minimum|maksimal|maksimum"
    r"|paling\s+(?:sedikit|banyak|rendah|tinggi)|sekurang-kurangnya|setinggi-tingginya"
    r")\s*(?=[-+]?\d|rp\b)",
    re.IGNORECASE,
)


def bound_figure(text: str) -> str | None:
    """``"≥ 85%"`` -> ``"85%"``: the figure of a target written as a bound, as printed;
    ``None`` when ``text`` is no bound."""
    match = _BOUND.match(text)
    return text[match.end():] if match else None


def split_rate_unit(text: str) -> tuple[str, str | None]:
    """``"125 per 100.000 KH"`` -> ``("125", "per 100.000 KH")``; text without a rate's
    unit comes back whole, with ``None``."""
    if text.isascii() and "per" not in text.lower() and "/" not in text:
        return text, None  # most cells: the pattern, tried at every position, need not run
    match = _RATE_UNIT.search(text)
    if match is None:
        return text, None
    return text[: match.start()].rstrip(), " ".join(match.group("unit").split())


def parse_number(raw: str, style: NumberStyle | None = None) -> Decimal | None:
    """Read ``raw`` as an exact number; ``None`` when it holds no number at all."""
    text = raw.strip()
    if _TOKEN.fullmatch(text):
        # A bare figure, most cells: every test below would leave it as it is.
        _check_digits(text, raw)
        return _read_token(text, style, raw)
    if _may_be_error(text) and _spreadsheet_error().search(text):
        raise NumberFormatError(
            f"galat lembar kerja {text!r} di tempat angka",
            f"spreadsheet error {text!r} where a number belongs",
        )
    currency = _CURRENCY.match(text)
    if currency:
        text = text[currency.end() :].strip()
        if not text or text in _DASHES:
            return Decimal(0)  # "Rp -" is how accounting prints zero
    if is_pending(text):
        return None  # "belum tersedia (rilis BPS 2025)": stated as no figure yet
    leading = _LEADING_UNIT.match(text)
    if leading:
        text = text[leading.end():]
    text, _unit = split_rate_unit(text)
    if not any(map(str.isdigit, text)):
        return None  # no figure at all, or only a rate's unit ('per 1.000 penduduk')
    if "-" in text or "\u2013" in text:
        text = _NO_CENTS.sub("", text)  # "Rp 2.655.353.658,-": the dash says "no cents"
    tokens = _TOKEN.findall(text)
    if len(tokens) != 1:
        raise NumberFormatError(
            f"{raw.strip()!r} memuat {len(tokens)} angka, bukan satu",
            f"{raw.strip()!r} holds {len(tokens)} numbers, not one",
        )
    token = tokens[0]
    _check_digits(token, raw)
    start = text.find(token)
    if text[:start].strip() or not _TRAILER.match(text[start + len(token) :]):
        raise NumberFormatError(
            f"{raw.strip()!r} bukan angka dengan satuan",
            f"{raw.strip()!r} is not a number with a unit",
        )
    return _read_token(token, style, raw)


def _may_be_error(text: str) -> bool:
    """Whether ``text`` may hold a spreadsheet error: each holds '#' or 'Error!' (a cheap
    test first, as the pattern is tried at every position; ASCII only, where lowering is
    case folding)."""
    return not text.isascii() or "#" in text or "error!" in text.lower()


def _check_digits(token: str, raw: str) -> None:
    # A token no longer than the limit cannot hold more digits: most are not counted.
    if len(token) > 2 * MAX_DIGITS and sum(map(str.isdigit, token)) > 2 * MAX_DIGITS:
        raise NumberFormatError(
            f"{_short(raw)} memuat lebih dari {2 * MAX_DIGITS} digit",
            f"{_short(raw)} has more than {2 * MAX_DIGITS} digits",
        )


def _read_token(token: str, style: NumberStyle | None, raw: str) -> Decimal:
    sign = ""
    if token[0] in "+-":
        sign, token = token[0].replace("+", ""), token[1:]
    dots, commas = token.count("."), token.count(",")
    if not dots and not commas:
        return _decimal(sign + token, raw)
    groups = _SEPARATOR.split(token)
    if dots and commas:
        decimal_sep = token[max(token.rfind("."), token.rfind(","))]
        integer, _, fraction = token.rpartition(decimal_sep)
        _check_thousands(_SEPARATOR.split(integer), raw)
        return _decimal(f"{sign}{integer.replace('.', '').replace(',', '')}.{fraction}", raw)
    if dots + commas > 1:
        *head, last = groups
        _check_thousands(head, raw)
        if len(last) == 3:
            return _decimal(sign + "".join(groups), raw)
        if len(last) in (1, 2):  # "5,547,036,498,00": the last group is cents
            return _decimal(f"{sign}{''.join(head)}.{last}", raw)
        raise NumberFormatError(
            f"{raw.strip()!r}: kelompok digit tidak cocok dengan format angka mana pun",
            f"{raw.strip()!r}: digit groups do not fit any number format",
        )
    integer, fraction = groups
    if _is_thousands("." if dots else ",", integer, fraction, style):
        return _decimal(sign + integer + fraction, raw)
    return _decimal(f"{sign}{integer}.{fraction}", raw)


def _is_thousands(separator: str, integer: str, fraction: str, style: NumberStyle | None) -> bool:
    if len(fraction) != 3 or not integer or len(integer) > 3 or not integer.lstrip("0"):
        return False  # "0,650" is a fraction whatever the column's style
    if style is NumberStyle.DOT_THOUSANDS:
        return separator == "."
    if style is NumberStyle.COMMA_THOUSANDS:
        return separator == ","
    return True


def _check_thousands(groups: list[str], raw: str) -> None:
    first, *rest = groups
    if not 1 <= len(first) <= 3 or any(len(group) != 3 for group in rest):
        raise NumberFormatError(
            f"{raw.strip()!r}: ribuan tidak dikelompokkan per tiga digit",
            f"{raw.strip()!r}: thousands are not grouped by three",
        )


def _decimal(text: str, raw: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the token regex admits digits only
        raise NumberFormatError(
            f"{raw.strip()!r} bukan angka", f"{raw.strip()!r} is not a number"
        ) from exc
    if len(text) <= MAX_DIGITS and _plain_figure(text):
        return value  # at most MAX_DIGITS digits: sane whatever they are (most figures)
    if not is_sane(value):
        raise NumberFormatError(
            f"{_short(raw)} memuat lebih dari {MAX_DIGITS} digit sebelum atau sesudah koma",
            f"{_short(raw)} has more than {MAX_DIGITS} digits before or after the point",
        )
    return value


def _plain_figure(text: str) -> bool:
    """Whether ``text`` is digits with a sign and a point at most: no exponent, no
    'Infinity', so its length bounds its digits."""
    return text.lstrip("+-").replace(".", "", 1).isdigit()


def _short(raw: str) -> str:
    """``raw`` for a message: a 200,000-digit cell is shown by its ends and its length."""
    text = raw.strip()
    if len(text) <= 60:
        return repr(text)
    return f"{text[:24]!r}...{text[-12:]!r} ({len(text)} chars)"


def format_rupiah(amount: Decimal) -> str:
    """``Decimal("2655353658")`` -> ``"Rp 2.655.353.658"`` (cents kept when present).

    Never raises: grouping is done on the digits as text (``int()`` refuses more than
    4,300 digits), and a value too long or not finite is shown in scientific notation.
    """
    if not is_sane(amount):
        return f"Rp {_scientific(amount)}"
    sign = "-" if amount < 0 else ""
    integer, _, fraction = f"{abs(amount):f}".partition(".")
    integer = integer.lstrip("0") or "0"
    head = len(integer) % 3 or 3
    groups = [integer[i : i + 3] for i in range(head, len(integer), 3)]
    grouped = ".".join([integer[:head], *groups])
    fraction = fraction.rstrip("0")
    return f"{sign}Rp {grouped}" + (f",{fraction.ljust(2, '0')}" if fraction else "")


def format_percent(value: Decimal, decimals: int = 2) -> str:
    """``Decimal("96.8")`` -> ``"96,80%"``: Indonesian decimal comma.

    Never raises: the rounding runs with the precision the value needs (the default
    28 digits make ``quantize`` fail on a 30-digit ratio); a value beyond
    :data:`MAX_DIGITS` or not finite is shown in scientific notation.
    """
    if not value.is_finite() or value.adjusted() >= MAX_DIGITS:
        return _scientific(value).replace(".", ",") + "%"
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + decimals + 10)
        rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{rounded:f}".replace(".", ",") + "%"


def _scientific(value: Decimal) -> str:
    """A short text for a value no report prints: ``9.99999E+199999``, ``NaN``."""
    return f"{value:.5E}" if value.is_finite() else str(value)
