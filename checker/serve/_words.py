"""The words of the page, in Bahasa Indonesia and in English."""

from __future__ import annotations

__all__ = ["LANGUAGES", "WORDS", "words"]

LANGUAGES = ("id", "en")

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Pemeriksa LKjIP",
        "intro": "Periksa Laporan Kinerja Instansi Pemerintah (LKjIP) sebelum diserahkan. "
                 "Berkas diperiksa di server ini dan langsung dihapus; tidak ada yang disimpan.",
        "other_lang": "English",
        "other_lang_code": "en",
        "files": "Berkas laporan",
        "choose": "Pilih berkas",
        "files_hint": "PDF, DOCX, TXT, MD, TOML atau JSON; paling banyak {max_files} berkas, "
                      "masing-masing paling besar {max_mb} MB.",
        "drop": "Tarik berkas ke sini, atau pilih dengan tombol di atas.",
        "lang": "Bahasa temuan",
        "lang_id": "Bahasa Indonesia",
        "lang_en": "English",
        "rules": "Pilihan aturan (tidak wajib)",
        "select": "Hanya aturan ini",
        "ignore": "Kecuali aturan ini",
        "codes_hint": "Kode, awalan kode atau kategori, dipisah koma, mis. BUD, CNT001, budget.",
        "check": "Periksa",
        "checking": "Memeriksa…",
        "download": "Unduh hasil sebagai",
        "download_hint": "Mengirim ulang berkas yang dipilih dan mengunduh hasilnya.",
        "results": "Hasil pemeriksaan",
        "summary_files": "Ringkasan berkas",
        "regional": "Ringkasan wilayah",
        "errors": "Kesalahan",
        "warnings": "Peringatan",
        "info": "Info",
        "top_rules": "Aturan terbanyak",
        "file": "Berkas",
        "agency": "Instansi",
        "year": "Tahun",
        "findings": "Temuan",
        "status": "Status",
        "unreadable": "tidak terbaca",
        "no_findings": "Tidak ada temuan.",
        "severity": "Tingkat",
        "rule": "Aturan",
        "where": "Lokasi",
        "message": "Temuan",
        "expected": "Seharusnya",
        "actual": "Tertulis",
        "regulation": "Dasar",
        "report_frame": "Laporan hasil pemeriksaan {name}",
        "downloads": "Unduh hasil",
        "too_big_to_embed": "Hasil terlalu besar untuk disertakan di halaman; gunakan tombol "
                            "unduh pada formulir di atas.",
        "no_downloads": "Tidak ada format unduhan yang terpasang.",
        "error": "Permintaan tidak dapat diproses",
        "too_large": "Berkas {name} lebih besar dari batas {max_mb} MB per berkas.",
        "too_large_request": "Kiriman lebih besar dari batas ({max_files} berkas, "
                             "masing-masing {max_mb} MB).",
        "too_many_files": "Terlalu banyak berkas: paling banyak {max_files} berkas sekali kirim.",
        "not_a_form": "Kiriman bukan formulir unggahan yang sah.",
        "no_files": "Belum ada berkas yang dipilih.",
        "timed_out": "Pemeriksaan melewati batas waktu {seconds} detik dan dihentikan. "
                     "Coba kirim lebih sedikit berkas sekaligus, atau gunakan perintah "
                     "lkjip check di komputer sendiri.",
        "restarted": "Pemeriksa dimulai ulang di tengah pemeriksaan ini; silakan kirim lagi.",
        "foreign_origin": "Kiriman dari halaman situs lain ditolak.",
        "busy": "Server sedang sibuk memeriksa laporan lain; silakan coba lagi sebentar lagi.",
        "not_found": "Halaman tidak ditemukan.",
        "method": "Metode tidak diizinkan.",
        "server_error": "Terjadi galat di server. Berkas Anda tidak disimpan; silakan coba lagi.",
        "back": "Kembali ke formulir",
        "notes": "Catatan",
        "skip": "Langsung ke formulir",
    },
    "en": {
        "title": "LKjIP Checker",
        "intro": "Check a government performance report (LKjIP) before submitting it. "
                 "Files are checked on this server and deleted at once; nothing is stored.",
        "other_lang": "Bahasa Indonesia",
        "other_lang_code": "id",
        "files": "Report files",
        "choose": "Choose files",
        "files_hint": "PDF, DOCX, TXT, MD, TOML or JSON; at most {max_files} files, "
                      "each at most {max_mb} MB.",
        "drop": "Drop files here, or choose them with the button above.",
        "lang": "Language of findings",
        "lang_id": "Bahasa Indonesia",
        "lang_en": "English",
        "rules": "Rule selection (optional)",
        "select": "Only these rules",
        "ignore": "Except these rules",
        "codes_hint": "Codes, code prefixes or categories, comma-separated, e.g. BUD, CNT001, "
                      "budget.",
        "check": "Check",
        "checking": "Checking…",
        "download": "Download the results as",
        "download_hint": "Sends the chosen files again and downloads the results.",
        "results": "Results",
        "summary_files": "Files",
        "regional": "Regional summary",
        "errors": "Errors",
        "warnings": "Warnings",
        "info": "Info",
        "top_rules": "Most frequent rules",
        "file": "File",
        "agency": "Agency",
        "year": "Year",
        "findings": "Findings",
        "status": "Status",
        "unreadable": "unreadable",
        "no_findings": "No findings.",
        "severity": "Severity",
        "rule": "Rule",
        "where": "Location",
        "message": "Finding",
        "expected": "Expected",
        "actual": "Found",
        "regulation": "Regulation",
        "report_frame": "Findings report for {name}",
        "downloads": "Download the results",
        "too_big_to_embed": "The results are too large to include in the page; use the "
                            "download buttons of the form above.",
        "no_downloads": "No download format is installed.",
        "error": "The request cannot be processed",
        "too_large": "The file {name} is larger than the limit of {max_mb} MB per file.",
        "too_large_request": "The upload is larger than the limit ({max_files} files of "
                             "{max_mb} MB).",
        "too_many_files": "Too many files: at most {max_files} files at a time.",
        "not_a_form": "The request is not a valid upload form.",
        "no_files": "No file was chosen.",
        "timed_out": "The check took longer than the limit of {seconds} seconds and was "
                     "stopped. Send fewer files at a time, or run lkjip check on your own "
                     "computer.",
        "restarted": "The checker was restarted during this check; please send it again.",
        "foreign_origin": "An upload from another site's page is refused.",
        "busy": "The server is busy checking other reports; please try again shortly.",
        "not_found": "Page not found.",
        "method": "Method not allowed.",
        "server_error": "The server ran into an error. Your files were not kept; please try "
                        "again.",
        "back": "Back to the form",
        "notes": "Notes",
        "skip": "Skip to the form",
    },
}


def words(lang: str) -> dict[str, str]:
    """The page's words in ``lang`` (Bahasa Indonesia for anything unknown)."""
    return WORDS.get(lang, WORDS["id"])
