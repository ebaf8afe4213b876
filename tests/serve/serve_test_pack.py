"""A rule pack for the serve tests: rules that are slow, stuck or broken on purpose.

Each rule acts only on a report whose file name names it, so the pack can be loaded
for every test of the server and leave the other reports alone. It is imported by
name in the server's worker processes, which is why it is a module of its own.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

from checker.sdk import Category, Context, Rule, Severity, Violation, hookimpl, rule

__all__ = ["CRASH_NAME", "SLOW_NAME", "SLOW_SECONDS", "STUCK_NAME", "lkjip_rules"]

SLOW_NAME = "lambat"  # takes SLOW_SECONDS
STUCK_NAME = "macet"  # never ends, and blocks the worker's own time limit
CRASH_NAME = "rusak"  # raises
SLOW_SECONDS = 3.0


def _named(context: Context, word: str) -> bool:
    return Path(context.report.path).name.startswith(word)

_TEST = Category("uji", {"id": "Uji server", "en": "Server test"})
_COMMON = {
    "category": _TEST, "severity": Severity.INFO, "regulation": "-",
    "message": {"id": "uji", "en": "test"},
}


@rule(code="SRV901", slug="serve-slow", title={"id": "lambat", "en": "slow"}, **_COMMON)
def SRV901(context: Context) -> Iterator[Violation]:
    if _named(context, SLOW_NAME):
        time.sleep(SLOW_SECONDS)
    return iter(())


@rule(code="SRV902", slug="serve-stuck", title={"id": "macet", "en": "stuck"}, **_COMMON)
def SRV902(context: Context) -> Iterator[Violation]:
    if _named(context, STUCK_NAME):
        # Like a long call inside C code: the worker's alarm cannot interrupt it.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    return iter(())


@rule(code="SRV903", slug="serve-crash", title={"id": "rusak", "en": "broken"}, **_COMMON)
def SRV903(context: Context) -> Iterator[Violation]:
    if _named(context, CRASH_NAME):
        raise RuntimeError("rule broken on purpose")
    return iter(())


@hookimpl
def lkjip_rules() -> list[Rule]:
    return [SRV901, SRV902, SRV903]
