"""What several rules read from one report, read once for the report.

Two rules that each derive the same thing from a report (CON002 and CON005 both find
the sasaran's parts of Bab III and the budget rows a sentence may name) would each pay
for it. :func:`per_report` wraps such a ``report -> value`` function so that the value
is computed on the first call for a report and then given back to every rule that asks.

The values of the last few reports are kept, each by its report's identity through a
weak reference: an entry is dropped as soon as its report is, so the cache keeps no
report alive and a new report whose ``id`` equals a dead one's gets its own value.
Reports checked side by side (``--jobs`` in threads, the server) each keep theirs.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from functools import update_wrapper
from typing import TypeVar

from checker.model import Report

__all__ = ["per_report"]

T = TypeVar("T")

# Reports checked side by side each keep their entry; a few are enough.
_KEEP = 8


def per_report(compute: Callable[[Report], T]) -> Callable[[Report], T]:
    """``compute``, run once per report: later calls for the same report return the
    value of the first. ``compute`` must depend on nothing but the report."""
    kept: dict[int, tuple[weakref.ref[Report], T]] = {}
    lock = threading.RLock()  # re-entrant: a weakref callback may run while it is held

    def forget(key: int) -> Callable[[weakref.ref[Report]], None]:
        def dropped(dead: weakref.ref[Report]) -> None:
            with lock:
                held = kept.get(key)
                if held is not None and held[0] is dead:
                    del kept[key]
        return dropped

    def once(report: Report) -> T:
        key = id(report)
        with lock:
            held = kept.get(key)
            if held is not None and held[0]() is report:
                return held[1]
        value = compute(report)
        with lock:
            kept[key] = (weakref.ref(report, forget(key)), value)
            while len(kept) > _KEEP:
                del kept[next(iter(kept))]  # the oldest
        return value

    return update_wrapper(once, compute)
