"""§2M3.9 (Disclosure of Information Identifying a Covert Agent), every edition from Nov. 1,
1987, (a) never amended (tables/covert_agent_disclosure.toml). Sources
(../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8305-8311;
manual_2025/GLM2025_fulltext.txt lines 15353-15361."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M3.9", "covert_agent_disclosure"


@pytest.mark.parametrize("manual", ["1987-11-01", "2016", "2025"])
@pytest.mark.parametrize("access,section,level", [
    ("covert_agent_information", "(a)(1)", 30), ("other_classified_information", "(a)(2)", 25)])
def test_base_by_access(manual, access, section, level):
    assert steps(G, KEY, manual, f'access = "{access}"') == [
        (f"§2M3.9{section}", f"= {level}", level)]


@pytest.mark.parametrize("facts", ["", 'access = "none"'])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts):
    # comment. (n.2): not a person without authorized access (that is §2X5.1)
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert "offense.covert_agent_disclosure.access" in err and "Traceback" not in err


def test_worked_case_2001_through_the_cli(capsys, tmp_path: Path):
    # 2001: an analyst with access to the identities: (a)(1) 30; category I: 97-121 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, 'access = "covert_agent_information"',
                                         "2001-11-01"))
    assert chapter_two_steps(result) == [("§2M3.9(a)(1)", 30)]
    assert result["range"] == {"min_months": 97, "max_months": 121, "life": False}
