"""The small parts of ``lkjip serve``: safe names, sniffing, the policy, the flags."""

from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.serve import add_arguments
from checker.serve._csp import content_security_policy, inline_hashes
from checker.serve._names import safe_name
from checker.serve._sniff import Kind, sniff


@pytest.mark.parametrize(("sent", "kept"), [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("C:\\Users\\staf\\LKjIP 2024.PDF", "LKjIP_2024.pdf"),
    ("laporan\x00.txt\n", "laporan.txt"),
    ("..", "laporan"),
    ("", "laporan"),
    (".bashrc", "bashrc"),
    ("Kecamatan Tanjung Harapan \u2013 2024 (final).docx",
     "Kecamatan_Tanjung_Harapan_2024_final.docx"),
    ("a" * 500 + ".md", "a" * 80 + ".md"),
])
def test_safe_name_is_a_plain_basename(sent, kept):
    assert safe_name(sent) == kept


def test_safe_names_are_unique_within_a_request():
    taken: list[str] = []
    for _ in range(3):
        taken.append(safe_name("laporan.txt", taken))
    assert taken == ["laporan.txt", "laporan-2.txt", "laporan-3.txt"]


def _docx() -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return data.getvalue()


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("laporan.txt", b"%PDF-1.7\n...", Kind.PDF),
    ("laporan.pdf", b"LAPORAN KINERJA\nBAB I\n", Kind.TEXT),
    ("laporan.bin", _docx(), Kind.DOCX),
    ("laporan.md", b"# LAPORAN\n", Kind.MARKDOWN),
    ("laporan.txt", b'\xef\xbb\xbf{"schema_version": 1}', Kind.JSON),
    ("laporan.txt", b"# catatan\nschema_version = 1\n", Kind.TOML),
    ("laporan.toml", b"[meta]\n", Kind.TOML),
])
def test_sniff_judges_the_content(tmp_path: Path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    assert sniff(path, name) is kind


@pytest.mark.parametrize(("data", "words"), [
    (b"", "berkas kosong"),
    (b"\xff\xd8\xff\xe0JFIF", "gambar JPEG"),
    (b"MZ\x90\x00", "program Windows"),
    (b"text\x00with nul", "data biner"),
    (b"PK\x03\x04broken", "rusak"),
])
def test_sniff_refuses_what_is_no_report(tmp_path: Path, data, words):
    path = tmp_path / "laporan.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        sniff(path, "laporan.txt")
    assert str(caught.value).startswith("laporan.txt: ")
    assert words in str(caught.value)


def test_policy_allows_exactly_the_framed_inline_code():
    framed = inline_hashes("<style>p{}</style><script>go()</script>"
                           '<script type="application/json">{}</script><p style="x:y">')
    policy = content_security_policy("N0NCE", framed)
    assert "'sha256-" in policy and "'unsafe-hashes'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert len(framed.scripts) == 2 and len(framed.styles) == 1
    assert "'nonce-N0NCE'" in policy


def test_flags_and_their_defaults():
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args([])
    assert (args.host, args.port, args.max_upload_mb, args.max_files, args.timeout) == (
        "127.0.0.1", 8000, 25.0, 20, 120.0)
    assert args.workers >= 1
    for bad in (["--port", "70000"], ["--workers", "0"], ["--timeout", "nan"],
                ["--max-upload-mb", "-1"]):
        with pytest.raises(SystemExit):
            parser.parse_args(bad)


def test_importing_the_command_stays_cheap():
    import subprocess
    import sys

    code = ("import sys, checker.serve; "
            "print(sorted(m for m in ('starlette', 'uvicorn', 'jinja2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
