"""The worker processes that run the checks, and the server's guard on their time.

Each request is one task in a :class:`~concurrent.futures.ProcessPoolExecutor`; the
event loop only awaits it, so ``/healthz`` and other users' pages answer while a
large report is read. A worker stops its own check when the request's time is up
(:class:`~checker.serve._work.TimeUp`); a worker stuck where no signal reaches it
(inside one long C call) is ended by the server a few seconds later, and the pool is
replaced, so a hostile file cannot keep a worker for ever.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from checker.serve._work import CheckRequest, Outcome, run_check, start_worker, warm_up

__all__ = ["MAX_WAITING", "CheckPool", "PoolFailure", "PoolTrouble"]

# How long after the request's own limit the server waits before ending the worker.
_GRACE_SECONDS = 5.0


# Requests waiting for a free worker beyond this many are told to come back later,
# rather than wait without end.
MAX_WAITING = 200


class PoolTrouble(enum.Enum):
    TIMED_OUT = "timed_out"
    RESTARTED = "restarted"
    BUSY = "busy"


class PoolFailure(Exception):
    """A check ended without an outcome: its worker was ended or died."""

    def __init__(self, trouble: PoolTrouble) -> None:
        super().__init__(trouble.value)
        self.trouble = trouble


class CheckPool:
    """``workers`` processes, each with the plugins and the config loaded once."""

    def __init__(self, workers: int, plugins: Sequence[str] = (),
                 config_path: str | None = None) -> None:
        self.workers = max(1, workers)
        self.plugins = tuple(plugins)
        self.config_path = config_path
        self.busy = 0
        self.waiting = 0
        self._executor = self._new_executor()
        self._cold = False
        # A request goes to the pool only when a worker is free, so that its time
        # limit counts its own check and not the queue before it.
        self._free_workers = asyncio.Semaphore(self.workers)

    def _new_executor(self) -> ProcessPoolExecutor:
        # "spawn": the server runs threads (the event loop's helpers), and forking a
        # process with threads can copy a held lock into the child.
        return ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker, initargs=(self.plugins, self.config_path))

    async def warm_up(self) -> None:
        """Start every worker now rather than on the first users' requests."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._executor, warm_up)
                               for _ in range(self.workers)))

    async def check(self, request: CheckRequest) -> Outcome:
        if self.waiting >= MAX_WAITING:
            raise PoolFailure(PoolTrouble.BUSY)
        self.waiting += 1
        try:
            await self._free_workers.acquire()
        finally:
            self.waiting -= 1
        try:
            return await self._run(request)
        finally:
            self._free_workers.release()

    async def _run(self, request: CheckRequest) -> Outcome:
        loop = asyncio.get_running_loop()
        if self._cold:
            # A fresh pool (after a worker was ended) starts its processes first: the
            # time limit is for the check, not for Python starting up.
            self._cold = False
            await self.warm_up()
        executor = self._executor
        self.busy += 1
        try:
            future = loop.run_in_executor(executor, run_check, request)
            return await asyncio.wait_for(future, request.timeout_seconds + _GRACE_SECONDS)
        except asyncio.TimeoutError:
            self._replace(executor)
            raise PoolFailure(PoolTrouble.TIMED_OUT) from None
        except BrokenProcessPool:
            self._replace(executor)
            raise PoolFailure(PoolTrouble.RESTARTED) from None
        finally:
            self.busy -= 1

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """End the processes of ``broken`` and start a fresh pool (once per breakage)."""
        if broken is not self._executor:
            return
        self._executor = self._new_executor()
        self._cold = True
        _terminate(broken)

    def close(self) -> None:
        _terminate(self._executor)


def _terminate(executor: ProcessPoolExecutor) -> None:
    # The executor has no public way to end busy workers before Python 3.14.
    terminate = getattr(executor, "terminate_workers", None)
    if callable(terminate):
        terminate()
        return
    processes = dict(getattr(executor, "_processes", None) or {})
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes.values():
        with contextlib.suppress(Exception):
            process.join(timeout=2)
