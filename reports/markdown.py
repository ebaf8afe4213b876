"""Reporter: markdown (being written)."""

from __future__ import annotations

from checker.hookspecs import Reporter, hookimpl


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return []
