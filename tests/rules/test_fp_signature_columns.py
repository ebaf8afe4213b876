"""CON008 on signatures laid out in columns: a PK's two signers side by side with spaces
(a PDF's text, the block cut by a page break) and in a markdown pipe table (followed by
the caption and the HTML table of the PK's lampiran). The signers are read one per
column, a page number, a running title and markup are never a signer's line, and a
column headed "Pihak Pertama" is the pihak pertama whatever its title."""

from __future__ import annotations

from collections.abc import Callable

_FORM_FEED = "\f"

# Two PKs of Kecamatan Sukamaju laid out with spaces; the first is cut by a page break
# between the names and the NIP.
_SPACED = """\
KATA PENGANTAR

Laporan ini disusun sebagai pertanggungjawaban kinerja tahun 2024.

                                                  Sukamaju, 10 Februari 2025
                                                  Camat Sukamaju



                                                  BUDI SANTOSA, S.IP
                                                  NIP 19760312 200112 1 004

PERJANJIAN KINERJA TAHUN 2024

   No   Sasaran                                        Target
   1    Meningkatnya kualitas pelayanan publik           80,00

                                                  Sukamaju, 3 Januari 2024
   Pihak Kedua,                                   Pihak Pertama,
   Bupati Contoh                                  Camat Sukamaju



   H. AHMAD YANI, S.E.                            BUDI SANTOSA, S.IP


                                             13
{ff}                                                   LKjIP Kecamatan Sukamaju Tahun 2024

                                                  NIP 19760312 200112 1 004

PERJANJIAN KINERJA PERUBAHAN TAHUN 2024

   No   Sasaran                                        Target
   1    Meningkatnya kualitas pelayanan publik           82,00

                                                  Sukamaju, 1 Juli 2024
   Pihak Kedua,                                   Pihak Pertama,
   Bupati Contoh                                  Camat Sukamaju



   H. AHMAD YANI, S.E.                            {second}
                                                  NIP 19760312 200112 1 004
"""

# A Sekretariat Daerah: its head, the Sekretaris Daerah, signs the report and, as pihak
# pertama, the PK with the Wali Kota in a markdown table.
_PIPE = """\
## KATA PENGANTAR

Laporan ini disusun sebagai pertanggungjawaban kinerja tahun 2024.

Kota Contoh, 12 Februari 2025

**SEKRETARIS DAERAH KOTA CONTOH**

**Ir. RAHMAT HIDAYAT, M.T.**
NIP. 19690412 199503 1 004

## Lampiran 1. Perjanjian Kinerja Tahun 2024

**PERJANJIAN KINERJA TAHUN 2024**

Kota Contoh, 15 Januari 2024

| Pihak Kedua, | Pihak Pertama, |
|---|---|
| WALI KOTA CONTOH | SEKRETARIS DAERAH KOTA CONTOH |
| H. SUTRISNO, S.E. | {pertama} |

**Lampiran Perjanjian Kinerja Sekretariat Daerah Kota Contoh Tahun 2024**

<table>
<tr><th>No</th><th>Sasaran Strategis</th><th>Target 2024</th></tr>
<tr><td>1</td><td>Meningkatnya kualitas tata kelola pemerintahan daerah</td><td>90,00</td></tr>
</table>
"""


def test_side_by_side_signers_cut_by_a_page_break_are_read_alike(
    check_inline: Callable[..., list[tuple]],
) -> None:
    text = _SPACED.format(ff=_FORM_FEED, second="BUDI SANTOSA, S.IP")
    assert check_inline(text, "CON008", path="laporan.txt") == []


def test_a_pihak_pertama_named_otherwise_in_the_pk_perubahan_is_told(
    check_inline: Callable[..., list[tuple]],
) -> None:
    text = _SPACED.format(ff=_FORM_FEED, second="BUDI SANTOSO, S.IP")
    # Split at newlines only: a form feed is no line break of the text.
    line = text.split("\n").index("                                                  "
                                  "Sukamaju, 1 Juli 2024") + 1
    assert check_inline(text, "CON008", path="laporan.txt") == [
        ("CON008", line, 'Nama penanda tangan "BUDI SANTOSO, S.IP" berbeda dari '
         '"BUDI SANTOSA, S.IP" pada blok tanda tangan baris 18.'),
    ]


def test_a_pk_signed_in_a_markdown_table_is_read_per_column(
    check_inline: Callable[..., list[tuple]],
) -> None:
    text = _PIPE.format(pertama="Ir. RAHMAT HIDAYAT, M.T.")
    assert check_inline(text, "CON008") == []


def test_the_pihak_pertama_of_a_markdown_table_spelled_otherwise_is_told(
    check_inline: Callable[..., list[tuple]],
) -> None:
    # Read from its column, the pihak pertama is compared with the report's own signer.
    text = _PIPE.format(pertama="Ir. RAHMAT HIDAJAT, M.T.")
    assert check_inline(text, "CON008") == [
        ("CON008", 16, 'Nama penanda tangan "Ir. RAHMAT HIDAJAT, M.T." berbeda dari '
         '"Ir. RAHMAT HIDAYAT, M.T." pada blok tanda tangan baris 5.'),
    ]
