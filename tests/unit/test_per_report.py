"""``rules._per_report.per_report``: once per report, never kept after the report."""

from __future__ import annotations

import gc
import weakref
from dataclasses import replace

from checker.model import Meta, Report
from rules._per_report import per_report


def _report(path: str = "x.txt") -> Report:
    return Report(path=path, format="text", meta=Meta(agency="Kecamatan Sukamaju"),
                  text=("Kecamatan Sukamaju.",))


class _Made:
    """A value that can be watched for being freed (a list cannot be weakly referenced)."""


def test_the_value_is_made_once_for_a_report_and_again_for_another():
    made: list[Report] = []

    @per_report
    def value_of(report: Report) -> _Made:
        made.append(report)
        return _Made()

    report = _report()
    first = value_of(report)
    assert value_of(report) is first
    copy = replace(report, path="copy.txt")  # equal content, another report
    assert value_of(copy) is not first
    assert made == [report, copy]


def test_the_value_is_dropped_with_its_report():
    @per_report
    def value_of(report: Report) -> _Made:
        return _Made()

    report = _report()
    value = weakref.ref(value_of(report))
    del report
    gc.collect()
    assert value() is None


def test_only_the_last_few_reports_keep_their_value():
    @per_report
    def value_of(report: Report) -> _Made:
        return _Made()

    reports = [_report(f"r{number}.txt") for number in range(20)]
    values = [weakref.ref(value_of(report)) for report in reports]
    gc.collect()
    kept = [value for value in values if value() is not None]
    assert 0 < len(kept) < len(reports)
    assert values[-1]() is not None  # the newest is kept, the oldest are not
    assert values[0]() is None
