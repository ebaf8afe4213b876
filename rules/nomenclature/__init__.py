"""Nomenclature rules (NOM): the program, kegiatan and sub kegiatan of the budget tables
against the national nomenclature of the report's year.

Permendagri 90/2019 fixes one list of program, kegiatan and sub kegiatan, each with its code
(``7.01.02.2.01.0001``: urusan 7, bidang 01, program 02, kegiatan 2.01, sub kegiatan 0001),
and the Kepmendagri updates it edition by edition. The DPA is drawn up in those names and
codes, so the LKjIP that reports on it should print them. The editions ship with the pack as
data (``data/``, see ``docs/nomenclature.md``): the one governing the report's year and kind
of pemda is used, else the nearest, and then only close names are told, as ``info`` that
says so (below).

Category ``consistency``: like the other consistency rules these compare one fact printed
twice, here the report's name or code against the name or code of the decree it reproduces;
``structure`` is about the parts a report must have, not what a table row says.

* NOM001 a name close to an official one but not the same (a suggestion is given);
* NOM002 a name that is like no official name of the edition in force;
* NOM003 an official name printed with a code that is not its own;
* NOM004 a code the edition in force does not have, or gives to another item.

A row that is not an official item gives one finding: its unknown name (NOM002) folds into
the finding on its code (NOM004), and that one into the suggestion for a close name (NOM001),
whose official code already tells the right code.

Severity follows what a reviewer can be sure of. A misspelt or unknown name is ``info``: the
DPA behind the table carries the official name, names change in small ways from one
edition to the next, and "not in the list" cannot tell an outdated name from a local one or
a misreading. A code that contradicts a name that *is* official is a ``warning`` where an
edition governs the year and the code is an isolated slip; when many of the report's codes
disagree, the report likely follows another edition's numbering (the 900 update renumbered
whole kegiatan), which the data cannot confirm, so it is ``info`` and says so.

Where no edition governs the year (reports of 2021-2023 followed earlier editions, such as
Kepmendagri 050-5889/2021, which the pack does not have), only NOM001 runs, as ``info``,
quoting the nearest edition's name: codes are renumbered and names dropped between editions,
so NOM002-NOM004 against the nearest edition would mostly report the edition change, not
the report.

One module per rule (``nom001_name_near_miss.py``); the editions and their loading are in
:mod:`rules.nomenclature._editions`, the matching of names and codes in
:mod:`rules.nomenclature._match`, and what the rules share (the survey of the budget tables,
the wording of the edition) in :mod:`rules.nomenclature._survey`. The hook returns every rule
defined here (:func:`checker.pack.pack_rules`), so a new NOM rule is one new module.
"""

from __future__ import annotations

from checker.hookspecs import hookimpl
from checker.pack import pack_rules
from checker.rule import Rule


@hookimpl
def lkjip_rules() -> list[Rule]:
    return pack_rules(__name__)  # every rule this package defines (see checker.pack)
