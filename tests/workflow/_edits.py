"""Edits a reviewer's round makes to a report, applied to a copy of a library report."""

from __future__ import annotations

from pathlib import Path

LIBRARY = Path(__file__).resolve().parents[1] / "library"
REPORT = LIBRARY / "defects" / "bappeda-lereng-jati-2023.txt"


def original() -> str:
    return REPORT.read_text(encoding="utf-8")


def lines_inserted(text: str) -> str:
    """Three paragraphs inserted above every finding but the first chapter's."""
    marker = "1.1 Latar Belakang\n"
    added = "".join(f"Paragraf tambahan {n} tentang latar belakang penyusunan.\n\n"
                    for n in range(1, 4))
    assert marker in text
    return text.replace(marker, marker + "\n" + added, 1)


def table_moved(text: str) -> str:
    """The belanja table (Tabel 3.9) moved before the budget table (Tabel 3.8), the two
    renumbered so the numbering stays in order."""
    start = text.index("Menurut jenis belanja, realisasi anggaran")
    end = text.index("Sisa anggaran terbesar")
    block = text[start:end]
    text = text[:start] + text[end:]
    anchor = text.index("Tabel 3.8\n")
    text = text[:anchor] + block + text[anchor:]
    first = text.index("Tabel 3.9\n")
    second = text.index("Tabel 3.8\n", first)
    text = text[:first] + "Tabel 3.8\n" + text[first + 10:second] + "Tabel 3.9\n" + text[
        second + 10:]
    assert text.index("Tabel 3.8\n") < text.index("Tabel 3.9\n")
    return text


def value_corrected(text: str) -> str:
    """The BUD004 defect fixed: the percentage printed 86,66 corrected to 88,66."""
    wrong = "198.750.000\t176.204.300\t86,66"
    assert wrong in text
    return text.replace(wrong, "198.750.000\t176.204.300\t88,66", 1)
