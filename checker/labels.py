"""Words the human-readable reporters print, in each language."""

from __future__ import annotations

from checker.rule import Category, Severity

__all__ = [
    "CATEGORY",
    "SEVERITY",
    "TEXT_WORDS",
    "WORDS",
    "severity_count",
    "summary_line",
    "where",
]

SEVERITY = {
    "id": {Severity.ERROR: "kesalahan", Severity.WARNING: "peringatan", Severity.INFO: "info"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}

CATEGORY = {
    "id": {
        Category.STRUCTURE: "Struktur laporan",
        Category.CASCADE: "Keterkaitan (cascading)",
        Category.COUNTS: "Jumlah yang dinyatakan",
        Category.BUDGET: "Anggaran",
        Category.CAPAIAN: "Capaian kinerja",
        Category.CONSISTENCY: "Konsistensi antartabel",
        Category.HYGIENE: "Kerapian naskah",
        Category.INPUT: "Masukan yang tidak terbaca",
        Category.INTERNAL: "Galat internal",
    },
    "en": {
        Category.STRUCTURE: "Report structure",
        Category.CASCADE: "Cascade linkage",
        Category.COUNTS: "Stated counts",
        Category.BUDGET: "Budget",
        Category.CAPAIAN: "Performance achievement",
        Category.CONSISTENCY: "Consistency between tables",
        Category.HYGIENE: "Document hygiene",
        Category.INPUT: "Unreadable input",
        Category.INTERNAL: "Internal error",
    },
}

WORDS = {
    "id": {
        "line": "baris",
        "page": "hal.",
        "lines": "baris",
        "table": "tabel",
        "expected": "seharusnya",
        "actual": "tertulis",
        "regulation": "dasar",
        "rule": "aturan",
        "location": "lokasi",
        "message": "temuan",
        "summary": "Ringkasan",
        "no_findings": "Tidak ada temuan.",
        "findings_for": "Temuan untuk",
        "documents": "dokumen",
        "title": "Hasil Pemeriksaan Laporan Kinerja",
        "agency": "Instansi",
        "year": "Tahun",
        "file": "Berkas",
        "source": "Sumber baris",
    },
    "en": {
        "line": "line",
        "page": "p.",
        "lines": "lines",
        "table": "table",
        "expected": "expected",
        "actual": "found",
        "regulation": "regulation",
        "rule": "rule",
        "location": "location",
        "message": "finding",
        "summary": "Summary",
        "no_findings": "No findings.",
        "findings_for": "Findings for",
        "documents": "documents",
        "title": "Performance Report Review Findings",
        "agency": "Agency",
        "year": "Year",
        "file": "File",
        "source": "Lines refer to",
    },
}


# Words only the text reporter prints, in each language.
TEXT_WORDS = {
    "id": {"basis": "Dasar", "more_rules": "aturan"},
    "en": {"basis": "Regulations", "more_rules": "rules"},
}


def where(location_line: int | None, end_line: int | None, table: str | None, lang: str,
          page: int | None = None) -> str:
    """``hal. 23, baris 12-15, Tabel 3.4`` in the chosen language (the page only for a
    PDF or Word original)."""
    words = WORDS[lang]
    parts = [f"{words['page']} {page}"] if page is not None else []
    if location_line is not None:
        span = f"{location_line}" if not end_line or end_line == location_line else (
            f"{location_line}-{end_line}")
        parts.append(f"{words['line']} {span}")
    if table:
        parts.append(table)
    return ", ".join(parts)


_ACCEPTED = {"id": "diterima", "en": "accepted"}

# English counts its findings in the plural; Indonesian nouns do not change with the
# number ("2 kesalahan"), and "info" is uncountable in both.
_PLURAL = {"en": {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"}}


def severity_count(count: int, severity: Severity, lang: str) -> str:
    """``1 error``, ``2 errors``, ``2 kesalahan``."""
    plural = _PLURAL.get(lang, {}).get(severity) if count != 1 else None
    return f"{count} {plural or SEVERITY[lang][severity]}"


def summary_line(counts: dict[str, int], lang: str, accepted: int = 0) -> str:
    """``3 kesalahan, 2 peringatan, 1 info`` and, when some were, ``, 3 diterima``."""
    line = ", ".join(
        severity_count(counts.get(severity.label, 0), severity, lang)
        for severity in sorted(Severity, reverse=True)
    )
    return f"{line}, {accepted} {_ACCEPTED[lang]}" if accepted else line
