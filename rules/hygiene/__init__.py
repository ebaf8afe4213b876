"""Hygiene rules: the copy-paste leftovers a reviewer finds by reading the text.

Permenpan RB 53/2014 asks the inspectorate's reviu to make sure the report is
reliable and properly presented before the head of the agency signs it. Reports
are often written over last year's file or another agency's: a reviewer reads for
another agency's name where the report speaks of itself, years and periods that
are not the year reported on, template instructions left in, spreadsheet and
word-processor errors, blanks where a number belongs, and list numbering that
skips or repeats. These rules read ``report.text`` (the lines of the input file)
and show, for every finding, the line and the words found.

One module per rule, named after its code and slug (``hyg001_other_agency.py``);
what several rules share (where a line is, excerpts, sentences, agency names, the
regulation they cite) is in the private module :mod:`rules.hygiene._text`.

No list to keep: the hook returns every rule defined in the modules of this package
(:func:`checker.pack.pack_rules`, the same for every built-in pack), so a new hygiene
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
