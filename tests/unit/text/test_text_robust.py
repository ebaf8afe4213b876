"""parse_source never raises and stays fast on hostile or large input."""

from __future__ import annotations

import random
import time

import pytest

from checker.text import parse_source


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "\r\n\r\n",
        "\t",
        "|",
        "**",
        "<table>",
        "</table>",
        "<table><tr><td rowspan='x' colspan='-3'>a</td></tr></table>",
        "$$",
        "\\[\n| a | b |\n",
        "BAB",
        "\x00\x01\ufffd\ue000\ue001\ue002",
        "\u2028\u2029\x0c",
    ],
)
def test_degenerate_inputs(text: str) -> None:
    source = parse_source(text)
    assert source.problems == ()
    assert all(1 <= table.line <= table.end_line <= len(source.lines) for table in source.tables)


def test_line_numbers_follow_universal_newlines() -> None:
    source = parse_source("a\r\nb\rc\nd\n")
    assert source.lines == ("a", "b", "c", "d")
    assert parse_source("a\n\n").lines == ("a", "")


def test_random_garbage_never_raises() -> None:
    rng = random.Random(20240229)
    pieces = [
        "<table>",
        "</table>",
        "<tr>",
        "<td colspan=9 rowspan=0>",
        "</td>",
        "\t",
        "\n",
        "|",
        "|---|",
        "$$",
        "\\[",
        "\\]",
        "**",
        "<b>",
        "</b>",
        "BAB II",
        "1.1 ",
        "LAPORAN KINERJA X 2030",
        "- 3 -",
        "x",
        " ",
        "&amp;",
        "&#xD800;",
        "\r",
    ]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
        assert parse_source(text).problems == ()
    noise = "".join(chr(rng.randrange(0x110000)) for _ in range(20000))
    noise = noise.encode("utf-8", "replace").decode("utf-8", "replace")
    assert parse_source(noise).problems == ()


def _synthetic_report(size: int) -> tuple[str, int]:
    block = "\n".join(
        [
            "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2030",
            "",
            "3.1 Capaian Kinerja",
            "",
            "Paragraf uraian capaian kinerja yang cukup panjang untuk meniru isi laporan.",
            "",
            "No\tUraian\tTarget\tRealisasi\t%",
            "1\t<b>Program contoh</b>\t100\t90\t90,00",
            "2\tKegiatan **contoh**\t50\t50\t100,00",
            "",
            "| a | b |",
            "|---|---|",
            "| 1 | 2 |",
            "<table><tr><td colspan=2>x</td></tr><tr><td>1</td><td>2</td></tr></table>",
            "$$ x = \\frac{a}{b} $$",
            "- 12 -",
            "",
        ]
    )
    count = size // len(block)
    return block * count, count


def test_five_megabytes_parse_in_reasonable_time() -> None:
    text, blocks = _synthetic_report(5_000_000)
    started = time.perf_counter()
    source = parse_source(text)
    elapsed = time.perf_counter() - started
    assert source.problems == ()
    # One tab, one pipe and one HTML table per block, none joined to the next block's.
    assert len(source.tables) == 3 * blocks
    assert source.tables[-1].end_line <= len(source.lines)
    assert elapsed < 60, f"took {elapsed:.1f}s"


def test_pathological_lines_stay_linear() -> None:
    for text in ("*a" * 200_000, "<table>\n" * 20_000, ("|" * 40 + "\n") * 5_000):
        started = time.perf_counter()
        assert parse_source(text).problems == ()
        assert time.perf_counter() - started < 20
