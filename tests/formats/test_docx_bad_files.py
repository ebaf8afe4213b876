"""Files that are not a usable Word document: one line on stderr and exit code 2.

Every bad file is made here, in a temporary folder: an old binary .doc, a
password-protected .docx (both OLE compound files), a PDF renamed to .docx, a zip
without ``word/document.xml``, a truncated zip, XML that does not parse, and zip
bombs (too many parts, too much uncompressed data).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from checker.cli import main
from checker.readers import _docx_package

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _minimal_docx(body: bytes = b"<w:p><w:r><w:t>BAB I PENDAHULUAN</w:t></w:r></w:p>") -> bytes:
    document = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                b'wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>")
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": document})


def _check(path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> str:
    code = main(["check", str(path), *flags])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def test_an_old_binary_doc_is_refused_with_the_advice_to_save_it_as_docx_or_pdf(
        tmp_path, capsys):
    path = tmp_path / "laporan.doc"
    path.write_bytes(OLE)
    line = _check(path, capsys)
    assert line.startswith(f"lkjip: error: {path}: ")
    assert ".docx" in line and "PDF" in line and ".doc" in line


def test_a_password_protected_docx_is_an_ole_file_and_gets_the_same_advice(tmp_path, capsys):
    path = tmp_path / "laporan.docx"
    path.write_bytes(OLE + "EncryptionInfo".encode("utf-16-le"))
    line = _check(path, capsys)
    assert "kata sandi" in line and "password" in line


def test_a_pdf_renamed_to_docx_is_named_as_a_pdf(tmp_path, capsys):
    path = tmp_path / "laporan.docx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    line = _check(path, capsys)
    assert "not a Word document" in line and "PDF" in line


def test_a_text_file_renamed_to_docx_is_not_a_word_document(tmp_path, capsys):
    path = tmp_path / "laporan.docx"
    path.write_text("BAB I PENDAHULUAN\n", encoding="utf-8")
    assert "not a zip package" in _check(path, capsys)


def test_a_zip_without_the_document_part_is_not_a_word_document(tmp_path, capsys):
    path = tmp_path / "laporan.docx"
    path.write_bytes(_zip({"content.xml": b"<office/>", "mimetype": b"text/plain"}))
    assert "word/document.xml" in _check(path, capsys)


def test_a_truncated_zip_is_a_damaged_document(tmp_path, capsys):
    path = tmp_path / "laporan.docx"
    whole = _minimal_docx()
    path.write_bytes(whole[: len(whole) // 2])
    assert "damaged Word document" in _check(path, capsys)


def test_a_corrupted_part_is_a_damaged_document(tmp_path, capsys):
    data = bytearray(_minimal_docx(b"<w:p><w:r><w:t>" + b"Lorem ipsum " * 200
                                   + b"</w:t></w:r></w:p>"))
    # Flip bytes inside the compressed body: the CRC (or inflate) must catch it.
    start = data.index(b"word/document.xml") + 40
    for offset in range(start, start + 40):
        data[offset] ^= 0xFF
    path = tmp_path / "laporan.docx"
    path.write_bytes(bytes(data))
    assert "damaged Word document" in _check(path, capsys)


def test_xml_that_does_not_parse_is_a_damaged_document(tmp_path, capsys):
    path = tmp_path / "laporan.docx"
    path.write_bytes(_zip({"word/document.xml": b"<w:document><w:body><w:p>"}))
    assert "not valid XML" in _check(path, capsys)


def test_an_xml_entity_bomb_is_not_expanded(tmp_path, capsys):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>")
    path = tmp_path / "laporan.docx"
    path.write_bytes(_zip({"word/document.xml": bomb}))
    code = main(["extract", str(path)])
    captured = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "aaaaaaaaaa" not in captured.out


def test_a_zip_with_too_many_parts_is_refused_before_decompressing(tmp_path, capsys):
    parts = {f"word/media/image{n}.png": b"x" for n in range(6)}
    parts["word/document.xml"] = b"<w:document/>"
    path = tmp_path / "laporan.docx"
    path.write_bytes(_zip(parts))
    assert "too many parts" in _check(path, capsys, "--limit", "docx-parts=5")


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path, capsys):
    path = tmp_path / "laporan.docx"
    # 2 MB of zeros deflates to about 2 KB: the directory declares the real size.
    path.write_bytes(_zip({"word/document.xml": b"<w:document/>",
                           "word/media/zeros.bin": bytes(2_000_000)}))
    assert path.stat().st_size < 20_000
    assert "zip bomb" in _check(path, capsys, "--limit", "docx-bytes=1000000")


def test_the_size_limit_is_enforced_while_reading_too(tmp_path, monkeypatch):
    """A directory that under-declares the sizes still cannot make the reader read more."""
    document = _minimal_docx(b"<w:p><w:r><w:t>" + b"x" * 100_000 + b"</w:t></w:r></w:p>")
    package = _docx_package.open_package(Path("laporan.docx"), document, lambda data: data)
    package._budget = 50_000  # as if the directory had claimed less than is there
    with pytest.raises(_docx_package.InputError, match="zip bomb"):
        package.xml("word/document.xml")


def test_the_limits_are_generous_for_real_reports():
    assert _docx_package.MAX_UNCOMPRESSED == 200 * 1024 * 1024
    assert _docx_package.MAX_PARTS == 10_000


def test_an_rtf_file_saved_as_doc_is_named_as_rtf(tmp_path, capsys):
    path = tmp_path / "laporan.doc"
    path.write_bytes(b"{\\rtf1\\ansi BAB I PENDAHULUAN\\par}")
    line = _check(path, capsys)
    assert "RTF" in line and ".docx" in line


def test_a_strict_open_xml_document_gets_the_advice_to_save_it_as_docx(tmp_path, capsys):
    strict = (b'<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">'
              b"<w:body><w:p/></w:body></w:document>")
    path = tmp_path / "laporan.docx"
    path.write_bytes(_zip({"word/document.xml": strict}))
    assert "Strict Open XML" in _check(path, capsys)
