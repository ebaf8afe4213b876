"""Writing the report model in its structured form (``schemas/report.schema.json``).

The inverse of :mod:`checker.readers._build`: what ``lkjip extract`` writes, and
what the structured reader reads back into an equal model. Figures keep their
raw text beside the parsed value (``{raw, value}``), provenance keeps the lines
of the document the model came from, and ``source.pages`` the page each line is on
when that document is a PDF or Word file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from checker.model import (
    AchievementTable,
    BudgetItem,
    BudgetTable,
    Level,
    Meta,
    Number,
    Place,
    Plan,
    Provenance,
    Report,
    Scale,
    TargetTable,
)

__all__ = ["report_to_data", "to_json_text", "to_toml_text"]


def _figure(number: Number | None) -> dict[str, Any] | None:
    if number is None:
        return None
    if number.value is None:  # no value: the raw text is not a number
        return {"raw": number.raw}
    return {"raw": number.raw, "value": f"{number.value:f}"}


def _where(where: Provenance, with_table: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {"line": where.line, "end_line": where.end_line}
    if with_table:
        data["table"] = where.table
    return data


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Drop absent values: the schema has no nulls for optional fields."""
    return {key: value for key, value in data.items() if value is not None and value != []}


def _problem(problem: str | Mapping[str, str]) -> str | dict[str, str]:
    return problem if isinstance(problem, str) else dict(problem)


def _budget_item(item: BudgetItem, depth: int) -> dict[str, Any]:
    # The level tells the depth of a program/kegiatan/sub kegiatan; only a belanja
    # type under its group needs it written.
    nested = depth if item.level is Level.JENIS_BELANJA and depth else None
    return _clean({
        "level": item.level.value, "code": item.code, "name": item.name,
        "pagu": _figure(item.pagu), "realisasi": _figure(item.realisasi),
        "persen": _figure(item.persen), "sisa": _figure(item.sisa),
        "output": item.output, "sasaran": item.sasaran, "depth": nested,
        "earlier_pagu": [_figure(pagu) for pagu in item.earlier_pagu],
        **_where(item.where, False),
    })


def _with_depth(items: tuple[BudgetItem, ...], depth: int = 0) -> Iterator[tuple[BudgetItem, int]]:
    for item in items:
        yield item, depth
        yield from _with_depth(item.children, depth + 1)


def _budget_table(table: BudgetTable) -> dict[str, Any]:
    total = _clean({
        "pagu": _figure(table.total_pagu), "realisasi": _figure(table.total_realisasi),
        "persen": _figure(table.total_persen), "sisa": _figure(table.total_sisa),
        "line": table.total_where.line,
    })
    # "items" is required even when empty (a table whose rows could not be read).
    return {**_clean({
        "table": table.name, "kind": table.kind, "sasaran": table.sasaran,
        "part_of": table.part_of, "total": total or None,
        "earlier_pagu": [_figure(pagu) for pagu in table.earlier_pagu],
        **_where(table.where, False),
    }), "items": [_budget_item(item, depth) for item, depth in _with_depth(table.items)]}


def _achievement_table(table: AchievementTable) -> dict[str, Any]:
    rows = [_clean({
        "sasaran": row.sasaran, "indikator": row.indikator, "unit": row.unit,
        "polarity": row.polarity.value, "target": _figure(row.target),
        "realisasi": _figure(row.realisasi), "capaian": _figure(row.capaian),
        "corrected": _figure(row.corrected), "bobot": _figure(row.bobot),
        "predikat": row.predikat, "earlier": [_clean({
            "year": e.year, "target": _figure(e.target), "realisasi": _figure(e.realisasi),
            "capaian": _figure(e.capaian),
        }) for e in row.earlier],
        **_where(row.where, row.where.table != table.name),
    }) for row in table.rows]
    summaries = [_clean({
        "sasaran": s.sasaran, "capaian": _figure(s.capaian), "predikat": s.predikat,
        **_where(s.where, s.where.table != table.name),
    }) for s in table.summaries]
    # "rows" is required even when empty (a table of sasaran summaries only).
    return {**_clean({"table": table.name, "summaries": summaries,
                      **_where(table.where, False)}), "rows": rows}


def _target_table(table: TargetTable) -> dict[str, Any]:
    rows = [_clean({
        "level": row.level, "item": row.item, "indikator": row.indikator, "unit": row.unit,
        "targets": {str(year): _figure(n) for year, n in row.targets.items()},
        **_where(row.where, row.where.table != table.name),
    }) for row in table.rows]
    return {**_clean({"table": table.name, "kind": table.kind, **_where(table.where, False)}),
            "rows": rows}


def _meta(meta: Meta) -> dict[str, Any]:
    return _clean({
        "agency": meta.agency, "agency_kind": meta.agency_kind, "region": meta.region,
        "year": meta.year, "title": meta.title, "signed_place": meta.signed_place,
        "signed_date": meta.signed_date, "signer": meta.signer, "line": meta.where.line,
    })


def _plan(plan: Plan) -> dict[str, Any]:
    return _clean({
        "tujuan": [_clean({"id": t.id, "name": t.name, **_where(t.where)}) for t in plan.tujuan],
        "sasaran": [_clean({"id": s.id, "name": s.name, "tujuan": s.tujuan, **_where(s.where)})
                    for s in plan.sasaran],
        "indikator": [_clean({
            "id": i.id, "name": i.name, "sasaran": i.sasaran, "unit": i.unit,
            "polarity": i.polarity.value,
            "targets": {str(year): _figure(n) for year, n in i.targets.items()},
            **_where(i.where),
        }) for i in plan.indikator],
    })


def _agreements(report: Report) -> dict[str, list[dict[str, Any]]]:
    return {
        "agreements": [_clean({
            "sasaran": a.sasaran, "indikator": a.indikator, "target": _figure(a.target),
            "unit": a.unit, "document": a.document, **_where(a.where),
        }) for a in report.agreements],
        "agreement_programs": [_clean({
            "program": p.program, "pagu": _figure(p.pagu), "sasaran": p.sasaran,
            "document": p.document, **_where(p.where),
        }) for p in report.agreement_programs],
        "agreement_totals": [_clean({
            "pagu": _figure(t.pagu), "document": t.document, **_where(t.where),
        }) for t in report.agreement_totals],
        "iku": [_clean({
            "sasaran": r.sasaran, "indikator": r.indikator, "unit": r.unit,
            "target": _figure(r.target), "formula": r.formula, **_where(r.where),
        }) for r in report.iku],
    }


def _scale(scale: Scale) -> dict[str, Any]:
    return _clean({
        "bands": [_clean({"label": b.label,
                          "low": None if b.low is None else f"{b.low:f}",
                          "high": None if b.high is None else f"{b.high:f}",
                          "aliases": list(b.aliases)})
                  for b in scale.bands],
        **_where(scale.where),
    })


def _page_starts(places: tuple[Place, ...]) -> list[dict[str, int]]:
    """Where each page of a PDF or Word original begins in the text's lines: the page
    of the value on line n is that of the last start at or before n."""
    starts: list[dict[str, int]] = []
    for line, place in enumerate(places, start=1):
        if place.page is not None and (not starts or starts[-1]["page"] != place.page):
            starts.append({"page": place.page, "line": line})
    return starts


def report_to_data(report: Report, source: str | None = None) -> dict[str, Any]:
    """The report as plain data valid against the report schema; ``source`` is how the
    document its lines refer to is named (by default as it was given to the reader)."""
    data: dict[str, Any] = {
        "schema_version": 1,
        "meta": _meta(report.meta),
        "source": _clean({"path": source or report.source or report.path,
                          "format": report.format, "pages": _page_starts(report.places)}),
        "outline": [_clean({"kind": h.kind, "text": h.text, "level": h.level,
                            **_where(h.where, False)}) for h in report.outline],
        "plan": _plan(report.plan),
        **_agreements(report),
        "achievements": [_achievement_table(t) for t in report.achievements],
        "target_tables": [_target_table(t) for t in report.target_tables],
        "budgets": [_budget_table(t) for t in report.budgets],
        "links": [_clean({
            "sasaran": link.sasaran, "level": link.level.value, "name": link.name,
            "parent": link.parent, "source": link.source.value, **_where(link.where),
        }) for link in report.links],
        "claims": [_clean({
            "kind": c.kind, "subject": c.subject, "value": _figure(c.value), "words": c.words,
            "sasaran": c.sasaran, "group": c.group, "text": c.text, **_where(c.where, False),
        }) for c in report.claims],
        "doubts": [_clean({"kind": d.kind, "raw": d.raw, "problem": _problem(d.problem),
                           **_where(d.where)}) for d in report.doubts],
    }
    if report.scale is not None:
        data["scale"] = _scale(report.scale)
    return {key: value for key, value in data.items() if value not in ([], {})}


def to_json_text(report: Report, source: str | None = None) -> str:
    return json.dumps(report_to_data(report, source), ensure_ascii=False, indent=2) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _toml_key(key: str) -> str:
    bare = key.replace("_", "").replace("-", "").isalnum() and key.isascii()
    return key if bare else json.dumps(key)


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _toml_table(data: dict[str, Any], path: str, lines: list[str]) -> None:
    plain = {k: v for k, v in data.items() if not _is_table_array(v) and not (
        isinstance(v, dict) and any(_is_table_array(x) for x in v.values()))}
    for key, value in plain.items():
        lines.append(f"{_toml_key(key)} = {_toml_value(value)}")
    for key, value in data.items():
        if key in plain:
            continue
        child = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            lines += ["", f"[{child}]"]
            _toml_table(value, child, lines)
            continue
        for element in value:
            lines += ["", f"[[{child}]]"]
            _toml_table(element, child, lines)


def to_toml_text(report: Report, source: str | None = None) -> str:
    """TOML in the layout the line locator understands: one ``[[...]]`` block per row."""
    lines: list[str] = []
    _toml_table(report_to_data(report, source), "", lines)
    return "\n".join(lines).strip() + "\n"
