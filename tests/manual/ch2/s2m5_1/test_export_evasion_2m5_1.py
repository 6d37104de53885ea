"""§2M5.1 (Evasion of Export Controls; Financial Transactions with Countries Supporting
International Terrorism), tables/export_controls_evasion.toml. Sources
(../shared/reference/ussg/): 1987-2001 (a) as Amendment 633 strikes it
(appendix_c_2016/APPENDIX_C_Vol_II.txt lines 8992-8996); Amendment 633's (a) (lines 8997-9002);
Amendment 637's (a)(1)(B) (lines 9786-9792); manual_2016/GLM2016_fulltext.txt lines 8357-8379;
manual_2025/GLM2025_fulltext.txt lines 15434-15470 (824, 830 unverified)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M5.1", "export_evasion"


def _controls(*names: str) -> str:
    return "controls_evaded = [" + ", ".join(f'"{n}"' for n in names) + "]"


@pytest.mark.parametrize("manual,control,section,level", [
    # 1987-2001 (Vol. II line 8994): "(1) 22, if national security or nuclear proliferation
    # controls were evaded; or (2) 14."
    ("1987-11-01", "national_security", "(a)(1)", 22),
    ("2001-05-01", "nuclear_proliferation", "(a)(1)", 22),
    ("1987-11-01", "chemical_proliferation", "(a)(2)", 14),  # not named before 633
    ("2001-05-01", "biological_proliferation", "(a)(2)", 14),
    ("1995-11-01", "other", "(a)(2)", 14),
    # from Nov. 1, 2001 (633, lines 8999-9002): 26, nuclear, biological, or chemical
    ("2001-11-01", "national_security", "(a)(1)", 26),
    ("2001-11-01", "chemical_proliferation", "(a)(1)", 26),
    ("2001-11-01", "biological_proliferation", "(a)(1)", 26),
    ("2001-11-01", "other", "(a)(2)", 14),
    # from Nov. 1, 2002 (637): (a)(1)(A)
    ("2002-11-01", "nuclear_proliferation", "(a)(1)(A)", 26),
    ("2016", "chemical_proliferation", "(a)(1)(A)", 26),
    ("2016", "other", "(a)(2)", 14),
    ("2025", "national_security", "(a)(1)(A)", 26),
    ("2025", "other", "(a)(2)", 14)])
def test_the_controls_each_edition_names(manual, control, section, level):
    found = steps(G, KEY, manual, _controls(control))
    assert found[-1] == (f"§2M5.1{section}", f"= {level}", level)
    if section == "(a)(2)":  # the control shown not applied, quoting (a)(1)
        assert found[0][1] == "not applied"


@pytest.mark.parametrize("manual", ["2002-11-01", "2016", "2023-11-01", "2024-11-01", "2025"])
def test_terrorism_country_transaction_from_2002(manual):
    # (a)(1)(B), Amendment 637 (Vol. II lines 9790-9792): 26, also with only "other" controls
    found = steps(G, KEY, manual, "terrorism_country_transaction = true")
    assert found == [("§2M5.1(a)(1)(B)", "= 26", 26)]
    both = steps(G, KEY, manual, _controls("national_security")
                 + "\nterrorism_country_transaction = true")
    assert both == [("§2M5.1(a)(1)(A)", "= 26", 26), ("§2M5.1(a)(1)(B)", "also met", 26)]


@pytest.mark.parametrize("manual", ["1987-11-01", "2001-05-01", "2001-11-01"])
def test_terrorism_country_transaction_refused_before_2002(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "terrorism_country_transaction = "
                                         "true", manual))
    assert "offense.export_evasion.terrorism_country_transaction" in err
    assert "Amendment 637" in err and "Traceback" not in err


@pytest.mark.parametrize("manual", ["2023-11-01", "2024-11-01"])
def test_2023_and_2024_are_unverified(capsys, tmp_path: Path, manual):
    result = calc_json(capsys, case_file(tmp_path, G, KEY, _controls("national_security"),
                                         manual))
    assert any("§2M5.1" in w and "unverified" in w for w in result["warnings"])
    assert result["total_offense_level"] == 26


@pytest.mark.parametrize("facts,field", [
    ("", "offense.export_evasion"),
    ('controls_evaded = ["dual_use"]', "offense.export_evasion.controls_evaded"),
    ('controls_evaded = ["other", "other"]', "offense.export_evasion"),
    ('controls_evaded = "national_security"', "offense.export_evasion.controls_evaded")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert "export_evasion.toml" in err and field in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: national security controls evaded: (a)(1) 22; category I: 41-51 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, _controls("national_security"),
                                         "1987-11-01"))
    assert chapter_two_steps(result) == [("§2M5.1(a)(1)", 22)]
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}


def test_worked_case_2001_through_the_cli(capsys, tmp_path: Path):
    # Nov. 1, 2001: chemical weapons controls, now named: (a)(1) 26; category I: 63-78 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, _controls("chemical_proliferation"),
                                         "2001-11-01"))
    assert chapter_two_steps(result) == [("§2M5.1(a)(1)", 26)]
    assert result["range"] == {"min_months": 63, "max_months": 78, "life": False}


def test_worked_case_2025_through_the_cli(capsys, tmp_path: Path):
    # 2025: other controls only: (a)(2) 14, the control shown not applied; I: 15-21 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, _controls("other"), "2025"))
    assert chapter_two_steps(result) == [("§2M5.1(a)(1)(A)", None), ("§2M5.1(a)(2)", 14)]
    assert result["range"] == {"min_months": 15, "max_months": 21, "life": False}


def test_example_file(capsys):
    # examples/export-evasion-2m5.1-2016.toml: (a)(1)(A) 26 and (a)(1)(B) also met; Chapter
    # Three: -3 for acceptance = 23; category I: 46-57 months
    result = calc_json(capsys, EXAMPLES / "export-evasion-2m5.1-2016.toml")
    assert chapter_two_steps(result) == [("§2M5.1(a)(1)(A)", 26), ("§2M5.1(a)(1)(B)", 26)]
    assert result["total_offense_level"] == 23
    assert result["range"] == {"min_months": 46, "max_months": 57, "life": False}
