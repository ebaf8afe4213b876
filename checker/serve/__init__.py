"""``lkjip serve``: the checker as a web page, for people who never open a terminal.

An inspectorate starts it once on an office machine; staff and agencies then upload
reports from a browser and see the findings, as a self-check before submitting.
Nothing is stored: each upload lives in a temporary folder for the length of its
request. See docs/serve.md.

This module stays cheap to import (the command line imports it to build its
parser); the web stack is imported by :func:`run` alone.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

__all__ = ["add_arguments", "run"]

_DEFAULT_WORKERS = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of ``lkjip serve``."""
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only; "
                             "0.0.0.0 opens the page to the whole network)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    parser.add_argument("--workers", type=_positive, default=_default_workers(), metavar="N",
                        help="worker processes checking reports at the same time "
                             f"(default {_default_workers()})")
    parser.add_argument("--max-upload-mb", type=_positive_float, default=25.0, metavar="MB",
                        help="largest file accepted, in MB (default 25)")
    parser.add_argument("--max-files", type=_positive, default=20, metavar="N",
                        help="most files in one upload (default 20)")
    parser.add_argument("--timeout", type=_positive_float, default=120.0, metavar="SECONDS",
                        help="time limit of one upload's check, in seconds (default 120)")
    parser.add_argument("--config", type=Path,
                        help="config file of the checks (default: found upwards from here)")


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; the exit code of the command."""
    from checker.serve._limits import Limits, ServeSettings
    from checker.serve._server import serve

    settings = ServeSettings(
        host=args.host, port=args.port, workers=args.workers,
        limits=Limits(max_file_bytes=int(args.max_upload_mb * 1024 * 1024),
                      max_files=args.max_files, timeout_seconds=args.timeout))
    config = getattr(args, "config", None)
    return serve(settings, config_path=str(config) if config else None)


def _default_workers() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)
    return max(1, min(_DEFAULT_WORKERS, cores))


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)")
    return int(text)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number")
    return value
