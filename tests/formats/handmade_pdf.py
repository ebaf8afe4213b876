"""A PDF written by hand for the reader's tests: pages of raw content streams, Helvetica.

The tests draw exactly the paths and text a producer writes (a grid in one path, a table
past the page edge, borders that touch), which no converter can be made to write on
purpose.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["A4", "pdf_of_pages"]

A4 = (595.3, 841.9)


def pdf_of_pages(pages: Sequence[bytes], size: tuple[float, float] = A4) -> bytes:
    """A PDF whose pages hold ``pages``, content streams that may use font ``/F1``
    (and ``/F2``, its bold)."""
    width, height = size
    count = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode()]
    font = 3 + 2 * count
    for index, content in enumerate(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
                       f"/Resources << /Font << /F1 {font} 0 R /F2 {font + 1} 0 R >> >> "
                       f"/Contents {4 + 2 * index} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content
                       + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
