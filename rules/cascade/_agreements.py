"""The Perjanjian Kinerja as the cascade rules read it: its documents and the PK in force.

A PK Perubahan replaces the PK: Bab III answers to the agreement in force.
"""

from __future__ import annotations

from checker.model import AgreementRow, Provenance, Report

__all__ = ["DOCUMENTS", "pk_in_force", "pk_sasaran"]

DOCUMENTS = {"pk": "Perjanjian Kinerja", "pk_perubahan": "Perjanjian Kinerja Perubahan"}


def pk_in_force(report: Report) -> list[AgreementRow]:
    """The agreement Bab III must answer to: a PK Perubahan replaces the PK."""
    perubahan = [row for row in report.agreements if row.document == "pk_perubahan"]
    return perubahan or [row for row in report.agreements if row.document == "pk"]


def pk_sasaran(report: Report) -> list[tuple[str, Provenance]]:
    """(sasaran, where) of the Perjanjian Kinerja in force, each sasaran once."""
    perubahan = [row for row in report.agreements if row.document == "pk_perubahan"]
    rows = perubahan or [row for row in report.agreements if row.document == "pk"]
    seen: dict[str, Provenance] = {}
    for row in rows:
        seen.setdefault(row.sasaran, row.where)
    return list(seen.items())
