"""PDF files that cannot be read give one line and exit code 2, never a traceback.

The scan, the damaged and the fake files are made here; the encrypted one
(``bad/encrypted.pdf``, open password ``rahasia``) by ``make_pdf_samples.py``, as only
LibreOffice here can write an encrypted PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from checker.cli import main
from checker.errors import InputError
from checker.limits import ReadLimits, reading_with
from checker.readers.pdf import read_pdf

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "pdf" / "features.pdf"
ENCRYPTED = HERE / "bad" / "encrypted.pdf"


def _refused(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_pdf(path, path.read_bytes())
    return str(caught.value)


def _scan(path: Path) -> Path:
    """Two pages of pictures of text, as a scanner writes them: no text layer."""
    pages = []
    for number in (1, 2):
        image = Image.new("RGB", (1240, 1754), "white")
        draw = ImageDraw.Draw(image)
        for row in range(30):
            draw.text((120, 120 + row * 50), f"LAPORAN KINERJA halaman {number} baris {row}",
                      fill="black")
        pages.append(image)
    pages[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=pages[1:])
    return path


def test_a_scan_without_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    message = _refused(_scan(tmp_path / "pindaian.pdf"))
    assert "lapisan teks" in message and "OCR" in message and "ocrmypdf" in message


def test_an_encrypted_pdf_is_refused() -> None:
    assert "kata sandi" in _refused(ENCRYPTED)


def test_a_truncated_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "terpotong.pdf"
    path.write_bytes(SAMPLE.read_bytes()[: SAMPLE.stat().st_size // 2])
    assert "PDF rusak" in _refused(path)


def test_a_damaged_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rusak.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert "PDF rusak" in _refused(path)


def test_a_file_that_is_no_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_text("BAB I PENDAHULUAN\nIni teks biasa, bukan PDF.\n", encoding="utf-8")
    assert "bukan berkas PDF" in _refused(path)


def test_a_pdf_over_the_page_limit_is_refused() -> None:
    with reading_with(ReadLimits(pdf_pages=3)):
        assert "paling banyak 3 halaman" in _refused(SAMPLE)


@pytest.mark.parametrize("make", ["scan", "encrypted", "fake"])
def test_the_command_line_prints_one_line_and_exits_2(
        make: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if make == "scan":
        path = _scan(tmp_path / "pindaian.pdf")
    elif make == "encrypted":
        path = ENCRYPTED
    else:
        path = tmp_path / "palsu.pdf"
        path.write_bytes(b"PK\x03\x04 bukan pdf")
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]
    assert "Traceback" not in captured.err + captured.out
