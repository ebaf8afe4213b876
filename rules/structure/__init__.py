"""Structure rules: the parts Permenpan RB 53/2014 asks an LKjIP to have, in order.

The report has an Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II Perencanaan
Kinerja, Bab III Akuntabilitas Kinerja (A. Capaian Kinerja Organisasi, with seven
analyses for each sasaran strategis; B. Realisasi Anggaran), Bab IV Penutup and a
Lampiran holding at least the Perjanjian Kinerja; the reviewer adds a Pernyataan
Telah Direviu. These rules read the outline (headings with their kind and line)
and the text of the lines each part spans.

A report whose outline is empty (a structured TOML/JSON report that lists no
headings) gives these rules nothing to judge, so they report nothing: absence of
an outline is not evidence that the parts are missing, only that the writer of
the structured file did not describe them.

One module per rule, named after its code and slug (``str001_required_parts.py``);
what several rules share is in private modules: :mod:`rules.structure._parts` (the
regulation cited, the parts and their order, a finding's location, the key a missing
part folds by, the phrases naming Bab III's two parts) and :mod:`rules.structure._lampiran`
(where the attachments are and whether they hold the PK). The outline as line spans is
:mod:`rules._structure_outline`, shared with the consistency rules.

No list to keep: the hook returns every rule defined in the modules of this package
(:func:`checker.pack.pack_rules`, the same for every built-in pack), so a new structure
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
