"""When two printed names are the same item: the one name-matching policy.

The graph (which folds the spellings of one item into one node), the SDK's
:meth:`checker.context.Context.same_name` and every rule decide with these functions:

- :func:`fold_name`: the form names are compared in. Case, accents, punctuation,
  leading numbering ("1.", "2.01.", "II.", "a.") and the "Program / Kegiatan / Sub
  Kegiatan / Sasaran (Strategis) / Indikator" prefixes are folded away.
- :func:`same_name`: two names of one kind are the same item when they fold equal, or
  nearly equal (a typo: rapidfuzz ratio at least :data:`FUZZY_THRESHOLD`) with the same
  numbers. High on purpose: "Administrasi Keuangan" and "Administrasi Kepegawaian"
  stay apart. A typo misspells a word; it never puts another word in its place: names
  of as many words of which one stands where the other has a distinct word are two
  items however similar ("Penyediaan dan Pengembangan Sarana Pertanian" and "...
  Prasarana Pertanian" score 97, and the nomenclature has both).
- :func:`abbreviates`: one name is a *reference* to the other, shortened or misspelt.
  Analysis tables, lists and per-sasaran tables shorten the names the budget prints in
  full. Two shapes are accepted, both with the shorter name 3 words at least:

  * **cut**: the shorter name stands, nearly letter for letter (partial ratio at least
    :data:`ABBREVIATION_THRESHOLD`), inside the longer one, and is at least
    :data:`ABBREVIATION_LENGTH` of its length ("Penunjang Urusan Pemerintahan Daerah"
    for "... Daerah Kabupaten/Kota", with a typo);
  * **words left out**: every word of the shorter name is a word of the longer one
    ("Perencanaan dan Evaluasi Kinerja" for "Perencanaan, Penganggaran dan Evaluasi
    Kinerja").

  Similarity scores alone are not used for references: "Administrasi Umum" and
  "Administrasi Keuangan Perangkat Daerah" score 92 but are two kegiatan.

Numbers always agree: a name never matches one with other numbers ("Tahun 2022" is
never "Tahun 2023", "Sasaran 1" never "Sasaran 2"), whether the same or a reference.

Where each is right: :func:`same_name` wherever two names are meant to be *the* name of
one item (the graph's nodes, a count's sasaran, the SDK). :func:`abbreviates` only where
a name is known to be a reference to an item printed elsewhere in full: the graph's
references (where exactly one known name must fit), and a rule asking whether a table
lists an item under a longer or shorter spelling before calling it missing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

__all__ = [
    "ABBREVIATION_LENGTH",
    "ABBREVIATION_THRESHOLD",
    "FUZZY_THRESHOLD",
    "NameIndex",
    "abbreviates",
    "closest",
    "fold_name",
    "fold_text",
    "fold_word",
    "numbers",
    "same_folded",
    "same_name",
    "without_polarity_note",
]

# Two names of one kind at least this similar (rapidfuzz ratio, 0-100) are one item.
FUZZY_THRESHOLD = 94
# A reference cut from a longer name: this similar to a part of it (partial ratio) ...
ABBREVIATION_THRESHOLD = 95
# ... and at least this share of its length.
ABBREVIATION_LENGTH = 0.6
# A reference has at least this many words: "Administrasi Umum" refers to nothing.
ABBREVIATION_WORDS = 3
# Two words this similar (rapidfuzz ratio) are one word misspelt ("Kepegwaian"); so are
# two a single edit apart ("dna"/"dan"), and a stem of this many letters that begins the
# other ("Pemerintah"/"Pemerintahan", "Kab"/"Kabupaten"). "Sarana"/"Prasarana" (80, three
# letters added before it) are two words.
_WORD_THRESHOLD = 85
_WORD_STEM = 3

_PREFIX = re.compile(
    r"^(?:sub\s*kegiatan|kegiatan|program|sasaran(?:\s+strategis)?|indikator)\b\s*:?\s*"
)
_CODE = re.compile(r"^(?:[0-9x]+(?:\.[0-9x]+)*\.?|[ivxlc]+\.|[a-z]\.)\s+")
_NON_WORD = re.compile(r"[^\w%]+")
# The same for ASCII text, as a table: replacing each run by a pattern cost more than
# the rest of the fold, and the runs are collapsed anyway.
_NON_WORD_ASCII = str.maketrans(dict.fromkeys(
    (chr(code) for code in range(128) if _NON_WORD.match(chr(code))), " "))
_DIGITS = re.compile(r"\d+")
# A bracket closing an indicator's name that only states its polarity: '(polaritas
# negatif)', '(semakin kecil semakin baik)', '(kasus, semakin rendah semakin baik)'. It
# says how the indicator is measured, not which indicator it is: one table prints it,
# another leaves it out, and both name the same indicator.
_POLARITY_NOTE = re.compile(
    r"\s*\([^()]*\b(?:polaritas\s+(?:positif|negatif)|(?:semakin|makin|lebih)\s[^()]*\bbaik)"
    r"[^()]*\)\s*$",
    re.IGNORECASE,
)


def _ascii(text: str) -> str:
    if text.isascii():
        return text  # what the decomposition and the encoding give back unchanged
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# A report folds the same names again and again (each table that prints an item, each
# rule that looks it up): the folded forms are kept, a bounded number of them.
@lru_cache(maxsize=1 << 16)
def fold_text(text: str) -> str:
    """Case and accents folded, anything but letters and digits made a single space:
    the form in which two spellings of one phrase are compared (no prefix is dropped)."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", _ascii(text).lower()).split())


# re.IGNORECASE lets the "i", "s" and "k" of a pattern match four letters that casefold()
# does not all turn into them: the dotless i (U+0131), the dotted capital I (U+0130, folded
# to "i" and U+0307), the long s (U+017F) and the Kelvin sign (U+212A; casefold() folds
# these two).
_MATCHED_AS_ASCII = str.maketrans({"\u0131": "i", "\u0307": None})


def fold_word(word: str) -> str:
    """``word`` as a pattern matched it case-insensitively, folded to the key it stands
    for: "indikator" printed with a dotless or a dotted capital i is "indikator". A
    matched word looked up by its fold is always found, whichever letters the text used."""
    return word.casefold().translate(_MATCHED_AS_ASCII)


@lru_cache(maxsize=1 << 16)
def fold_name(name: str) -> str:
    """Fold case, accents, punctuation, numbering and Program/Kegiatan prefixes."""
    text = " ".join(_ascii(name).lower().split())
    for pattern in (_CODE, _PREFIX, _CODE):
        text = pattern.sub("", text)
    return " ".join(text.translate(_NON_WORD_ASCII).split())  # ``text`` is ASCII


def without_polarity_note(name: str) -> str:
    """An indicator's name without a closing bracket that states its polarity."""
    if "(" not in name:
        return name
    return _POLARITY_NOTE.sub("", name) or name


def numbers(folded: str) -> list[str]:
    """The numbers a name holds, in order: two names with other numbers never match."""
    return _DIGITS.findall(folded)


def same_folded(first: str, second: str) -> bool:
    """:func:`same_name` on names already folded by :func:`fold_name`."""
    if not first or not second:
        return False  # a blank names no item
    if first == second:
        return True
    return (fuzz.ratio(first, second) >= FUZZY_THRESHOLD and numbers(first) == numbers(second)
            and not _other_word(first, second))


def _other_word(first: str, second: str) -> bool:
    """Whether two folded names of as many words have, at one place, two distinct words
    rather than one word misspelt ("sarana" / "prasarana"): then they are two items,
    however similar the whole. Names of different lengths are left to the ratio (a word
    split or glued, one left out)."""
    words, others = first.split(), second.split()
    if len(words) != len(others):
        return False
    return any(word != other and not _misspelt(word, other)
               for word, other in zip(words, others, strict=True))


def _misspelt(word: str, other: str) -> bool:
    """Two different words are one word misspelt: nearly alike, one edit apart, a stem
    and the word it begins, or one root in two voices ("dimanfaatkan"/"termanfaatkan")."""
    if fuzz.ratio(word, other) >= _WORD_THRESHOLD or OSA.distance(word, other) <= 1:
        return True
    shorter, longer = sorted((word, other), key=len)
    if len(shorter) >= _WORD_STEM and longer.startswith(shorter):
        return True
    return not _roots(word).isdisjoint(_roots(other))


# The prefixes of voice (di-, ter-, me-, ber- ...): a word with another of them is the same
# word. Not "pra-", "non-", "sub-": "sarana"/"prasarana" are two things.
_VOICE = ("meng", "meny", "mem", "men", "me", "di", "ter", "ber", "per")
_ROOT_LETTERS = 4


def _roots(word: str) -> set[str]:
    """The word and what it may be without a prefix of voice ("memanfaatkan": also
    "manfaatkan" and "anfaatkan", as the prefix may have swallowed a letter)."""
    return {word} | {word[len(prefix):] for prefix in _VOICE
                     if word.startswith(prefix) and len(word) - len(prefix) >= _ROOT_LETTERS}


def same_name(first: str, second: str) -> bool:
    """Two printed names name the same item: equal once folded, or nearly equal (a typo)
    with the same numbers. A blank name is the same as nothing."""
    return same_folded(fold_name(first), fold_name(second))


def closest(folded: str, known: Iterable[str]) -> str | None:
    """Of the ``known`` folded names, the one :func:`same_folded` matches ``folded`` to,
    the most similar when several do (the first of equals); ``None`` when none does.

    Equal names are looked up first; the fuzzy match scores only the names at least
    :data:`FUZZY_THRESHOLD` similar (rapidfuzz's cut-off) and with the same numbers. A
    caller asking many times against a growing list keeps a :class:`NameIndex`."""
    if not folded:
        return None  # a blank names no item
    choices = known if isinstance(known, (list, tuple)) else list(known)
    if folded in choices:
        return folded
    return _best(folded, numbers(folded), [c for c in choices if c])


def _best(folded: str, wanted: list[str], choices: Sequence[str]) -> str | None:
    """The most similar of ``choices`` at or above the threshold with the numbers
    ``wanted`` (the first of equals), or ``None``."""
    best: tuple[float, int] | None = None
    for choice, score, index in process.extract(
        folded, choices, scorer=fuzz.ratio, processor=None, limit=None,
        score_cutoff=FUZZY_THRESHOLD,
    ):
        if numbers(choice) != wanted or _other_word(folded, choice):
            continue
        if best is None or score > best[0] or (score == best[0] and index < best[1]):
            best = (score, index)
    return None if best is None else choices[best[1]]


class NameIndex:
    """Folded names known so far, for :func:`closest` asked many times as the list grows
    (the graph's nodes): equal names by a set, and the fuzzy match only among the names
    with the same numbers (:func:`same_folded` never matches others), so a report of
    10,000 numbered items does not compare each with all the others."""

    def __init__(self) -> None:
        self.names: list[str] = []  # in the order they were added
        self._equal: set[str] = set()
        self._by_numbers: dict[tuple[str, ...], list[str]] = {}

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def add(self, folded: str) -> None:
        self.names.append(folded)
        self._equal.add(folded)
        if folded:
            self._by_numbers.setdefault(tuple(numbers(folded)), []).append(folded)

    def closest(self, folded: str) -> str | None:
        """:func:`closest` of ``folded`` among the names added, the same answer."""
        if not folded:
            return None
        if folded in self._equal:
            return folded
        wanted = numbers(folded)
        same_numbers = self._by_numbers.get(tuple(wanted))
        return _best(folded, wanted, same_numbers) if same_numbers else None


def abbreviates(first: str, second: str, *, folded: bool = False, glued: bool = False) -> bool:
    """Whether one of two names is the other shortened or misspelt (either way round):
    the shorter one, 3 words at least and with the same numbers, is cut from the longer
    one or leaves only words of it out (see the module's docstring). ``folded`` says
    both are already folded by :func:`fold_name`.

    ``glued``: the longer name may also be several names printed in one cell ("Program A;
    Program B"), so the words-left-out shape needs no share of its length. Right where a
    rule asks whether a table lists an item *at all* before calling it missing; wrong for
    the graph, where it would make two items one node."""
    one, other = (first, second) if folded else (fold_name(first), fold_name(second))
    shorter, longer = sorted((one, other), key=len)
    if len(shorter.split()) < ABBREVIATION_WORDS or numbers(shorter) != numbers(longer):
        return False
    long_enough = len(shorter) >= ABBREVIATION_LENGTH * len(longer)
    short_words, long_words = set(shorter.split()), set(longer.split())
    if (long_enough or glued) and len(short_words) >= ABBREVIATION_WORDS and (
        short_words <= long_words
    ):
        return True  # words left out
    return long_enough and fuzz.partial_ratio(shorter, longer) >= ABBREVIATION_THRESHOLD  # cut
