"""§2A4.1 (Kidnapping, Abduction, Unlawful Restraint) in every version of tables/kidnapping.toml:
the base level and each characteristic at its edges, computed in-process (parametrized); the
amendments' effective dates, the day before and the day of; the other offense of (b)(7)
((b)(5) before Nov. 1, 1991) through the registry; the refusals; a worked case per era through
the real command line; hypothesis: more days before release never lower the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1765-1795 (§2A4.1): (a) line 1767 "32";
          (b)(1) 1771 +6; (b)(2) 1773 (A) 4, (B) 2, (C) 3; (b)(3) 1775 +2; (b)(4) 1777-1779
          "(A) ... not released before thirty days had elapsed, increase by 2 levels. (B) ...
          seven days ... 1 level"; (b)(5) 1781 +6; (b)(6) 1783 +3; (b)(7) 1785-1791; (c)(1) 1795
  S2025 = manual_2025/GLM2025_fulltext.txt lines 3804-3860 (the same words and levels)
  A96   = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 1663-1668 ((b)(2)(C), Nov. 1, 1989)
  A363  = APPENDIX_C_Vol_I.txt lines 8188-8216 (the (b)(5) deleted: "(A) increase by 4 levels;
          or (B) ... apply the guideline for such other offense"; (b)(5) +3, (b)(6) +3, (b)(7),
          (c)(1) inserted, Nov. 1, 1991)
  A650  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 12690-12711 ("24" -> "(1) 32 (effective on
          and after May 30, 2003)"; (b)(4)(C) "effective before, but not on or after, May 30,
          2003"; (b)(5) "(A) increase by 6 levels (effective on and after May 30, 2003)")
  A651  = APPENDIX_C_Vol_II.txt lines 13467-13482 ((b)(4)(C) quoted: "If the victim was released
          before twenty-four hours had elapsed, decrease by 1 level"; Oct. 27, 2003)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.reading import parse_case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.case.error import CaseFileError

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

# (manual, base level, (b)(4)(C) in force, (b)(2)(C) in force, (b)(5)/(b)(6) era, (b)(5) levels)
VERSIONS = [
    ("1987-11-01", 24, True, False, False, None),  # A650 strikes "24"; A651 quotes (C)
    ("1989-11-01", 24, True, True, False, None),   # A96 inserts (b)(2)(C)
    ("1991-11-01", 24, True, True, True, 3),       # A363: (b)(5) +3, (b)(6), (b)(7), (c)(1)
    ("2003-05-30", 32, False, True, True, 6),      # A650
    ("2003-10-27", 32, False, True, True, 6),      # A651 (S2016 = S2025)
    ("2016", 32, False, True, True, 6),            # S2016 line 1767
    ("2025", 32, False, True, True, 6),            # S2025 line 3806
]
MANUALS = [v[0] for v in VERSIONS]


def _toml(facts: str, manual: str = "", day: str = "", more: str = "",
          category: str = "I") -> str:
    when = f'manual = "{manual}"\n' if manual else f"sentencing_date = {day}\n"
    return (f'{when}[offense]\nguideline = "2A4.1"\n[offense.kidnapping]\n{facts}\n{more}'
            f'[criminal_history]\ncategory = "{category}"\n')


def _run(facts: str, manual: str = "", day: str = "", more: str = ""):
    return calculate(parse_case(_toml(facts, manual, day, more)))


def _level(facts: str, manual: str = "", day: str = "", more: str = "") -> int:
    return _run(facts, manual, day, more).result.total_offense_level


def _steps(facts: str, manual: str = "", more: str = "") -> list[tuple[str, int]]:
    return [(s.section, s.level) for s in _run(facts, manual, more=more).steps
            if s.chapter == "chapter_two"]


def _refused(facts: str, manual: str = "", day: str = "", more: str = "") -> str:
    with pytest.raises(CaseFileError) as raised:
        _run(facts, manual, day, more)
    return str(raised.value)


@pytest.mark.parametrize("manual,base,early,between,later,exploited", VERSIONS)
def test_base_level(manual, base, early, between, later, exploited):
    assert _steps("", manual) == [("§2A4.1(a)(1)" if manual == "2003-05-30" else "§2A4.1(a)",
                                   base)]


@pytest.mark.parametrize("day,base", [
    ("2003-05-29", 24), ("2003-05-30", 32),  # A650: "(1) 32 (effective on and after May 30, 2003)"
    ("2003-10-26", 32), ("2003-10-27", 32),  # A651: "(a) Base Offense Level: 32"
])
def test_base_level_around_amendment_650(day, base):
    assert _level("", day=day) == base


# (b)(4): the whole days before release, below, at and above each edge: 0 (released before
# twenty-four hours: (C) -1 where in force, A651's quote), 1, 6 / 7 / 8 ("seven days": +1),
# 29 / 30 / 31 ("thirty days": +2; (A) and (B) alternatives, not added).
RELEASE = [(0, None), (1, 0), (6, 0), (7, 1), (8, 1), (29, 1), (30, 2), (31, 2), (999_999, 2)]


@pytest.mark.parametrize("manual,base,early,between,later,exploited", VERSIONS)
@pytest.mark.parametrize("days,levels", RELEASE)
def test_release_edges(manual, base, early, between, later, exploited, days, levels):
    if levels is None:
        levels = -1 if early else 0
    assert _level(f"days_before_release = {days}", manual) == base + levels


@pytest.mark.parametrize("day,level", [("2003-05-29", 23), ("2003-05-30", 32)])
def test_released_early_decrease_ends_may_30_2003(day, level):
    # A650: (b)(4)(C) "(effective before, but not on or after, May 30, 2003)"
    assert _level("days_before_release = 0", day=day) == level


def test_released_early_after_2003_is_shown_without_decrease():
    steps = _run("days_before_release = 0", "2025").steps
    step = next(s for s in steps if s.section == "§2A4.1(b)(4)")
    assert step.change == "no adjustment" and "struck (b)(4)(C)" in step.reason


# (b)(2): (A) permanent or life-threatening +4, (B) serious +2, (C) between +3 (from A96);
# the lesser degrees of §1B1.1 are no increase.
INJURY = [("permanent_or_life_threatening", "(A)", 4), ("serious_bodily_injury", "(B)", 2),
          ("between_serious_and_permanent", "(C)", 3), ("bodily_injury", "", 0),
          ("between_bodily_and_serious", "", 0)]


@pytest.mark.parametrize("manual,base,early,between,later,exploited", VERSIONS)
@pytest.mark.parametrize("injury,clause,levels", INJURY)
def test_bodily_injury(manual, base, early, between, later, exploited, injury, clause, levels):
    facts = f'bodily_injury = "{injury}"'
    if injury == "between_serious_and_permanent" and not between:
        assert "offense.kidnapping.bodily_injury" in _refused(facts, manual)
        return
    steps = _steps(facts, manual)
    assert steps[-1] == (f"§2A4.1(b)(2){clause}", base + levels)


@pytest.mark.parametrize("day,refused", [("1989-10-31", True), ("1989-11-01", False)])
def test_between_degree_from_amendment_96(day, refused):
    facts = 'bodily_injury = "between_serious_and_permanent"'
    if refused:
        assert "no clause of (b)(2)" in _refused(facts, day=day)
    else:
        assert _level(facts, day=day) == 27


@pytest.mark.parametrize("manual,base,early,between,later,exploited", VERSIONS)
def test_fixed_characteristics(manual, base, early, between, later, exploited):
    assert _level("ransom_or_demand_upon_government = true", manual) == base + 6  # (b)(1)
    assert _level('weapon_used = "dangerous_weapon"', manual) == base + 2  # (b)(3)
    assert _level('weapon_used = "firearm"', manual) == base + 2
    for key, levels in (("sexually_exploited", exploited), ("minor_placed_for_consideration", 3)):
        if later:
            assert _level(f"{key} = true", manual) == base + levels  # (b)(5), (b)(6)
        else:
            message = _refused(f"{key} = true", manual)
            assert f"offense.kidnapping.{key}" in message and "Amendment 363" in message


@pytest.mark.parametrize("day,level", [
    ("1991-10-31", None), ("1991-11-01", 27),  # A363: (b)(5) "increase by 3 levels"
    ("2003-05-29", 27), ("2003-05-30", 38),   # A650: 32 + "(A) increase by 6 levels"
])
def test_sexual_exploitation_around_amendments(day, level):
    if level is None:
        assert "Amendment 363" in _refused("sexually_exploited = true", day=day)
    else:
        assert _level("sexually_exploited = true", day=day) == level


# (b)(7) from Nov. 1, 1991: "increase to (A) the offense level ... or (B) 4 plus the offense
# level ..., but in no event greater than level 43 ..., if the resulting offense level is greater
# than that determined above". On base 32: (A) below, at and above 32; (B) 4 plus 28, 29, 40, 42.
INCREASE_TO = [
    (True, 31, 32, "not applied"), (True, 32, 32, "not applied"), (True, 33, 33, "(A)"),
    (False, 28, 32, "not applied"), (False, 29, 33, "(B)"), (False, 39, 43, "(B)"),
    (False, 40, 43, "(B)"), (False, 42, 43, "(B)"),
]


@pytest.mark.parametrize("manual", ["2003-10-27", "2016", "2025"])
@pytest.mark.parametrize("accounts,other,level,clause", INCREASE_TO)
def test_other_offense_increase_to(manual, accounts, other, level, clause):
    facts = (f'other_offense_guideline = "other"\nother_offense_level = {other}\n'
             "other_guideline_restraint = "
             + ('"taken_into_account"' if accounts else '"any_other_case"'))
    result = _run(facts, manual)
    assert result.result.total_offense_level == level
    step = next(s for s in result.steps if s.section.startswith("§2A4.1(b)(7)"))
    if clause == "not applied":
        assert step.change == "not applied"
    else:
        assert step.section == f"§2A4.1(b)(7){clause}" and step.level == level


@pytest.mark.parametrize("manual", ["1991-11-01", "2003-05-30"])
def test_other_offense_on_base_24(manual):
    # 1991: base 24, (B) 4 plus 21 = 25 > 24; 4 plus 20 = 24, not greater
    base = 24 if manual == "1991-11-01" else 32
    for other in (base - 5, base - 4, base - 3):
        facts = (f'other_offense_guideline = "other"\nother_offense_level = {other}\n'
                 'other_guideline_restraint = "any_other_case"')
        assert _level(facts, manual) == max(base, other + 4)


@pytest.mark.parametrize("manual", ["1987-11-01", "1989-11-01", "1990"])
@pytest.mark.parametrize("other,level", [(27, 28), (28, 28), (29, 29), (30, 30)])
def test_other_offense_facilitate_before_1991(manual, other, level):
    # A363's deleted (b)(5): "(A) increase by 4 levels; or (B) if the result of applying this
    # guideline is less than that resulting from application of the guideline for such other
    # offense, apply the guideline for such other offense": 24 + 4 = 28, then the greater
    facts = f'other_offense_guideline = "other"\nother_offense_level = {other}'
    steps = _steps(facts, manual)
    assert steps[1] == ("§2A4.1(b)(5)(A)", 28) and _level(facts, manual) == level


def test_other_offense_through_the_registry():
    # 2016: §2A3.1 with abduction (+4 under its (b)(5)): 30 + 4 = 34 ((A): its level), and with
    # a permanent injury 30 + 4 + 4 = 38 > 32 + 2: adopted with its steps
    more = "[offense.criminal_sexual_abuse]\nabducted = true\n" \
           'bodily_injury = "permanent_or_life_threatening"\n'
    facts = ('other_offense_guideline = "2A3.1"\nother_guideline_restraint = "taken_into_account"\n'
             'weapon_used = "dangerous_weapon"')
    steps = _steps(facts, "2016", more)
    assert steps == [("§2A4.1(a)", 32), ("§2A4.1(b)(3)", 34), ("§2A3.1(a)(2)", 30),
                     ("§2A3.1(b)(4)(A)", 34), ("§2A3.1(b)(5)", 38), ("§2A4.1(b)(7)(A)", 38)]


def test_other_offense_under_2d1_1_reads_the_drugs():
    # 1 kg of heroin: §2D1.1(c)(5) "At least 1 KG but less than 3 KG of Heroin; Level 30"
    # (S2016 line 3845); (B) 4 plus 30 = 34
    more = '[[offense.drugs]]\nsubstance = "heroin"\nquantity = "1 kg"\n'
    facts = 'other_offense_guideline = "2D1.1"\nother_guideline_restraint = "any_other_case"'
    text = _toml(facts, "2016").replace("[offense.kidnapping]", more + "[offense.kidnapping]")
    result = calculate(parse_case(text))
    assert result.result.total_offense_level == 34
    assert [s.section for s in result.steps if s.chapter == "chapter_two"][-1] \
        == "§2A4.1(b)(7)(B)"


@pytest.mark.parametrize("manual,refused", [("1990", True), ("1991-11-01", False),
                                            ("2025", False)])
def test_murder_cross_reference(manual, refused):
    if refused:
        assert "Amendment 363" in _refused("victim_murdered = true", manual)
    else:
        assert _steps("victim_murdered = true", manual)[-1] == ("§2A4.1(c)(1)", 43)


def test_refusals_name_the_field():
    assert "offense.kidnapping.other_guideline_restraint" in _refused(
        'other_offense_guideline = "other"\nother_offense_level = 20', "2025")
    assert "offense.kidnapping.other_guideline_restraint" in _refused(
        'other_offense_guideline = "other"\nother_offense_level = 20\n'
        'other_guideline_restraint = "taken_into_account"', "1990")
    drugs = '[[offense.drugs]]\nsubstance = "heroin"\nquantity = "1 kg"\n'
    text = _toml("", "2025").replace("[offense.kidnapping]", drugs + "[offense.kidnapping]")
    with pytest.raises(CaseError, match="offense.drugs"):
        calculate(parse_case(text))
    restrained = _refused("", "2016", more="[adjustments.victim]\nrestrained = true\n")
    assert "adjustments.victim.restrained" in restrained and "§2A4.1" in restrained
    assert "This adjustment applies to any offense" in _refused(
        "", "1990", more="[adjustments.victim]\nrestrained = true\n")


@pytest.mark.parametrize("facts", [
    'other_offense_guideline = "other"',                     # no level
    'other_offense_guideline = "2A3.1"\nother_offense_level = 20',
    'other_guideline_restraint = "taken_into_account"',          # without the other offense
    "days_before_release = -1",
])
def test_facts_that_cannot_all_be_true(facts):
    assert "offense.kidnapping" in _refused(facts, "2025")


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(MANUALS), days=st.sampled_from([d for d, _ in RELEASE][:-1]),
       more=st.integers(min_value=0, max_value=40))
def test_more_days_never_lower_the_level(manual, days, more):
    low = _level(f"days_before_release = {days}", manual)
    high = _level(f"days_before_release = {days + more}", manual)
    assert low <= high and 1 <= low <= 43 and 1 <= high <= 43


# -- worked cases through the real command line ---------------------------------------------

def test_worked_case_2025(capsys):
    # examples/kidnapping-2025.toml, worked in its comments from S2025 lines 3804-3860
    result = calc_json(capsys, ROOT / "examples" / "kidnapping-2025.toml")
    assert chapter_two_steps(result) == [
        ("§2A4.1(a)", 32), ("§2A4.1(b)(1)", 38), ("§2A4.1(b)(2)(B)", 40), ("§2A4.1(b)(3)", 42),
        ("§2A4.1(b)(4)", 42)]
    assert result["total_offense_level"] == 39
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (262, 327)


def test_worked_case_1990(capsys):
    # examples/kidnapping-1990.toml: A363's deleted (b)(5)(B) applies §2B3.1 (1990 text)
    result = calc_json(capsys, ROOT / "examples" / "kidnapping-1990.toml")
    assert chapter_two_steps(result) == [
        ("§2A4.1(a)", 24), ("§2A4.1(b)(3)", 26), ("§2A4.1(b)(4)(C)", 25),
        ("§2A4.1(b)(5)(A)", 29), ("§2B3.1(a)", 20), ("§2B3.1(b)(1)", 22),
        ("§2B3.1(b)(2)(B)", 26), ("§2B3.1(b)(4)(A)", 30), ("§2B3.1(b)(6)(C)", 32),
        ("§2A4.1(b)(5)(B)", 32)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (135, 168)


def test_worked_case_may_2003_through_the_cli(capsys, tmp_path: Path):
    # 2003-05-30 (A650): 32 + (b)(5)(A) 6 + (b)(6) 3; (b)(4) 0 days: no decrease -> 41
    path = case_file(tmp_path, "2A4.1", "kidnapping", "sexually_exploited = true\n"
                     "minor_placed_for_consideration = true\ndays_before_release = 0",
                     "2003-05-30")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2A4.1(a)(1)", 32), ("§2A4.1(b)(4)", 32), ("§2A4.1(b)(5)(A)", 38),
        ("§2A4.1(b)(6)", 41)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path: Path):
    path = case_file(tmp_path, "2A4.1", "kidnapping", "minor_placed_for_consideration = true",
                     "1990")
    message = calc_refused(capsys, path)
    assert "offense.kidnapping.minor_placed_for_consideration" in message
    assert "Amendment 363" in message
