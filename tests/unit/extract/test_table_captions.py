"""The table captions a document's report keeps for the rules that list them (STR014)."""

from __future__ import annotations

from checker.extract import extract_report
from checker.model import Meta, Report, TableCaption
from checker.text import parse_source

TEXT = """\
BAB II PERENCANAAN KINERJA

Tabel 2.1 Perjanjian Kinerja Tahun 2023
No\tSasaran\tIndikator\tTarget
1\tMeningkatnya pelayanan\tIndeks Kepuasan Masyarakat\t82,00

Tabel 2.2 Program dan Anggaran
No\tProgram\tAnggaran (Rp)
1\tProgram Penunjang Urusan Pemerintahan Daerah\t1.000.000.000
"""


def test_a_documents_report_keeps_the_captions_its_parse_gave_the_tables():
    source = parse_source(TEXT)
    report = extract_report(source)
    assert report.table_captions == (
        TableCaption(3, "Tabel 2.1 Perjanjian Kinerja Tahun 2023"),
        TableCaption(7, "Tabel 2.2 Program dan Anggaran"),
    )
    assert report.table_captions == tuple(
        (table.caption_line, table.caption) for table in source.tables)


def test_a_report_not_read_from_a_document_has_no_captions_to_give():
    assert Report(path="laporan.toml", format="toml", meta=Meta()).table_captions is None
