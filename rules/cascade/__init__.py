"""Cascade rules: the Perjanjian Kinerja, the capaian tables and the budget tables
must describe one pohon kinerja.

Every sasaran of the signed PK needs indicators with targets; every PK indicator
needs its realisasi and capaian in Bab III; every program spent on needs a
sasaran it serves; and the overall budget tables of one report must list the same
programs, kegiatan and sub kegiatan. A per-sasaran table ("Program dan Kegiatan
Pendukung Sasaran 2") is a *subset* of the budget: what it lists must be in the
overall budget table, with the same amounts where both print them; it is never
expected to list everything, and two per-sasaran tables are never compared with each
other. Every sasaran of the PK needs a program, and a report that links nothing at
all is told so once. Names are matched through the cascade graph, which folds
spelling differences into one node.

One module per rule, named after its code and slug (``cas001_pk_indikator_target.py``);
what several rules share is in private modules: :mod:`rules.cascade._agreements` (the
PK in force), :mod:`rules.cascade._budget` (the overall and per-sasaran budget tables)
and :mod:`rules.cascade._links` (whether the report links its budget to its sasaran).

No list to keep: the hook returns every rule defined in the modules of this package
(:func:`checker.pack.pack_rules`, the same for every built-in pack), so a new cascade
rule is one new module here plus its test. ``tests/integration/test_pack_registration.py``
fails, naming the rule, if a rule defined here is ever not registered.
"""

from __future__ import annotations

from checker.hookspecs import hookimpl
from checker.pack import pack_rules
from checker.rule import Rule


@hookimpl
def lkjip_rules() -> list[Rule]:
    return pack_rules(__name__)
