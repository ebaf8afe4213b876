"""Consistency rules: one thing, one figure and one name, wherever printed.

The same indicator appears in the Renstra, the IKU, the Perjanjian Kinerja and
one or more capaian tables (Bab III, Lampiran); the same budget in the Ikhtisar
Eksekutif, the narrative, the Bab II allocation, the Bab III realisation and the
PK. The cascade graph folds their spellings into one node; these rules compare
the figures (and the spellings) each place prints. Figures are compared as
numbers where both are numbers (``70,15`` equals ``70.15`` equals ``70,15 %``),
otherwise as text (letter grades such as ``BB``); amounts within the Rupiah
tolerance, percentages at the precision the document prints (:mod:`rules._figures`).

* CON001 an indicator's target and realisasi;
* CON002 an amount of the narrative against the budget tables and the PK;
* CON003 sasaran and indicator names that drift between tables;
* CON004 what a PK Perubahan changed;
* CON005 the Ikhtisar Eksekutif's figures against the body (CON002 leaves them to it);
* CON006 a program's pagu in two budget tables;
* CON007 the Renstra/RPJMD period, the budget year of the APBD/DPA/RKA cited, and one
  regulation cited with two numbers or years;
* CON008 the signature blocks (title, name, NIP, place, date);
* CON009 the earlier years that comparison tables repeat;
* CON010 a program, kegiatan or sub kegiatan spelt two ways;
* CON011 "every target met" against the capaian tables;
* CON012 "N/A" in one table against 0 in another;
* CON013 a count and its share in the narrative;
* CON014 a tujuan's target table printed twice;
* CON015 an indicator's realisasi or capaian in the narrative against the table;
* CON016 the Renstra's targets of the other years, printed twice.

One module per concern (each private, holding the rules that share its helpers). No
list to keep: the hook returns every rule defined in the modules of this package
(:func:`checker.pack.pack_rules`, the same for every built-in pack), so a new
consistency rule is one new module here (or one more function in a module) plus its
test. ``tests/integration/test_pack_registration.py`` fails, naming the rule, if a
rule defined here is ever not registered.
"""

from __future__ import annotations

from checker.hookspecs import hookimpl
from checker.pack import pack_rules
from checker.rule import Rule


@hookimpl
def lkjip_rules() -> list[Rule]:
    return pack_rules(__name__)
