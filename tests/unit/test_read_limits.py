"""The reading limits as one value (``checker.limits``): their defaults, how a setting
is read and refused, the scope a read takes them from, and ``[limits]`` in a config."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import schemas
from checker import limits as limits_module
from checker.config import load_config
from checker.errors import ConfigError
from checker.limits import (
    DEFAULT_READ_LIMITS,
    LIMIT_NAMES,
    LimitValueError,
    ReadLimits,
    current_limits,
    describe_size,
    parse_limit,
    reading_with,
)
from checker.readers import MAX_BYTES, MAX_DEPTH, MAX_LINES, _docx_package, pdf
from checker.text import DEFAULT_LIMITS

MB = 1024 * 1024


def test_the_defaults_are_the_documented_limits() -> None:
    assert dataclasses.astuple(ReadLimits()) == (
        50 * MB, 64, 2_000_000, 20_000, 200, 2_000, 10_000, 200 * MB)
    assert ReadLimits().tables == DEFAULT_LIMITS


def test_the_module_constants_are_the_defaults() -> None:
    constants = (MAX_BYTES, MAX_DEPTH, MAX_LINES, pdf.MAX_PAGES, _docx_package.MAX_PARTS,
                 _docx_package.MAX_UNCOMPRESSED)
    defaults = DEFAULT_READ_LIMITS
    assert constants == (defaults.max_bytes, defaults.max_depth, defaults.max_lines,
                         defaults.pdf_pages, defaults.docx_parts, defaults.docx_bytes)


def test_every_limit_has_a_name_and_every_name_sets_a_limit() -> None:
    fields = {field.name for field in dataclasses.fields(ReadLimits)}
    assert {name.replace("-", "_") for name in LIMIT_NAMES} == fields


def test_the_config_schema_lists_every_limit() -> None:
    limits = schemas.load("config")["properties"]["limits"]
    assert tuple(limits["properties"]) == LIMIT_NAMES
    assert limits["additionalProperties"] is False


@pytest.mark.parametrize(("name", "raw", "expected"), [
    ("max-bytes", "50MB", ("max_bytes", 50 * MB)),
    ("max-bytes", "50 MB", ("max_bytes", 50 * MB)),
    ("max-bytes", " 50 mb ", ("max_bytes", 50 * MB)),
    ("max-bytes", "512KiB", ("max_bytes", 512 * 1024)),
    ("max-bytes", "1GB", ("max_bytes", 1024 * MB)),
    ("max-bytes", "52428800", ("max_bytes", 50 * MB)),
    ("max-bytes", "100 B", ("max_bytes", 100)),
    ("max-bytes", 1000, ("max_bytes", 1000)),
    ("docx-bytes", "300 MB", ("docx_bytes", 300 * MB)),
    ("table-rows", "50_000", ("table_rows", 50_000)),
    ("table-rows", 50_000, ("table_rows", 50_000)),
    ("max-depth", "1", ("max_depth", 1)),
    ("max-depth", 200, ("max_depth", 200)),
    ("columns", "10000", ("columns", 10_000)),
    ("pdf-pages", 5, ("pdf_pages", 5)),
    ("docx-parts", "12", ("docx_parts", 12)),
    ("max-lines", "+30", ("max_lines", 30)),
])
def test_a_setting_gives_its_field_and_value(name: str, raw: object,
                                             expected: tuple[str, int]) -> None:
    assert parse_limit(name, raw) == expected


@pytest.mark.parametrize(("name", "raw", "english", "indonesian"), [
    ("max-byte", "1", "unknown limit 'max-byte' (known: max-bytes,", "tidak dikenal"),
    ("MAX-BYTES", "1", "unknown limit", "tidak dikenal"),
    ("max-lines", "1.5", "max-lines must be a whole number, not '1.5'", "bilangan bulat"),
    ("max-lines", 1.5, "max-lines must be a whole number, not 1.5", "bilangan bulat"),
    ("max-lines", "", "must be a whole number", "bilangan bulat"),
    ("max-lines", "lots", "must be a whole number", "bilangan bulat"),
    ("max-lines", True, "must be a whole number, not True", "bilangan bulat"),
    ("max-lines", None, "must be a whole number", "bilangan bulat"),
    ("max-lines", "10MB", "max-lines must be a whole number, not '10MB'", "bilangan bulat"),
    ("max-bytes", "50 XB", "max-bytes must be a size in bytes", "ukuran dalam bita"),
    ("max-bytes", "5e7", "max-bytes must be a size in bytes", "ukuran dalam bita"),
    ("max-depth", 0, "max-depth must be at least 1, not 0", "paling kecil 1"),
    ("max-depth", "0", "max-depth must be at least 1, not '0'", "paling kecil 1"),
    ("max-depth", -3, "max-depth must be at least 1, not -3", "paling kecil 1"),
    ("max-bytes", "-1MB", "max-bytes must be at least 1", "paling kecil 1"),
    ("max-depth", 201, "max-depth must be at most 200, not 201", "paling besar 200"),
    ("max-bytes", "2GB", "max-bytes must be at most 1 GB, not '2GB'", "paling besar 1 GB"),
    ("max-lines", 10**30, "max-lines must be at most 20,000,000", "paling besar"),
    ("table-rows", "9" * 50, "table-rows must be at most 2,000,000", "paling besar"),
    ("max-lines", "9" * 5_000, "max-lines must be at most 20,000,000, not '99999", "besar"),
    ("max-bytes", "1" * 5_000 + "MB", "max-bytes must be at most 1 GB", "paling besar"),
])
def test_a_setting_no_limit_takes_is_refused_in_both_languages(
        name: str, raw: object, english: str, indonesian: str) -> None:
    with pytest.raises(LimitValueError) as caught:
        parse_limit(name, raw)
    assert english in caught.value.english
    assert indonesian in caught.value.indonesian


def test_with_values_changes_only_what_it_names() -> None:
    changed = DEFAULT_READ_LIMITS.with_values({"max_lines": 10, "columns": 3})
    assert (changed.max_lines, changed.columns) == (10, 3)
    assert dataclasses.replace(changed, max_lines=DEFAULT_READ_LIMITS.max_lines,
                               columns=DEFAULT_READ_LIMITS.columns) == DEFAULT_READ_LIMITS
    assert DEFAULT_READ_LIMITS.with_values({}) is DEFAULT_READ_LIMITS


def test_a_read_takes_the_limits_of_its_scope_and_the_defaults_after_it() -> None:
    outer, inner = ReadLimits(max_lines=10), ReadLimits(max_lines=20)
    assert current_limits() == DEFAULT_READ_LIMITS
    with reading_with(outer):
        with reading_with(inner):
            assert current_limits() is inner
        assert current_limits() is outer
        with pytest.raises(RuntimeError), reading_with(inner):
            raise RuntimeError("a read that fails")
        assert current_limits() is outer
    assert current_limits() == DEFAULT_READ_LIMITS


def test_a_size_is_described_in_its_largest_whole_unit() -> None:
    assert [describe_size(size) for size in (50 * MB, 2048, 1000, 1024 * MB, 1536)] == [
        "50 MB", "2 KB", "1,000 bytes", "1 GB", "1,536 bytes"]


def test_the_ceilings_are_far_above_the_defaults() -> None:
    for name in LIMIT_NAMES:
        setting = limits_module._BY_NAME[name]
        default = getattr(DEFAULT_READ_LIMITS, setting.field)
        assert setting.ceiling >= 3 * default, name
        assert parse_limit(name, setting.ceiling) == (setting.field, setting.ceiling)


# -- [limits] in a config file ---------------------------------------------------------------

def test_limits_in_lkjip_toml(tmp_path: Path) -> None:
    path = tmp_path / "lkjip.toml"
    path.write_text('[limits]\nmax-bytes = "1 MB"\ntable-rows = 30\n', encoding="utf-8")
    config = load_config(path)
    assert config.limits == ReadLimits(max_bytes=MB, table_rows=30)


def test_limits_in_pyproject_toml_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.lkjip.limits]\npdf-pages = 9\n",
                                             encoding="utf-8")
    (tmp_path / "laporan").mkdir()
    assert load_config(start=tmp_path / "laporan").limits == ReadLimits(pdf_pages=9)


def test_a_config_without_limits_keeps_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "lkjip.toml"
    path.write_text('lang = "en"\n', encoding="utf-8")
    assert load_config(path).limits == DEFAULT_READ_LIMITS


@pytest.mark.parametrize(("table", "words"), [
    ("max-lines = 0", ("limits.max-lines", "must be at least 1, not 0")),
    ("max-lines = -5", ("limits.max-lines", "must be at least 1, not -5")),
    ('max-bytes = "lots"', ("limits.max-bytes", "must be a size in bytes")),
    ('max-depth = "9 MB"', ("limits.max-depth", "must be a whole number")),
    ("max-depth = 100000", ("limits.max-depth", "must be at most 200")),
    ("max-lines = 1.5", ("limits.max-lines", "is not of type")),
    ("max-lines = true", ("limits.max-lines", "is not of type")),
    ("max-line = 10", ("limits", "'max-line' was unexpected")),
    ("max-lines = " + "9" * 5_000, ("invalid TOML", "too many digits")),
])
def test_a_bad_limit_in_a_config_is_one_error_naming_the_file_and_key(
        tmp_path: Path, table: str, words: tuple[str, ...]) -> None:
    path = tmp_path / "lkjip.toml"
    path.write_text(f"[limits]\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert all(word in message for word in words), message


@pytest.mark.parametrize(("document", "after"), [
    ("SECURITY.md", "### Setting a limit"), ("README.md", "## Configuration")])
def test_the_documented_config_examples_load(document: str, after: str,
                                             tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / document).read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text[text.index(after):], re.S)
    assert example is not None, f"no TOML example after {after!r}"
    path = tmp_path / "lkjip.toml"
    path.write_text(example[1], encoding="utf-8")
    limits = load_config(path).limits
    assert limits.max_bytes == 100 * MB and limits.table_rows == 50_000

