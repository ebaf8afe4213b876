"""checker.engine: rule selection, severities, the guard around each rule, exit codes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from checker.config import Config
from checker.context import Context
from checker.engine import check_report, exit_code, select_rules
from checker.errors import ConfigError
from checker.readers.structured import load_structured
from checker.result import DocumentResult
from checker.rule import Category, Location, Severity, Violation, rule

REGULATION = "Permenpan RB 53/2014, Lampiran III"


def _meta(code: str, slug: str, category: Category, severity: Severity, **extra):
    return rule(
        code=code,
        slug=slug,
        title={"id": f"Judul {code}", "en": f"Title {code}"},
        category=category,
        severity=severity,
        regulation=REGULATION,
        message={"id": "Temuan {code} di baris {line}", "en": "Finding {code} at line {line}"},
        **extra,
    )


@_meta("BUD901", "budget-test-one", Category.BUDGET, Severity.ERROR)
def BUD901(context: Context) -> Iterator[Violation]:
    yield Violation(Location(line=30, table="Tabel 3.4"), {"code": "BUD901", "line": 30},
                    expected="100", actual="90")


@_meta("BUD902", "budget-test-two", Category.BUDGET, Severity.ERROR)
def BUD902(context: Context) -> Iterator[Violation]:
    # A softer variant: the rule lowers its own severity for this violation.
    yield Violation(Location(line=10), {"code": "BUD902", "line": 10}, severity=Severity.WARNING)


@_meta("CNT901", "counts-test", Category.COUNTS, Severity.WARNING)
def CNT901(context: Context) -> Iterator[Violation]:
    yield Violation(Location(line=20), {"code": "CNT901", "line": 20})


@_meta("HYG901", "hygiene-test", Category.HYGIENE, Severity.INFO)
def HYG901(context: Context) -> Iterator[Violation]:
    yield Violation(Location(line=5), {"code": "HYG901", "line": 5})


@_meta("CRS901", "crash-test", Category.CAPAIAN, Severity.WARNING)
def CRS901(context: Context) -> Iterator[Violation]:
    raise ZeroDivisionError("division by zero in a test rule")


@_meta("CRS902", "crash-bad-args", Category.CAPAIAN, Severity.WARNING)
def CRS902(context: Context) -> Iterator[Violation]:
    yield Violation(Location(line=1), {"code": "CRS902"})  # "line" missing from the args


@_meta("OLD901", "old-rule", Category.STRUCTURE, Severity.ERROR, effective_until=2020)
def OLD901(context: Context) -> Iterator[Violation]:
    yield Violation(Location(line=1), {"code": "OLD901", "line": 1})


@_meta("NEW901", "new-rule", Category.STRUCTURE, Severity.ERROR, effective_from=2024)
def NEW901(context: Context) -> Iterator[Violation]:
    yield Violation(Location(line=2), {"code": "NEW901", "line": 2})


RULES = (BUD901, BUD902, CNT901, HYG901)


@pytest.fixture(scope="module")
def report():
    return load_structured({"meta": {"agency": "Kecamatan Sukamaju", "year": 2024}})


def _codes(config: Config, rules=RULES) -> list[str]:
    return [r.code for r in select_rules(rules, config)]


# -- selection ------------------------------------------------------------------------


def test_default_selects_all():
    assert _codes(Config()) == ["BUD901", "BUD902", "CNT901", "HYG901"]


@pytest.mark.parametrize(
    ("select", "expected"),
    [
        (("ALL",), ["BUD901", "BUD902", "CNT901", "HYG901"]),
        (("all",), ["BUD901", "BUD902", "CNT901", "HYG901"]),
        (("BUD",), ["BUD901", "BUD902"]),
        (("BUD90",), ["BUD901", "BUD902"]),
        (("BUD902",), ["BUD902"]),
        (("bud902",), ["BUD902"]),
        (("budget",), ["BUD901", "BUD902"]),
        (("hygiene", "CNT901"), ["CNT901", "HYG901"]),
        (("counts-test",), ["CNT901"]),  # a slug
    ],
)
def test_select(select, expected):
    assert _codes(Config(select=select)) == expected


def test_extend_select_adds_to_select():
    assert _codes(Config(select=("BUD",), extend_select=("HYG",))) == [
        "BUD901", "BUD902", "HYG901"]


def test_ignore_removes():
    assert _codes(Config(ignore=("BUD902",))) == ["BUD901", "CNT901", "HYG901"]
    assert _codes(Config(ignore=("budget", "HYG"))) == ["CNT901"]


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        # The more specific selector wins, whichever list it is in.
        (Config(select=("BUD901",), ignore=("BUD",)), ["BUD901"]),
        (Config(select=("BUD",), ignore=("BUD901",)), ["BUD902"]),
        (Config(select=("BUD9",), ignore=("budget",)), ["BUD901", "BUD902"]),
        (Config(select=("ALL",), ignore=("budget",)), ["CNT901", "HYG901"]),
        (Config(select=("budget",), ignore=("ALL",)), ["BUD901", "BUD902"]),
        (Config(select=("HYG",), extend_select=("BUD902",), ignore=("BUD",)),
         ["BUD902", "HYG901"]),
    ],
)
def test_more_specific_selector_wins(config, expected):
    assert _codes(config) == expected


def test_bug_ignore_loses_a_tie_with_select():
    """``select - ignore``: ignoring exactly what was selected must remove it (as in
    ruff, ignore wins at equal specificity). With ``select = ["INP001"]`` in lkjip.toml,
    ``lkjip check --ignore INP001`` still runs INP001, because the engine keeps a rule
    when ``selected >= ignored``."""
    assert _codes(Config(select=("BUD",), ignore=("BUD901",))) == ["BUD902"]
    for selector in ("BUD901", "BUD", "budget"):
        with pytest.raises(ConfigError, match="no rule to run"):
            _codes(Config(select=(selector,), ignore=(selector,)))


def test_a_selection_that_leaves_nothing_is_an_error():
    """A typo must not silently check nothing: an empty selection is refused."""
    with pytest.raises(ConfigError, match="no rule to run"):
        _codes(Config(select=("budget",), ignore=("BUD9",)))
    with pytest.raises(ConfigError, match="no rule to run"):
        _codes(Config(select=()))


@pytest.mark.parametrize(
    "config",
    [
        Config(select=("ZZZ",)),
        Config(extend_select=("ZZZ",)),
        Config(ignore=("ZZZ",)),
        Config(severity={"ZZZ999": Severity.INFO}),
        Config(select=("bugdet",)),  # a typo of a category
    ],
)
def test_unknown_selector_is_a_config_error(config):
    with pytest.raises(ConfigError) as info:
        select_rules(RULES, config)
    message = str(info.value)
    assert "ZZZ" in message or "bugdet" in message
    assert "\n" not in message


# -- severities -------------------------------------------------------------------------


def _by_rule(result: DocumentResult) -> dict[str, Severity]:
    return {f.rule: f.severity for f in result.findings}


def test_default_severities(report):
    severities = _by_rule(check_report(report, RULES, Config()))
    assert severities == {
        "BUD901": Severity.ERROR,
        "BUD902": Severity.WARNING,  # lowered by the rule itself
        "CNT901": Severity.WARNING,
        "HYG901": Severity.INFO,
    }


def test_per_rule_severity_override(report):
    config = Config(severity={"BUD901": Severity.WARNING, "HYG901": Severity.ERROR,
                              "BUD902": Severity.ERROR})
    severities = _by_rule(check_report(report, RULES, config))
    assert severities["BUD901"] is Severity.WARNING
    assert severities["HYG901"] is Severity.ERROR
    # An explicit override wins over the rule's own softer variant.
    assert severities["BUD902"] is Severity.ERROR
    assert severities["CNT901"] is Severity.WARNING  # untouched


def test_bug_severity_override_by_prefix_or_category_is_silently_ignored(report):
    """select_rules accepts a severity key that is a prefix, a category or a slug (it
    checks it like a selector), but the engine looks the override up by exact code
    only, so ``severity = { BUD = "info" }`` passes validation and changes nothing.
    Either apply it or refuse it; silently doing nothing is the worst outcome."""
    for key in ("BUD", "budget", "budget-test-one", "bud901"):
        config = Config(severity={key: Severity.INFO})
        try:
            rules = select_rules(RULES, config)
        except ConfigError:
            continue  # refusing the key is acceptable
        severities = _by_rule(check_report(report, rules, config))
        assert severities["BUD901"] is Severity.INFO, f"severity key {key!r} had no effect"


# -- findings ------------------------------------------------------------------------------


def test_findings_are_dressed_with_rule_metadata(report):
    finding = next(f for f in check_report(report, RULES, Config()).findings
                   if f.rule == "BUD901")
    assert finding.slug == "budget-test-one"
    assert finding.category is Category.BUDGET
    assert finding.regulation == REGULATION
    assert finding.message == {"id": "Temuan BUD901 di baris 30",
                               "en": "Finding BUD901 at line 30"}
    assert finding.text("en") == "Finding BUD901 at line 30"
    assert finding.template["id"] == "Temuan {code} di baris {line}"
    assert finding.args == {"code": "BUD901", "line": 30}
    assert finding.location == Location(line=30, table="Tabel 3.4")
    assert (finding.expected, finding.actual) == ("100", "90")


def test_findings_sorted_by_line(report):
    findings = check_report(report, RULES, Config()).findings
    assert [(f.location.line, f.rule) for f in findings] == [
        (5, "HYG901"), (10, "BUD902"), (20, "CNT901"), (30, "BUD901")]


def test_summary_counts(report):
    result = check_report(report, RULES, Config())
    assert result.summary() == {"error": 1, "warning": 2, "info": 1}
    assert list(result.summary()) == ["error", "warning", "info"]


def test_rules_follow_the_reports_year():
    rules = (OLD901, NEW901)
    report_2024 = load_structured({"meta": {"agency": "X", "year": 2024}})
    report_2019 = load_structured({"meta": {"agency": "X", "year": 2019}})
    assert [f.rule for f in check_report(report_2024, rules, Config()).findings] == ["NEW901"]
    assert [f.rule for f in check_report(report_2019, rules, Config()).findings] == ["OLD901"]


# -- the guard --------------------------------------------------------------------------


def test_a_rule_that_raises_becomes_one_internal_finding(report):
    result = check_report(report, (BUD901, CRS901, CNT901), Config())
    internal = [f for f in result.findings if f.category is Category.INTERNAL]
    assert len(internal) == 1
    finding = internal[0]
    assert finding.rule == "CRS901"
    assert finding.severity is Severity.ERROR
    assert "CRS901" in finding.text("id") and "CRS901" in finding.text("en")
    assert "ZeroDivisionError" in finding.text("en")
    # The other rules still ran.
    assert {f.rule for f in result.findings} == {"BUD901", "CRS901", "CNT901"}
    assert exit_code([result], Severity.ERROR) == 2
    assert exit_code([result], None) == 2  # even with fail-on = never


def test_a_rule_with_bad_message_args_is_guarded(report):
    result = check_report(report, (CRS902, HYG901), Config())
    assert [(f.rule, f.category) for f in result.findings] == [
        ("CRS902", Category.INTERNAL), ("HYG901", Category.HYGIENE)]
    assert exit_code([result], None) == 2


# -- exit codes ------------------------------------------------------------------------


def test_fail_on(report):
    warnings_only = check_report(report, (CNT901, HYG901), Config())
    with_error = check_report(report, RULES, Config())
    nothing = check_report(report, (), Config())
    assert exit_code([warnings_only], Severity.ERROR) == 0
    assert exit_code([warnings_only], Severity.WARNING) == 1
    assert exit_code([warnings_only], Severity.INFO) == 1
    assert exit_code([warnings_only], None) == 0
    assert exit_code([with_error], Severity.ERROR) == 1
    assert exit_code([with_error], None) == 0
    assert exit_code([nothing], Severity.INFO) == 0
    assert exit_code([], Severity.INFO) == 0
    # Any document reaching the threshold fails the run.
    assert exit_code([nothing, with_error], Severity.ERROR) == 1


def test_info_only_fails_only_on_info(report):
    info_only = check_report(report, (HYG901,), Config())
    assert exit_code([info_only], Severity.WARNING) == 0
    assert exit_code([info_only], Severity.INFO) == 1


def test_findings_before_a_crash_are_kept(report):
    """A rule that yields one violation and then raises: the violation is kept, and the
    internal finding (which says the rule's findings are incomplete) follows it."""

    @rule(code="BUD950", slug="budget-half-then-crash", title={"id": "x", "en": "x"},
          category=Category.BUDGET, severity=Severity.ERROR, regulation=REGULATION,
          message={"id": "setengah {n}", "en": "half {n}"})
    def BUD950(context: Context) -> Iterator[Violation]:
        yield Violation(Location(line=3), {"n": 1})
        raise RuntimeError("boom")

    result = check_report(report, [BUD950], Config())
    assert [(f.rule, f.category, f.location.line) for f in result.findings] == [
        ("BUD950", Category.INTERNAL, None), ("BUD950", Category.BUDGET, 3)]
    assert exit_code([result], Severity.ERROR) == 2


# -- one defect, one finding: folding knock-on findings -----------------------------------


def _folding(code: str, severity: Severity, *violations: Violation, knock_on_of=()):
    def check(context: Context) -> Iterator[Violation]:
        yield from violations

    check.__name__ = code
    return _meta(code, f"fold-{code.lower()}", Category.BUDGET, severity,
                 knock_on_of=knock_on_of)(check)


def _at(line: int, keys=(), causes=()) -> Violation:
    return Violation(Location(line=line, table="Tabel 3.4"), {"code": "x", "line": line},
                     keys=frozenset(keys), causes=frozenset(causes))


def _shape(result: DocumentResult) -> list[tuple[str, int | None, list[tuple[str, int]]]]:
    return [(f.rule, f.location.line, [(r.rule, r.location.line) for r in f.related])
            for f in result.findings]


ROOT = _folding("BUD911", Severity.ERROR, _at(40, keys={"rollup:a"}))


def test_a_knock_on_naming_its_roots_key_is_folded_into_it(report):
    knock_on = _folding("BUD912", Severity.ERROR, _at(12, causes={"rollup:a"}),
                        _at(13, causes={"rollup:b"}), knock_on_of=("BUD911",))
    result = check_report(report, (ROOT, knock_on), Config())
    # Line 13 names a key no finding has: it stays a finding of its own.
    assert _shape(result) == [("BUD912", 13, []), ("BUD911", 40, [("BUD912", 12)])]
    assert result.summary() == {"error": 2, "warning": 0, "info": 0}
    assert result.findings[1].related[0].location == Location(line=12, table="Tabel 3.4")


def test_the_location_gives_every_finding_a_line_key(report):
    knock_on = _folding("BUD912", Severity.WARNING, _at(40, causes={"line:40"}),
                        knock_on_of=("BUD911",))
    result = check_report(report, (ROOT, knock_on), Config())
    assert _shape(result) == [("BUD911", 40, [("BUD912", 40)])]


def test_a_shared_key_alone_folds_nothing(report):
    """Without the rule declaring the root's rule, or without a cause, no fold."""
    undeclared = _folding("BUD912", Severity.ERROR, _at(12, causes={"rollup:a"}))
    no_cause = _folding("BUD913", Severity.ERROR, _at(14, keys={"rollup:a"}),
                        knock_on_of=("BUD911",))
    result = check_report(report, (ROOT, undeclared, no_cause), Config())
    assert [(f.rule, f.related) for f in result.findings] == [
        ("BUD912", ()), ("BUD913", ()), ("BUD911", ())]


def test_a_knock_on_is_never_folded_into_a_less_severe_finding(report):
    knock_on = _folding("BUD912", Severity.ERROR, _at(12, causes={"rollup:a"}),
                        knock_on_of=("BUD911",))
    config = Config(severity={"BUD911": Severity.WARNING})
    result = check_report(report, (ROOT, knock_on), config)
    assert _shape(result) == [("BUD912", 12, []), ("BUD911", 40, [])]


def test_a_knock_on_of_a_knock_on_goes_to_the_root(report):
    middle = _folding("BUD912", Severity.ERROR, _at(20, keys={"mid"}, causes={"rollup:a"}),
                      knock_on_of=("BUD911",))
    last = _folding("BUD913", Severity.ERROR, _at(10, causes={"mid"}), knock_on_of=("BUD912",))
    result = check_report(report, (ROOT, middle, last), Config())
    assert _shape(result) == [("BUD911", 40, [("BUD913", 10), ("BUD912", 20)])]


def test_copies_of_one_defect_fold_into_the_first_printed(report):
    """A rule that declares itself: its findings with one key are one defect, reported
    at the first of them (each could absorb the other; the first in the report wins)."""
    key = {"figure:x"}
    copies = _folding("CON911", Severity.ERROR, _at(50, keys=key, causes=key),
                      _at(30, keys=key, causes=key), _at(70, keys=key, causes=key),
                      knock_on_of=("CON911",))
    result = check_report(report, (copies,), Config())
    assert _shape(result) == [("CON911", 30, [("CON911", 50), ("CON911", 70)])]


def test_two_rules_declaring_each_other_fold_into_the_first(report):
    first = _folding("BUD921", Severity.ERROR, _at(60, keys={"k"}, causes={"k"}),
                     knock_on_of=("BUD922",))
    second = _folding("BUD922", Severity.ERROR, _at(15, keys={"k"}, causes={"k"}),
                      knock_on_of=("BUD921",))
    result = check_report(report, (first, second), Config())
    assert _shape(result) == [("BUD922", 15, [("BUD921", 60)])]


def test_knock_on_of_must_name_rule_codes():
    with pytest.raises(ValueError, match="must look like"):
        _folding("BUD931", Severity.ERROR, knock_on_of=("budget",))
