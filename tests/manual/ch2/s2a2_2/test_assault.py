"""§2A2.2 (Aggravated Assault) and §2A2.3 (Assault), issue #15: every entry of the bodily-injury
table, both caps at, below and above, in each version; a worked case per guideline per era
through the real command line; the refusals of facts an edition does not have and of dates
before the first version; hypothesis: more injury never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1287-1325 (§2A2.2), 1361-1377 (§2A2.3)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 2803-2850 (§2A2.2), 2938-2960 (§2A2.3)
  A663  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 171-206 (Amendment 663, Nov. 1, 2004)
  A781  = appendix_c_2016/APPENDIX_C_Supplement.txt lines 2494-2524 (Amendment 781, Nov. 1, 2014)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.conftest import ROOT
from tests.strategies import chapter_two_level, computed
from ussg.guidelines.case.model import Case

EXAMPLE = ROOT / "examples" / "assault-2025.toml"
EDITIONS = ["2004-11-01", "2014-11-01", "2025-11-01"]


def _case(tmp_path: Path, guideline: str, key: str, facts: str, manual: str) -> Path:
    path = tmp_path / "assault.toml"
    path.write_text(f'# §{guideline} findings under test (see the test that wrote this file)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "{guideline}"\n'
                    f'[offense.{key}]\n{facts}\n[criminal_history]\ncategory = "I"\n')
    return path


#: comment. (n.4) (from Amendment 663): "If subsection (b)(7) [(b)(6)] applies, §3A1.2
#: (Official Victim) also shall apply" — a § 111(b)/§ 115 conviction needs it stated
OFFICIAL = '\n[adjustments.victim]\nofficial_victim = "status_person_offense"'


def _aggravated(tmp_path: Path, facts: str, manual: str) -> Path:
    return _case(tmp_path, "2A2.2", "aggravated_assault", facts, manual)


# §2A2.2(b)(3) (S2016 lines 1300-1316; S2025 lines 2815-2822; A663 lines 174-177): base 14,
# (A) +3, (D) +4, (B) +5, (E) +6, (C) +7, the same in both versions.
INJURY = [("bodily_injury", "(A)", 17), ("between_bodily_and_serious", "(D)", 18),
          ("serious_bodily_injury", "(B)", 19), ("between_serious_and_permanent", "(E)", 20),
          ("permanent_or_life_threatening", "(C)", 21)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("injury,clause,level", INJURY)
def test_bodily_injury_table(capsys, tmp_path, manual, injury, clause, level):
    result = _run(capsys, _aggravated(tmp_path, f'bodily_injury = "{injury}"', manual))
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2A2.2(b)(3){clause}" for s in result["steps"])


# "the cumulative adjustments from application of subdivisions (2) and (3) shall not exceed
# 10 levels" (S2016 line 1318, A663 lines 178-181). Weapon (b)(2): (A) +5, (B) +4, (C) +3.
CAP_10 = [("dangerous_weapon_otherwise_used", "serious_bodily_injury", 23, False),  # 9: below
          ("firearm_discharged", "serious_bodily_injury", 24, False),               # 10: at
          ("firearm_discharged", "between_serious_and_permanent", 24, True),        # 11 -> 10
          ("firearm_discharged", "permanent_or_life_threatening", 24, True),        # 12 -> 10
          ("dangerous_weapon_brandished_or_threatened", "permanent_or_life_threatening", 24,
           False)]                                                                    # 3 + 7


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("weapon,injury,level,capped", CAP_10)
def test_cap_on_weapon_and_injury(capsys, tmp_path, manual, weapon, injury, level, capped):
    result = _run(capsys, _aggravated(
        tmp_path, f'weapon = "{weapon}"\nbodily_injury = "{injury}"', manual))
    assert result["total_offense_level"] == level
    assert any("capped" in s["title"] for s in result["steps"]) == capped


# From Nov. 1, 2014 (A781; S2016 lines 1320-1322): (b)(4) strangling +3, and "the cumulative
# adjustments from application of subdivisions (2), (3), and (4) shall not exceed 12 levels".
CAP_12 = [("dangerous_weapon_brandished_or_threatened", "serious_bodily_injury", 25),  # 11
          ("dangerous_weapon_otherwise_used", "serious_bodily_injury", 26),            # 12: at
          ("firearm_discharged", "serious_bodily_injury", 26),                         # 13 -> 12
          ("firearm_discharged", "permanent_or_life_threatening", 26)]                 # 10+3


@pytest.mark.parametrize("manual", EDITIONS[1:])
@pytest.mark.parametrize("weapon,injury,level", CAP_12)
def test_cap_with_strangling(capsys, tmp_path, manual, weapon, injury, level):
    result = _run(capsys, _aggravated(
        tmp_path, f'weapon = "{weapon}"\nbodily_injury = "{injury}"\nstrangled_partner = true',
        manual))
    assert result["total_offense_level"] == level


def test_strangling_is_refused_before_amendment_781(capsys, tmp_path):
    err = _refused(capsys, _aggravated(tmp_path, "strangled_partner = true", "2004-11-01"))
    assert "offense.aggravated_assault.strangled_partner" in err and "Amendment 781" in err


def test_paragraphs_renumbered_by_amendment_781(capsys, tmp_path):
    """Payment, protection order and § 111(b)/§ 115 are (b)(4)-(6) from Amendment 663 and
    (b)(5)-(7) from Amendment 781 (A781 lines 2495-2496)."""
    facts = ("more_than_minimal_planning = true\nmotivated_by_payment = true\n"
             "violated_protection_order = true\nconvicted_under_111b_or_115 = true" + OFFICIAL)
    for manual, numbers in (("2004-11-01", ["(b)(1)", "(b)(4)", "(b)(5)", "(b)(6)"]),
                            ("2025", ["(b)(1)", "(b)(5)", "(b)(6)", "(b)(7)"])):
        steps = _run(capsys, _aggravated(tmp_path, facts, manual))["steps"]
        two = [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"]
        assert two == [("§2A2.2(a)", 14)] + [(f"§2A2.2{n}", 16 + 2 * i)
                                             for i, n in enumerate(numbers)]


def test_worked_case_2025(capsys):
    """examples/assault-2025.toml, worked by hand in its comments from S2025."""
    result = _run(capsys, EXAMPLE)
    two = [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert two == [("§2A2.3(a)(1)", 7), ("§2A2.3(b)(1)(A)", 9), ("§2A2.2(a)", 14),
                   ("§2A2.2(b)(2)(B)", 18), ("§2A2.2(b)(3)(B)", 23), ("§2A2.2(b)(4)", 26),
                   ("§2A2.2(b)(6)", 28), ("§2A2.3(c)(1)", 28)]
    assert result["total_offense_level"] == 25
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv): level 25, II
    assert result["range"] == {"min_months": 63, "max_months": 78, "life": False}


def test_worked_case_2010_era(capsys, tmp_path):
    """Nov. 1, 2010 Manual (§2A2.2 as of Amendment 663): planning +2, a firearm discharged
    +5, life-threatening injury +7 (5 + 7 = 12, capped at 10: -2), a § 111(b) conviction,
    (b)(6) +2: 14, 16, 21, 28, 26, 28."""
    steps = _run(capsys, _aggravated(
        tmp_path, 'more_than_minimal_planning = true\nweapon = "firearm_discharged"\n'
        'bodily_injury = "permanent_or_life_threatening"\nconvicted_under_111b_or_115 = true'
        + OFFICIAL,
        "2010-11-01"))["steps"]
    assert [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"] == [
        ("§2A2.2(a)", 14), ("§2A2.2(b)(1)", 16), ("§2A2.2(b)(2)(A)", 21),
        ("§2A2.2(b)(3)(C)", 28), ("§2A2.2(b)(3)", 26), ("§2A2.2(b)(6)", 28)]


# §2A2.3 (S2016 lines 1363-1375; A663 lines 198-206): (a)(1) 7 with physical contact or a
# dangerous weapon possessed and its use threatened, (a)(2) 4; (b)(1)(A) +2, (b)(1)(B) +4.
MINOR = [("", 4), ("physical_contact = true", 7),
         ("dangerous_weapon_possessed_and_threatened = true", 7),
         ("bodily_injury = true", 6), ("physical_contact = true\nbodily_injury = true", 9),
         ('physical_contact = true\nsubstantial_bodily_injury_to = "under_sixteen"', 11),
         ('physical_contact = true\nbodily_injury = true\n'
          'substantial_bodily_injury_to = "under_sixteen"', 11)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("facts,level", MINOR)
def test_assault_levels(capsys, tmp_path, manual, facts, level):
    path = _case(tmp_path, "2A2.3", "assault", facts, manual)
    assert _run(capsys, path)["total_offense_level"] == level


def test_partner_named_only_from_amendment_781(capsys, tmp_path):
    facts = ('physical_contact = true\n'
             'substantial_bodily_injury_to = "spouse_intimate_or_dating_partner"')
    assert _run(capsys, _case(tmp_path, "2A2.3", "assault", facts, "2014-11-01")
                )["total_offense_level"] == 11
    err = _refused(capsys, _case(tmp_path, "2A2.3", "assault", facts, "2013-11-01"))
    assert "offense.assault.substantial_bodily_injury_to" in err and "Amendment 781" in err


def test_worked_case_2005_cross_reference(capsys, tmp_path):
    """Nov. 1, 2004 Manual: §2A2.3 (7, +2) cross-referenced to §2A2.2 (14, weapon brandished
    +3, bodily injury +3): 7, 9, 14, 17, 20, then 20."""
    facts = ('physical_contact = true\nbodily_injury = true\n[offense.assault.aggravated_assault]\n'
             'weapon = "dangerous_weapon_brandished_or_threatened"\n'
             'bodily_injury = "bodily_injury"')
    steps = _run(capsys, _case(tmp_path, "2A2.3", "assault", facts, "2004-11-01"))["steps"]
    assert [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"] == [
        ("§2A2.3(a)(1)", 7), ("§2A2.3(b)(1)(A)", 9), ("§2A2.2(a)", 14),
        ("§2A2.2(b)(2)(C)", 17), ("§2A2.2(b)(3)(A)", 20), ("§2A2.3(c)(1)", 20)]


@pytest.mark.parametrize("guideline,key,level", [("2A2.2", "aggravated_assault", 15),
                                                 ("2A2.3", "assault", 3)])
def test_the_2003_manual_is_computed(capsys, tmp_path, guideline, key, level):
    # Refused until issue #15 entered the 1987-2004 versions (test_assault_1987_2004.py):
    # Amendment 663 (Vol. III lines 171-206) struck §2A2.2(a) "15" and §2A2.3(a)(2) "3"
    result = _run(capsys, _case(tmp_path, guideline, key, "", "2003-11-01"))
    assert result["total_offense_level"] == level


ORDER = [None] + [i for i, _, _ in INJURY]


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS), weapon=st.sampled_from(
    [None, "firearm_discharged", "dangerous_weapon_otherwise_used",
     "dangerous_weapon_brandished_or_threatened"]),
    worse=st.integers(1, 5), start=st.integers(0, 4),
    flags=st.lists(st.booleans(), min_size=5, max_size=5))
def test_more_injury_never_lowers_the_level(manual, weapon, worse, start, flags):
    def level(injury: str | None) -> int:
        facts = {"more_than_minimal_planning": flags[0], "motivated_by_payment": flags[1],
                 "violated_protection_order": flags[2], "convicted_under_111b_or_115": flags[3],
                 "strangled_partner": flags[4] and manual != "2004-11-01"}
        facts |= {"weapon": weapon} if weapon else {}
        facts |= {"bodily_injury": injury} if injury else {}
        if not flags[3]:
            return chapter_two_level(manual, "2A2.2", "aggravated_assault", facts)
        # comment. (n.4): with (b)(7) [(b)(6)] §3A1.2 also applies, stated
        case = Case.model_validate({
            "manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2A2.2", "aggravated_assault": facts},
            "adjustments": {"victim": {"official_victim": "status_person_offense"}}})
        return computed(case).result.total_offense_level
    end = min(start + worse, len(ORDER) - 1)
    assert level(ORDER[start]) <= level(ORDER[end])
