"""Built-in rule packs, one module per family; each is a plugin like any other.

A pack module defines its rules with :func:`checker.rule.rule` and returns them
from a ``lkjip_rules`` hook implementation.
"""
