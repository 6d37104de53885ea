"""§2A3.1's special instruction (issue #15): the offense "shall be deemed to have an official
victim" for the §3A1.2 provision the edition names, and Chapter Three applies that finding
itself (guidelines/manual/ch3/deemed_findings.py): the case need not restate it; a stated
equal value is accepted, a different one refused naming both fields; with several counts the
finding is that count's; through §2G1.3(c)(3) it comes only where §2A3.1's level is adopted.

Sources (under /work/shared/reference/ussg/):
  A444  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 12218-12231 (Nov. 1, 1992: (c) "shall be
          deemed to have an official victim for purposes of subsection (a) of §3A1.2")
  A477  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 13816-13825 (Nov. 1, 1993: (c) -> (d))
  A664  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 474-496 (Nov. 1, 2004: (d)(1) "subsection
          (c)(2) of §3A1.2"; base 27 -> 30)
  S2016 = manual_2016/GLM2016_fulltext.txt line 1461 ((d)(1)); lines 9981-9995 (§3A1.2: (a) +3,
          (c)(2) +6)
  A455  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 12777-12783; A643 = APPENDIX_C_Vol_II.txt
          lines 11415-11455 (§3A1.2(a), +3, 1992-2002 words struck and 2002 words inserted)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.engine.editions import edition_in_force
from ussg.guidelines.engine.manual import Manual
from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file

FACT = "offense.criminal_sexual_abuse.prison_official_victim"

# manual, paragraph of §2A3.1, value deemed, §3A1.2 provision, base level, levels added
ERAS = [
    ("1992-11-01", "(c)(1)", "status", "§3A1.2(a)", 27, 3),   # A444: (c)(1), subsection (a)
    ("1993-11-01", "(d)(1)", "status", "§3A1.2(a)", 27, 3),   # A477: (c) redesignated (d)
    ("1998-11-01", "(d)(1)", "status", "§3A1.2(a)", 27, 3),   # A455's words of §3A1.2(a)
    ("2003-11-01", "(d)(1)", "status", "§3A1.2(a)", 27, 3),   # A643's words of §3A1.2(a)
    ("2005-11-01", "(d)(1)", "assault", "§3A1.2(c)(2)", 30, 6),  # A664: (c)(2), +6 (A663)
    ("2016", "(d)(1)", "assault", "§3A1.2(c)(2)", 30, 6),      # S2016 lines 1461, 9991-9995
    ("2025", "(d)(1)", "assault", "§3A1.2(c)(2)", 30, 6),
]


def _case(tmp_path: Path, manual: str, more: str = "", facts: str = "") -> Path:
    return case_file(tmp_path, "2A3.1", "criminal_sexual_abuse",
                     f"prison_official_victim = true\n{facts}", manual, more)


def _levels(result: dict) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] in ("chapter_two", "chapter_three") and s["level"] is not None
            and s["section"].startswith(("§2", "§3A"))]


@pytest.mark.parametrize("manual,paragraph,deemed,provision,base,added", ERAS)
def test_the_deemed_official_victim_is_applied_without_being_stated(
        capsys, tmp_path, manual, paragraph, deemed, provision, base, added):
    result = _run(capsys, _case(tmp_path, manual))
    base_section = "§2A3.1(a)(2)" if manual in ("2016", "2025") else "§2A3.1(a)"  # A701
    assert _levels(result) == [(base_section, base), (f"§2A3.1{paragraph}", base),
                               (provision, base + added)]
    instruction = next(s for s in result["steps"] if s["section"] == f"§2A3.1{paragraph}")
    assert instruction["change"] == f'deemed: official_victim = "{deemed}" ({provision})'
    assert "shall be deemed to have an official victim" in instruction["reason"]
    step = next(s for s in result["steps"] if s["section"] == provision)
    assert step["chapter"] == "chapter_three" and step["change"] == f"+{added}"
    assert step["input"] == f"deemed by §2A3.1{paragraph} ({FACT} = true)"
    # both the instruction's words and the §3A1.2 provision's
    assert f"§2A3.1{paragraph}: “If the offense occurred" in step["reason"]
    words = {"§3A1.2(a)": "the offense of conviction was motivated by such status",
             "§3A1.2(c)(2)": "knowing or having reasonable cause to believe that a person was a "
                             "prison official, assaulted such official"}[provision]
    assert f"{provision}: “" in step["reason"] and words in step["reason"]
    assert result["total_offense_level"] == base + added


@pytest.mark.parametrize("manual,paragraph,deemed,provision,base,added", ERAS)
def test_a_stated_equal_value_is_accepted(capsys, tmp_path, manual, paragraph, deemed,
                                          provision, base, added):
    result = _run(capsys, _case(tmp_path, manual,
                                f'[adjustments.victim]\nofficial_victim = "{deemed}"\n'))
    assert _levels(result)[-1] == (provision, base + added)
    assert [s["section"] for s in result["steps"]].count(provision) == 1


@pytest.mark.parametrize("manual,stated", [("1992-11-01", "assault"), ("2003-11-01", "assault"),
                                           ("2016", "status"),
                                           ("2025", "status_person_offense")])
def test_a_stated_different_value_is_refused_naming_both_fields(capsys, tmp_path, manual,
                                                                stated):
    err = _refused(capsys, _case(tmp_path, manual,
                                 f'[adjustments.victim]\nofficial_victim = "{stated}"\n'))
    assert "adjustments.victim.official_victim" in err and FACT in err
    assert f'states "{stated}"' in err and "shall be deemed" in err


def test_the_finding_belongs_to_its_own_count(capsys, tmp_path):
    """Two §2A3.1 counts (not grouped): Count 1's offense occurred in a prison against a
    prison official, Count 2's did not: 30 + 6 = 36 for Count 1, 30 for Count 2 (S2016)."""
    path = tmp_path / "counts.toml"
    path.write_text('# two counts, the special instruction on one\nmanual = "2016"\n'
                    '[[counts]]\nname = "Count 1"\nguideline = "2A3.1"\n'
                    'statute = "18 U.S.C. § 2241(a)"\nstatutory_maximum_life = true\n'
                    '[counts.criminal_sexual_abuse]\nprison_official_victim = true\n'
                    '[[counts]]\nname = "Count 2"\nguideline = "2A3.1"\n'
                    'statute = "18 U.S.C. § 2241(a)"\nstatutory_maximum_life = true\n'
                    '[counts.criminal_sexual_abuse]\n'
                    '[criminal_history]\ncategory = "I"\n')
    steps = _run(capsys, path)["steps"]
    official = [s for s in steps if s["section"].startswith("§3A1.2")]
    assert [(s.get("scope"), s["section"], s["level"]) for s in official] == [
        ("Count 1", "§3A1.2(c)(2)", 36)]
    assert "counts[0].criminal_sexual_abuse.prison_official_victim" in official[0]["input"]
    count_two = [s["level"] for s in steps if s.get("scope") == "Count 2" and s["level"] is not None
                 and s["chapter"] in ("chapter_two", "chapter_three")]
    assert count_two[-1] == 30


def test_a_count_stating_another_value_is_refused(capsys, tmp_path):
    path = tmp_path / "counts.toml"
    path.write_text('# the special instruction against a stated official_victim\n'
                    'manual = "2016"\n[[counts]]\nname = "Count 1"\nguideline = "2A3.1"\n'
                    'statute = "18 U.S.C. § 2241(a)"\nstatutory_maximum_life = true\n'
                    '[counts.criminal_sexual_abuse]\nprison_official_victim = true\n'
                    '[counts.adjustments.victim]\nofficial_victim = "status"\n'
                    '[criminal_history]\ncategory = "I"\n')
    err = _refused(capsys, path)
    assert "counts[0].adjustments.victim.official_victim" in err
    assert "counts[0].criminal_sexual_abuse.prison_official_victim" in err


# §2G1.3(c)(3): "apply §2A3.1 ... if the resulting offense level is greater than that
# determined above" (S2016 §2G1.3): the special instruction is §2A3.1's, so it comes with
# §2A3.1's level where that is adopted, and not where it is not.
@pytest.mark.parametrize("facts,abuse,adopted,total", [
    ('convicted_under = "other"', "abducted = true", True, 34 + 6),      # 24 < 34: adopted
    ('convicted_under = "1591(b)(1)"\ncustodian = true', "", False, 36),  # 36 > 30: not
])
def test_through_the_2g1_3_cross_reference_only_where_adopted(capsys, tmp_path, facts, abuse,
                                                              adopted, total):
    path = case_file(tmp_path, "2G1.3", "minor_sex_offense", facts, "2016",
                     "[offense.minor_sex_offense.sexual_abuse]\n"
                     f"prison_official_victim = true\n{abuse}\n")
    result = _run(capsys, path)
    official = [s for s in result["steps"] if s["section"] == "§3A1.2(c)(2)"]
    assert len(official) == (1 if adopted else 0)
    if adopted:
        assert "offense.minor_sex_offense.sexual_abuse.prison_official_victim" in \
            official[0]["input"]
    assert result["total_offense_level"] == total


@pytest.mark.parametrize("date", ["1992-11-01", "1993-11-01", "2000-11-01", "2002-11-01",
                                  "2003-11-01", "2004-11-01", "2007-11-01", "2016-11-01",
                                  "2025-11-01"])
def test_every_provision_named_is_quoted_by_the_official_victim_table(date):
    """Each §2A3.1 version's (d)(1) names a §3A1.2 subsection whose words the §3A1.2
    version in force on the same date quotes (tables/official_victim.toml deemed_provisions)."""
    import datetime as dt
    manual = Manual(edition_in_force(dt.date.fromisoformat(date)))
    instruction = manual.table("criminal_sexual_abuse")["prison_official"]
    provisions = manual.table("official_victim")["deemed_provisions"]
    assert instruction["provision"] in provisions
    assert provisions[instruction["provision"]].endswith(
        "increase by 3 levels." if instruction["official_victim"] == "status"
        else "increase by 6 levels.")


def test_not_carried_to_an_accessory_after_the_fact(capsys, tmp_path):
    """§2X3.1(a) (2016): "6 levels lower than the offense level for the underlying offense":
    §2A3.1's 30 less 6 is 24; the (d)(1) finding is the underlying offense's, shown not
    applied, and no §3A1.2 step: 24."""
    path = case_file(tmp_path, "2X3.1", "accessory", 'underlying_guideline = "2A3.1"', "2016",
                     "[offense.criminal_sexual_abuse]\nprison_official_victim = true\n")
    result = _run(capsys, path)
    withheld = next(s for s in result["steps"]
                    if s["title"] == "Underlying offense: deemed finding not carried")
    assert withheld["change"] == "not applied" and "§2A3.1(d)(1)" in withheld["input"]
    assert not any(s["section"].startswith("§3A1.2") for s in result["steps"])
    assert result["total_offense_level"] == 24


def test_carried_by_2x1_1_with_the_substantive_guideline(capsys, tmp_path):
    """§2X1.1(a) (2016): "The base offense level from the guideline for the substantive
    offense, plus any adjustments from such guideline": §2A3.1's 30, (b)(2) conspiracy -3: 27;
    the (d)(1) finding comes with §2A3.1's determination: §3A1.2(c)(2) +6: 33."""
    path = case_file(tmp_path, "2X1.1", "inchoate",
                     'substantive_guideline = "2A3.1"\nkind = "conspiracy"', "2016",
                     "[offense.criminal_sexual_abuse]\nprison_official_victim = true\n")
    result = _run(capsys, path)
    assert _levels(result)[-2:] == [("§2X1.1(b)(2)", 27), ("§3A1.2(c)(2)", 33)]
