"""§2A1.3 (Voluntary Manslaughter): each version of tables/voluntary_manslaughter.toml the day
it begins and the day before (25 until Oct. 31, 2004, 29 from Nov. 1, 2004 through the 2025
Manual, which lists no later amendment of §2A1.3), each citing its version; the pre-2004
worked example through the real command line.

Sources (under /work/shared/reference/ussg/):
  A663  = appendix_c_2016/APPENDIX_C_Vol_III.txt line 91 ("Section 2A1.3(a) is amended by
          striking "25" and inserting "29"", Nov. 1, 2004)
  S2016 = manual_2016/GLM2016_fulltext.txt line 1191 ("(a) Base Offense Level: 29")
  S2025 = manual_2025/GLM2025_fulltext.txt line 2639 (the same; historical note 2646-2649)
"""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, chapter_two_steps
from tests.manual.ch2.s2a1_1.homicide_cases import chapter_two

OLD = "Nov. 1, 1987 text (the level Amendment 663 struck)"
A663 = "Amendment 663, eff. Nov. 1, 2004 (text of the Nov. 1, 2016 and 2025 Manuals)"


@pytest.mark.parametrize("day,level,citation", [
    ("1987-11-01", 25, OLD),  # A663 line 91: the "25" it struck
    ("2004-10-31", 25, OLD),
    ("2004-11-01", 29, A663),  # A663 line 91: "29"; S2016 line 1191
    ("2025-11-01", 29, A663),  # S2025 line 2639: no amendment after 699 (2007)
])
def test_base_offense_level_in_each_version(day, level, citation):
    (step,) = chapter_two("2A1.3", day)
    assert (step.section, step.level, step.source) == ("§2A1.3(a)", level, citation)
    assert step.reason == f"“Base Offense Level: {level}”"


def test_example_voluntary_manslaughter_1998(capsys):
    """examples/voluntary-manslaughter-1998.toml: 25, category II: 63-78 months."""
    result = calc_json(capsys, EXAMPLES / "voluntary-manslaughter-1998.toml")
    assert chapter_two_steps(result) == [("§2A1.3(a)", 25)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (63, 78)
    assert [s["source"] for s in result["steps"] if s["section"] == "§2A1.3(a)"] == [OLD]
