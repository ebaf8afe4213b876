"""Built-in rule packs, one per family; each is a plugin like any other.

A pack is a module (``rules.budget``) or a package with one module per rule
(``rules.hygiene.hyg001_other_agency``). Its rules are defined with
:func:`checker.rule.rule` and returned by its ``lkjip_rules`` hook through
:func:`checker.pack.pack_rules`, which collects every rule the pack's modules define:
a new rule is one new file, with no list to edit.
"""
