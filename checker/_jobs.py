"""How a run that checks many files shares the work among worker processes.

* The modules every check needs but imports on first use (the extractor, networkx for
  the cascade graph) are imported by the main process before it forks its workers: each
  worker inherits them instead of importing them again on its first file.
* While the files are checked, the objects alive before (the modules, the rules) are
  left out of the cyclic garbage collector's passes (:func:`frozen_heap`): those passes
  walk every tracked object, and in a forked worker they would also write to the
  memory pages it shares with the main process, turning them into copies.
* Files are handed out a few at a time (:func:`chunk_size`): one at a time, each file
  costs a round trip between the processes; many at a time, one worker may be left
  with the long files at the end while the others wait.

A worker sends back :meth:`checker.result.DocumentResult.without_model` when the output
needs only the findings (text, JSON, statistics): pickling the model and text of each
report in the worker, to unpickle them in the main process, was work for nothing.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["chunk_size", "frozen_heap"]

# What the first check of a text report imports, whatever the report: worth inheriting.
_FIRST_CHECK_IMPORTS = ("checker.extract", "networkx")
# Chunks per worker: enough for the last ones to balance the load, few enough that the
# round trips do not count.
_CHUNKS_PER_WORKER = 8
_MAX_CHUNK = 16


def chunk_size(tasks: int, workers: int) -> int:
    """How many files a worker is given at a time."""
    return max(1, min(_MAX_CHUNK, tasks // (workers * _CHUNKS_PER_WORKER)))


@contextmanager
def frozen_heap(forks_workers: bool = False) -> Iterator[None]:
    """The objects alive now are left out of the garbage collector's passes until the
    block ends (:func:`gc.freeze`), then collected as before. With ``forks_workers``,
    the modules a worker would import on its first check are imported first, to be
    inherited (a spawned worker inherits nothing and imports them itself)."""
    if forks_workers and _forks():
        for name in _FIRST_CHECK_IMPORTS:
            importlib.import_module(name)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _forks() -> bool:
    """Whether worker processes are forked (Linux), not spawned (macOS, Windows)."""
    import multiprocessing  # the pool needs it anyway; a run without one does not

    return multiprocessing.get_start_method() == "fork"
