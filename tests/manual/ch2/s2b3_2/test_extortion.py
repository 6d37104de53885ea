"""§2B3.2 (Extortion by Force or Threat of Injury or Serious Damage), issue #15: every edge of
(b)(2) (the §2B3.1(b)(7) table the edition names), the weapon and bodily-injury tables with
their cap, in every version of tables/extortion_by_force.toml, through the real command line;
a worked case per era; the refusals (before Nov. 1, 2003; Nov. 1, 2024 - Oct. 31, 2025); the
§2A2.1 cross reference through the registry; hypothesis: a greater demand never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 2985-3027 (§2B3.2, in force Nov. 1, 2015 -
          Oct. 31, 2024): (a) line 2987, (b)(2) line 2993 ("exceeded $20,000"), (b)(3) lines
          2995-2997, (b)(4) lines 2999-3019, (b)(5) line 3021, (c) lines 3025-3027
  S2025 = manual_2025/GLM2025_fulltext.txt lines 6285-6357 (§2B3.2, Nov. 1, 2025)
  S2007 = http://www.ussc.gov/guidelines-manual/2007/2007-2b32 ((b)(2) "exceeded $10,000",
          in force Nov. 1, 2003 - Oct. 31, 2015)
  R2016 = manual_2016/GLM2016_fulltext.txt lines 2937-2951 (§2B3.1(b)(7), Amendment 791's
          table); A791 = appendix_c_2016/APPENDIX_C_Supplement.txt lines 4647-4668 (the
          §2B3.1(b)(7) table it struck, in force until Oct. 31, 2015)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file, level_and_capped
from tests.manual.ch2.s2b3_1.test_robbery import INJURY as ROBBERY_INJURY
from tests.manual.ch2.s2b3_1.test_robbery import NEW_EDGES as ROBBERY_NEW_EDGES
from tests.manual.ch2.s2b3_1.test_robbery import OLD_EDGES as ROBBERY_OLD_EDGES
from tests.conftest import ROOT
from tests.strategies import computed

EXAMPLE = ROOT / "examples" / "extortion-2025.toml"

#: Dates under each version of tables/extortion_by_force.toml (1998-11-01, 2000-11-01,
#: 2003-11-01, 2015-11-01, 2025-11-01), with the 2016 and 2023 editions inside the fourth.
OLD = ["1998-11-01", "2000-11-01", "2003-11-01", "2010-11-01"]
NEW = ["2015-11-01", "2016", "2023-11-01", "2025"]
EDITIONS = OLD + NEW


def _case(tmp_path: Path, extortion: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2B3.2", "extortion", extortion, manual, more)


def _level(capsys, tmp_path: Path, extortion: str, manual: str) -> int:
    return _run(capsys, _case(tmp_path, extortion, manual))["total_offense_level"]


# (b)(2) "increase by the corresponding number of levels from the table in §2B3.1(b)(7)"
# (S2016 line 2993; S2007): the robbery tests' hand-written edges of that table (A791's struck
# table, +1 over $10,000 ... +7 over $5,000,000; R2016, +1 over $20,000 ... +7 over
# $9,500,000), on §2B3.2's base of 18 instead of §2B3.1's 20. §2B3.2's own amount ("exceeded
# $10,000", "exceeded $20,000") is the table's first row in each era.
OLD_EDGES = [(amount, level - 2) for amount, level in ROBBERY_OLD_EDGES]
NEW_EDGES = [(amount, level - 2) for amount, level in ROBBERY_NEW_EDGES]


@pytest.mark.parametrize("manual", OLD)
@pytest.mark.parametrize("amount,level", OLD_EDGES)
def test_demand_edges_2003_to_2015(capsys, tmp_path, manual, amount, level):
    assert OLD_EDGES[1] == ("$10,000", 18) and OLD_EDGES[-1] == ("$5,000,000.01", 25)
    assert _level(capsys, tmp_path, f'amount_demanded = "{amount}"', manual) == level


@pytest.mark.parametrize("manual", NEW)
@pytest.mark.parametrize("amount,level", NEW_EDGES)
def test_demand_edges_from_2015(capsys, tmp_path, manual, amount, level):
    assert NEW_EDGES[1] == ("$20,000", 18) and NEW_EDGES[-1] == ("$9,500,000.01", 25)
    assert _level(capsys, tmp_path, f'loss_to_victim = "{amount}"', manual) == level


def test_the_greater_of_demand_and_loss_is_read(capsys, tmp_path):
    # S2016 line 2993: "the greater of the amount demanded or the loss to the victim"
    steps = _run(capsys, _case(tmp_path, 'amount_demanded = "$30,000"\n'
                               'loss_to_victim = "$96,000"', "2016"))["steps"]
    step = next(s for s in steps if s["section"] == "§2B3.2(b)(2)")
    assert step["level"] == 20 and "loss_to_victim $96,000" in step["reason"]
    assert "§2B3.1(b)(7)(C) more than $95,000" in step["reason"]


def test_at_or_below_the_amount_is_shown_as_no_increase(capsys, tmp_path):
    steps = _run(capsys, _case(tmp_path, 'amount_demanded = "$20,000"', "2025"))["steps"]
    step = next(s for s in steps if s["section"] == "§2B3.2(b)(2)")
    assert (step["change"], step["level"]) == ("no increase", 18)


# (b)(3) (S2016 lines 2995-2997; S2025 lines 6297-6315): (A)(i) 7, (ii) 6, (iii) 5, (iv) 4,
# (v) 3, or (B) 3, on base 18.
WEAPON = [("firearm_discharged", "(A)(i)", 25), ("firearm_otherwise_used", "(A)(ii)", 24),
          ("firearm_brandished_or_possessed", "(A)(iii)", 23),
          ("dangerous_weapon_otherwise_used", "(A)(iv)", 22),
          ("dangerous_weapon_brandished_or_possessed", "(A)(v)", 21),
          ("preparation_or_ability", "(B)", 21)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("weapon,clause,level", WEAPON)
def test_weapon_table(capsys, tmp_path, manual, weapon, clause, level):
    result = _run(capsys, _case(tmp_path, f'weapon = "{weapon}"', manual))
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2B3.2(b)(3){clause}" for s in result["steps"])


# (b)(4) (S2016 lines 2999-3017; S2025 lines 6317-6327): (A) 2, (D) 3, (B) 4, (E) 5, (C) 6,
# the same degrees and clauses as §2B3.1(b)(3) (the robbery tests' list), on base 18.
INJURY = [(injury, clause, level - 2) for injury, clause, level in ROBBERY_INJURY]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("injury,clause,level", INJURY)
def test_bodily_injury_table(capsys, tmp_path, manual, injury, clause, level):
    assert INJURY[0] == ("bodily_injury", "(A)", 20)
    result = _run(capsys, _case(tmp_path, f'bodily_injury = "{injury}"', manual))
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2B3.2(b)(4){clause}" for s in result["steps"])


# The proviso (S2016 line 3019; S2025 lines 6329-6330): (3) and (4) together at most 11.
CAP = [("firearm_discharged", "between_bodily_and_serious", 28, False),    # 7 + 3 = 10
       ("firearm_discharged", "serious_bodily_injury", 29, False),         # 7 + 4 = 11: at
       ("firearm_discharged", "between_serious_and_permanent", 29, True),  # 12 -> 11
       ("firearm_otherwise_used", "permanent_or_life_threatening", 29, True),  # 12 -> 11
       ("firearm_brandished_or_possessed", "permanent_or_life_threatening", 29, False),  # 11
       ("preparation_or_ability", "permanent_or_life_threatening", 27, False)]  # 3 + 6 = 9


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("weapon,injury,level,capped", CAP)
def test_weapon_and_injury_cap(capsys, tmp_path, manual, weapon, injury, level, capped):
    facts = f'weapon = "{weapon}"\nbodily_injury = "{injury}"'
    assert level_and_capped(capsys, _case(tmp_path, facts, manual)) == (level, capped)


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("restraint,clause,level", [("abducted", "(A)", 22),
                                                    ("physically_restrained", "(B)", 20)])
def test_abduction_or_restraint(capsys, tmp_path, manual, restraint, clause, level):
    # (b)(5) (S2016 line 3021; S2025 lines 6337-6341): (A) +4, (B) +2
    result = _run(capsys, _case(tmp_path, f'abduction_or_restraint = "{restraint}"', manual))
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2B3.2(b)(5){clause}" for s in result["steps"])


def test_amendment_832_words_are_quoted_from_nov_2025(capsys, tmp_path):
    facts = 'weapon = "firearm_otherwise_used"\nabduction_or_restraint = "physically_restrained"'
    before = _by_section(_run(capsys, _case(tmp_path, facts, "2023-11-01")))
    after = _by_section(_run(capsys, _case(tmp_path, facts, "2025")))
    assert "a firearm was otherwise used" in before["§2B3.2(b)(3)(A)(ii)"]["reason"]
    assert "specific (not general) threat of harm" in after["§2B3.2(b)(3)(A)(ii)"]["reason"]
    assert "physically restrained" in before["§2B3.2(b)(5)(B)"]["reason"]
    assert "freedom of movement was restricted" in after["§2B3.2(b)(5)(B)"]["reason"]
    for steps in (before, after):
        assert [steps[s]["level"] for s in ("§2B3.2(a)", "§2B3.2(b)(3)(A)(ii)",
                                            "§2B3.2(b)(5)(B)")] == [18, 24, 26]


def _by_section(result: dict) -> dict[str, dict]:
    return {s["section"]: s for s in result["steps"]}


def _chapter_two(result: dict) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


def test_worked_case_2025(capsys):
    """examples/extortion-2025.toml, worked by hand in its comments from S2025."""
    result = _run(capsys, EXAMPLE)
    assert _chapter_two(result) == [
        ("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 20), ("§2B3.2(b)(2)", 22),
        ("§2B3.2(b)(3)(A)(i)", 29), ("§2B3.2(b)(4)(E)", 34), ("§2B3.2(b)(4)", 33),
        ("§2B3.2(b)(5)(B)", 35)]
    assert result["total_offense_level"] == 32  # 35 - 3 (§3E1.1(a), (b))
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv): level 32, I
    assert result["range"] == {"min_months": 121, "max_months": 151, "life": False}


def test_worked_case_2010_era(capsys, tmp_path):
    """Nov. 1, 2010 Manual (the 2003 text, S2007): a threat (+2), a demand of $60,000 (over
    $50,000 in the struck §2B3.1(b)(7) table: +2), a dangerous weapon brandished (+3),
    bodily injury (+2)."""
    result = _run(capsys, _case(tmp_path, 'threat_of_death_injury_or_kidnapping = true\n'
                                'amount_demanded = "$60,000"\n'
                                'weapon = "dangerous_weapon_brandished_or_possessed"\n'
                                'bodily_injury = "bodily_injury"', "2010-11-01"))
    assert _chapter_two(result) == [("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 20),
                                    ("§2B3.2(b)(2)", 22), ("§2B3.2(b)(3)(A)(v)", 25),
                                    ("§2B3.2(b)(4)(A)", 27)]


def test_worked_case_2016_era(capsys, tmp_path):
    """Nov. 1, 2016 Manual (S2016): a threat to kidnap (+2), a demand of $60,000 (not over
    $95,000: +1 for over $20,000), preparation shown by a study of the victim's routine
    ((b)(3)(B), +3; comment. (n.6)), the victim abducted (+4)."""
    result = _run(capsys, _case(tmp_path, 'threat_of_death_injury_or_kidnapping = true\n'
                                'amount_demanded = "$60,000"\nweapon = "preparation_or_ability"\n'
                                'abduction_or_restraint = "abducted"', "2016"))
    assert _chapter_two(result) == [("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 20),
                                    ("§2B3.2(b)(2)", 21), ("§2B3.2(b)(3)(B)", 24),
                                    ("§2B3.2(b)(5)(A)", 28)]


def test_murder_cross_reference(capsys, tmp_path):
    # (c)(1) (S2016 line 3025): "apply §2A1.1 (First Degree Murder)"; §2A1.1(a) 43
    result = _run(capsys, _case(tmp_path, 'victim_murdered = true', "2016"))
    assert _chapter_two(result)[-1] == ("§2B3.2(c)(1)", 43)


# (c)(2) (S2016 line 3027): "If the offense was tantamount to attempted murder, apply §2A2.1
# ... if the resulting offense level is greater than that determined above." §2A2.1 (manual_2016
# lines 1259-1267): (a)(1) 33, (a)(2) 27, (b)(1)(B) +2; from Nov. 1, 1990 to Oct. 31, 2004
# (Amendment 311, APPENDIX_C_Vol_I.txt lines 6315-6326) 28 and 22.
ATTEMPTED_MURDER = [
    # manual, §2B3.2 findings, §2A2.1 findings, §2B3.2 level, §2A2.1 level, applied
    ("2016", 'threat_of_death_injury_or_kidnapping = true\nweapon = "firearm_discharged"', '',
     27, 27, False),                                                   # at: 27 = 27
    ("2016", 'threat_of_death_injury_or_kidnapping = true\nweapon = "firearm_discharged"',
     'bodily_injury = "serious_bodily_injury"', 27, 29, True),         # just above
    ("2016", 'threat_of_death_injury_or_kidnapping = true\nweapon = "firearm_discharged"\n'
     'abduction_or_restraint = "abducted"', '', 31, 27, False),        # below
    ("2025", 'threat_of_death_injury_or_kidnapping = true', 'object_first_degree_murder = true',
     20, 33, True),
    ("2000-11-01", 'threat_of_death_injury_or_kidnapping = true',
     'object_first_degree_murder = true', 20, 28, True),               # A311's 28
]


@pytest.mark.parametrize("manual,facts,attempt,own,other,applied", ATTEMPTED_MURDER)
def test_attempted_murder_cross_reference_if_greater(capsys, tmp_path, manual, facts, attempt,
                                                     own, other, applied):
    result = _run(capsys, _case(tmp_path, facts, manual,
                                f"[offense.extortion.attempted_murder]\n{attempt}\n"))
    steps = _chapter_two(result)
    end = next(i for i, (section, _) in enumerate(steps)
               if section.startswith("§2A2.1") or section == "§2B3.2(c)(2)")
    assert steps[end - 1][1] == own  # the level determined above
    reference = _by_section(result)["§2B3.2(c)(2)"]
    assert f"level {other}" in reference["input"]  # the §2A2.1 level, shown either way
    if applied:  # its steps adopted: base level, characteristics
        assert [level for section, level in steps if section.startswith("§2A2.1")][-1] == other
    else:
        assert reference["change"] == "not applied"
        assert not any(section.startswith("§2A2.1") for section, _ in steps)
    assert result["total_offense_level"] == (other if applied else own)


def test_attempted_murder_finding_not_in_the_edition_is_refused(capsys, tmp_path):
    # §2A2.1(b)(2)'s weapon was deleted by Amendment 311 (Nov. 1, 1990)
    err = _refused(capsys, _case(tmp_path, 'threat_of_death_injury_or_kidnapping = true', "2016",
                                 '[offense.extortion.attempted_murder]\n'
                                 'weapon = "firearm_discharged"\n'))
    assert "offense.extortion.attempted_murder.weapon" in err and "Amendment 311" in err


def test_words_before_amendments_601_and_654(capsys, tmp_path):
    """A601 (APPENDIX_C_Vol_II.txt line 3020) struck "displayed," from (b)(3); Amendment 654
    (lines 15638-15649) replaced (b)(3)(B), quoting the words it struck. The levels stand."""
    firearm = {m: _by_section(_run(capsys, _case(
        tmp_path, 'weapon = "firearm_brandished_or_possessed"', m)))["§2B3.2(b)(3)(A)(iii)"]
        for m in ("1998-11-01", "2000-11-01")}
    assert "brandished, displayed, or possessed" in firearm["1998-11-01"]["reason"]
    assert "brandished or possessed" in firearm["2000-11-01"]["reason"]
    preparation = {m: _by_section(_run(capsys, _case(
        tmp_path, 'weapon = "preparation_or_ability"', m)))["§2B3.2(b)(3)(B)"]
        for m in ("2000-11-01", "2003-11-01")}
    assert "or (iv) product tampering; or if the participant(s)" in \
        preparation["2000-11-01"]["reason"]
    assert "critical infrastructure" in preparation["2003-11-01"]["reason"]
    assert [firearm[m]["level"] for m in firearm] == [23, 23]
    assert [preparation[m]["level"] for m in preparation] == [21, 21]


def test_amendment_831_year_is_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'amount_demanded = "$30,000"', "2024-11-01"))
    assert "§2B3.2" in err and "Nov. 1, 2024 to Oct. 31, 2025" in err


def test_restraint_is_not_counted_twice(capsys, tmp_path):
    """§3A1.3, comment. (n.2): "Do not apply this adjustment where the offense guideline
    specifically incorporates this factor"; §2B3.2(b)(5)(B) does."""
    err = _refused(capsys, _case(tmp_path, 'abduction_or_restraint = "physically_restrained"',
                                 "2025", "[adjustments.victim]\nrestrained = true\n"))
    assert "adjustments.victim.restrained" in err and "§2B3.2(b)(5)(B)" in err


def test_a_demand_in_floats_is_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, "amount_demanded = 25000.5", "2025"))
    assert "offense.extortion.amount_demanded" in err and "float" in err


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS),
       weapon=st.sampled_from([None] + [w for w, _, _ in WEAPON]),
       injury=st.sampled_from([None] + [i for i, _, _ in INJURY]),
       cents=st.integers(0, 2_000_000_000), more=st.integers(1, 2_000_000_000),
       loss=st.integers(0, 2_000_000_000), flags=st.lists(st.booleans(), min_size=2,
                                                          max_size=2))
def test_a_greater_demand_never_lowers_the_level(manual, weapon, injury, cents, more, loss,
                                                  flags):
    def level(amount: int) -> int:
        extortion = {"amount_demanded": f"{amount // 100}.{amount % 100:02d}",
                     "loss_to_victim": f"{loss // 100}.{loss % 100:02d}",
                     "threat_of_death_injury_or_kidnapping": flags[0],
                     "victim_murdered": flags[1]}
        extortion |= {"weapon": weapon} if weapon else {}
        extortion |= {"bodily_injury": injury} if injury else {}
        case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                    "offense": {"guideline": "2B3.2", "extortion": extortion}})
        result = computed(case).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert level(cents) <= level(cents + more)
