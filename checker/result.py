"""What a check run gives back: the findings on one report.

A value the engine produces and the reporters and the reporter hook read, kept below
both so that neither has to import the other.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from checker.model import Report
from checker.rule import Finding
from checker.severity import Severity

__all__ = ["DocumentResult"]


@dataclass(frozen=True)
class DocumentResult:
    """One checked report and its findings, in report order."""

    report: Report
    findings: tuple[Finding, ...]
    # Findings an entry of the accepted findings file set aside: counted, not listed.
    accepted: tuple[Finding, ...] = ()
    # Remarks on the run for this report, one line each (an expired acceptance).
    notes: tuple[str, ...] = ()

    def summary(self) -> dict[str, int]:
        """How many findings there are of each severity, most severe first."""
        counts = Counter(f.severity.label for f in self.findings)
        return {severity.label: counts.get(severity.label, 0) for severity in reversed(Severity)}

    def without_model(self) -> DocumentResult:
        """The result with what names the report (path, format, source, meta) and
        nothing of its content: what the text and JSON output and the run's totals read.
        A worker process sends this back, not the whole model and text of the report."""
        report = self.report
        named = Report(path=report.path, format=report.format, meta=report.meta,
                       source=report.source)
        return replace(self, report=named)
