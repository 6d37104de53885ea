"""§2A1.2 (Second Degree Murder): each version of tables/second_degree_murder.toml the day it
begins and the day before (33 until Oct. 31, 2004, 38 from Nov. 1, 2004; the 2025 Manual's
text from Nov. 1, 2025), each citing its version; the worked example through the real command
line; another guideline's facts table under §2A1.2 refused, naming it (exit 2).

Sources (under /work/shared/reference/ussg/):
  A663  = appendix_c_2016/APPENDIX_C_Vol_III.txt line 80 ("Section 2A1.2(a) is amended by
          striking "33" and inserting "38"", Nov. 1, 2004)
  S2016 = manual_2016/GLM2016_fulltext.txt line 1177 ("(a) Base Offense Level: 38")
  S2025 = manual_2025/GLM2025_fulltext.txt line 2622 (the same; historical note 2629-2633)
"""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.s2a1_1.homicide_cases import chapter_two

OLD = "Nov. 1, 1987 text (the level Amendment 663 struck)"
A663 = "Amendment 663, eff. Nov. 1, 2004 (text of the Nov. 1, 2016 Manual)"
NEW = "text of the Nov. 1, 2025 Manual"


@pytest.mark.parametrize("day,level,citation", [
    ("1987-11-01", 33, OLD),  # A663 line 80: the "33" it struck
    ("2004-10-31", 33, OLD),
    ("2004-11-01", 38, A663),  # A663 line 80: "38"; S2016 line 1177
    ("2025-10-31", 38, A663),
    ("2025-11-01", 38, NEW),  # S2025 line 2622
])
def test_base_offense_level_in_each_version(day, level, citation):
    (step,) = chapter_two("2A1.2", day)
    assert (step.section, step.level, step.source) == ("§2A1.2(a)", level, citation)
    assert step.reason == f"“Base Offense Level: {level}”"


def test_example_second_degree_murder_2016(capsys):
    """examples/second-degree-murder-2016.toml: 38, category III: 292-365 months."""
    result = calc_json(capsys, EXAMPLES / "second-degree-murder-2016.toml")
    assert chapter_two_steps(result) == [("§2A1.2(a)", 38)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (292, 365)


def test_another_guidelines_facts_under_2a1_2_refused(capsys, tmp_path):
    path = tmp_path / "second-degree.toml"
    path.write_text('manual = "2025"\n[offense]\nguideline = "2A1.2"\n'
                    '[offense.involuntary_manslaughter]\nconduct = "reckless"\n'
                    '[criminal_history]\ncategory = "I"\n')
    assert "offense.involuntary_manslaughter" in calc_refused(capsys, path)
