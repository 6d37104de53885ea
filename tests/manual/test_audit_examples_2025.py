"""The Nov. 1, 2025 Manual's own worked examples for Chapters Three to Five, each through the
real command line, asserting the Manual's result. Line numbers are those of
../shared/reference/ussg/manual_2025/GLM2025_fulltext.txt ("M25 L<n>") or of the section files
under ../shared/reference/ussg/sections/2025/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.audit_examples_cli import (calc, changes, chapter_four, other_counts, points,
                                            prior, record_case, steps)

MANUAL = "2025"


# --- §3D1.4: the table of Units (M25 L19966-19972) and (a)-(c) (M25 L19979-19989) ---------

@pytest.mark.parametrize(("levels", "units", "combined"), [
    ([30], "1", 30),                       # "1 none" (L19967); comment. (n.1), L19993
    ([30, 21], "1", 30),                   # 9 levels less: disregarded, (c) L19986
    ([30, 22], "1 1/2", 31),               # 8 levels less: one-half Unit, (b) L19983; "1 1/2 add 1"
    ([30, 25], "1 1/2", 31),               # 5 levels less: one-half Unit (b)
    ([30, 26], "2", 32),                   # 4 levels less: one Unit, (a) L19979; "2 add 2 levels"
    ([30, 30], "2", 32),                   # equally serious: one Unit (a)
    ([30, 30, 25], "2 1/2", 33),           # "2 1/2 – 3 add 3 levels" (L19970)
    ([30, 30, 30], "3", 33),
    ([30, 30, 30, 25], "3 1/2", 34),       # "3 1/2 – 5 add 4 levels" (L19971)
    ([30] * 5, "5", 34),
    ([30] * 5 + [25], "5 1/2", 35),        # "More than 5 add 5 levels." (L19972)
    ([30] * 7, "7", 35),
])
def test_units_table_2025(capsys, tmp_path: Path, levels, units, combined) -> None:
    result = calc(capsys, tmp_path, other_counts(MANUAL, levels))
    assert result["combined_offense_level"] == combined
    assert result["total_offense_level"] == combined
    added = [s for s in steps(result, "§3D1.4") if s["title"] == "Combined offense level: Units"]
    if len(levels) == 1:
        assert added == []  # a single Group: comment. (n.1), the Group's level
    else:
        assert [(s["input"], s["delta"]) for s in added] == [(f"{units} Units", combined - 30)]


def test_units_background_example_2025(capsys, tmp_path: Path) -> None:
    # §3D1.4, comment. (backg'd), M25 L20003-20005: "if the most serious Group is at offense
    # level 15 and if two other Groups are at level 10, there would be a total of two Units
    # ... (one plus one-half plus one-half) and the combined offense level would be 17."
    result = calc(capsys, tmp_path, other_counts(MANUAL, [15, 10, 10]))
    assert [g["units"] for g in result["groups"]] == ["1", "1/2", "1/2"]
    assert result["combined_offense_level"] == 17


# --- Illustrations of the Operation of the Multiple-Count Rules (M25 L20054-20091) ----------

ROBBERY = '''[[counts]]
name = "Robbery {n}"
statute = "18 U.S.C. § 2113(a)"
guideline = "2B3.1"
statutory_maximum_months = 240
[counts.robbery]
financial_institution_or_post_office = true
{more}
'''


def robberies(manual: str) -> str:
    # Illustration 1: "In each of the first three robberies, the offense level was 22 (20 plus a
    # 2-level increase because a financial institution was robbed) (§2B3.1(b)). In the fourth
    # robbery $21,000 was taken and a firearm was displayed; the offense level was therefore 28."
    counts = "".join(ROBBERY.format(n=n, more="") for n in (1, 2, 3))
    counts += ROBBERY.format(n=4, more='weapon = "firearm_brandished_or_possessed"\n'
                                       'loss = "$21,000"')
    return f'manual = "{manual}"\n\n{counts}[criminal_history]\ncategory = "I"\n'


def test_illustration_1_four_bank_robberies_2025(capsys, tmp_path: Path) -> None:
    # M25 L20060-20068: four Groups; three at 22, one at 28; "each of the first three represents
    # one-half unit ... Altogether there are 2 1/2 Units, and the offense level for the most
    # serious (28) is therefore increased by 3 levels under the table. The combined offense
    # level is 31."
    result = calc(capsys, tmp_path, robberies(MANUAL))
    assert [g["offense_level"] for g in result["groups"]] == [22, 22, 22, 28]
    assert [g["units"] for g in result["groups"]] == ["1/2", "1/2", "1/2", "1"]
    assert ("§3D1.4", "+3") in changes(result)
    assert result["combined_offense_level"] == 31


DRUGS_AND_BRIBE = '''manual = "{manual}"

[[counts]]
name = "Count 1"
statute = "21 U.S.C. § 841(b)(1)(C)"
drugs = [{{ substance = "cocaine", quantity = "230 g" }}]
group = "drugs"
[counts.adjustments.obstruction]
obstructed_justice = true

[[counts]]
name = "Count 2"
statute = "21 U.S.C. § 841(b)(1)(C)"
drugs = [{{ substance = "cocaine", quantity = "150 g" }}]
group = "drugs"
[counts.adjustments.obstruction]
obstructed_justice = true

[[counts]]
name = "Count 3"
statute = "21 U.S.C. § 841(b)(1)(C)"
drugs = [{{ substance = "heroin", quantity = "75 g" }}]
group = "drugs"
[counts.adjustments.obstruction]
obstructed_justice = true

[[counts]]
name = "Count 4"
description = "offering a DEA agent $20,000 to avoid prosecution"
statute = "18 U.S.C. § 201(b)"
guideline = "other"
offense_level = 20
statutory_maximum_months = 180
group = "drugs"
grouping = "c"

[criminal_history]
category = "I"
'''


def test_illustration_2_drugs_and_the_bribe_2025(capsys, tmp_path: Path) -> None:
    # M25 L20069-20083: 230 g and 150 g of cocaine (46 + 30 kg) and 75 g of heroin (75 kg) of
    # converted drug weight: 151 kg, level 24; +2 under §3C1.1 = 26; the bribery count (20)
    # joins the Group under §3D1.2(c); "The combined offense level is 26 pursuant to
    # §3D1.3(a)". (The bribery level 20 is the Manual's; ussg takes it as stated.)
    result = calc(capsys, tmp_path, DRUGS_AND_BRIBE.format(manual=MANUAL))
    combined = [s for s in steps(result, "§2D1.1, comment.") if s["title"] == "Combined weight"]
    assert combined and "151 kg" in combined[0]["reason"]
    assert ("§2D1.1(c)(8)", "= 24") in changes(result)
    assert ("§3C1.1", "+2") in changes(result)
    assert len(result["groups"]) == 1 and result["groups"][0]["offense_level"] == 26
    assert result["combined_offense_level"] == 26


# --- Chapter Four, Part A -------------------------------------------------------------------

def two_robberies(first: str, second: str, consecutive: bool = False) -> str:
    """§4A1.1, comment. (n.4) (2025; n.5 in 2016): "two robbery convictions for offenses
    committed on different occasions. The sentences for these offenses were imposed on the same
    day and are treated as a single prior sentence." (one arrest for both: no intervening
    arrest, §4A1.2(a)(2))."""
    return (prior("robbery 1", "2015-09-01", first, offense_date="2015-01-01",
                  arrest_date="2015-03-01", more="crime_of_violence = true\n")
            + prior("robbery 2", "2015-09-01", second, offense_date="2015-02-01",
                    arrest_date="2015-03-01",
                    more="crime_of_violence = true\n"
                         + ("consecutive = true\n" if consecutive else "")))


@pytest.mark.parametrize(("first", "second", "consecutive", "total", "violence_point"), [
    # "a five-year sentence ... and a four-year sentence ... (consecutively or concurrently), a
    # total of 3 points is added under §4A1.1(a). An additional point is added under §4A1.1(d)"
    ("5 years", "4 years", False, "4 points", True),
    ("5 years", "4 years", True, "4 points", True),
    # "a one-year sentence ... and a nine-month consecutive sentence ... a total of 3 points
    # also is added under §4A1.1(a) ... But no additional point is added under §4A1.1(d)"
    ("1 year", "9 months", True, "3 points", False),
])
def test_crime_of_violence_point_example_2025(capsys, tmp_path: Path, first, second,
                                              consecutive, total, violence_point) -> None:
    # sections/2025/USSG_4A1.1_2025.txt L117-136 (§4A1.1, comment. (n.4))
    result = calc(capsys, tmp_path, record_case(MANUAL, two_robberies(first, second,
                                                                      consecutive)))
    assert ("§4A1.1(a)", "Prior sentence robbery 1", "3 points") in chapter_four(result)
    assert points(result) == total
    assert (("§4A1.1(d)", "Crime-of-violence point", "1 point") in chapter_four(result)) \
        == violence_point


def robbery_and_theft(sentenced: str, released: str) -> str:
    """§4A1.2, comment. (n.3): "one robbery conviction and one theft conviction. The sentences
    for these offenses were imposed on the same day ... a one-year sentence of imprisonment for
    the robbery and a two-year sentence of imprisonment for the theft, to be served
    concurrently", with a separate controlled substance felony (3 points) as the other
    predicate and a controlled substance offense as the instant offense."""
    year = int(sentenced[:4])
    return (prior("robbery", sentenced, "1 year", offense_date=f"{year - 1}-01-01",
                  arrest_date=f"{year - 1}-06-01", release_date=released,
                  more="crime_of_violence = true\n")
            + prior("theft", sentenced, "2 years", offense_date=f"{year - 1}-02-01",
                    arrest_date=f"{year - 1}-06-01", release_date=released)
            + prior("cocaine sale", "2018-06-01", "3 years", offense_date="2017-06-01",
                    arrest_date="2017-07-01", release_date="2021-06-01",
                    more="controlled_substance_offense = true\n"))


CAREER = ('[criminal_history.career_offender]\ninstant_offense = "controlled_substance_offense"\n'
          'offense_statutory_maximum = "20 years"\n')


@pytest.mark.parametrize(("sentenced", "released", "career_offender"), [
    # "imposed on the same day, eight years ago ... a total of 3 points is added under
    # §4A1.1(a). Because this particular robbery ... independently would have received 2
    # criminal history points under §4A1.1(b), it may serve as a predicate under the career
    # offender guideline." (sections/2025/USSG_4A1.2_2025.txt L276-287)
    ("2016-01-01", "2017-01-01", True),
    # "if the sentences in the example above were imposed thirteen years ago, the robbery
    # independently would have received no criminal history points under §4A1.1(b) ...
    # Accordingly, it may not serve as a predicate" (L290-293). The theft's two years, imposed
    # within fifteen years, still give the single sentence 3 points (§4A1.2(e)(1)).
    ("2011-01-01", "2013-01-01", False),
])
def test_single_sentence_predicate_example_2025(capsys, tmp_path: Path, sentenced, released,
                                                career_offender) -> None:
    result = calc(capsys, tmp_path, record_case(MANUAL, robbery_and_theft(sentenced, released),
                                                after=CAREER))
    assert points(result) == "6 points"  # 3 (the single sentence) + 3 (the cocaine sale)
    assert ("§4B1.1(a)(3)", "Career offender criterion",
            "met" if career_offender else "not met") in chapter_four(result)
    if career_offender:
        assert result["criminal_history_category"] == "VI"
        assert result["total_offense_level"] == 32  # (b)(3): 20 years or more
    else:
        assert result["criminal_history_category"] == "III"
        assert result["total_offense_level"] == 20
