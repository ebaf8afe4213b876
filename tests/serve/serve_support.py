"""What the serve tests share: the paths, the limits and a test client of a server
with the test pack.

A module of its own rather than a conftest.py: the tests elsewhere import the root
conftest by name, and a second conftest module would shadow it.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web server's dependencies are not installed")
pytest.importorskip("httpx", reason="the test client needs httpx ('.[test]')")

with warnings.catch_warnings():
    # Newer Starlette prefers another HTTP client for its test client; httpx still works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from checker.serve._app import create_app
from checker.serve._limits import Limits, ServeSettings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "tanjung-harapan-2024.toml"
LIBRARY = ROOT / "tests" / "library"
TEST_PACK = "serve_test_pack"

# Small limits, so the tests can break them with small files.
TEST_LIMITS = Limits(max_file_bytes=1024 * 1024, max_files=3, timeout_seconds=20)
BASE_URL = "http://127.0.0.1"


def serve_client(limits: Limits = TEST_LIMITS, workers: int = 2) -> TestClient:
    app = create_app(ServeSettings(workers=workers, limits=limits), plugins=(TEST_PACK,))
    return TestClient(app, base_url=BASE_URL, raise_server_exceptions=False)


TINY_REPORT = b"LAPORAN KINERJA INSTANSI PEMERINTAH\n\nBAB I PENDAHULUAN\n"
