"""CON008 on the NIP: one signer (one name) printed with another NIP in one signature
block, on small text reports of Kecamatan Sukamaju written for the project.
``signature_nip_defects.txt`` signs the Bab IV with "... 1 005" where the Kata
Pengantar and the PK (unspaced) print "... 1 004"; ``signature_nip_clean.txt`` holds
what must pass (one NIP printed with a dot, another signer with another NIP)."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source
from rules.consistency.con008_signature_block import _nip


def test_con008_reports_a_nip_unlike_the_one_the_other_blocks_print(check_text):
    assert check_text("signature_nip_defects.txt", "CON008") == [
        ("CON008", 19, 'NIP penanda tangan "19760312 200112 1 005" berbeda dari '
         '"19760312 200112 1 004" pada blok tanda tangan baris 5.'),
    ]
    assert check_text("signature_nip_defects.txt", "CON008", lang="en")[0][2] == (
        'The signer\'s NIP "19760312 200112 1 005" differs from "19760312 200112 1 004" '
        "in the signature block on line 5.")


def test_con008_leaves_one_nip_printed_two_ways_and_other_signers_alone(check_text):
    assert check_text("signature_nip_clean.txt", "CON008") == []


def test_con008_compares_nips_of_the_same_name_only(registry):
    """Another name with another NIP is another person: nothing to tell; the same name
    with another NIP is told."""
    clean = (FIXTURES / "signature_nip_clean.txt").read_text(encoding="utf-8")
    report = extract_report(parse_source(
        edited(clean, ("DEWI LESTARI, S.Sos", "AHMAD FAUZI, S.STP")), "planted.txt"))
    rules = [r for r in registry.rules if r.code == "CON008"]
    found = flatten(check_report(report, rules, Config()).findings, "en")
    assert [(line, message) for _, line, message in found if "NIP" in message] == [
        (29, 'The signer\'s NIP "19800101 200501 2 001" differs from "19760312 200112 1 004" '
             "in the signature block on line 5."),
    ]


@pytest.mark.parametrize(("line", "digits"), [
    ("NIP. 19760312 200112 1 004", "197603122001121004"),
    ("NIP: 197603122001121004", "197603122001121004"),
    ("**NIP. 19861102.200701 1 001**", "198611022007011001"),
    ("NIP. 19760312 200112 1", None),  # cut
    ("| NIP. 19700614 199203 1 004 | NIP. 19790822 200501 2 011 |", None),  # two signers
    ("NIP. -", None),
])
def test_nip_reads_eighteen_digits_alone_on_their_line(line, digits):
    assert _nip(line) == digits
