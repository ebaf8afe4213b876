"""Small readers for the cells of budget tables: labels, names, amounts, header words.

Private helpers of :mod:`checker.extract._budget`. Nothing here knows about a whole
table; each function judges one piece of text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ._cues import lazy

__all__ = [
    "LabelStyle",
    "bare_label",
    "fold_label",
    "header_words",
    "is_dash",
    "is_money",
    "is_multi_number",
    "is_name_text",
    "is_percent",
    "label_style",
    "label_tokens",
    "leading_label",
    "level_word",
    "nomenclature_level",
    "total_word",
    "without_note",
]

# Greek and Cyrillic capitals (and a few small letters) that PDF converters emit for the
# Latin letters of a numbering column (GREEK ALPHA for A, CYRILLIC VE for B, ES for C).
_CONFUSABLES = str.maketrans(
    {
        "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H",
        "\u0399": "I", "\u039a": "K", "\u039c": "M", "\u039d": "N", "\u039f": "O",
        "\u03a1": "P", "\u03a4": "T", "\u03a5": "Y", "\u03a7": "X",
        "\u03b1": "a", "\u03bf": "o", "\u03c1": "p", "\u03b9": "i", "\u03ba": "k",
        "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M",
        "\u041d": "H", "\u041e": "O", "\u0420": "P", "\u0421": "C", "\u0422": "T",
        "\u0423": "Y", "\u0425": "X", "\u0406": "I", "\u0408": "J", "\u0405": "S",
        "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c",
        "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s",
    }
)

# Every reader below judges one cell's text alone, and a table's cells are judged again
# and again (finding the layout, classifying the rows, reading the figures), as are the
# texts repeated down a column: the verdicts are kept for the most recent texts.
_cached = lru_cache(maxsize=4096)

LabelStyle = str  # "R" roman, "r" small roman, "A"/"a" letters, "N1".."N9" dotted numbers,
#                  "K" nomenclature code, "-" bullet, "" none


@_cached
def fold_label(text: str) -> str:
    """Latin letters for their Greek/Cyrillic look-alikes, whitespace collapsed."""
    # Most cells are ASCII (a constant-time test): nothing there to translate.
    latin = text if text.isascii() else text.translate(_CONFUSABLES)
    return " ".join(latin.split())


_ROMAN = re.compile(r"^(?=[IVXLC])(X{0,3})(IX|IV|V?I{0,3})$")
_SMALL_ROMAN = re.compile(r"^(?=[ivx])(x{0,3})(ix|iv|v?i{0,3})$")
_LETTER = re.compile(r"^[A-Za-z]$")
_DOTTED = re.compile(r"^\d{1,4}(?:\.\d{1,4})*$")
# A roman program number with the dotted numbers of its kegiatan and sub kegiatan
# ('III.1', 'III.1.1'): numbered like '1.1' / '1.1.1', one level per dot.
_ROMAN_DOTTED = re.compile(r"^(?P<roman>[IVXLC]+)(?:\.\d{1,3})+$")
_NOMENCLATURE = re.compile(r"^\d{1,2}\.\d{2}\.\d{2}(?:\.\d{1,2}\.\d{2}(?:\.\d{4})?)?$")
# The trailing run is matched from its first character only: tried from every character
# of a long run of ":" before a letter, it was quadratic.
_TOKEN_TRIM = re.compile(r"^[(\[]|(?<![.)\]:])[.)\]:]+$")


def _bare(token: str) -> str:
    """'(a)' -> 'a', 'II.' -> 'II', '1.2.' -> '1.2'."""
    if not token or (token[0] not in "([" and token[-1] not in ".)]:"):
        return token  # nothing to trim: most tokens are words or bare numbers
    text = token
    for _ in range(2):
        text = _TOKEN_TRIM.sub("", text)
    return text


@_cached
def label_style(token: str) -> LabelStyle | None:
    """The numbering style of one label token; ``None`` when it is no label.

    A single I, V, X, L or C is returned as roman; the caller decides from the
    sequence whether it is a letter ('C' after 'B').
    """
    if token.strip() in {"-", "\u2013", "\u2022", "*"}:
        return "-"
    text = _bare(fold_label(token))
    if not text:
        return None
    if len(text) > 1 and not text[0].isdigit() and text[0] not in "IVXLCivx":
        return None  # every longer label opens with a digit or a roman numeral's letter
    if _NOMENCLATURE.match(text):
        return "K"
    if _ROMAN.match(text):
        return "R"
    if len(text) > 1 and _SMALL_ROMAN.match(text):
        return "r"
    if _LETTER.match(text):
        return "A" if text.isupper() else "a"
    if _DOTTED.match(text):
        return f"N{text.count('.') + 1}"
    roman_dotted = _ROMAN_DOTTED.match(text)
    if roman_dotted and _ROMAN.match(roman_dotted.group("roman")):
        return f"N{text.count('.') + 1}"
    return None


@_cached
def label_tokens(text: str) -> tuple[str, ...]:
    """The tokens of a label cell when every one of them is a label, else ``()``."""
    tokens = tuple(fold_label(text).split())
    if tokens and all(label_style(token) is not None for token in tokens):
        return tokens
    return ()


def bare_label(token: str) -> str:
    return _bare(fold_label(token))


def nomenclature_level(token: str) -> int | None:
    """0/1/2 (program/kegiatan/sub) for a Kepmendagri code such as '7.01.02.2.01.0001'."""
    text = _bare(fold_label(token))
    if not _NOMENCLATURE.match(text):
        return None
    parts = text.count(".") + 1
    return 0 if parts <= 3 else 1 if parts <= 5 else 2


# A label printed at the start of the name cell: 'I PROGRAM ...', 'a. Koordinasi ...',
# '1.2 Sub Kegiatan ...', 'III.1 Kegiatan ...', '7.01.02.2.01 Kegiatan ...',
# '- Belanja Pegawai'. A bare number ('17 Agustus ...') or a capital letter without a
# stop may begin a name: not a label.
_LEADING = re.compile(
    r"^(?P<label>(?:\d{1,2}\.\d{2}\.\d{2}(?:\.\d{1,2}\.\d{2}(?:\.\d{4})?)?"
    r"|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]"
    r"|\(?[A-Za-z][.)]"
    r"|[IVX]{1,5}(?:\.\d{1,3})+\.?"
    r"|[IVX]{1,5}\.?"
    r"|[a-z](?=\s+[A-Z])"
    r"|[-\u2013\u2022*]))\s+(?P<rest>\S.*)$"
)


def leading_label(name: str) -> tuple[str, str]:
    """('I', 'PROGRAM ...') for 'I PROGRAM ...'; ('', name) when no label leads it."""
    match = _LEADING.match(name)
    if match is None:
        return "", name
    label, rest = match.group("label"), match.group("rest")
    if re.fullmatch(r"[IVX]{1,5}", label) and not rest[:1].isupper():
        return "", name  # 'VI' before a small word is a word, not a numeral
    if label_style(label) is None:
        return "", name
    return label, rest


# A note after an item's name, in brackets: "(sebagian)" says only part of the program
# supports the sasaran of this table, "(lanjutan)" that a table goes on from the page
# before. It is no part of the name: "(LLAJ)" or "(SPBE)" is.
_NOTE = lazy(
    r"(?<!\s)\s*\((?:sebagian(?:\s+(?:anggaran|kegiatan))?|lanjutan|sambungan|bersambung)\)$",
    re.IGNORECASE,
)


def without_note(name: str) -> str:
    """``name`` without the note in brackets that ends it ("... (LLAJ) (sebagian)")."""
    return _NOTE().sub("", name) if name.endswith(")") else name


_WORDS = re.compile(r"[a-z%]+")


@_cached
def header_words(text: str) -> frozenset[str]:
    """Lower-case words of a header text, accents folded, '%' kept as a word."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return frozenset(_WORDS.findall(folded.replace("%", " % ")))


_LEVEL_WORD = re.compile(
    r"^(?:(?P<sub>sub[\s-]*kegiatan|subkegiatan)|(?P<keg>kegiatan)|(?P<prog>program))\b",
    re.IGNORECASE,
)


def level_word(name: str) -> int | None:
    """0/1/2 when the name opens with Program / Kegiatan / Sub Kegiatan."""
    match = _LEVEL_WORD.match(name.strip())
    if match is None:
        return None
    return 2 if match.group("sub") else 1 if match.group("keg") else 0


_TOTAL = re.compile(
    r"^(?:grand\s+)?(?:jumlah|total|sub\s*total|subtotal)\b(?P<rest>.*)$", re.IGNORECASE
)


def total_word(text: str) -> str | None:
    """'grand' for 'Jumlah', 'Total', 'Jumlah Total', 'Total Anggaran'; 'sub' for a
    subtotal of one group ('Jumlah Program I', 'Sub Total'); None for other text."""
    match = _TOTAL.match(text.strip())
    if match is None:
        return None
    words = header_words(match.group("rest"))
    if text.strip().lower().startswith("sub") or words & {"program", "kegiatan", "sub"}:
        return "sub"
    return "grand"


_DASH = re.compile(r"^(?:rp\.?\s*)?[-\u2013\u2014]+\s*$", re.IGNORECASE)
# Signs and accounting brackets are allowed here: a column of amounts keeps its role
# even when one amount is negative; reading that amount is then a doubt, never a drop.
_MONEY = re.compile(
    r"^(?:rp\.?\s*)?[-(]?\s*(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d{4,}(?:[.,]\d{1,2})?|0)"
    r"\)?(?:\s*[.,]\s*-)?$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"^\d{1,4}(?:[.,]\d{1,4})?\s*%?$|^#[A-Z/0!?]+\s*%?$")
_NUMBER_TOKEN = re.compile(r"^(?:rp\.?)?\d[\d.,]*%?$", re.IGNORECASE)
_RP_SPACE = re.compile(r"\brp\.?\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{3,}")


@_cached
def is_dash(text: str) -> bool:
    """'-', 'Rp -', 'Rp. -': how accounting prints zero."""
    return bool(_DASH.match(text))


@_cached
def is_money(text: str) -> bool:
    """An amount in Rupiah (or a dash for zero): '2.655.353.658', 'Rp. 5,547,036,498,00'."""
    text = text.strip()
    return bool(_MONEY.match(text)) or is_dash(text)


@_cached
def is_percent(text: str) -> bool:
    """A percentage cell: '86.53', '100,00', '99,60 %', '66', '#DIV/0!', '-'."""
    text = text.strip()
    return bool(_PERCENT.match(text)) or is_dash(text)


@_cached
def is_multi_number(text: str) -> bool:
    """Several amounts in one cell ('50.461.000 41,531,000'): the row holds glued rows."""
    tokens = _RP_SPACE.sub("rp", text).split()
    return len(tokens) > 1 and all(_NUMBER_TOKEN.match(token) for token in tokens)


@_cached
def is_name_text(text: str) -> bool:
    """Text that can be the name of an item: words, not a label, an amount or a unit."""
    text = text.strip()
    if not text or label_tokens(text) or is_money(text) or is_percent(text):
        return False
    return bool(_NAME_WORD.search(fold_label(text)))
