"""Third-party rule packs: discovered through the ``lkjip.rules`` entry point group."""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report, exit_code, select_rules
from checker.errors import UsageError
from checker.plugins import load_registry
from checker.readers.structured import read_toml
from checker.rule import Category, Severity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "core"
REPORT_TOML = FIXTURES / "report.toml"

ACME = '''\
"""ACME's rule pack: a third-party plugin, installed as a distribution."""

from checker.context import location
from checker.hookspecs import hookimpl
from checker.rule import Category, Severity, Violation, rule


@rule(
    code="{code}",
    slug="acme-agency-check",
    title={{"id": "Pemeriksaan ACME", "en": "ACME check"}},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation="Peraturan ACME 1/2024",
    message={{
        "id": "Instansi {{agency}} diperiksa ACME",
        "en": "Agency {{agency}} checked by ACME",
    }},
)
def {code}(context):
    """ACME asks that every report be looked at."""
    {body}


@hookimpl
def lkjip_rules():
    return [{code}]
'''

YIELDS = (
    "yield Violation(location(context.report.meta.where), "
    '{"agency": context.report.meta.agency})'
)
RAISES = 'raise RuntimeError("acme pack is broken")'


def install_pack(
    site: Path,
    module: str,
    source: str,
    dist: str = "acme-rules",
    entry: str = "acme",
) -> None:
    """Write ``module.py`` and a ``dist-info`` declaring it under ``lkjip.rules``."""
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    info = site / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        f"[lkjip.rules]\n{entry} = {module}\n", encoding="utf-8")


def acme_source(code: str = "ACM001", body: str = YIELDS) -> str:
    return ACME.format(code=code, body=body)


def _lkjip() -> str:
    """The console script installed beside this interpreter (a venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name("lkjip")
    executable = str(beside) if beside.exists() else shutil.which("lkjip")
    assert executable, "the lkjip console script is not installed"
    return executable


def lkjip(site: Path, *argv: str) -> subprocess.CompletedProcess:
    """Run the installed ``lkjip`` with ``site`` on PYTHONPATH, from an empty folder."""
    work = site.parent / "work"
    work.mkdir(exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(site))
    return subprocess.run(
        [_lkjip(), *map(str, argv)], cwd=work, env=env, capture_output=True, text=True,
        timeout=120,
    )


def _findings(result: subprocess.CompletedProcess) -> list[dict]:
    payload = json.loads(result.stdout)
    return payload["documents"][0]["findings"]


def _is_plugin_name(name: str, entry: str) -> bool:
    """An entry point plugin's name: ``lkjip.rules:<entry>``, possibly with the
    distribution between (``lkjip.rules:<dist>:<entry>``)."""
    return name.startswith("lkjip.rules:") and name.endswith(f":{entry}")


def _quoted_plugin_names(text: str, entry: str) -> list[str]:
    names = re.findall(r"'(lkjip\.rules:[^']*)'", text)
    return [name for name in names if _is_plugin_name(name, entry)]


def _assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("lkjip: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def acme_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    install_pack(site, "acme_rules", acme_source())
    return site


# -- discovery through the entry point (subprocess) -----------------------------------------


def test_pack_rule_is_listed(acme_site):
    result = lkjip(acme_site, "rules", "--format", "json")
    assert result.returncode == 0, result.stderr
    rules = {r["code"]: r for r in json.loads(result.stdout)}
    assert "ACM001" in rules and "INP001" in rules
    assert _is_plugin_name(rules["ACM001"]["plugin"], "acme")
    assert rules["INP001"]["plugin"] == "rules.input"
    assert rules["ACM001"]["regulation"] == "Peraturan ACME 1/2024"
    text = lkjip(acme_site, "rules")
    assert any(line.startswith("ACM001") for line in text.stdout.splitlines())


def test_pack_rule_is_not_there_without_the_pack(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    result = lkjip(site, "rules", "--format", "json")
    assert result.returncode == 0
    assert "ACM001" not in {r["code"] for r in json.loads(result.stdout)}


def test_pack_rule_explained(acme_site):
    result = lkjip(acme_site, "explain", "ACM001", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ACM001 (acme-agency-check): ACME check")
    pack = next(line for line in result.stdout.splitlines() if line.startswith("Pack: "))
    assert _is_plugin_name(pack.removeprefix("Pack: "), "acme")


def test_pack_finding_in_check_output(acme_site):
    result = lkjip(acme_site, "check", REPORT_TOML, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    acme = [f for f in _findings(result) if f["rule"] == "ACM001"]
    assert len(acme) == 1
    assert acme[0]["message"] == "Instansi Kecamatan Sukamaju diperiksa ACME"
    assert acme[0]["category"] == "hygiene"
    assert acme[0]["regulation"] == "Peraturan ACME 1/2024"
    meta_line = REPORT_TOML.read_text(encoding="utf-8").splitlines().index("[meta]") + 1
    assert acme[0]["location"]["line"] == meta_line
    assert "INP001" in {f["rule"] for f in _findings(result)}


def test_ignore_removes_the_pack_rule(acme_site):
    result = lkjip(acme_site, "check", REPORT_TOML, "--format", "json", "--ignore", "ACM001")
    rules = {f["rule"] for f in _findings(result)}
    assert "ACM001" not in rules
    assert "INP001" in rules


def test_select_keeps_only_the_pack_rule(acme_site):
    result = lkjip(acme_site, "check", REPORT_TOML, "--format", "json", "--select", "ACM")
    assert result.returncode == 0, result.stderr  # one warning, fail-on error
    assert [f["rule"] for f in _findings(result)] == ["ACM001"]


def test_a_pack_rule_that_raises(tmp_path):
    site = tmp_path / "site"
    install_pack(site, "acme_broken", acme_source("ACM002", RAISES), dist="acme-broken")
    result = lkjip(site, "check", REPORT_TOML, "--format", "json", "--select", "INP,ACM")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    findings = _findings(result)
    internal = [f for f in findings if f["category"] == "internal"]
    assert len(internal) == 1
    assert internal[0]["rule"] == "ACM002"
    assert "ACM002" in internal[0]["message"]
    assert "RuntimeError" in internal[0]["message"]
    assert [f["rule"] for f in findings if f["category"] != "internal"] == ["INP001"]


def test_a_pack_reusing_a_builtin_code_is_one_line_naming_both(tmp_path):
    site = tmp_path / "site"
    install_pack(site, "acme_clash", acme_source("INP001"), dist="acme-clash")
    for argv in (["rules"], ["check", REPORT_TOML]):
        result = lkjip(site, *argv)
        _assert_one_line_error(result, "INP001", "'rules.input'")
        assert _quoted_plugin_names(result.stderr, "acme"), result.stderr
        assert result.stdout == ""


def test_two_packs_with_one_code_is_one_line_naming_both(tmp_path):
    site = tmp_path / "site"
    install_pack(site, "acme_one", acme_source("ACM001"), dist="acme-one", entry="one")
    install_pack(site, "acme_two", acme_source("ACM001"), dist="acme-two", entry="two")
    result = lkjip(site, "rules")
    _assert_one_line_error(result, "ACM001")
    assert _quoted_plugin_names(result.stderr, "one"), result.stderr
    assert _quoted_plugin_names(result.stderr, "two"), result.stderr


def test_bug_two_packs_with_the_same_entry_point_name_one_is_dropped(tmp_path):
    """Two distributions may both call their entry point ``acme``. The plugin name is
    ``lkjip.rules:acme`` for both, and plugins._register returns silently when the
    name is taken, so the second pack's rules never run and nobody is told. Expected:
    both packs' rules, or a one-line error naming the clash."""
    site = tmp_path / "site"
    install_pack(site, "acme_first", acme_source("ACM001"), dist="acme-first")
    install_pack(site, "acme_second", acme_source("ACM002"), dist="acme-second")
    result = lkjip(site, "rules", "--format", "json")
    if result.returncode == 2:
        _assert_one_line_error(result, "acme")
        return
    assert result.returncode == 0, result.stderr
    codes = {r["code"] for r in json.loads(result.stdout)}
    assert {"ACM001", "ACM002"} <= codes, f"a pack was dropped silently: {sorted(codes)}"


def test_a_pack_that_cannot_be_imported_is_one_line(tmp_path):
    site = tmp_path / "site"
    install_pack(site, "acme_bad", "import no_such_module_for_lkjip\n", dist="acme-bad")
    result = lkjip(site, "rules")
    _assert_one_line_error(result, "no_such_module_for_lkjip")
    assert _quoted_plugin_names(result.stderr, "acme"), result.stderr


# -- the same, in process -----------------------------------------------------------------


@pytest.fixture
def import_pack(tmp_path, monkeypatch):
    site = tmp_path / "modules"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    loaded: list[str] = []

    def load(module: str, source: str):
        (site / f"{module}.py").write_text(source, encoding="utf-8")
        loaded.append(module)
        return importlib.import_module(module)

    yield load
    for module in loaded:
        sys.modules.pop(module, None)


def test_in_process_pack_registration(import_pack):
    module = import_pack("acme_inproc", acme_source())
    registry = load_registry(entry_points=False, extra=[("acme", module)])
    rule = registry.rule("ACM001")
    assert rule is not None and rule.plugin == "acme"
    assert registry.rule("acme-agency-check") is rule
    report = read_toml(REPORT_TOML, REPORT_TOML.read_bytes())
    config = Config(select=("ACM", "INP"))
    result = check_report(report, select_rules(registry.rules, config), config)
    assert sorted(f.rule for f in result.findings) == ["ACM001", "INP001"]


def test_in_process_duplicate_code(import_pack):
    module = import_pack("acme_inproc_dup", acme_source("INP002"))
    with pytest.raises(UsageError) as info:
        load_registry(entry_points=False, extra=[("acme", module)])
    message = str(info.value)
    assert "INP002" in message and "'rules.input'" in message and "'acme'" in message
    assert "\n" not in message


def test_in_process_broken_rule_is_guarded(import_pack):
    module = import_pack("acme_inproc_broken", acme_source("ACM003", RAISES))
    registry = load_registry(entry_points=False, extra=[("acme", module)])
    report = read_toml(REPORT_TOML, REPORT_TOML.read_bytes())
    config = Config(select=("ACM", "INP"))
    result = check_report(report, select_rules(registry.rules, config), config)
    assert [(f.rule, f.category) for f in result.findings if f.category is Category.INTERNAL] == [
        ("ACM003", Category.INTERNAL)]
    assert any(f.rule == "INP001" for f in result.findings)
    assert exit_code([result], Severity.ERROR) == 2


def test_hook_returning_something_else_than_rules(import_pack):
    module = import_pack(
        "acme_inproc_wrong",
        "from checker.hookspecs import hookimpl\n\n\n@hookimpl\ndef lkjip_rules():\n"
        "    return ['ACM001']\n",
    )
    with pytest.raises(UsageError, match=r"'acme'.*not a Rule"):
        load_registry(entry_points=False, extra=[("acme", module)])


def test_builtin_packs_register_through_the_same_hook():
    registry = load_registry(entry_points=False)
    plugins = {r.plugin for r in registry.rules}
    assert "rules.input" in plugins
    assert {r.code for r in registry.rules if r.plugin == "rules.input"} == {
        "INP001", "INP002", "INP003", "INP004", "INP005", "INP006"}
    assert {r.name for r in registry.readers} >= {"toml", "json"}
    assert {r.name for r in registry.reporters} >= {"text", "json", "markdown"}

