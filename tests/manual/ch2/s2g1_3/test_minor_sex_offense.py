"""§2G1.3 (Promoting a Commercial Sex Act or Prohibited Sexual Conduct with a Minor; ...),
issue #15: the base level for each statute in each version of
tables/promoting_sex_with_minor.toml, each characteristic and its conditions, the cross
references (§2G2.1 and §2A3.1 through the registry, §2A1.1), the special instruction,
through the real command line; a worked case per era; the refusals; hypothesis: a further
finding never lowers the level.

Sources (under /work/shared/reference/ussg/):
  A664  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 1332-1405 (§2G1.3 as inserted, Nov. 1,
          2004: (a) 24; (b)(4) "(B) a commercial sex act"; (b)(5) without condition)
  A701  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 8203-8217 (Nov. 1, 2007: (a)(1)-(4);
          (b)(4)(B) and (b)(5) only where (a)(3) or (a)(4) applies)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6317-6351 ((a) lines 6321-6327, (b)(1)-(5)
          lines 6331-6339, (c) lines 6343-6347, (d)(1) line 6351)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 11241-11318 ((b)(3) proviso lines
          11277-11279; (b)(4)(A)/(B) lines 11283-11290)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file
from tests.conftest import ROOT
from tests.strategies import computed

EXAMPLE = ROOT / "examples" / "minor-sex-offense-2016.toml"

FIRST = ["2004-11-01", "2005-11-01"]  # A664's text
BY_STATUTE = ["2007-11-01", "2016", "2025"]  # A701's (a)(1)-(4); S2016; S2025
EDITIONS = FIRST + BY_STATUTE


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2G1.3", "minor_sex_offense", facts, manual, more)


def _steps(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    result = _run(capsys, _case(tmp_path, facts, manual))
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


# (a) (S2016 lines 6321-6327, S2025 the same; A701): 34, 30, 28, 28, 24.
STATUTES = [("1591(b)(1)", "(a)(1)", 34), ("1591(b)(2)", "(a)(2)", 30),
            ("2422(b)", "(a)(3)", 28), ("2423(a)", "(a)(3)", 28), ("other", "(a)(4)", 24)]


@pytest.mark.parametrize("manual", BY_STATUTE)
@pytest.mark.parametrize("statute,paragraph,level", STATUTES)
def test_base_level_by_statute(capsys, tmp_path, manual, statute, paragraph, level):
    assert _steps(capsys, tmp_path, f'convicted_under = "{statute}"', manual) == [
        (f"§2G1.3{paragraph}", level)]


@pytest.mark.parametrize("manual", FIRST)
@pytest.mark.parametrize("statute", [s for s, _, _ in STATUTES])
def test_base_level_before_amendment_701_is_24_for_every_statute(capsys, tmp_path, manual,
                                                                  statute):
    # A664: "(a) Base Offense Level: 24"
    assert _steps(capsys, tmp_path, f'convicted_under = "{statute}"', manual) == [
        ("§2G1.3(a)", 24)]


@pytest.mark.parametrize("statute", ["2421A(a)", "2421A(b)(1)", "2421A(b)(2)"])
def test_2421A_is_24_in_2025_and_refused_before(capsys, tmp_path, statute):
    assert _steps(capsys, tmp_path, f'convicted_under = "{statute}"', "2025")[0] == (
        "§2G1.3(a)(4)", 24)
    err = _refused(capsys, _case(tmp_path, f'convicted_under = "{statute}"', "2016"))
    assert "offense.minor_sex_offense.convicted_under" in err and "2421A" in err


# (b)(1)-(3) (S2016 lines 6331-6335; A664): +2 each, each paragraph once.
@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("facts,section", [
    ("custodian = true", "(b)(1)"),
    ('misrepresentation_or_influence = ["misrepresented_identity"]', "(b)(2)"),
    ('misrepresentation_or_influence = ["misrepresented_identity", "undue_influence"]',
     "(b)(2)"),
    ('computer_use = ["persuade_minor"]', "(b)(3)"),
    ('computer_use = ["persuade_minor", "solicit_person"]', "(b)(3)")])
def test_two_level_characteristics(capsys, tmp_path, manual, facts, section):
    steps = _steps(capsys, tmp_path, f'convicted_under = "other"\n{facts}', manual)
    base = 24
    assert steps[1:] == [(f"§2G1.3{section}", base + 2)]


# (b)(4): A664 "(A) the commission of a sex act or sexual contact; or (B) a commercial sex
# act"; from A701 (B) only "subsection (a)(3) or (a)(4) applies".
@pytest.mark.parametrize("manual", EDITIONS)
def test_sex_act_for_every_statute(capsys, tmp_path, manual):
    steps = _steps(capsys, tmp_path, 'convicted_under = "1591(b)(1)"\n'
                   'sex_act_or_sexual_contact = true', manual)
    assert steps[-1][1] == steps[0][1] + 2


@pytest.mark.parametrize("manual,statute,added", [
    ("2005-11-01", "1591(b)(1)", 2), ("2016", "1591(b)(1)", 0), ("2016", "1591(b)(2)", 0),
    ("2016", "2422(b)", 2), ("2016", "other", 2), ("2025", "1591(b)(2)", 0),
    ("2025", "2423(a)", 2)])
def test_commercial_sex_act_condition(capsys, tmp_path, manual, statute, added):
    result = _run(capsys, _case(tmp_path, f'convicted_under = "{statute}"\n'
                                'commercial_sex_act = true', manual))
    assert result["total_offense_level"] == _base(result) + added
    if not added:
        assert any(s["change"] == "not applied" and s["title"] == "Commercial sex act"
                   for s in result["steps"])


def _base(result: dict) -> int:
    return next(s["level"] for s in result["steps"] if s["section"].startswith("§2G1.3(a)"))


# (b)(5): +8 (A664 for any minor under 12; A701 "(A) subsection (a)(3) or (a)(4) applies").
@pytest.mark.parametrize("manual,statute,added", [
    ("2004-11-01", "1591(b)(1)", 8), ("2007-11-01", "1591(b)(1)", 0),
    ("2016", "1591(b)(2)", 0), ("2016", "2422(b)", 8), ("2025", "other", 8),
    ("2025", "1591(b)(1)", 0)])
def test_under_twelve_condition(capsys, tmp_path, manual, statute, added):
    result = _run(capsys, _case(tmp_path, f'convicted_under = "{statute}"\n'
                                'minor_under_twelve = true', manual))
    assert result["total_offense_level"] == min(_base(result) + added, 43)


def test_2025_aggravated_2421A_is_the_greater_of_b4(capsys, tmp_path):
    # S2025 (b)(4) "(Apply the greater)": (B) +4 under (a)(4) for § 2421A(b)(2), not 2 + 4
    steps = _steps(capsys, tmp_path, 'convicted_under = "2421A(b)(2)"\n'
                   'sex_act_or_sexual_contact = true', "2025")
    assert steps == [("§2G1.3(a)(4)", 24), ("§2G1.3(b)(4)(B)", 28)]
    steps = _steps(capsys, tmp_path, 'convicted_under = "2421A(b)(1)"\n'
                   'sex_act_or_sexual_contact = true', "2025")
    assert steps == [("§2G1.3(a)(4)", 24), ("§2G1.3(b)(4)(A)", 26)]


def test_2025_computer_proviso_for_2421A(capsys, tmp_path):
    # S2025 (b)(3): "subsection (b)(3)(B) shall not apply if the offense of conviction is 18
    # U.S.C. § 2421A"
    result = _run(capsys, _case(tmp_path, 'convicted_under = "2421A(a)"\n'
                                'computer_use = ["solicit_person"]', "2025"))
    assert result["total_offense_level"] == 24
    assert any(s["section"] == "§2G1.3(b)(3)(B)" and s["change"] == "not applied"
               for s in result["steps"])
    both = _steps(capsys, tmp_path, 'convicted_under = "2421A(a)"\n'
                  'computer_use = ["persuade_minor", "solicit_person"]', "2025")
    assert both[-1] == ("§2G1.3(b)(3)", 26)


def test_worked_case_2016(capsys):
    """examples/minor-sex-offense-2016.toml, worked by hand in its comments from S2016."""
    result = _run(capsys, EXAMPLE)
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2G1.3(a)(3)", 28), ("§2G1.3(b)(2)", 30), ("§2G1.3(b)(3)", 32), ("§2G1.3(b)(4)", 34)]
    assert result["total_offense_level"] == 31  # 34 - 3 (§3E1.1(a), (b))
    # level 31, I: 108-135; 18 U.S.C. § 2422(b) minimum 120 (§5G1.1(c)(2))
    assert result["range"] == {"min_months": 108, "max_months": 135, "life": False}


def test_worked_case_2005_era(capsys, tmp_path):
    """Nov. 1, 2005 Manual (A664): a § 1591(b)(1) conviction at 24, a custodian (+2), a
    commercial sex act (+2, any statute then), a minor under twelve (+8)."""
    assert _steps(capsys, tmp_path, 'convicted_under = "1591(b)(1)"\ncustodian = true\n'
                  'commercial_sex_act = true\nminor_under_twelve = true', "2005-11-01") == [
        ("§2G1.3(a)", 24), ("§2G1.3(b)(1)", 26), ("§2G1.3(b)(4)", 28), ("§2G1.3(b)(5)", 36)]


def test_worked_case_2025(capsys, tmp_path):
    """Nov. 1, 2025 Manual (S2025): a § 2423(a) transportation at 28, undue influence (+2),
    a computer used to persuade (+2), a sex act (+2), a minor under twelve (+8)."""
    assert _steps(capsys, tmp_path, 'convicted_under = "2423(a)"\n'
                  'misrepresentation_or_influence = ["undue_influence"]\n'
                  'computer_use = ["persuade_minor"]\nsex_act_or_sexual_contact = true\n'
                  'minor_under_twelve = true', "2025") == [
        ("§2G1.3(a)(3)", 28), ("§2G1.3(b)(2)", 30), ("§2G1.3(b)(3)", 32),
        ("§2G1.3(b)(4)(A)", 34), ("§2G1.3(b)(5)", 42)]


def test_production_cross_reference_applies_if_greater(capsys, tmp_path):
    """(c)(1) (S2016 line 6343): §2G2.1 if greater. §2G2.1 (2016): 32, +4 under twelve
    ((b)(1)(A)), +2 sexual act ((b)(2)(A)) = 38 > 28; a § 2422(b) case at 28 + 8 (under
    twelve) + 2 (sex act) = 38 is not below §2G2.1's 32 + 4 = 36, so it stays."""
    greater = _steps(capsys, tmp_path, 'convicted_under = "other"\n'
                     'custodian = true\nsex_act_or_sexual_contact = true\n'
                     '[offense.minor_sex_offense.production]\nminor_age = "under_twelve"\n'
                     'sexual_conduct = "sexual_act_or_contact"', "2016")
    assert greater == [("§2G1.3(a)(4)", 24), ("§2G1.3(b)(1)", 26), ("§2G1.3(b)(4)", 28),
                       ("§2G2.1(a)", 32), ("§2G2.1(b)(1)(A)", 36), ("§2G2.1(b)(2)(A)", 38),
                       ("§2G1.3(c)(1)", 38)]
    result = _run(capsys, _case(tmp_path, 'convicted_under = "2422(b)"\n'
                                'minor_under_twelve = true\nsex_act_or_sexual_contact = true\n'
                                '[offense.minor_sex_offense.production]\n'
                                'minor_age = "under_twelve"', "2016"))
    step = next(s for s in result["steps"] if s["section"] == "§2G1.3(c)(1)")
    assert step["change"] == "not applied" and step["level"] == 38


def test_production_cross_reference_in_the_first_text_applies_the_2004_2G2_1(capsys,
                                                                              tmp_path):
    """§2G1.3's first text (Amendment 664, Nov. 1, 2004) and §2G2.1 of the same amendment:
    (c)(1) computes §2G2.1 as it stood on Nov. 1, 2005 ("Base Offense Level: 32", the text
    Amendment 664 inserted), not the later one; §2G1.3(a) was 24 for every statute then."""
    steps = _steps(capsys, tmp_path, 'convicted_under = "other"\n'
                   '[offense.minor_sex_offense.production]\n', "2005-11-01")
    assert steps[0] == ("§2G1.3(a)", 24)
    assert ("§2G2.1(a)", 32) in steps
    assert steps[-1] == ("§2G1.3(c)(1)", 32)


def test_murder_cross_reference_if_greater(capsys, tmp_path):
    # (c)(2) (S2016 line 6345): §2A1.1 (43) "if the resulting offense level is greater"
    steps = _steps(capsys, tmp_path, 'convicted_under = "other"\nvictim_murdered = true',
                   "2016")
    assert steps[-1] == ("§2G1.3(c)(2)", 43)


# (c)(3) (S2016 line 6347): "If the offense involved conduct described in 18 U.S.C. § 2241 or
# § 2242, apply §2A3.1 ..., if the resulting offense level is greater than that determined
# above." §2A3.1 (manual_2016 lines 1435-1449, the same from Nov. 1, 2007; A664 for 2004-2007:
# a single base 30): (a)(2) 30, (b)(2)(B) +2, (b)(5) +4.
SEXUAL_ABUSE = [
    # manual, §2G1.3 findings, §2A3.1 findings, §2G1.3 level, §2A3.1 level, applied
    ("2016", 'convicted_under = "2422(b)"\nsex_act_or_sexual_contact = true', '', 30, 30,
     False),                                                   # at: equal is not greater
    ("2016", 'convicted_under = "2422(b)"\nsex_act_or_sexual_contact = true',
     'victim_age = "twelve_but_not_sixteen"', 30, 32, True),   # just above
    ("2016", 'convicted_under = "1591(b)(1)"\ncustodian = true',
     'victim_age = "twelve_but_not_sixteen"', 36, 32, False),  # below
    ("2025", 'convicted_under = "other"', 'abducted = true', 24, 34, True),
    ("2005-11-01", 'convicted_under = "other"\nsex_act_or_sexual_contact = true',
     'victim_age = "under_twelve"', 26, 34, True),             # A664: (a) 30, (b)(2)(A) +4
]


@pytest.mark.parametrize("manual,facts,abuse,own,other,applied", SEXUAL_ABUSE)
def test_sexual_abuse_cross_reference_if_greater(capsys, tmp_path, manual, facts, abuse, own,
                                                 other, applied):
    result = _run(capsys, _case(tmp_path, facts, manual,
                                f"[offense.minor_sex_offense.sexual_abuse]\n{abuse}\n"))
    steps = [(s["section"], s["level"]) for s in result["steps"]
             if s["chapter"] == "chapter_two"]
    end = next(i for i, (section, _) in enumerate(steps)
               if section.startswith("§2A3.1") or section == "§2G1.3(c)(3)")
    assert steps[end - 1][1] == own  # the level determined above
    reference = next(s for s in result["steps"] if s["section"] == "§2G1.3(c)(3)")
    assert f"level {other}" in reference["input"]  # the §2A3.1 level, shown either way
    if applied:  # its steps adopted
        assert [level for section, level in steps if section.startswith("§2A3.1")][-1] == other
    else:
        assert reference["change"] == "not applied"
    assert result["total_offense_level"] == (other if applied else own)


def test_sexual_abuse_finding_not_in_the_edition_is_refused(capsys, tmp_path):
    # §2A3.1(a)(1) (a § 2241(c) conviction) was inserted by Amendment 701 (Nov. 1, 2007)
    err = _refused(capsys, _case(tmp_path, 'convicted_under = "other"', "2005-11-01",
                                 "[offense.minor_sex_offense.sexual_abuse]\n"
                                 "convicted_under_2241c = true\n"))
    assert "offense.minor_sex_offense.sexual_abuse.convicted_under_2241c" in err
    assert "Amendment 701" in err


def test_more_than_one_minor_is_warned_of(capsys, tmp_path):
    # (d)(1) (S2016 line 6351)
    result = _run(capsys, _case(tmp_path, 'convicted_under = "other"\n'
                                'more_than_one_minor = true', "2016"))
    assert any(s["section"] == "§2G1.3(d)(1)" for s in result["steps"])
    assert any("§2G1.3(d)(1)" in w and "[[counts]]" in w for w in result["warnings"])


def test_custodian_and_abuse_of_trust_are_refused(capsys, tmp_path):
    # comment. (n.2(B)): "If the enhancement under subsection (b)(1) applies, do not apply
    # §3B1.3"
    err = _refused(capsys, _case(tmp_path, 'convicted_under = "other"\ncustodian = true',
                                 "2016", "[adjustments.role]\nabuse_of_trust = true\n"))
    assert "adjustments.role.abuse_of_trust" in err and "§3B1.3" in err


@pytest.mark.parametrize("manual,words", [("2003-11-01", "Amendment 664"),
                                          ("2018-11-01", "Nov. 1, 2018 to Oct. 31, 2025"),
                                          ("2023-11-01", "Nov. 1, 2018 to Oct. 31, 2025")])
def test_dates_without_a_text_are_refused(capsys, tmp_path, manual, words):
    err = _refused(capsys, _case(tmp_path, 'convicted_under = "other"', manual))
    assert "§2G1.3" in err and words in err


FLAGS = ["custodian", "sex_act_or_sexual_contact", "commercial_sex_act", "minor_under_twelve",
         "victim_murdered"]


@settings(max_examples=80, deadline=None)
@given(manual=st.sampled_from(EDITIONS), statute=st.sampled_from([s for s, _, _ in STATUTES]),
       found=st.sets(st.sampled_from(FLAGS)), extra=st.sampled_from(FLAGS),
       influence=st.sets(st.sampled_from(["misrepresented_identity", "undue_influence"])),
       computer=st.sets(st.sampled_from(["persuade_minor", "solicit_person"])))
def test_a_further_finding_never_lowers_the_level(manual, statute, found, extra, influence,
                                                   computer):
    def level(flags: set[str]) -> int:
        facts = {"convicted_under": statute, "misrepresentation_or_influence": sorted(influence),
                 "computer_use": sorted(computer)} | {flag: True for flag in flags}
        case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                    "offense": {"guideline": "2G1.3",
                                                "minor_sex_offense": facts}})
        result = computed(case).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert level(found) <= level(found | {extra})
