"""A text report saved as "Unicode" (UTF-16, or UTF-32, with its byte order mark) is read
like UTF-8; a file without a BOM holding NUL bytes is still refused as binary."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.readers import decode_text

TEXT = "BAB I PENDAHULUAN\r\nLaporan Kinerja Kecamatan Sukamaju Tahun 2024\r\n"


@pytest.mark.parametrize("bom, encoding", [
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_a_bom_names_the_encoding(bom: bytes, encoding: str) -> None:
    assert decode_text(Path("laporan.txt"), bom + TEXT.encode(encoding)) == TEXT


def test_utf16_without_a_bom_is_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_text(Path("laporan.txt"), TEXT.encode("utf-16-le"))


def test_a_broken_utf16_file_is_one_clear_line() -> None:
    with pytest.raises(InputError, match="not valid UTF-16") as raised:
        decode_text(Path("laporan.txt"), codecs.BOM_UTF16_LE + b"B\x00\x00\xd8")
    assert "\n" not in str(raised.value)


def test_the_line_limit_holds_for_utf16() -> None:
    data = codecs.BOM_UTF16_LE + ("x\n" * 50).encode("utf-16-le")
    with pytest.raises(InputError, match="too many lines"):
        decode_text(Path("laporan.txt"), data, max_lines=10)
