"""What a pack brings besides rules: its own category, its own options, periods in force.

The pack here is a module built in the test and registered in process; the command line
is given the same registry (``checker.cli.load_registry`` patched), so every path a user
takes (``rules``, ``explain``, ``check`` with a config file) is exercised without
installing anything. ``test_example_pack.py`` does the same with the installed example.
"""

from __future__ import annotations

import json
import re
import types
from decimal import Decimal
from pathlib import Path

import pytest

from checker import cli, labels
from checker.config import Config, load_config
from checker.engine import check_report, select_rules
from checker.errors import ConfigError, UsageError
from checker.options import Option, check_pack_options
from checker.plugins import load_registry
from checker.readers.structured import load_structured
from checker.rule import Category, Rule, Severity, Violation, rule

PACK = '''
from checker.sdk import Category, Option, Severity, Violation, hookimpl, location, rule

LANGUAGE = Category("language", {"id": "Bahasa laporan", "en": "Report language"})

MIN_WORDS = Option(
    pack="acme", name="min-words", kind=int, default=3, minimum=1,
    help={"id": "Jumlah kata paling sedikit pada judul.", "en": "Fewest words in a title."},
)
STYLE = Option(
    pack="acme", name="style", kind=str, default="formal", choices=("formal", "plain"),
    help={"id": "Gaya bahasa.", "en": "Register."},
)


@rule(
    code="ACM101",
    slug="acme-short-title",
    title={"id": "Judul terlalu pendek", "en": "Title too short"},
    category=LANGUAGE,
    severity=Severity.WARNING,
    regulation="Pedoman ACME 1/2024",
    message={"id": "Judul {title!r} kurang dari {least} kata.",
             "en": "Title {title!r} has fewer than {least} words."},
    rationale={"id": "Judul menyebut instansi dan tahun.",
               "en": "A title names the agency and the year."},
    effective_from=2020,
    effective_until=2024,
    options=(MIN_WORDS, STYLE),
)
def ACM101(context):
    """ACME asks for titles of some length."""
    least = context.option(MIN_WORDS)
    title = context.report.meta.title or ""
    if len(title.split()) < least:
        yield Violation(location(context.report.meta.where), {"title": title, "least": least})


@hookimpl
def lkjip_rules():
    return [ACM101]
'''


def _pack(source: str = PACK, name: str = "acme_pack") -> types.ModuleType:
    module = types.ModuleType(name)
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


@pytest.fixture
def acme() -> types.ModuleType:
    return _pack()


@pytest.fixture
def lkjip(acme, monkeypatch, tmp_path, capsys):
    """``lkjip(*argv)`` -> (exit code, stdout, stderr), with the acme pack registered,
    run from an empty folder (so only a config written by the test applies)."""
    registry = load_registry(entry_points=False, extra=[("lkjip.rules:acme", acme)])
    monkeypatch.setattr(cli, "load_registry", lambda entry_points=True: registry)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)

    def run(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _report(year: int = 2024, title: str = "LKjIP") -> Path:
    return load_structured({"meta": {"agency": "Kecamatan Sukamaju", "year": year,
                                     "title": title}})


def _write_report(folder: Path, year: int = 2024, title: str = "LKjIP") -> Path:
    path = folder / "report.toml"
    path.write_text(f'schema_version = 1\n\n[meta]\nagency = "Kecamatan Sukamaju"\n'
                    f'year = {year}\ntitle = "{title}"\n', encoding="utf-8")
    return path


# -- a category of its own -------------------------------------------------------------------


def test_the_pack_category_follows_the_built_in_ones(acme):
    registry = load_registry(entry_points=False, extra=[("acme", acme)])
    assert registry.categories[:len(Category.BUILTIN)] == Category.BUILTIN
    assert registry.categories[len(Category.BUILTIN):] == (acme.LANGUAGE,)
    assert registry.rule("ACM101").category is acme.LANGUAGE


def test_the_built_in_labels_are_the_reporters_labels():
    for category in Category.BUILTIN:
        for lang in ("id", "en"):
            assert labels.CATEGORY[lang][category] == category.label[lang]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_reports_head_the_pack_category_with_its_label(lkjip, fmt):
    code, out, err = lkjip("check", _write_report(Path.cwd()), "--select", "language",
                           "--format", fmt, "--lang", "en")
    assert code == 0, err
    heading = "\n Report language\n" if fmt == "text" else "\n### Report language\n"
    assert heading in out
    assert "ACM101" in out


def test_the_json_finding_names_the_pack_category(lkjip):
    code, out, err = lkjip("check", _write_report(Path.cwd()), "--format", "json",
                           "--select", "language")
    assert code == 0, err
    findings = json.loads(out)["documents"][0]["findings"]
    assert [(f["rule"], f["category"]) for f in findings] == [("ACM101", "language")]


def test_selectors_and_severities_take_the_pack_category(acme):
    registry = load_registry(entry_points=False, extra=[("acme", acme)])
    rules = registry.rules
    assert [r.code for r in select_rules(rules, Config(select=("language",)))] == ["ACM101"]
    assert "ACM101" not in [r.code for r in select_rules(rules, Config(ignore=("language",)))]
    config = Config(select=("language",), severity={"language": Severity.ERROR})
    findings = check_report(_report(), select_rules(rules, config), config).findings
    assert [(f.rule, f.severity) for f in findings] == [("ACM101", Severity.ERROR)]


def test_rules_json_gives_the_category_and_its_label(lkjip):
    code, out, _ = lkjip("rules", "--format", "json")
    assert code == 0
    acm = next(r for r in json.loads(out) if r["code"] == "ACM101")
    assert acm["category"] == "language"
    assert acm["category_label"] == {"id": "Bahasa laporan", "en": "Report language"}
    inp = next(r for r in json.loads(out) if r["code"] == "INP001")
    assert inp["category_label"] == {"id": "Masukan yang tidak terbaca", "en": "Unreadable input"}


def test_explain_gives_the_pack_category_label(lkjip):
    code, out, _ = lkjip("explain", "ACM101", "--lang", "en")
    assert code == 0
    assert "Category: Report language (language)" in out


@pytest.mark.parametrize(("declaration", "fragment"), [
    ('Category("budget", {"id": "Dana", "en": "Money"})', "'budget', which is a built-in"),
    ('Category("acm", {"id": "A", "en": "A"})', "reads as the code prefix of rule ACM101"),
])
def test_a_pack_category_that_would_mean_two_things_is_refused(declaration, fragment):
    source = PACK.replace('Category("language", {"id": "Bahasa laporan", "en": "Report language"})',
                          declaration)
    with pytest.raises(UsageError) as info:
        load_registry(entry_points=False, extra=[("acme", _pack(source))])
    assert fragment in str(info.value) and "'acme'" in str(info.value)


def test_two_packs_with_one_category_name_and_two_labels_are_refused(acme):
    other = _pack(PACK.replace("ACM101", "OTH101").replace('"Report language"', '"Wording"'),
                  name="other_pack")
    with pytest.raises(UsageError) as info:
        load_registry(entry_points=False, extra=[("acme", acme), ("other", other)])
    message = str(info.value)
    assert "'language'" in message and "'acme'" in message and "'other'" in message


def test_two_packs_may_share_a_category_declared_alike(acme):
    other = _pack(PACK.replace("ACM101", "OTH101").replace('pack="acme"', 'pack="other"'),
                  name="other_pack")
    registry = load_registry(entry_points=False, extra=[("acme", acme), ("other", other)])
    assert [c.value for c in registry.categories].count("language") == 1


@pytest.mark.parametrize(("name", "label", "fragment"), [
    ("Language", {"id": "a", "en": "a"}, "lower case"),
    ("all", {"id": "a", "en": "a"}, "'all' is taken"),
    ("language", {"id": "Bahasa"}, "lacks language(s) ['en']"),
])
def test_a_malformed_category_is_refused(name, label, fragment):
    with pytest.raises(ValueError, match=re.escape(fragment)):
        Category(name, label)


# -- options of its own ------------------------------------------------------------------------


def test_an_option_takes_its_default_and_the_config_value(acme):
    rule_ = acme.ACM101
    report = _report(title="Laporan Kinerja 2024")  # 3 words
    assert check_report(report, [rule_], Config()).findings == ()
    config = Config(pack_options={"acme": {"min-words": 4}})
    findings = check_report(report, [rule_], config).findings
    assert [f.text("en") for f in findings] == [
        "Title 'Laporan Kinerja 2024' has fewer than 4 words."]


def test_the_config_file_gives_the_pack_tables(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.lkjip]\nselect = ["ALL"]\n\n[tool.lkjip.rules.acme]\n'
                         'min-words = 5\nstyle = "plain"\n', encoding="utf-8")
    assert load_config(pyproject).pack_options == {"acme": {"min-words": 5, "style": "plain"}}
    lkjip_toml = tmp_path / "lkjip.toml"
    lkjip_toml.write_text('[rules.acme]\nmin-words = 2\n', encoding="utf-8")
    assert load_config(lkjip_toml).pack_options == {"acme": {"min-words": 2}}


def test_a_pack_table_that_is_not_a_table_is_a_config_error(tmp_path):
    path = tmp_path / "lkjip.toml"
    path.write_text('rules = { acme = 3 }\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"rules\.acme"):
        load_config(path)


@pytest.mark.parametrize(("config", "fragments"), [
    ("[tool.lkjip.rules.acme]\nmin-words = 0\n",
     ("[tool.lkjip.rules.acme] min-words", "must be at least 1, not 0")),
    ('[tool.lkjip.rules.acme]\nmin-words = "3"\n',
     ("[tool.lkjip.rules.acme] min-words", "must be a whole number, not '3'")),
    ('[tool.lkjip.rules.acme]\nstyle = "casual"\n',
     ("[tool.lkjip.rules.acme] style", "must be one of 'formal', 'plain', not 'casual'")),
    ("[tool.lkjip.rules.acme]\nmax-words = 3\n",
     ("[tool.lkjip.rules.acme]", "pack 'acme' has no option 'max-words'",
      "its options: min-words, style")),
    ("[tool.lkjip.rules.acmee]\nmin-words = 3\n",
     ("[tool.lkjip.rules.acmee]", "no installed rule pack takes options named 'acmee'",
      "packs with options: acme")),
])
def test_a_bad_pack_option_is_one_line_and_exit_2(lkjip, config, fragments):
    Path("pyproject.toml").write_text(config, encoding="utf-8")
    code, out, err = lkjip("check", _write_report(Path.cwd()))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("lkjip: error: ")
    assert "pyproject.toml: " in err
    for fragment in fragments:
        assert fragment in err


def test_an_lkjip_toml_names_the_table_as_it_is_written(lkjip):
    Path("lkjip.toml").write_text("[rules.acme]\nmin-words = 0\n", encoding="utf-8")
    code, _, err = lkjip("check", _write_report(Path.cwd()))
    assert code == 2
    assert "[rules.acme] min-words: must be at least 1, not 0" in err


def test_a_good_pack_option_reaches_the_rule_through_the_command_line(lkjip):
    Path("pyproject.toml").write_text("[tool.lkjip.rules.acme]\nmin-words = 1\n",
                                      encoding="utf-8")
    code, out, err = lkjip("check", _write_report(Path.cwd()), "--format", "json")
    assert code == 0, err
    assert "ACM101" not in {f["rule"] for f in json.loads(out)["documents"][0]["findings"]}


def test_explain_lists_the_options(lkjip):
    code, out, _ = lkjip("explain", "ACM101", "--lang", "en")
    assert code == 0
    assert "Options ([tool.lkjip.rules.acme]):" in out
    assert "  min-words (whole number, default 3, 1..): Fewest words in a title." in out
    assert '  style (text, default "formal", one of "formal", "plain"): Register.' in out


@pytest.mark.parametrize(("kind", "raw", "value"), [
    (bool, True, True), (int, 7, 7), (str, "x", "x"), (Decimal, 0.1, Decimal("0.1")),
    (Decimal, 2, Decimal(2)),
])
def test_option_values_of_each_kind(kind, raw, value):
    option = Option(pack="p", name="o", kind=kind, default=value, help={"id": "i", "en": "e"})
    assert option.parse(raw) == value and type(option.parse(raw)) is type(value)


@pytest.mark.parametrize(("changes", "fragment"), [
    ({"name": "Min_Words"}, "option name 'Min_Words'"),
    ({"pack": "my pack"}, "pack name 'my pack'"),
    ({"kind": float, "default": 1.0}, "kind <class 'float'>"),
    ({"default": 0}, "default 0: must be at least 1"),
    ({"help": {"id": "x"}}, "help lacks language(s) ['en']"),
])
def test_a_malformed_option_is_refused_naming_it(changes, fragment):
    fields = {"pack": "acme", "name": "min-words", "kind": int, "default": 3, "minimum": 1,
              "help": {"id": "i", "en": "e"}, **changes}
    with pytest.raises(ValueError) as info:
        Option(**fields)
    assert fragment in str(info.value)


def test_one_option_declared_differently_by_two_rules_is_refused():
    source = PACK + """
OTHER_MIN_WORDS = Option(
    pack="acme", name="min-words", kind=int, default=4,
    help={"id": "Jumlah kata.", "en": "Words."},
)


@rule(code="ACM102", slug="acme-other", title={"id": "t", "en": "t"}, category=LANGUAGE,
      severity=Severity.INFO, regulation="Pedoman ACME 1/2024", message={"id": "m", "en": "m"},
      options=(OTHER_MIN_WORDS,))
def ACM102(context):
    return iter(())


@hookimpl
def lkjip_rules():
    return [ACM101, ACM102]
"""
    with pytest.raises(UsageError, match=r"option acme.min-words is declared differently by "
                                         r"rules ACM101 and ACM102"):
        load_registry(entry_points=False, extra=[("acme", _pack(source))])


def test_two_plugins_may_not_share_a_pack_table(acme):
    other = _pack(PACK.replace("ACM101", "OTH101"), name="other_pack")
    with pytest.raises(UsageError, match="options of pack 'acme' declared by both 'acme' "
                                         "and 'other'"):
        load_registry(entry_points=False, extra=[("acme", acme), ("other", other)])


def test_check_pack_options_accepts_what_is_declared(acme):
    check_pack_options({"acme": {"min-words": 2, "style": "plain"}}, acme.ACM101.options)
    check_pack_options({}, ())


# -- periods in force --------------------------------------------------------------------------


def test_the_engine_runs_a_rule_only_in_its_period(acme):
    rule_ = acme.ACM101  # 2020-2024
    for year, expected in ((2019, []), (2020, ["ACM101"]), (2024, ["ACM101"]), (2025, [])):
        findings = check_report(_report(year=year), [rule_], Config()).findings
        assert [f.rule for f in findings] == expected, year


def test_rules_year_lists_what_applies(lkjip):
    for year, listed in (("2019", False), ("2020", True), ("2024", True), ("2025", False)):
        code, out, _ = lkjip("rules", "--year", year, "--format", "json")
        assert code == 0
        codes = {r["code"] for r in json.loads(out)}
        assert ("ACM101" in codes) is listed, year
        assert "INP001" in codes  # a rule in force every year
    code, out, _ = lkjip("rules", "--year", "2024")
    line = next(line for line in out.splitlines() if line.startswith("ACM101"))
    assert line.endswith("(laporan tahun 2020 s.d. 2024)")


@pytest.mark.parametrize("year", ["20x4", "24", "3000"])
def test_rules_year_refuses_what_is_no_year(lkjip, year):
    code, out, err = lkjip("rules", "--year", year)
    assert code == 2 and out == "" and "is not a reporting year" in err


@pytest.mark.parametrize(("lang", "period"), [
    ("id", "Berlaku: laporan tahun 2020 s.d. 2024 (laporan tahun lain tidak diperiksa "
           "dengan aturan ini)"),
    ("en", "In force: reports for 2020 to 2024 (reports of other years are not checked by "
           "this rule)"),
])
def test_explain_states_the_period(lkjip, lang, period):
    code, out, _ = lkjip("explain", "ACM101", "--lang", lang)
    assert code == 0 and period in out.splitlines()
    code, out, _ = lkjip("explain", "INP001", "--lang", lang)
    always = "Berlaku: laporan semua tahun" if lang == "id" else "In force: reports of every year"
    assert always in out.splitlines()


def _dated(**period) -> Rule:
    @rule(code="DAT001", slug="dated", title={"id": "t", "en": "t"}, category=Category.BUDGET,
          severity=Severity.INFO, regulation="r", message={"id": "m", "en": "m"}, **period)
    def DAT001(context):
        yield Violation(None, {})

    return DAT001


@pytest.mark.parametrize(("period", "wording"), [
    ({"effective_from": 2023}, ("laporan tahun 2023 dan sesudahnya", "reports for 2023 onwards")),
    ({"effective_until": 2022}, ("laporan tahun 2022 dan sebelumnya", "reports up to 2022")),
])
def test_an_open_period_is_told_as_such(period, wording):
    from checker.explain import in_force

    dated = _dated(**period)
    assert (in_force(dated, "id"), in_force(dated, "en")) == wording


@pytest.mark.parametrize(("period", "fragment"), [
    ({"effective_from": 2025, "effective_until": 2020}, "effective_from 2025 is after "
                                                        "effective_until 2020"),
    ({"effective_from": 24}, "effective_from 24 is not a reporting year"),
    ({"effective_until": "2024"}, "effective_until '2024' is not a reporting year"),
])
def test_a_period_that_cannot_be_is_refused(period, fragment):
    with pytest.raises(ValueError) as info:
        _dated(**period)
    assert fragment in str(info.value) and "DAT001" in str(info.value)
