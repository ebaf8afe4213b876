"""From validated structured data (the JSON form of the model) to :class:`Report`.

The data has passed ``schemas/report.schema.json``, so shapes are right; what is
left to judge is the figures: a figure that is not a readable number becomes a
``number`` :class:`~checker.model.Doubt` (an ``input`` finding), never a guess.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from checker.budget_parts import rejoin_parts
from checker.doubts import negative_money
from checker.errors import InputError
from checker.limits import current_limits
from checker.model import (
    AchievementRow,
    AchievementSummary,
    AchievementTable,
    AgreementProgram,
    AgreementRow,
    AgreementTotal,
    BudgetItem,
    BudgetTable,
    CascadeLink,
    Claim,
    Doubt,
    EarlierYear,
    Heading,
    IkuRow,
    Indikator,
    Level,
    LevelTarget,
    LinkSource,
    Meta,
    Number,
    Plan,
    Polarity,
    Provenance,
    Report,
    Sasaran,
    Scale,
    ScaleBand,
    TargetTable,
    Tujuan,
)
from checker.numbers import MAX_DIGITS, NumberFormatError, is_sane, parse_number
from checker.readers._toml_lines import LineSpans
from checker.tree import nest, nest_by_depth

__all__ = ["ModelBuilder"]

Data = Mapping[str, Any]


# Integers from this one on have more digits than any figure is read with.
_TOO_LARGE = 10**MAX_DIGITS


def _decimal(text: Any) -> Decimal | None:
    """The ``value`` of a ``{raw, value}`` figure, or ``None`` when it is no number."""
    try:
        return Decimal(str(text)) if not isinstance(text, Decimal) else text
    except (InvalidOperation, ValueError):
        return None


class ModelBuilder:
    """Builds one report; collects the doubts met on the way."""

    def __init__(self, path: str, fmt: str, lines: LineSpans | None, text: Sequence[str]) -> None:
        self.path = path
        self.format = fmt
        self.lines = lines
        self.text = tuple(text)
        self.doubts: list[Doubt] = []

    # -- provenance and figures ------------------------------------------------------
    def where(self, item: Data, array: str | None, table: str | None = None) -> Provenance:
        """Explicit ``line``/``end_line`` win; else the TOML header's span."""
        span = self.lines.take(array) if (self.lines is not None and array) else None
        line = item.get("line", span[0] if span else None)
        end_line = item.get("end_line", span[1] if span and "line" not in item else None)
        return Provenance(line=line, end_line=end_line, table=item.get("table", table))

    def figure(self, value: Any, where: Provenance, field: str) -> Number | None:
        if value is None:
            return None
        if isinstance(value, Mapping):
            raw, parsed = value["raw"], value.get("value")
            if parsed is None:
                return Number(raw, None)
            return self._sane(raw, _decimal(parsed), where, field)
        if isinstance(value, bool):  # a bool is an int to Python, never a figure
            return self._unreadable(repr(value), where, field)
        if isinstance(value, int):
            if abs(value) >= _TOO_LARGE:  # no str() of it: Python refuses past 4,300 digits
                return self._unreadable(f"{value.bit_length()}-bit integer", where, field)
            return Number(str(value), Decimal(value))
        if isinstance(value, float):
            if not math.isfinite(value):  # TOML nan/inf, JSON NaN: no figure a report prints
                problem = {
                    "id": f"{field}: {value!r} bukan angka",
                    "en": f"{field}: {value!r} is not a number",
                }
                self.doubts.append(Doubt("number", repr(value), problem, where))
                return Number(repr(value), None)
            return self._sane(repr(value), Decimal(repr(value)), where, field)
        try:
            return Number(value, parse_number(value))
        except NumberFormatError as exc:
            problem = {lang: f"{field}: {text}" for lang, text in exc.reason.items()}
            self.doubts.append(Doubt("number", value, problem, where))
            return Number(value, None)

    def _sane(self, raw: str, value: Decimal | None, where: Provenance, field: str) -> Number:
        """``value`` as the figure of ``raw``, unless no report could print it: more than
        :data:`~checker.numbers.MAX_DIGITS` digits, not finite, or not a number at all."""
        if value is not None and is_sane(value):
            return Number(raw, value)
        return self._unreadable(raw, where, field)

    def _unreadable(self, raw: str, where: Provenance, field: str) -> Number:
        shown = raw if len(raw) <= 60 else raw[:57] + "..."
        problem = {
            "id": f"{field}: {shown} bukan angka yang dapat dibaca (paling banyak "
                  f"{MAX_DIGITS} digit sebelum dan sesudah koma)",
            "en": f"{field}: {shown} is not a readable number (at most {MAX_DIGITS} digits "
                  "before and after the point)",
        }
        self.doubts.append(Doubt("number", shown, problem, where))
        return Number(raw, None)

    def money(self, value: Any, where: Provenance, field: str) -> Number | None:
        """A pagu or realisasi: a negative amount is no budget a table can hold, so it is
        reported (and left unread) rather than summed."""
        number = self.figure(value, where, field)
        if number is not None and number.value is not None and number.value < 0:
            self.doubts.append(negative_money(number.raw, field, where))
            return Number(number.raw, None)
        return number

    # -- parts ---------------------------------------------------------------------------
    def build(self, data: Data) -> Report:
        meta = self.meta(data["meta"])
        budgets = tuple(self.budget_table(t) for t in data.get("budgets", ()))
        return Report(
            path=self.path,
            format=self.format,
            meta=meta,
            outline=tuple(self.heading(h) for h in data.get("outline", ())),
            plan=self.plan(data.get("plan", {})),
            agreements=tuple(self.agreement(a) for a in data.get("agreements", ())),
            agreement_programs=tuple(
                self.agreement_program(p) for p in data.get("agreement_programs", ())
            ),
            agreement_totals=tuple(
                self.agreement_total(t) for t in data.get("agreement_totals", ())
            ),
            iku=tuple(self.iku(row) for row in data.get("iku", ())),
            achievements=tuple(self.achievement_table(t) for t in data.get("achievements", ())),
            target_tables=tuple(self.target_table(t) for t in data.get("target_tables", ())),
            scale=self.scale(data["scale"]) if "scale" in data else None,
            budgets=budgets,
            joined_budgets=rejoin_parts(budgets),
            links=tuple(self.link(link) for link in data.get("links", ())),
            claims=tuple(self.claim(c) for c in data.get("claims", ())),
            doubts=tuple(self.doubt(d) for d in data.get("doubts", ())) + tuple(self.doubts),
            text=self.text,
            source=data.get("source", {}).get("path"),
        )

    def meta(self, data: Data) -> Meta:
        span = self.lines.table("meta") if self.lines is not None else None
        where = Provenance(line=data.get("line", span[0] if span else None))
        fields = {k: v for k, v in data.items() if k != "line"}
        return Meta(**fields, where=where)

    def heading(self, data: Data) -> Heading:
        where = self.where(data, "outline")
        return Heading(data["kind"], data["text"], data.get("level", 1), where)

    def plan(self, data: Data) -> Plan:
        tujuan = tuple(
            Tujuan(t["id"], t["name"], self.where(t, "plan.tujuan")) for t in data.get("tujuan", ())
        )
        sasaran = tuple(
            Sasaran(s["id"], s["name"], s.get("tujuan"), self.where(s, "plan.sasaran"))
            for s in data.get("sasaran", ())
        )
        return Plan(tujuan, sasaran, tuple(self.indikator(i) for i in data.get("indikator", ())))

    def indikator(self, data: Data) -> Indikator:
        where = self.where(data, "plan.indikator")
        targets = {
            int(year): number
            for year, value in data.get("targets", {}).items()
            if (number := self.figure(value, where, f"target {year}")) is not None
        }
        return Indikator(
            id=data["id"],
            name=data["name"],
            sasaran=data.get("sasaran"),
            unit=data.get("unit"),
            polarity=Polarity(data.get("polarity", "positive")),
            targets=targets,
            where=where,
        )

    def agreement(self, data: Data) -> AgreementRow:
        where = self.where(data, "agreements")
        return AgreementRow(
            sasaran=data["sasaran"],
            indikator=data.get("indikator"),
            target=self.figure(data.get("target"), where, "target"),
            unit=data.get("unit"),
            document=data.get("document", "pk"),
            where=where,
        )

    def agreement_program(self, data: Data) -> AgreementProgram:
        where = self.where(data, "agreement_programs")
        return AgreementProgram(
            program=data["program"],
            pagu=self.money(data.get("pagu"), where, "pagu"),
            sasaran=data.get("sasaran"),
            document=data.get("document", "pk"),
            where=where,
        )

    def agreement_total(self, data: Data) -> AgreementTotal:
        where = self.where(data, "agreement_totals")
        return AgreementTotal(
            pagu=self.money(data.get("pagu"), where, "pagu"),
            document=data.get("document", "pk"),
            where=where,
        )

    def iku(self, data: Data) -> IkuRow:
        where = self.where(data, "iku")
        return IkuRow(
            sasaran=data.get("sasaran"),
            indikator=data["indikator"],
            unit=data.get("unit"),
            target=self.figure(data.get("target"), where, "target"),
            formula=data.get("formula"),
            where=where,
        )

    def achievement_table(self, data: Data) -> AchievementTable:
        name = data["table"]
        where = self.where(data, "achievements", name)
        rows = tuple(self.achievement_row(r, name) for r in data["rows"])
        summaries = tuple(self.achievement_summary(s, name) for s in data.get("summaries", ()))
        return AchievementTable(name, rows, summaries, where)

    def achievement_summary(self, data: Data, table: str) -> AchievementSummary:
        where = self.where(data, "achievements.summaries", table)
        return AchievementSummary(
            sasaran=data["sasaran"],
            capaian=self.figure(data.get("capaian"), where, "capaian"),
            predikat=data.get("predikat"),
            where=where,
        )

    def achievement_row(self, data: Data, table: str) -> AchievementRow:
        where = self.where(data, "achievements.rows", table)
        return AchievementRow(
            sasaran=data.get("sasaran"),
            indikator=data["indikator"],
            unit=data.get("unit"),
            polarity=Polarity(data.get("polarity", "positive")),
            target=self.figure(data.get("target"), where, "target"),
            realisasi=self.figure(data.get("realisasi"), where, "realisasi"),
            capaian=self.figure(data.get("capaian"), where, "capaian"),
            predikat=data.get("predikat"),
            where=where,
            earlier=tuple(self.earlier_year(e, where) for e in data.get("earlier", ())),
            corrected=self.figure(data.get("corrected"), where, "capaian terkoreksi"),
            bobot=self.figure(data.get("bobot"), where, "bobot"),
        )

    def earlier_year(self, data: Data, where: Provenance) -> EarlierYear:
        year = int(data["year"])
        return EarlierYear(
            year=year,
            target=self.figure(data.get("target"), where, f"target {year}"),
            realisasi=self.figure(data.get("realisasi"), where, f"realisasi {year}"),
            capaian=self.figure(data.get("capaian"), where, f"capaian {year}"),
        )

    def target_table(self, data: Data) -> TargetTable:
        name = data["table"]
        where = self.where(data, "target_tables", name)
        rows = tuple(self.level_target(r, name) for r in data["rows"])
        return TargetTable(name, data["kind"], rows, where)

    def level_target(self, data: Data, table: str) -> LevelTarget:
        where = self.where(data, "target_tables.rows", table)
        targets = {
            int(year): number
            for year, value in data.get("targets", {}).items()
            if (number := self.figure(value, where, f"target {year}")) is not None
        }
        return LevelTarget(
            level=data["level"],
            item=data.get("item"),
            indikator=data["indikator"],
            unit=data.get("unit"),
            targets=targets,
            where=where,
        )

    def scale(self, data: Data) -> Scale:
        span = self.lines.table("scale") if self.lines is not None else None
        where = Provenance(
            line=data.get("line", span[0] if span else None), table=data.get("table")
        )
        bands = tuple(
            ScaleBand(
                label=band["label"],
                low=self._bound(band.get("low"), f"scale.bands[{index}].low"),
                high=self._bound(band.get("high"), f"scale.bands[{index}].high"),
                aliases=tuple(band.get("aliases", ())),
            )
            for index, band in enumerate(data["bands"])
        )
        return Scale(bands=bands, source="report", where=where)

    def _bound(self, value: Any, field: str) -> Decimal | None:
        """A scale bound; one that is not a number makes the scale unusable."""
        if value is None:
            return None
        try:
            bound = Decimal(str(value)) if not isinstance(value, str) else parse_number(value)
        except NumberFormatError as exc:
            raise InputError(self.path, f"{field}: {exc.reason['en']}") from None
        if bound is None or not bound.is_finite():
            raise InputError(self.path, f"{field}: {value!r} is not a number")
        return bound

    def budget_table(self, data: Data) -> BudgetTable:
        name = data["table"]
        where = self.where(data, "budgets", name)
        total = data.get("total", {})
        total_where = self._total_where(total, where)
        items = [self.budget_item(item, name) for item in data["items"]]
        depths = [item.get("depth") for item in data["items"]]
        deepest = max((d for d in depths if d is not None), default=0)
        most = current_limits().max_depth
        if deepest >= most:  # the tree is walked by recursion: keep it shallow
            raise InputError(self.path, f"budgets: an item's depth {deepest} nests more "
                             f"than {most} levels", f"budgets: depth {deepest} sebuah "
                             f"butir bersarang lebih dari {most} tingkat")
        return BudgetTable(
            name=name,
            kind=data["kind"],
            items=nest_by_depth(items, depths) if any(d is not None for d in depths)
            else nest(items),
            total_pagu=self.money(total.get("pagu"), total_where, "total pagu"),
            total_realisasi=self.money(total.get("realisasi"), total_where, "total realisasi"),
            total_persen=self.figure(total.get("persen"), total_where, "total persen"),
            total_sisa=self.figure(total.get("sisa"), total_where, "total sisa"),
            where=where,
            total_where=total_where,
            sasaran=data.get("sasaran"),
            earlier_pagu=self._earlier_pagu(data, total_where),
            part_of=data.get("part_of"),
        )

    def _earlier_pagu(self, data: Data, where: Provenance) -> tuple[Number, ...]:
        """The pagu of each earlier stage a table or an item states (history)."""
        stages = (self.money(raw, where, "earlier pagu") for raw in data.get("earlier_pagu", ()))
        return tuple(pagu for pagu in stages if pagu is not None)

    def link(self, data: Data) -> CascadeLink:
        return CascadeLink(
            sasaran=data["sasaran"],
            level=Level(data["level"]),
            name=data["name"],
            parent=data.get("parent"),
            source=LinkSource(data.get("source", "link_table")),
            where=self.where(data, "links"),
        )

    def _total_where(self, total: Data, where: Provenance) -> Provenance:
        span = None
        if self.lines is not None and where.line is not None and "line" not in total:
            # Only this table's own [budgets.total] header: it lies before the next table.
            following = self.lines.peek("budgets")
            span = self.lines.find("budgets.total", where.line, following[0] if following else None)
        line = total.get("line", span[0] if span else where.line)
        return Provenance(line=line, table=where.table)

    def budget_item(self, data: Data, table: str) -> BudgetItem:
        where = self.where(data, "budgets.items", table)
        return BudgetItem(
            level=Level(data["level"]),
            name=data["name"],
            code=data.get("code"),
            pagu=self.money(data.get("pagu"), where, "pagu"),
            realisasi=self.money(data.get("realisasi"), where, "realisasi"),
            persen=self.figure(data.get("persen"), where, "persen"),
            sisa=self.figure(data.get("sisa"), where, "sisa"),
            output=data.get("output"),
            sasaran=data.get("sasaran"),
            children=(),
            where=where,
            earlier_pagu=self._earlier_pagu(data, where),
        )

    def claim(self, data: Data) -> Claim:
        where = self.where(data, "claims")
        value = self.figure(data["value"], where, data["subject"])
        assert value is not None  # the schema requires a value
        return Claim(
            kind=data["kind"],
            subject=data["subject"],
            value=value,
            words=data.get("words"),
            sasaran=data.get("sasaran"),
            group=data.get("group"),
            text=data.get("text"),
            where=where,
        )

    def doubt(self, data: Data) -> Doubt:
        return Doubt(data["kind"], data["raw"], data["problem"], self.where(data, "doubts"))
