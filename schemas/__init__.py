"""The JSON Schemas of lkjip: the report document, the findings output, the config.

They ship inside the distribution as package data so that they are found after a
plain ``pip install .``; :func:`load` reads one by name.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["NAMES", "load"]

NAMES = ("report", "findings", "config")


@cache
def load(name: str) -> dict[str, Any]:
    """The schema ``schemas/<name>.schema.json`` as a dict."""
    if name not in NAMES:
        raise KeyError(f"no schema named {name!r} (known: {', '.join(NAMES)})")
    text = resources.files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
