"""§5D1.2: a term of supervised release "up to life" for a sex offense or a terrorism offense
that risked death or serious bodily injury, and the recommendation of the statutory maximum
for a sex offense, edition by edition, through the real command line.

Sources (tables/supervised_release_terms.toml):
- Nov. 1, 2001, Amendment 615: "(c) If the instant offense of conviction is a sex offense, the
  statutory maximum term of supervised release is recommended." (Appendix C Vol. II line 5245)
- Nov. 1, 2002, Amendment 637: to (a), "... any offense listed in 18 U.S.C. § 2332b(g)(5)(B)
  ... (A) shall be not less than the minimum term ... and (B) may be up to life." (Vol. II
  lines 10020-10026)
- Nov. 1, 2004, Amendment 664: (b) "... may be up to life, if the offense is—(1) ... or (2) a
  sex offense." (Vol. III lines 2213-2232); the 2016 Manual prints it (lines 11687-11693), and
  its comment. (n.6) works the example: (a) 2-5 years, a statutory minimum of 5 and maximum of
  life, a sex offense: "five years to life".
- Nov. 1, 2025, Amendment 835: (a) "Except as otherwise provided by statute, the maximum term
  of supervised release is as follows" (2025 Manual, §5D1.2); no (b).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused

ENTICEMENT = """manual = "{manual}"
[offense]
guideline = "other"
offense_level = 30
statute = "18 U.S.C. § 2422(b)"
statutory_minimum_months = 120
statutory_maximum_life = true
{release}
[criminal_history]
category = "I"
"""


def _case(tmp_path: Path, manual: str, release: str) -> Path:
    path = tmp_path / "enticement.toml"
    path.write_text("# a § 2422(b) count, findings on supervised release under test\n"
                    + ENTICEMENT.format(manual=manual, release=release))
    return path


FIVE_TO_LIFE = ("supervised_release_minimum_years = 5\nsupervised_release_maximum_life = true\n"
                "supervised_release_sex_offense = true")


def _release(result: dict) -> tuple[int, int | None]:
    release = result["supervised_release"]
    return release["min_years"], release["max_years"]


def _step(result: dict, title: str) -> dict:
    return next(s for s in result["steps"] if s["title"] == title)


def test_comment_note_6s_example_five_years_to_life_2016(capsys, tmp_path: Path) -> None:
    # 2016 comment. (n.6): (a) 2-5 years (Class A), (b) raises the maximum to life, (c) the
    # statutory minimum of 5 restricts the minimum: "five years to life".
    result = calc_json(capsys, _case(tmp_path, "2016", FIVE_TO_LIFE))
    assert _release(result) == (5, None)
    step = _step(result, "Supervised release up to life")
    assert step["section"] == "§5D1.2(b)(2)"
    assert "may be up to life" in step["reason"]
    recommended = _step(result, "Supervised release recommended (policy statement)")
    assert recommended["section"] == "§5D1.2(b)"


def test_without_the_sex_offense_finding_the_class_term_holds_2016(capsys, tmp_path: Path
                                                                   ) -> None:
    # comment. (n.6): a statutory minimum of 5 and maximum of life without (b): "five years"
    release = "supervised_release_minimum_years = 5\nsupervised_release_maximum_life = true"
    assert _release(calc_json(capsys, _case(tmp_path, "2016", release))) == (5, 5)


def test_sex_offense_without_a_statutory_minimum_2016(capsys, tmp_path: Path) -> None:
    # (b): "not less than the minimum term of years specified ... under (a)(1)" (2 years from
    # Nov. 1, 2011, Amendment 756) "and may be up to life"
    release = "supervised_release_sex_offense = true"
    assert _release(calc_json(capsys, _case(tmp_path, "2016", release))) == (2, None)


def test_2004_text_three_years_to_life(capsys, tmp_path: Path) -> None:
    # Amendment 664's (a)(1) minimum was three years until Amendment 756 (2011)
    release = "supervised_release_sex_offense = true"
    assert _release(calc_json(capsys, _case(tmp_path, "2004-11-01", release))) == (3, None)
    assert _release(calc_json(capsys, _case(tmp_path, "2004-11-01", FIVE_TO_LIFE))) == (5, None)


@pytest.mark.parametrize("manual", ["2001-11-01", "2002-11-01", "2003-11-01"])
def test_2001_to_2004_the_recommendation_alone(capsys, tmp_path: Path, manual: str) -> None:
    # Amendment 615's (c) recommends the statutory maximum; the (a) term is unchanged: Class A
    # 3-5 years, restricted by the statutory minimum of 5 to 5 years
    result = calc_json(capsys, _case(tmp_path, manual, FIVE_TO_LIFE))
    assert _release(result) == (5, 5)
    recommended = _step(result, "Supervised release recommended (policy statement)")
    assert recommended["section"] == "§5D1.2(c)"
    assert recommended["change"].startswith("life")
    assert not [s for s in result["steps"] if s["title"] == "Supervised release up to life"]


def test_terrorism_risk_up_to_life_from_2002(capsys, tmp_path: Path) -> None:
    # Amendment 637 (Nov. 1, 2002) put the terrorism rule in (a); Amendment 664 moved it to (b)(1)
    release = "supervised_release_terrorism_risk = true"
    result = calc_json(capsys, _case(tmp_path, "2002-11-01", release))
    assert _release(result) == (3, None)
    assert _step(result, "Supervised release up to life")["section"] == "§5D1.2(a)"
    result = calc_json(capsys, _case(tmp_path, "2016", release))
    assert _release(result) == (2, None)
    assert _step(result, "Supervised release up to life")["section"] == "§5D1.2(b)(1)"


@pytest.mark.parametrize("manual,finding", [
    ("2000-11-01", "supervised_release_sex_offense"),  # before Amendment 615
    ("2001-11-01", "supervised_release_terrorism_risk"),  # before Amendment 637
    ("2025", "supervised_release_sex_offense"),  # Amendment 835 struck (b)
    ("2025", "supervised_release_terrorism_risk"),
])
def test_a_finding_the_edition_has_no_provision_for_is_refused(capsys, tmp_path: Path,
                                                               manual: str, finding: str
                                                               ) -> None:
    err = calc_refused(capsys, _case(tmp_path, manual, f"{finding} = true"))
    assert f"offense.{finding}" in err and "not in this edition" in err


def test_2025_the_statute_sets_the_maximum(capsys, tmp_path: Path) -> None:
    # (a): no guideline minimum, the statutory minimum binds, the class maximum (5 years)
    # yields to a statute's term up to life
    release = "supervised_release_minimum_years = 5\nsupervised_release_maximum_life = true"
    result = calc_json(capsys, _case(tmp_path, "2025", release))
    assert _release(result) == (5, None)
    assert _step(result, "Supervised release up to life")["section"] == "§5D1.2(a)"
    release = "supervised_release_minimum_years = 5"
    assert _release(calc_json(capsys, _case(tmp_path, "2025", release))) == (5, 5)
    assert _release(calc_json(capsys, _case(tmp_path, "2025", ""))) == (0, 5)


def test_the_worksheet_says_life(capsys, tmp_path: Path) -> None:
    from ussg.guidelines.cli import main
    assert main(["calc", str(_case(tmp_path, "2016", FIVE_TO_LIFE))]) == 0
    out = capsys.readouterr().out
    assert "Supervised release         5 years–life" in out


@pytest.mark.parametrize("statute,field", [
    ("21 U.S.C. § 841(b)(1)(C)", "supervised_release_maximum_life"),
    ("21 U.S.C. § 841(b)(1)(C)", "supervised_release_minimum_years"),
])
def test_known_statutes_terms_are_not_stated(capsys, tmp_path: Path, statute: str,
                                             field: str) -> None:
    path = tmp_path / "drug.toml"
    value = "true" if field.endswith("life") else "3"
    path.write_text(f'# a drug count stating supervised release terms ussg knows\n'
                    f'manual = "2016"\n[offense]\nstatute = "{statute}"\n{field} = {value}\n'
                    f'[[offense.drugs]]\nsubstance = "heroin"\nquantity = "50 g"\n'
                    f'[criminal_history]\ncategory = "I"\n')
    err = calc_refused(capsys, path)
    assert f"offense.{field}" in err and "do not state them" in err


def test_findings_without_a_statute_are_refused(capsys, tmp_path: Path) -> None:
    path = tmp_path / "nostatute.toml"
    path.write_text('# no statute: no term of supervised release can be determined\n'
                    'manual = "2016"\n[offense]\nguideline = "other"\noffense_level = 30\n'
                    'supervised_release_sex_offense = true\n[criminal_history]\ncategory = "I"\n')
    err = calc_refused(capsys, path)
    assert "offense.supervised_release_sex_offense" in err and "state the statute" in err


def test_the_bundled_enticement_example(capsys) -> None:
    # examples/minor-sex-offense-2016.toml works the term by hand: 5 years-life
    path = Path(__file__).parents[3] / "examples" / "minor-sex-offense-2016.toml"
    assert _release(calc_json(capsys, path)) == (5, None)
