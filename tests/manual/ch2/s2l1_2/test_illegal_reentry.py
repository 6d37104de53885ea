"""§2L1.2 (Unlawfully Entering or Remaining in the United States), every edition, through the
real CLI (``ussg calc --format json``) and the real tables (tables/illegal_reentry.toml).

Sources (paths under ../shared/reference/ussg/):
- 1987 original: Amendment 38 quotes the deleted (b)(1) and "6" (APPENDIX_C_Vol_I.txt 495-499)
- Nov. 1, 1989: Amendment 193 (Vol_I 3839-3843); Nov. 1, 1991: Amendment 375 (Vol_I 9019-9028)
- Nov. 1, 1997: Amendment 562 (Vol_I 20328-20348)
- Nov. 1, 2001-Oct. 31, 2016: the (a)-(b) Amendment 802 strikes (APPENDIX_C_Supplement.txt
  6689-6714), less Amendment 754 (2011) and 658 (2003)
- Nov. 1, 2016: 2016 Manual (GLM2016_fulltext.txt 7917-7949); Nov. 1, 2018 on: Amendment 809,
  2025 Manual (GLM2025_fulltext.txt 14647-14708)
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines.engine.tables import in_force
from tests.conftest import EXAMPLES
from tests.manual.ch2.immigration_cli import calc, refused
from tests.manual.ch2.immigration_cli import chapter_two as steps_of

EXAMPLE = EXAMPLES / "reentry-2025.toml"


def chapter_two(result: dict) -> list[tuple[str, int | None, int]]:
    return steps_of(result, "§2L1.2")


PRIOR = """
[[criminal_history.priors]]
description = "{description}"
kind = "{kind}"
offense_date = {committed}
sentence_date = {sentenced}
imprisonment = "{imprisonment}"
release_date = {released}
"""


def case_file(tmp_path: Path, priors: list[dict], reentry: str = "", described: str = "",
              began: str = "2024-08-01", name: str = "case") -> Path:
    """An illegal reentry case sentenced Dec. 15, 2025, with the given priors (each a dict
    of PRIOR's fields) and [offense.reentry] keys."""
    text = f"""# Test case: §2L1.2 with the priors below.
sentencing_date = 2025-12-15
offense_date = {began}

[case]
name = "{name}"

[offense]
guideline = "2L1.2"
statute = "8 U.S.C. § 1326(a), (b)(2)"
statutory_maximum_months = 240

[offense.reentry]
{reentry}
{described}

[criminal_history]
birth_date = 1980-01-01
instant_offense_began = {began}
"""
    for prior in priors:
        text += PRIOR.format(**{"description": "Prior", "kind": "felony",
                                "released": prior.get("sentenced", "2019-01-01"), **prior})
    if not priors:
        text += "priors = []\n"
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def one_prior(tmp_path: Path, imprisonment: str, kinds: list[str], *, kind: str = "felony",
              committed: str = "2019-01-01", sentenced: str = "2019-06-01",
              reentry: str = "first_ordered_removed = 2015-01-01\ndeported_on = [2020-01-01]",
              name: str = "one") -> Path:
    described = f'[[offense.reentry.priors]]\nprior = "1"\nkinds = {json.dumps(kinds)}\n'
    return case_file(tmp_path, [dict(imprisonment=imprisonment, kind=kind, committed=committed,
                                     sentenced=sentenced, released=sentenced)],
                     reentry, described, name=name)


# -- the worked example, the same prior record before and after Nov. 1, 2016 --------------------

def test_example_2025_manual_every_level(capsys):
    """examples/reentry-2025.toml, worked by hand in its comments from the 2025 Manual."""
    result = calc(capsys, EXAMPLE)
    assert result["manual_in_force"] == "2025-11-01"
    assert chapter_two(result) == [("§2L1.2(a)", None, 8), ("§2L1.2(b)(1)(A)", 4, 12),
                                   ("§2L1.2(b)(2)(C)", 6, 18), ("§2L1.2(b)(3)(B)", 8, 26)]
    assert result["total_offense_level"] == 26
    assert result["criminal_history_category"] == "IV"  # 3 + 2 + 3 points from the same record
    assert result["range"] == {"min_months": 92, "max_months": 115, "life": False}


def test_example_same_record_under_2015_manual(capsys):
    """Before Amendment 802: (b)(1)(A) "a drug trafficking offense for which the sentence
    imposed exceeded 13 months; (ii) a crime of violence ... increase by 16 levels if the
    conviction receives criminal history points" (Supplement lines 6695-6703)."""
    result = calc(capsys, EXAMPLE, "--manual", "2015")
    assert chapter_two(result) == [("§2L1.2(a)", None, 8), ("§2L1.2(b)(1)(A)", 16, 24)]
    assert result["criminal_history_category"] == "IV"
    assert result["range"] == {"min_months": 77, "max_months": 96, "life": False}


def test_example_same_record_under_2016_manual(capsys):
    """Nov. 1, 2016 (Amendment 802): prior 1 was "sustained" before the first order; prior 3's
    conduct came after it (GLM2016_fulltext.txt lines 7921-7949)."""
    result = calc(capsys, EXAMPLE, "--manual", "2016")
    assert chapter_two(result) == [("§2L1.2(a)", None, 8), ("§2L1.2(b)(1)(A)", 4, 12),
                                   ("§2L1.2(b)(2)(C)", 6, 18), ("§2L1.2(b)(3)(B)", 8, 26)]


def test_example_under_1997_and_1989_structures(capsys):
    """1997-2001 (Amendment 562): "(A) If the conviction was for an aggravated felony, increase
    by 16 levels" (Vol_I 20340); 1989-1991 (Amendment 193): "a felony, other than a felony
    involving violation of the immigration laws, increase by 4 levels" (Vol_I 3841-3843)."""
    assert chapter_two(calc(capsys, EXAMPLE, "--manual", "2000")) == [
        ("§2L1.2(a)", None, 8), ("§2L1.2(b)(1)(A)", 16, 24)]
    assert chapter_two(calc(capsys, EXAMPLE, "--manual", "1990")) == [
        ("§2L1.2(a)", None, 8), ("§2L1.2(b)(1)", 4, 12)]


def test_both_uses_of_the_record_are_shown(capsys):
    """One record, two uses: the §2L1.2 step names the points Chapter Four gives the prior,
    and Chapter Four's own steps count the same prior."""
    result = calc(capsys, EXAMPLE)
    step = next(s for s in result["steps"] if s["section"] == "§2L1.2(b)(3)(B)")
    assert "prior 3" in step["input"] and "3 criminal history points" in step["input"]
    assert any(s["section"] == "§4A1.1(a)" and "Prior sentence 3" in s["title"]
               for s in result["steps"])


# -- Nov. 1, 2016 on: every threshold of (b)(2)/(b)(3) -----------------------------------------

@pytest.mark.parametrize("manual", ["2016", "2025"])
@pytest.mark.parametrize("imprisonment,levels", [
    ("4 years 11 months", 8),      # (B) "two years or more": just below five years
    ("5 years", 10),               # (A) "five years or more": at
    ("6 years", 10),               # (A): above
    ("23 months", 6),              # (C): just below two years
    ("2 years", 8),                # (B): at two years
    ("1 year 1 month", 4),         # (D): "exceeded one year and one month" — not exceeded
    ("1 year 1 month 1 day", 6),   # (C): exceeded by a day
    ("60 days", 4),                # (D) "any other felony"
])
def test_sentence_imposed_thresholds(tmp_path, capsys, manual, imprisonment, levels):
    """§2L1.2(b)(3)(A)-(D) (2016 Manual lines 7941-7947; 2025 Manual lines 14688-14704):
    conduct after the first order (Jan. 1, 2015)."""
    path = one_prior(tmp_path, imprisonment, [])
    assert chapter_two(calc(capsys, path, "--manual", manual))[1:] == [
        (f"§2L1.2(b)(3)({'ABCD'[[10, 8, 6, 4].index(levels)]})", levels, 8 + levels)]


def test_suspended_part_and_revocation_count_in_the_sentence_imposed(tmp_path, capsys):
    """comment. (n.2): "sentence imposed" is the §4A1.2(b) "sentence of imprisonment" (the
    suspended part left out) and "includes any term of imprisonment given upon revocation"."""
    path = one_prior(tmp_path, "3 years", [])
    text = path.read_text().replace('imprisonment = "3 years"',
                                    'imprisonment = "3 years"\nsuspended = "18 months"\n'
                                    'revocations = [{ date = 2019-06-01, imprisonment = '
                                    '"6 months" }]')
    path.write_text(text)
    # 3 years - 18 months + 6 months = 2 years: (B), 8 levels
    assert chapter_two(calc(capsys, path))[1:] == [("§2L1.2(b)(3)(B)", 8, 16)]


def test_illegal_reentry_conviction_is_b1_not_b2(tmp_path, capsys):
    """(b)(1)(A) "a felony that is an illegal reentry offense" +4; (b)(2)-(3) exclude it
    ("other than an illegal reentry offense")."""
    path = one_prior(tmp_path, "5 years", ["illegal_reentry"])
    assert chapter_two(calc(capsys, path))[1:] == [("§2L1.2(b)(1)(A)", 4, 12)]


def misdemeanors(tmp_path: Path, count: int, kinds: list[str], same_day: bool = False,
                 name: str = "m") -> Path:
    priors, described = [], ""
    for n in range(count):
        day = "2019-06-01" if same_day else f"2019-0{n + 1}-15"
        priors.append(dict(kind="misdemeanor", imprisonment="30 days", committed=day,
                           sentenced=day))
        described += f'[[offense.reentry.priors]]\nprior = "{n + 1}"\nkinds = {json.dumps(kinds)}\n'
    return case_file(tmp_path, priors, "first_ordered_removed = 2015-01-01", described,
                     name=name)


@pytest.mark.parametrize("count,expected", [(2, []), (3, [("§2L1.2(b)(3)(E)", 2, 10)])])
def test_three_misdemeanor_crimes_of_violence(tmp_path, capsys, count, expected):
    """(b)(3)(E) "three or more convictions for misdemeanors that are crimes of violence or
    drug trafficking offenses, increase by 2 levels" (2025 lines 14705-14708): two, three."""
    path = misdemeanors(tmp_path, count, ["crime_of_violence"])
    assert chapter_two(calc(capsys, path))[1:] == expected


def test_misdemeanors_sentenced_together_count_once(tmp_path, capsys):
    """comment. (n.3): for (b)(3)(E) "use only those convictions that are counted separately
    under §4A1.2(a)(2)": three imposed the same day, no intervening arrest, are one sentence."""
    path = misdemeanors(tmp_path, 3, ["crime_of_violence"], same_day=True)
    assert chapter_two(calc(capsys, path))[1:] == []


@pytest.mark.parametrize("count,expected", [(1, []), (2, [("§2L1.2(b)(1)(B)", 2, 10)])])
def test_1325a_misdemeanors(tmp_path, capsys, count, expected):
    """(b)(1)(B) "two or more convictions for misdemeanors under 8 U.S.C. § 1325(a), increase
    by 2 levels": one, two."""
    path = misdemeanors(tmp_path, count, ["misdemeanor_1325a"])
    assert chapter_two(calc(capsys, path))[1:] == expected


def test_conviction_without_points_is_not_used(tmp_path, capsys):
    """comment. (n.3): "use only those convictions that receive criminal history points": a
    5-year sentence imposed and served more than fifteen years before the offense."""
    path = one_prior(tmp_path, "5 years", [], committed="2001-01-01", sentenced="2002-01-01",
                     reentry="first_ordered_removed = 1999-01-01")
    result = calc(capsys, path)
    assert chapter_two(result) == [("§2L1.2(a)", None, 8)]
    assert any(s["change"] == "not used" and "no criminal history points" in s["reason"]
               for s in result["steps"])


def test_conduct_before_order_conviction_after_2016_and_2018(tmp_path, capsys):
    """Committed before the first order (2014), convicted after it (2016). Nov. 1, 2016: (b)(2)
    "before ... the defendant sustained" the conviction, (b)(3) "at any time after ... engaged in
    criminal conduct": neither. Nov. 1, 2018 (Amendment 809): (b)(2) "engaged in criminal
    conduct that, at any time, resulted in" it: (b)(2)."""
    path = one_prior(tmp_path, "3 years", [], committed="2014-06-01", sentenced="2016-03-01",
                     reentry="first_ordered_removed = 2015-01-01")
    assert chapter_two(calc(capsys, path, "--manual", "2016")) == [("§2L1.2(a)", None, 8)]
    assert chapter_two(calc(capsys, path, "--manual", "2018")) == [
        ("§2L1.2(a)", None, 8), ("§2L1.2(b)(2)(B)", 8, 16)]


def test_conduct_continuing_past_the_order(tmp_path, capsys):
    """Conduct begun before the first order and continued after it: 2016, (b)(3) ("at any time
    after ... engaged in criminal conduct"); 2018 on, comment. (n.5): "count such a conviction
    only under subsection (b)(2)"."""
    path = one_prior(tmp_path, "3 years", [], committed="2014-06-01", sentenced="2016-03-01",
                     reentry="first_ordered_removed = 2015-01-01")
    text = path.read_text().replace('kinds = []', 'kinds = []\n'
                                    'conduct_continued_after_first_order = true')
    path.write_text(text)
    assert chapter_two(calc(capsys, path, "--manual", "2016"))[1:] == [
        ("§2L1.2(b)(3)(B)", 8, 16)]
    assert chapter_two(calc(capsys, path, "--manual", "2025"))[1:] == [
        ("§2L1.2(b)(2)(B)", 8, 16)]


# -- Nov. 1, 2001 - Oct. 31, 2016: the tiers, and Amendment 754's points ---------------------

@pytest.mark.parametrize("manual", ["2002", "2010", "2015"])
@pytest.mark.parametrize("imprisonment,paragraph", [
    ("13 months", "(b)(1)(B)"),           # "13 months or less": at
    ("13 months 1 day", "(b)(1)(A)"),     # "exceeded 13 months": just above
    ("12 months", "(b)(1)(B)"),           # below
])
def test_drug_trafficking_13_months(tmp_path, capsys, manual, imprisonment, paragraph):
    """(b)(1)(A)(i) "a drug trafficking offense for which the sentence imposed exceeded 13
    months" 16; (B) "13 months or less" 12 (Supplement lines 6695-6707)."""
    path = one_prior(tmp_path, imprisonment, ["drug_trafficking_offense"])
    levels = 16 if paragraph == "(b)(1)(A)" else 12
    assert chapter_two(calc(capsys, path, "--manual", manual))[1:] == [
        (f"§2L1.2{paragraph}", levels, 8 + levels)]


@pytest.mark.parametrize("manual,levels", [("2010", 16), ("2011", 12), ("2015", 12)])
def test_amendment_754_without_points(tmp_path, capsys, manual, levels):
    """Nov. 1, 2011 (Amendment 754): "16 levels if the conviction receives criminal history
    points under Chapter Four or by 12 levels if the conviction does not" (Vol_III 16878-16880):
    a crime of violence sentenced twenty years before the offense, deported after it."""
    path = one_prior(tmp_path, "3 years", ["crime_of_violence"], committed="2003-01-01",
                     sentenced="2004-01-01", reentry="deported_on = [2008-01-01]")
    assert chapter_two(calc(capsys, path, "--manual", manual))[1:] == [
        ("§2L1.2(b)(1)(A)", levels, 8 + levels)]


@pytest.mark.parametrize("kinds,levels,paragraph", [
    (["aggravated_felony"], 8, "(b)(1)(C)"),
    ([], 4, "(b)(1)(D)"),
    (["alien_smuggling_offense"], 16, "(b)(1)(A)"),
])
def test_2015_other_tiers(tmp_path, capsys, kinds, levels, paragraph):
    """(C) "an aggravated felony, increase by 8 levels"; (D) "any other felony, increase by 4
    levels"; (A)(vii) "an alien smuggling offense" (Supplement lines 6708-6711)."""
    path = one_prior(tmp_path, "2 years", kinds)
    assert chapter_two(calc(capsys, path, "--manual", "2015"))[1:] == [
        (f"§2L1.2{paragraph}", levels, 8 + levels)]


@pytest.mark.parametrize("manual,levels", [("2002", 8), ("2004", 16)])
def test_alien_smuggling_for_profit_2001(tmp_path, capsys, manual, levels):
    """2001 (Amendment 632): "(vii) an alien smuggling offense committed for profit"; Amendment
    658 (Nov. 1, 2003) struck "committed for profit" (Vol_II line 16369). An alien smuggling
    offense not found to be for profit, also an aggravated felony: (C) 8 in 2002, (A) 16 after."""
    path = one_prior(tmp_path, "2 years", ["alien_smuggling_offense", "aggravated_felony"])
    assert chapter_two(calc(capsys, path, "--manual", manual))[1:][0][1] == levels


def test_deportation_before_the_conviction_does_not_count(tmp_path, capsys):
    """"Deported after a conviction" means "the deportation was subsequent to the conviction"
    (comment. (n.1), 1997 on)."""
    path = one_prior(tmp_path, "3 years", ["crime_of_violence"],
                     reentry="deported_on = [2018-01-01]")
    assert chapter_two(calc(capsys, path, "--manual", "2015")) == [("§2L1.2(a)", None, 8)]


def test_remained_after_removal_order(tmp_path, capsys):
    """1997 on: "or if the defendant unlawfully remained in the United States following a
    removal order issued after a criminal conviction" (Vol_I 20337-20339); not before 1997."""
    path = one_prior(tmp_path, "3 years", ["aggravated_felony"], committed="1993-01-01",
                     sentenced="1993-06-01", reentry="remained_after_order_of = 1994-01-01",
                     name="remained")
    text = path.read_text().replace("instant_offense_began = 2024-08-01",
                                    "instant_offense_began = 1996-08-01").replace(
        "offense_date = 2024-08-01", "offense_date = 1996-08-01")
    path.write_text(text)
    assert chapter_two(calc(capsys, path, "--manual", "1998"))[1:] == [("§2L1.2(b)(1)(A)", 16, 24)]
    assert chapter_two(calc(capsys, path, "--manual", "1995")) == [("§2L1.2(a)", None, 8)]


def test_1991_immigration_felony_excluded_from_4_levels(tmp_path, capsys):
    """1989-1997: "a felony, other than a felony involving violation of the immigration laws"."""
    path = one_prior(tmp_path, "2 years", ["immigration_law_violation"], committed="1990-01-01",
                     sentenced="1990-06-01", reentry="deported_on = [1991-01-01]")
    text = path.read_text().replace("2024-08-01", "1993-08-01")
    path.write_text(text)
    assert chapter_two(calc(capsys, path, "--manual", "1993")) == [("§2L1.2(a)", None, 8)]
    assert chapter_two(calc(capsys, path, "--manual", "1998"))[1:] == [("§2L1.2(b)(1)(B)", 4, 12)]


@pytest.mark.parametrize("day,base,prior_entry", [
    (dt.date(1987, 11, 1), 6, 2),     # original: "(a) ... 6"; (b)(1) "increase by 2 levels"
    (dt.date(1988, 1, 14), 6, 2),     # the day before Amendment 38
    (dt.date(1988, 1, 15), 8, None),  # Amendment 38: "6" -> "8", (b) deleted
    (dt.date(1989, 10, 31), 8, None),
])
def test_1987_and_1988_versions(day, base, prior_entry):
    """Amendment 38 (Vol_I lines 495-499). A whole case before Nov. 1, 1989 is refused by
    Chapter Five's tables (not entered), so these versions are checked as data."""
    version = in_force("illegal_reentry", day)
    assert version["base"] == base
    assert version.get("prior_entry_levels") == prior_entry


# -- refusals -----------------------------------------------------------------------------------

def test_first_order_date_required(tmp_path, capsys):
    path = one_prior(tmp_path, "3 years", [], reentry="")
    err = refused(capsys, path)
    assert "offense.reentry.first_ordered_removed" in err and str(path) in err


def test_unknown_prior_named(tmp_path, capsys):
    path = one_prior(tmp_path, "3 years", [])
    path.write_text(path.read_text().replace('prior = "1"', 'prior = "7"'))
    assert "offense.reentry.priors[0].prior" in refused(capsys, path)


def test_stated_category_refused(tmp_path, capsys):
    path = one_prior(tmp_path, "3 years", [])
    text = path.read_text()
    text = text[:text.index("[criminal_history]")] + '[criminal_history]\ncategory = "III"\n'
    path.write_text(text)
    assert "criminal_history.priors" in refused(capsys, path)


def test_unknown_kind_refused(tmp_path, capsys):
    path = one_prior(tmp_path, "3 years", ["burglary_of_a_dwelling"])
    assert "offense.reentry.priors[0].kinds[0]" in refused(capsys, path)


def test_after_reviewed_through_refused(tmp_path, capsys):
    """No edition after Nov. 1, 2025 is entered (tables/illegal_reentry.toml reviewed_through)."""
    path = one_prior(tmp_path, "3 years", [])
    path.write_text(path.read_text().replace("sentencing_date = 2025-12-15",
                                             "sentencing_date = 2026-12-15"))
    refused(capsys, path)


# -- properties -----------------------------------------------------------------------------

MANUALS = ["1990", "1992", "1998", "2002", "2004", "2011", "2016", "2018", "2025"]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
# whole months from 3: Chapter Four refuses to order "2 months" against its "60 days"
@given(st.sampled_from(MANUALS), st.integers(3, 120), st.integers(0, 60),
       st.lists(st.sampled_from(["drug_trafficking_offense", "crime_of_violence",
                                 "aggravated_felony", "firearms_offense"]), max_size=2,
                unique=True))
def test_longer_sentence_never_lowers_the_level(tmp_path, capsys, manual, months, more, kinds):
    """A longer sentence imposed for the same prior never lowers §2L1.2's level, and the level
    stays within 1-43, in every edition entered."""
    levels = []
    for n, term in enumerate((months, months + more)):
        path = one_prior(tmp_path, f"{term} months", kinds, name=f"p{n}")
        result = calc(capsys, path, "--manual", manual)
        levels.append(chapter_two(result)[-1][2])
        assert 1 <= result["table_offense_level"] <= 43
    assert levels[0] <= levels[1]


def test_deportations_required_before_2016(tmp_path, capsys):
    """Before Nov. 1, 2016 (b)(1) turns on deportations after the conviction: without
    `deported_on` the case is refused (never computed as if there were none); `deported_on =
    []` states there were none: base level only."""
    path = one_prior(tmp_path, "3 years", ["crime_of_violence"],
                     reentry="first_ordered_removed = 2015-01-01")
    assert "offense.reentry.deported_on" in refused(capsys, path, "--manual", "2015")
    path.write_text(path.read_text().replace("first_ordered_removed = 2015-01-01",
                                             "deported_on = []"))
    assert chapter_two(calc(capsys, path, "--manual", "2015")) == [("§2L1.2(a)", None, 8)]


def test_revocation_in_2001_2003_refused(tmp_path, capsys):
    """The Nov. 1, 2001 §2L1.2 first set a sentence length (the 13-month line) without saying
    whether a revocation term is part of it; Amendment 658 (Nov. 1, 2003) said it is
    (Appendix C Vol. II lines 16558-16563): refused under the 2002 Manual, counted under 2004."""
    path = one_prior(tmp_path, "10 months", ["drug_trafficking_offense"])
    text = path.read_text().replace('imprisonment = "10 months"', 'imprisonment = "10 months"\n'
                                    'revocations = [{ date = 2019-06-01, imprisonment = '
                                    '"6 months" }]')
    path.write_text(text)
    assert "criminal_history.priors[0].revocations" in refused(capsys, path, "--manual", "2002")
    assert chapter_two(calc(capsys, path, "--manual", "2004"))[1:] == [
        ("§2L1.2(b)(1)(A)", 16, 24)]


def test_1997_reads_crime_of_violence_from_the_record(tmp_path, capsys):
    """Nov. 1, 1997 - Oct. 31, 2001: "'Crime of violence' and 'controlled substance offense'
    are defined in §4B1.2" (Amendment 562, Vol_I lines 20346-20348), so the prior record's own
    `crime_of_violence` finding serves: three misdemeanor crimes of violence, +4
    ((b)(1)(B)(ii)); nothing stated in [offense.reentry.priors]."""
    priors = [dict(kind="misdemeanor", imprisonment="30 days", committed=day, sentenced=day)
              for day in ("1995-01-15", "1995-03-15", "1995-05-15")]
    path = case_file(tmp_path, priors, "deported_on = [1996-01-01]", began="1999-08-01")
    text = path.read_text().replace('kind = "misdemeanor"', 'kind = "misdemeanor"\n'
                                    'crime_of_violence = true')
    path.write_text(text.replace("sentencing_date = 2025-12-15", "sentencing_date = 2000-01-15"))
    assert chapter_two(calc(capsys, path))[1:] == [("§2L1.2(b)(1)(B)", 4, 12)]
