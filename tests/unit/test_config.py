"""checker.config: finding lkjip.toml / [tool.lkjip], validating it, building a Config."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from checker.config import Config, find_config_file, load_config
from checker.errors import ConfigError
from checker.rule import Severity


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with a nested subdirectory (the walk starts down there)."""
    (tmp_path / "proj" / "laporan" / "2024").mkdir(parents=True)
    return tmp_path / "proj"


def test_lkjip_toml_found_walking_up_from_a_subdirectory(project, monkeypatch):
    config_file = _write(
        project / "lkjip.toml",
        'select = ["BUD", "INP001"]\nignore = ["BUD003"]\nlang = "en"\nfail-on = "warning"\n',
    )
    sub = project / "laporan" / "2024"
    monkeypatch.chdir(sub)

    for config in (load_config(start=sub), load_config()):  # explicit start, and the cwd
        assert config.path == config_file
        assert config.select == ("BUD", "INP001")
        assert config.ignore == ("BUD003",)
        assert config.lang == "en"
        assert config.fail_on is Severity.WARNING


def test_tool_lkjip_in_pyproject(project, monkeypatch):
    pyproject = _write(
        project / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.lkjip]\nextend-select = ["HYG"]\n'
        'severity = { BUD003 = "warning" }\ntolerances = { rupiah = 1, percent = 0.01 }\n',
    )
    sub = project / "laporan"
    monkeypatch.chdir(sub)
    config = load_config(start=sub)
    assert config.path == pyproject
    assert config.extend_select == ("HYG",)
    assert config.severity == {"BUD003": Severity.WARNING}
    assert config.tolerances.rupiah == Decimal(1)
    assert config.tolerances.percent == Decimal("0.01")  # exact, not 0.01000000000000000020...


def test_lkjip_toml_wins_over_pyproject_in_the_same_folder(project, monkeypatch):
    _write(project / "pyproject.toml", '[tool.lkjip]\nselect = ["CAP"]\n')
    lkjip = _write(project / "lkjip.toml", 'select = ["BUD"]\n')
    monkeypatch.chdir(project / "laporan")
    config = load_config(start=project / "laporan")
    assert config.path == lkjip
    assert config.select == ("BUD",)


def test_pyproject_without_tool_lkjip_is_passed_by(project, monkeypatch):
    lkjip = _write(project / "lkjip.toml", 'ignore = ["INP002"]\n')
    _write(project / "laporan" / "pyproject.toml", '[project]\nname = "unrelated"\n')
    monkeypatch.chdir(project / "laporan" / "2024")
    found = find_config_file(project / "laporan" / "2024")
    assert found is not None and found[0] == lkjip
    assert load_config(start=project / "laporan" / "2024").ignore == ("INP002",)


def test_nearest_config_wins(project):
    _write(project / "lkjip.toml", 'select = ["BUD"]\n')
    inner = _write(project / "laporan" / "lkjip.toml", 'select = ["CAP"]\n')
    config = load_config(start=project / "laporan" / "2024")
    assert config.path == inner
    assert config.select == ("CAP",)


def test_explicit_path(tmp_path):
    path = _write(tmp_path / "custom.toml", 'fail-on = "never"\nlang = "en"\n')
    config = load_config(path)
    assert config.fail_on is None
    assert config.lang == "en"
    assert config.path == path


def test_explicit_pyproject_path_reads_tool_lkjip(tmp_path):
    path = _write(tmp_path / "pyproject.toml", '[tool.lkjip]\nignore = ["CNT"]\n')
    assert load_config(path).ignore == ("CNT",)


def test_explicit_missing_path_is_config_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_defaults():
    config = Config()
    assert config.select == ("ALL",)
    assert config.ignore == ()
    assert config.fail_on is Severity.ERROR
    assert config.lang == "id"
    assert config.tolerances.rupiah == 0 and config.tolerances.percent == 0


def test_empty_lkjip_toml_gives_defaults(tmp_path):
    path = _write(tmp_path / "lkjip.toml", "")
    config = load_config(start=tmp_path)
    assert config.path == path
    assert config.select == ("ALL",)
    assert config.fail_on is Severity.ERROR


def test_with_overrides_ignores_none():
    config = Config(select=("BUD",), lang="en").with_overrides(select=None, lang="id")
    assert config.select == ("BUD",)
    assert config.lang == "id"


# -- errors -------------------------------------------------------------------------------


def test_unknown_key_is_an_error_naming_the_key(tmp_path):
    _write(tmp_path / "lkjip.toml", 'selec = ["BUD"]\n')
    with pytest.raises(ConfigError) as info:
        load_config(start=tmp_path)
    message = str(info.value)
    assert "selec" in message
    assert "lkjip.toml" in message
    assert "\n" not in message


def test_unknown_key_in_pyproject_tool_lkjip(tmp_path):
    _write(tmp_path / "pyproject.toml", '[tool.lkjip]\nfail_on = "warning"\n')
    with pytest.raises(ConfigError, match="fail_on"):
        load_config(start=tmp_path)


@pytest.mark.parametrize(
    "text",
    ['severity = { BUD001 = "fatal" }\n', 'fail-on = "critical"\n'],
)
def test_bad_severity_is_an_error(tmp_path, text):
    _write(tmp_path / "lkjip.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(start=tmp_path)
    message = str(info.value)
    assert "fatal" in message or "critical" in message
    assert "\n" not in message


def test_bad_severity_names_the_field(tmp_path):
    _write(tmp_path / "lkjip.toml", 'severity = { BUD001 = "fatal" }\n')
    with pytest.raises(ConfigError, match=r"severity\.BUD001"):
        load_config(start=tmp_path)


def test_wrong_type_is_an_error(tmp_path):
    _write(tmp_path / "lkjip.toml", 'select = "BUD"\n')  # a string, not a list
    with pytest.raises(ConfigError, match="select"):
        load_config(start=tmp_path)


def test_negative_tolerance_is_an_error(tmp_path):
    _write(tmp_path / "lkjip.toml", "tolerances = { rupiah = -1 }\n")
    with pytest.raises(ConfigError, match="rupiah"):
        load_config(start=tmp_path)


def test_invalid_toml_is_a_one_line_config_error(tmp_path):
    path = _write(tmp_path / "lkjip.toml", 'select = ["BUD"\nignore = \n')
    with pytest.raises(ConfigError) as info:
        load_config(start=tmp_path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert "invalid TOML" in message
    assert "\n" not in message


def test_invalid_toml_in_explicit_path(tmp_path):
    path = _write(tmp_path / "x.toml", "= oops\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path)


def test_invalid_utf8_config_is_config_error(tmp_path):
    path = tmp_path / "lkjip.toml"
    path.write_bytes(b'lang = "\xff\xfe"\n')
    with pytest.raises(ConfigError) as info:
        load_config(start=tmp_path)
    assert "\n" not in str(info.value)
