"""The Nov. 1, 2025 Manual's own worked examples for Chapters Three to Five, each through the
real command line, asserting the Manual's result. Line numbers are those of
../shared/reference/ussg/manual_2025/GLM2025_fulltext.txt ("M25 L<n>") or of the section files
under ../shared/reference/ussg/sections/2025/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.audit_examples_cli import (adjusted_case, calc, changes, chapter_four,
                                            count_sentences, counts_case, drug_case, drug_counts,
                                            drug_role_case,
                                            fine_case, fine_rows, other_counts, points, prior,
                                            record_case, refused, sentencing_table_listing, steps,
                                            zone_by_minimum)

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
    ("5 years", "4 years", False, 4, True),
    ("5 years", "4 years", True, 4, True),
    # "a one-year sentence ... and a nine-month consecutive sentence ... a total of 3 points
    # also is added under §4A1.1(a) ... But no additional point is added under §4A1.1(d)"
    ("1 year", "9 months", True, 3, False),
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
    assert points(result) == 6  # 3 (the single sentence) + 3 (the cocaine sale)
    assert ("§4B1.1(a)(3)", "Career offender criterion",
            "met" if career_offender else "not met") in chapter_four(result)
    if career_offender:
        assert result["criminal_history_category"] == "VI"
        assert result["total_offense_level"] == 32  # (b)(3): 20 years or more
    else:
        assert result["criminal_history_category"] == "III"
        assert result["total_offense_level"] == 20


# §4A1.1(a)-(c) and §4A1.2(d), (e): one prior alone, the instant offense begun 2024-01-01.
# The words are the same in 2016 and 2025 (2016: sections/2016/USSG_4A1.1_2016.txt L7-11,
# USSG_4A1.2_2016.txt L85-93; 2025: USSG_4A1.1_2025.txt L8-15, USSG_4A1.2_2025.txt L99-141);
# the 2016 file runs the same table.
ADULT = dict(offense_date="2008-01-01", arrest_date="2008-02-01")
JUVENILE = dict(offense_date="2018-06-01", arrest_date="2018-07-01")
POINT_EDGES = [
    # (a) "exceeding one year and one month"; (b) "at least sixty days"
    ("1 year 1 month", "2020-01-01", "2021-02-01", ADULT, "", 2),
    ("1 year 2 months", "2020-01-01", "2021-03-01", ADULT, "", 3),
    ("60 days", "2020-01-01", "2020-03-01", ADULT, "", 2),
    ("59 days", "2020-01-01", "2020-02-28", ADULT, "", 1),
    # (e)(1) "imposed within fifteen years ... Also count ... that resulted in the defendant
    # being incarcerated during any part of such fifteen-year period"
    ("2 years", "2009-01-02", "2009-06-01", ADULT, "", 3),
    ("2 years", "2008-12-31", "2009-01-02", ADULT, "", 3),
    ("2 years", "2008-12-30", "2008-12-31", ADULT, "", 0),
    # (e)(2) "Any other prior sentence that was imposed within ten years"
    ("90 days", "2014-01-02", "2014-04-01", ADULT, "", 2),
    ("90 days", "2013-12-31", "2014-03-31", ADULT, "", 0),
    # (d)(2)(A): juvenile confinement of at least sixty days, released within five years
    ("90 days", "2018-09-01", "2019-01-02", JUVENILE, "juvenile = true\n", 2),
    # released more than five years before, and imposed more than five years before: none
    ("90 days", "2018-09-01", "2018-11-30", JUVENILE, "juvenile = true\n", 0),
    # (d)(2)(B): any other juvenile sentence imposed within five years: 1 point
    ("30 days", "2019-01-02", "2019-02-01",
     JUVENILE | dict(offense_date="2018-12-01", arrest_date="2018-12-02"),
     "juvenile = true\n", 1),
]


@pytest.mark.parametrize(("term", "sentenced", "released", "dates", "more", "total"),
                         POINT_EDGES)
def test_points_by_length_age_and_window_2025(capsys, tmp_path: Path, term, sentenced,
                                              released, dates, more, total) -> None:
    # born 2003-01-01: 15 at the "juvenile" offenses of 2018, an adult at those of 2008-2020
    birth = "2003-01-01" if dates["offense_date"].startswith("2018") else "1980-01-01"
    result = calc(capsys, tmp_path, record_case(
        MANUAL, prior("p", sentenced, term, release_date=released, more=more, **dates),
        birth=birth))
    assert points(result) == total


def intervening(arrested_first: str) -> str:
    """Two priors sentenced the same day (90 days each, concurrently); the first offense
    committed 2019-01-01, the second 2019-03-01; the first arrest on ``arrested_first``."""
    return (prior("first", "2019-09-01", "90 days", offense_date="2019-01-01",
                  arrest_date=arrested_first, release_date="2019-12-01")
            + prior("second", "2019-09-01", "90 days", offense_date="2019-03-01",
                    arrest_date="2019-04-01", release_date="2019-12-01"))


@pytest.mark.parametrize(("arrested_first", "total"), [
    # §4A1.2(a)(2), USSG_4A1.2_2025.txt L11-23: "always are counted separately if ... separated
    # by an intervening arrest (i.e., the defendant is arrested for the first offense prior to
    # committing the second offense)"; else "imposed on the same day" is a single sentence
    ("2019-02-01", 4),
    ("2019-04-01", 2),
])
def test_intervening_arrest_2025(capsys, tmp_path: Path, arrested_first, total) -> None:
    result = calc(capsys, tmp_path, record_case(MANUAL, intervening(arrested_first)))
    assert points(result) == total


def status_record(prison_terms: int) -> str:
    """``prison_terms`` separate sentences of 90 days (2 points each, §4A1.1(b); 2015 on) and a
    probation of 2 years imposed 2023-06-01 (1 point, (c)) during which the instant offense
    began: the instant offense was committed under a criminal justice sentence."""
    record = "".join(prior(f"p{year}", f"{year}-09-01", "90 days", offense_date=f"{year}-01-01",
                           arrest_date=f"{year}-02-01", release_date=f"{year}-12-01")
                     for year in range(2015, 2015 + prison_terms))
    return record + (prior("probation", "2023-06-01", "0 days", offense_date="2023-01-01",
                           arrest_date="2023-02-01", more='probation = "2 years"\n')
                     .replace('imprisonment = "0 days"\n', ""))


STATUS = 'under_criminal_justice_sentence = true\nunder_sentence_of = "probation"\n'


@pytest.mark.parametrize(("prison_terms", "total"), [
    # §4A1.1(e) (Amendment 821), USSG_4A1.1_2025.txt L28-31: "Add 1 point if the defendant (1)
    # receives 7 or more points under subsections (a) through (d), and (2) committed the
    # instant offense while under any criminal justice sentence"
    (2, 5),       # 4 + 1 = 5: no status point
    (3, 8),       # 6 + 1 = 7: one status point
])
@pytest.mark.parametrize("manual", ["2023", "2024", MANUAL])
def test_status_points_2025(capsys, tmp_path: Path, prison_terms, total, manual) -> None:
    # the same rule from Amendment 821 (Nov. 1, 2023) on
    result = calc(capsys, tmp_path, record_case(manual, status_record(prison_terms),
                                                more=STATUS))
    assert points(result) == total
    (status,) = [s for s in result["steps"] if s["title"] == "Status points"]
    assert status["section"] == "§4A1.1(e)"


# --- Chapter Four, Part B -------------------------------------------------------------------

def stated_case(manual: str, *, offense_level: int = 10, category: str = "III",
                chapter_four: str = "", acceptance: bool = False) -> str:
    """One count (a guideline ussg does not compute, level stated), the category stated, and a
    Part B finding (``chapter_four``: TOML lines after ``[criminal_history]``)."""
    accepted = ("[acceptance]\naccepted = true\ngovernment_motion = true\n"
                if acceptance else "")
    return (f'manual = "{manual}"\n[offense]\nguideline = "other"\n'
            f"offense_level = {offense_level}\nstatutory_maximum_months = 480\n{accepted}"
            f'[criminal_history]\ncategory = "{category}"\n{chapter_four}')


def career(maximum: str) -> str:
    return ("[criminal_history.career_offender]\ncareer_offender = true\n"
            f'offense_statutory_maximum = "{maximum}"\n')


# §4B1.1(b)'s table, sections/2025/USSG_4B1.1_2025.txt L18-25 (2016: sections/2016/
# USSG_4B1.1_2016.txt L9-23, the same rows): each row's lower edge and the month below it
CAREER_TABLE = [
    ("1 year 1 month", 12), ("4 years 11 months", 12),   # (7) More than 1 year, less than 5
    ("5 years", 17), ("9 years 11 months", 17),          # (6) 5 years or more, less than 10
    ("10 years", 24), ("14 years 11 months", 24),        # (5)
    ("15 years", 29), ("19 years 11 months", 29),        # (4)
    ("20 years", 32), ("24 years 11 months", 32),        # (3)
    ("25 years", 34), ("99 years", 34),                  # (2) 25 years or more
    ("life", 37),                                        # (1) Life
]


@pytest.mark.parametrize(("maximum", "level"), CAREER_TABLE)
def test_career_offender_table_2025(capsys, tmp_path: Path, maximum, level) -> None:
    result = calc(capsys, tmp_path, stated_case(MANUAL, chapter_four=career(maximum)))
    assert result["total_offense_level"] == level
    assert result["criminal_history_category"] == "VI"  # "in every case under this subsection"


def test_career_offender_footnote_and_if_greater_2025(capsys, tmp_path: Path) -> None:
    # "*If an adjustment from §3E1.1 ... applies, decrease the offense level by the number of
    # levels corresponding to that adjustment." (L27-29): 32 - 3 = 29. The level otherwise
    # applicable is 20, so §3E1.1(b)'s "level 16 or greater" is met on either reading (below
    # 16 ussg takes 2 levels, measuring (b) before Chapter Four: an open reading, see report)
    result = calc(capsys, tmp_path, stated_case(MANUAL, offense_level=20,
                                                chapter_four=career("20 years"),
                                                acceptance=True))
    assert result["total_offense_level"] == 29
    # (b): the table level applies only "if ... greater than the offense level otherwise
    # applicable" (L12-15): 35 stays 35, in Category VI
    result = calc(capsys, tmp_path, stated_case(MANUAL, offense_level=35,
                                                chapter_four=career("20 years")))
    assert (result["total_offense_level"], result["criminal_history_category"]) == (35, "VI")


def armed(in_connection: bool) -> str:
    return ("[criminal_history.armed_career_criminal]\nsubject_to_924e = true\n"
            f"firearm_in_connection = {'true' if in_connection else 'false'}\n")


@pytest.mark.parametrize(("in_connection", "offense_level", "category", "acceptance",
                          "total", "final_category"), [
    # §4B1.4(b)(3)(B) "33, otherwise"; (c)(3) "Category IV" (M25 L21307-21331)
    (False, 20, "II", False, 33, "IV"),
    # (b)(3)(A) 34 and (c)(2) Category VI: used or possessed in connection with a crime of
    # violence or controlled substance offense
    (True, 20, "II", False, 34, "VI"),
    # "the greatest of": a Chapter Two and Three level of 35, a Part A category of V
    (False, 35, "V", False, 35, "V"),
    # the footnote: 33 - 3 = 30 (and 20 - 3 = 17 otherwise)
    (False, 20, "II", True, 30, "IV"),
])
def test_armed_career_criminal_2025(capsys, tmp_path: Path, in_connection, offense_level,
                                    category, acceptance, total, final_category) -> None:
    result = calc(capsys, tmp_path, stated_case(MANUAL, offense_level=offense_level,
                                                category=category, acceptance=acceptance,
                                                chapter_four=armed(in_connection)))
    assert (result["total_offense_level"], result["criminal_history_category"]) == \
        (total, final_category)


# --- Chapter Four, Part C: §4C1.1 (M25 L21531-21586) ----------------------------------------

ZERO_FACTS = ("[criminal_history.zero_point]\nviolence_or_credible_threats = false\n"
              "death_or_serious_bodily_injury = false\nsex_offense = false\n"
              "substantial_financial_hardship = false\nfirearm_or_dangerous_weapon = false\n"
              "continuing_criminal_enterprise = false\noffense_covered_by_2h1_1 = false\n")
ONE_POINT = prior("p", "2020-01-01", "30 days", offense_date="2019-06-01",
                  arrest_date="2019-07-01", release_date="2020-01-31")


def zero_point_case(manual: str, *, record: str = "priors = []\n", facts: str = ZERO_FACTS,
                    role: str = "") -> str:
    return (f'manual = "{manual}"\n[offense]\nguideline = "other"\noffense_level = 20\n'
            f"statutory_maximum_months = 240\n{role}[criminal_history]\n"
            f"birth_date = 1980-01-01\ninstant_offense_began = 2024-03-01\n"
            + (record if record.startswith("priors") else "") + "\n"
            + (record if not record.startswith("priors") else "") + facts)


@pytest.mark.parametrize("manual", ["2023", "2024", "2025"])
@pytest.mark.parametrize(("record", "facts", "role", "total"), [
    # all criteria met: "decrease the offense level determined under Chapters Two and Three by
    # 2 levels" (M25 L21566-21567)
    ("priors = []\n", ZERO_FACTS, "", 18),
    # (1) "did not receive any criminal history points from Chapter Four, Part A": 1 point
    (ONE_POINT, ZERO_FACTS, "", 20),
    # (7) a firearm or other dangerous weapon in connection with the offense
    ("priors = []\n", ZERO_FACTS.replace("firearm_or_dangerous_weapon = false",
                                         "firearm_or_dangerous_weapon = true"), "", 20),
    # (11) (2023: the second half of (10)) a continuing criminal enterprise
    ("priors = []\n", ZERO_FACTS.replace("continuing_criminal_enterprise = false",
                                         "continuing_criminal_enterprise = true"), "", 20),
    # (10) an adjustment under §3B1.1 (+2 for a manager, 22, and no decrease)
    ("priors = []\n", ZERO_FACTS, '[adjustments.role]\naggravating = "manager_or_supervisor"\n',
     22),
])
def test_zero_point_offender(capsys, tmp_path: Path, manual, record, facts, role,
                             total) -> None:
    result = calc(capsys, tmp_path, zero_point_case(manual, record=record, facts=facts,
                                                    role=role))
    assert result["total_offense_level"] == total


# --- Chapter Five ---------------------------------------------------------------------------

MANUAL_TEXT = (Path(__file__).resolve().parents[3] / "shared" / "reference" / "ussg"
               / "manual_2025" / "GLM2025_fulltext.txt")
if not MANUAL_TEXT.exists():  # the worktree sits beside /work/main; the reference under /work
    MANUAL_TEXT = Path("/work/shared/reference/ussg/manual_2025/GLM2025_fulltext.txt")
CATEGORIES = ("I", "II", "III", "IV", "V", "VI")


def printed_sentencing_table() -> dict[tuple[int, str], str]:
    """The 2025 Manual's Sentencing Table as printed (M25 L21661-21739), each cell "a-b" (the
    PDF extraction's "108 –135" closed up)."""
    lines = MANUAL_TEXT.read_text().splitlines()[21660:21740]
    cells = {}
    for line in lines:
        words = line.replace(" –", "–").replace("–", "-").split()
        if len(words) == 7 and words[0].isdigit():
            for category, cell in zip(CATEGORIES, words[1:]):
                cells[int(words[0]), category] = cell
    return cells


@pytest.mark.skipif(not MANUAL_TEXT.exists(), reason="the reference Manual is not on this machine")
def test_sentencing_table_and_zones_as_printed_2025(capsys) -> None:
    printed = printed_sentencing_table()
    assert len(printed) == 43 * 6
    listed = sentencing_table_listing(MANUAL, capsys)
    for cell, text in printed.items():
        assert listed[cell][0] == text, cell
        minimum = 10 ** 6 if text == "life" else int(text.split("-")[0])  # life: Zone D
        assert listed[cell][1] == zone_by_minimum(minimum), cell


@pytest.mark.parametrize(("level", "category", "minimum", "maximum", "zone"), [
    # Ch.5 Pt.A, comment. (n.1), M25 L21752-21753: "Offense Level of 15 and a Criminal History
    # Category of III is 24-30 months"
    (15, "III", 24, 30, "D"),
    # §5B1.1, comment. (n.1(B)), M25 L21826-21828: "offense level is 7 and the criminal history
    # category is II, the guideline range ... is 2-8 months" (Zone B)
    (7, "II", 2, 8, "B"),
    # §5C1.1, comment. (n.1), M25 L22348-22350: "Offense Level of 20 and a Criminal History
    # Category of I, the applicable guideline range is 33-41 months"
    (20, "I", 33, 41, "D"),
    # the zone edges in category I: 8 (0-6, A), 9 (4-10, B), 11 (8-14, B), 12 (10-16, C),
    # 13 (12-18, C), 14 (15-21, D); and 11/II 10-16, C
    (8, "I", 0, 6, "A"), (9, "I", 4, 10, "B"), (11, "I", 8, 14, "B"), (12, "I", 10, 16, "C"),
    (13, "I", 12, 18, "C"), (14, "I", 15, 21, "D"), (11, "II", 10, 16, "C"),
    # comment. (n.2), L21756-21758: "A total offense level of less than 1 is to be treated as
    # an offense level of 1. An offense level of more than 43 is to be treated as ... 43."
    (-2, "I", 0, 6, "A"),
])
def test_sentencing_table_examples_2025(capsys, tmp_path: Path, level, category, minimum,
                                        maximum, zone) -> None:
    text = (f'manual = "{MANUAL}"\n[offense]\nguideline = "other"\noffense_level = '
            f'{max(level, 1)}\nstatute = "18 U.S.C. § 1343"\nstatutory_maximum_months = 240\n'
            + ("[[departures]]\nafter = \"total\"\nlevels = -3\nreason = \"to below 1\"\n"
               if level < 1 else "")
            + f'[criminal_history]\ncategory = "{category}"\n')
    result = calc(capsys, tmp_path, text)
    assert (result["range"]["min_months"], result["range"]["max_months"], result["zone"]) == \
        (minimum, maximum, zone)
    assert (result["total_offense_level"], result["table_offense_level"]) == \
        (level, max(level, 1))
    options = result["sentence_options"]
    assert options["zone"] == zone
    # §5B1.1(a): probation authorized in Zone A; in Zone B only with confinement conditions;
    # not in C or D (comment. (n.2)). §5C1.1(c)(2) "at least one month is satisfied by
    # imprisonment"; (d)(2) "at least one-half of the minimum term"
    assert options["probation"] == {"A": "authorized", "B": "with_confinement_conditions",
                                    "C": "not_authorized", "D": "not_authorized"}[zone]
    if zone == "B":
        assert "at least one month" in options["imprisonment"]
    if zone == "C":
        assert "one-half of the minimum term" in options["imprisonment"]


# §5G1.1, comment., sections/2025/USSG_5G1.1_2025.txt L22-30 (2016: USSG_5G1.1_2016.txt, the
# same paragraph): a single count
G1_1_EXAMPLES = [
    # "if the applicable guideline range is 51-63 months and the maximum sentence authorized by
    # statute ... is 48 months, the sentence required by the guidelines under subsection (a) is
    # 48 months" (level 24, I: 51-63)
    (24, 0, 48, (48, 48)),
    # "If the applicable guideline range is 41-51 months and there is a statutorily required
    # minimum sentence of 60 months, the sentence required ... under subsection (b) is 60"
    (22, 60, 240, (60, 60)),
    # "51-63 months and the maximum ... is 60 months, the guideline range is restricted to
    # 51-60 months under subsection (c)"
    (24, 0, 60, (51, 60)),
]


@pytest.mark.parametrize(("level", "minimum", "maximum", "expected"), G1_1_EXAMPLES)
def test_statutory_bounds_single_count_2025(capsys, tmp_path: Path, level, minimum, maximum,
                                            expected) -> None:
    result = calc(capsys, tmp_path, counts_case(MANUAL, level, "I", [(minimum, maximum)]))
    bounded = result["statutory_range"]
    assert (bounded["min_months"], bounded["max_months"]) == expected


# §5G1.2, comment. (n.3(C)), USSG_5G1.2_2025.txt L163-191: "Counts 1, 3, and 4 have statutory
# maximums of 10 years, 20 years, and 2 years ... Count 2 has a statutory maximum of 30 years
# and a mandatory minimum of 10 years."
FOUR_COUNTS = [(0, 120), (120, 360), (0, 240), (0, 24)]
G1_2_EXAMPLES = [
    # Defendant A: level 19, I, 30-37; "guideline sentence is 120 months"; total punishment
    # 120 on Counts 1, 2 and 3; Count 4 "limited to 24 months"
    (19, "I", 120, (120, 120), [120, 120, 120, 24]),
    # Defendant B: level 30, II, 108-135, "restricted to 120 to 135 months"; total 130 on
    # Counts 2 and 3; Counts 1 and 4 "limited to 120 months (10 years) and 24 months"
    (30, "II", 130, (120, 135), [120, 130, 130, 24]),
]


@pytest.mark.parametrize(("level", "category", "imposed", "bounded", "sentences"),
                         G1_2_EXAMPLES)
def test_total_punishment_on_each_count_2025(capsys, tmp_path: Path, level, category, imposed,
                                             bounded, sentences) -> None:
    result = calc(capsys, tmp_path, counts_case(MANUAL, level, category, FOUR_COUNTS, imposed))
    assert (result["statutory_range"]["min_months"],
            result["statutory_range"]["max_months"]) == bounded
    assert count_sentences(result) == [(s, s, "concurrently") for s in sentences]


def test_consecutive_to_reach_the_total_punishment_2025(capsys, tmp_path: Path) -> None:
    # §5G1.2(d), USSG_5G1.2_2025.txt L21-26: "If the sentence imposed on the count carrying the
    # highest statutory maximum is less than the total punishment, then the sentence imposed
    # on one or more of the other counts shall run consecutively, but only to the extent
    # necessary to produce a combined sentence equal to the total punishment." Level 24, I:
    # 51-63; two counts of 36 months each; total punishment 60: 36 + 24 consecutively.
    result = calc(capsys, tmp_path, counts_case(MANUAL, 24, "I", [(0, 36), (0, 36)], 60))
    # (the first count carries its maximum, the second the balance, consecutively)
    assert count_sentences(result) == [(36, 36, ""), (24, 24, "consecutively")]
    assert ("§5G1.2(d)", "partly consecutive") in [(s["section"], s["change"])
                                                   for s in result["steps"]]


# §5E1.2(c)(3)'s Fine Table. 2025: sections/2025/USSG_5E1.2_2025.txt L24-39 (Amendment 791's
# table); (h)(1): "For offenses committed prior to November 1, 2015, use the applicable fine
# guideline range that was set forth in the version of §5E1.2(c) that was in effect on
# November 1, 2014": the table Amendment 791 struck, appendix_c_2016/APPENDIX_C_Supplement.txt
# L4751-4768 (a page break inside).
SECTIONS = Path("/work/shared/reference/ussg/sections")
APPENDIX_C = Path("/work/shared/reference/ussg/appendix_c_2016/APPENDIX_C_Supplement.txt")


def fine_table_cases(table_lines: list[str]) -> list[tuple[int, int, int]]:
    return [(level, a, b) for low, high, a, b in fine_rows(table_lines)
            for level in sorted({low, high})]


def check_fine_table(capsys, tmp_path: Path, manual: str, table_lines: list[str],
                     offense_date: str, rows: int, maximum_fine: int) -> None:
    """Each row's lowest and highest level through the CLI; ``maximum_fine`` the statute's,
    at most the (c)(4) amount of the table's version ($500,000 from Amendment 791, $250,000
    before), so that column B is the maximum."""
    cases = fine_table_cases(table_lines)
    assert len(fine_rows(table_lines)) == rows
    for level, a, b in cases:
        result = calc(capsys, tmp_path, fine_case(manual, level, offense_date, maximum_fine),
                      f"fine{level}")
        assert (result["fine"]["min_dollars"], result["fine"]["table_max_dollars"],
                result["fine"]["max_dollars"]) == (a, b, b), level


@pytest.mark.skipif(not SECTIONS.exists(), reason="the reference Manual is not on this machine")
def test_fine_table_2025(capsys, tmp_path: Path) -> None:
    lines = (SECTIONS / "2025" / "USSG_5E1.2_2025.txt").read_text().splitlines()[23:39]
    check_fine_table(capsys, tmp_path, MANUAL, lines, "2015-11-01", 16, 500_000)
    # (h)(1): an offense committed Oct. 31, 2015 takes the Nov. 1, 2014 table
    earlier = APPENDIX_C.read_text().splitlines()[4750:4768]
    check_fine_table(capsys, tmp_path, MANUAL, earlier, "2015-10-31", 16, 250_000)


def test_fine_table_c4_by_version_2025(capsys, tmp_path: Path) -> None:
    # (c)(4): column B does not limit the fine where the statute authorizes "a maximum fine
    # greater than $500,000" (USSG_5E1.2_2025.txt L41-45); in the Nov. 1, 2014 version that
    # (h)(1) applies, "greater than $250,000" (Amendment 791 "in subsection (c)(4) by striking
    # '$250,000' and inserting '$500,000'", APPENDIX_C_Supplement.txt L4789). A $500,000
    # statute: level 3 is $200-$9,500 for a 2015-11-01 offense, $100-$500,000 for 2015-10-31.
    later = calc(capsys, tmp_path, fine_case(MANUAL, 3, "2015-11-01", 500_000), "later")
    earlier = calc(capsys, tmp_path, fine_case(MANUAL, 3, "2015-10-31", 500_000), "earlier")
    assert (later["fine"]["min_dollars"], later["fine"]["max_dollars"]) == (200, 9_500)
    assert (earlier["fine"]["min_dollars"], earlier["fine"]["max_dollars"]) == (100, 500_000)


# --- Chapter Three, Parts A-C and E ---------------------------------------------------------
# The words of §§3A1.1, 3A1.2, 3A1.4, 3B1.1, 3B1.2, 3C1.1 and 3E1.1 are the same in 2016 and
# 2025 (M25 L18482-18712; M16 L9943-10045; sections/*/USSG_3B1.1, 3B1.2, 3C1.1, 3E1.1); the
# 2016 file runs the same table.
VICTIM, ROLE = "[adjustments.victim]\n", "[adjustments.role]\n"
CHAPTER_THREE = [
    # §3A1.1(b)(1) +2; (b)(2) "by 2 additional levels"; (a) +3
    (20, VICTIM + "vulnerable_victim = true\n", "", 22, "I"),
    (20, VICTIM + "vulnerable_victim = true\nlarge_number_of_vulnerable_victims = true\n", "",
     24, "I"),
    (20, VICTIM + "hate_crime = true\n", "", 23, "I"),
    # §3A1.2 "(Apply the greatest)": (a) +3; (b) Chapter Two, Part A +6; (c) assault +6
    (20, VICTIM + 'official_victim = "status"\n', "", 23, "I"),
    (20, VICTIM + 'official_victim = "assault"\n', "", 26, "I"),
    # §3A1.4(a) "increase by 12 levels; but if the resulting offense level is less than level
    # 32, increase to level 32"; (b) Category VI
    (18, VICTIM + "terrorism = true\n", "", 32, "VI"),
    (20, VICTIM + "terrorism = true\n", "", 32, "VI"),
    (21, VICTIM + "terrorism = true\n", "", 33, "VI"),
    # §3B1.1 (a) +4 and (b) +3 with five or more participants; (c) +2 otherwise
    (20, ROLE + 'aggravating = "organizer_or_leader"\nparticipants = 5\n', "", 24, "I"),
    (20, ROLE + 'aggravating = "manager_or_supervisor"\nparticipants = 5\n', "", 23, "I"),
    (20, ROLE + 'aggravating = "organizer_or_leader"\nparticipants = 4\n', "", 22, "I"),
    (20, ROLE + 'aggravating = "organizer_or_leader"\nparticipants = 4\n'
     "otherwise_extensive = true\n", "", 24, "I"),
    # §3B1.2 (a) -4, (b) -2, "cases falling between (a) and (b)" -3
    (20, ROLE + 'mitigating = "minimal_participant"\n', "", 16, "I"),
    (20, ROLE + 'mitigating = "minor_participant"\n', "", 18, "I"),
    (20, ROLE + 'mitigating = "between_minimal_and_minor"\n', "", 17, "I"),
    # §3C1.1 +2
    (20, "[adjustments.obstruction]\nobstructed_justice = true\n", "", 22, "I"),
    # §3E1.1(b): "the offense level determined prior to the operation of subsection (a) is
    # level 16 or greater": 15 gets 2 levels, 16 gets 3
    (15, "", "accepted = true\ngovernment_motion = true\n", 13, "I"),
    (16, "", "accepted = true\ngovernment_motion = true\n", 13, "I"),
    (17, "", "accepted = true\ngovernment_motion = true\n", 14, "I"),
    (17, "", "accepted = true\n", 15, "I"),
]


@pytest.mark.parametrize(("level", "adjustments", "acceptance", "total", "category"),
                         CHAPTER_THREE)
def test_chapter_three_adjustments_2025(capsys, tmp_path: Path, level, adjustments,
                                        acceptance, total, category) -> None:
    result = calc(capsys, tmp_path, adjusted_case(MANUAL, level, adjustments,
                                                  acceptance=acceptance))
    assert (result["total_offense_level"], result["criminal_history_category"]) == \
        (total, category)


@pytest.mark.parametrize(("base", "role", "total"), [
    # §2D1.1(a)(5), sections/2025/USSG_2D1.1_2025.txt L36-45: with a §3B1.2 adjustment and a
    # base level of "(i) level 32, decrease by 2 levels; (ii) level 34, decrease by 3 levels;
    # or (iii) above level 34, decrease to level 32. If the resulting offense level is greater
    # than level 30 and the defendant receives the 4-level reduction in §3B1.2(a), decrease to
    # level 30." -- then §3B1.2 itself
    (30, "minor_participant", 28),              # no cap at 30: 30 - 2
    (32, "minor_participant", 28),              # 32 - 2 = 30, - 2 = 28
    (34, "minor_participant", 29),              # 34 - 3 = 31, - 2 = 29
    (36, "minor_participant", 30),              # to 32, - 2 = 30
    (38, "between_minimal_and_minor", 29),      # to 32, - 3 = 29
    (32, "minimal_participant", 26),            # 30, not greater than 30; - 4 = 26
    (34, "minimal_participant", 26),            # 31 > 30: to 30; - 4 = 26
    (38, "minimal_participant", 26),            # 32 > 30: to 30; - 4 = 26
])
def test_mitigating_role_cap_2025(capsys, tmp_path: Path, base, role, total) -> None:
    result = calc(capsys, tmp_path, drug_case(MANUAL, base, role))
    assert result["total_offense_level"] == total


@pytest.mark.parametrize(("obstruction_level", "combined"), [(24, 24), (21, 22)])
def test_obstruction_count_grouped_2025(capsys, tmp_path: Path, obstruction_level,
                                        combined) -> None:
    # §3C1.1, comment. (n.8), sections/2025/USSG_3C1.1_2025.txt: the obstruction count is
    # grouped with the underlying offense under §3D1.2(c); "The offense level for that group
    # ... will be the offense level for the underlying offense increased by the 2-level
    # adjustment specified by this section, or the offense level for the obstruction offense,
    # whichever is greater." Underlying 20 (+2 = 22).
    text = (f'manual = "{MANUAL}"\n'
            '[[counts]]\nname = "Underlying"\nstatute = "18 U.S.C. § 1343"\nguideline = "other"\n'
            'offense_level = 20\nstatutory_maximum_months = 240\ngroup = "g"\ngrouping = "c"\n'
            '[counts.adjustments.obstruction]\nobstructed_justice = true\n'
            '[[counts]]\nname = "Obstruction"\nstatute = "18 U.S.C. § 1503"\n'
            f'guideline = "other"\noffense_level = {obstruction_level}\n'
            'statutory_maximum_months = 120\ngroup = "g"\ngrouping = "c"\n'
            '[criminal_history]\ncategory = "I"\n')
    result = calc(capsys, tmp_path, text)
    assert len(result["groups"]) == 1
    assert result["combined_offense_level"] == combined


def official_victim_case(manual: str, guideline: str, key: str, facts: str, fact: str) -> str:
    return (f'manual = "{manual}"\n[offense]\nguideline = "{guideline}"\n[offense.{key}]\n'
            f'{facts}\n[adjustments.victim]\nofficial_victim = "{fact}"\n'
            '[criminal_history]\ncategory = "I"\n')


@pytest.mark.parametrize(("guideline", "key", "facts", "fact", "total"), [
    # §3A1.2(b): "If subsection (a)(1) and (2) apply, and the applicable Chapter Two guideline
    # is from Chapter Two, Part A (Offenses Against the Person), increase by 6 levels."
    # (M25 L18575-18577; M16 L9987): §2A2.3 (a)(1) 7, +6 = 13
    ("2A2.3", "assault", "physical_contact = true", "status_person_offense", 13),
    # a robbery (§2B3.1, Part B): (a) only, +3 = 23
    ("2B3.1", "robbery", "", "status", 23),
    # a robbery cross-referenced to §2A1.1 (§2B3.1(c)(1)): the applicable guideline is then in
    # Part A: 43 + 6 = 49
    ("2B3.1", "robbery", "victim_murdered = true", "status_person_offense", 49),
])
def test_official_victim_by_guideline_2025(capsys, tmp_path: Path, guideline, key, facts, fact,
                                           total) -> None:
    result = calc(capsys, tmp_path, official_victim_case(MANUAL, guideline, key, facts, fact))
    assert result["total_offense_level"] == total


def test_official_victim_part_a_refused_for_a_robbery_2025(capsys, tmp_path: Path) -> None:
    # Found by this audit: ussg added (b)'s 6 levels to a §2B3.1 robbery (28 for level 22), which
    # the words "from Chapter Two, Part A" exclude. Now refused, naming the field, exit 2.
    err = refused(capsys, tmp_path, official_victim_case(
        MANUAL, "2B3.1", "robbery", "financial_institution_or_post_office = true",
        "status_person_offense"))
    assert "adjustments.victim.official_victim" in err
    assert "Chapter Two, Part A" in err and "§2B3.1 is not" in err


# --- §3D1.2's own examples with quantities ---------------------------------------------------

@pytest.mark.parametrize(("counts", "level"), [
    # comment. (n.4), example (4), M25 L19759-19765: "two counts of distributing a controlled
    # substance, each count involving a separate sale of 10 grams of cocaine ... two other
    # sales, also part of the common scheme or plan, each involving 10 grams ... The total
    # amount of all four sales (40 grams of cocaine) will be used ... The two counts will then
    # be grouped together". Each count states its sale and one relevant-conduct sale: 40 g,
    # "Less than 50 G of Cocaine", level 12 (sections/2025/USSG_2D1.1_2025.txt L622-623).
    ([[("cocaine", "10 g"), ("cocaine", "10 g")], [("cocaine", "10 g"), ("cocaine", "10 g")]],
     12),
    # comment. (n.6), example (5), M25 L19829-19832: "one count of selling heroin, one count of
    # selling PCP, and one count of selling cocaine. The counts are to be grouped together."
    # 10 g each: 10 + 10 + 2 = 22 kg of converted drug weight, "At least 20 KG but less than
    # 40 KG", level 16 (L570, L597)
    ([[("heroin", "10 g")], [("PCP", "10 g")], [("cocaine", "10 g")]], 16),
])
def test_drug_counts_grouped_examples_2025(capsys, tmp_path: Path, counts, level) -> None:
    result = calc(capsys, tmp_path, drug_counts(MANUAL, counts))
    assert len(result["groups"]) == 1
    assert result["combined_offense_level"] == level


MINIMAL_FACTORS = ('minimal_role_factors = ["motivated_by_relationship_or_fear", '
                   '"no_monetary_compensation", "minimal_knowledge"]\n')
ROLE_INTERACTIONS = [
    # §2D1.1(b)(16) (2016: (b)(15)): "If the defendant receives an adjustment under §3B1.1 ...
    # and the offense involved 1 or more of the following factors ... (C) the defendant was
    # directly involved in the importation ... increase by 2 levels": 30 + 2, and §3B1.1(b) +3
    ('aggravating_role_factors = ["directly_involved_in_importation"]\n',
     'aggravating = "manager_or_supervisor"\nparticipants = 5\n', 35),
    # (b)(17) (2016: (b)(16)): the 4-level reduction and "all of the following factors":
    # 30 - 2 = 28; §3B1.2(a) -4 = 24 (30 is below the (a)(5) cap in both editions)
    (MINIMAL_FACTORS, 'mitigating = "minimal_participant"\n', 24),
    # two of the three factors: no (b)(17); 30 - 4 = 26
    (MINIMAL_FACTORS.replace(', "minimal_knowledge"', ""),
     'mitigating = "minimal_participant"\n', 26),
    # with the minor-participant reduction (-2) (b)(17) does not apply: 28
    (MINIMAL_FACTORS, 'mitigating = "minor_participant"\n', 28),
]


@pytest.mark.parametrize(("offense", "role", "total"), ROLE_INTERACTIONS)
def test_drug_role_interactions_2025(capsys, tmp_path: Path, offense, role, total) -> None:
    # sections/2025/USSG_2D1.1_2025.txt L163-211
    result = calc(capsys, tmp_path, drug_role_case(MANUAL, 30, offense, role))
    assert result["total_offense_level"] == total


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_offense_statutory_maximum_example(capsys, tmp_path: Path, manual) -> None:
    # §4B1.1, comment. (n.2), sections/2025/USSG_4B1.1_2025.txt L79-83 (2016: USSG_4B1.1_2016
    # .txt L55): "in a case in which the statutory maximum term of imprisonment under 21 U.S.C.
    # § 841(b)(1)(C) is increased from twenty years to thirty years because the defendant has
    # one or more qualifying prior drug convictions, the 'Offense Statutory Maximum' ... is
    # thirty years and not twenty years": (b)(2), 25 years or more, level 34
    found = career("20 years") + 'enhanced_statutory_maximum = "30 years"\n'
    result = calc(capsys, tmp_path, stated_case(manual, offense_level=20, chapter_four=found))
    assert (result["total_offense_level"], result["criminal_history_category"]) == (34, "VI")


@pytest.mark.parametrize(("manual", "fact", "section", "total"), [
    # Amendment 247 (Nov. 1, 1989; APPENDIX_C_Vol_I.txt L4625-4636): (a) status or (b) an
    # assault on an officer, one "increase by 3 levels"
    ("1990", "status", "§3A1.2(a)", 23), ("1990", "assault", "§3A1.2(b)", 23),
    # Amendment 643 (Nov. 1, 2002): still 3 and 3; no Part A provision: (a)
    ("2003", "assault", "§3A1.2(b)", 23), ("2003", "status_person_offense", "§3A1.2(a)", 23),
    # Amendment 663 (Nov. 1, 2004; APPENDIX_C_Vol_III.txt L325-335): "(Apply the greatest)"
    # (a) 3, (b) Part A 6, (c) assault 6 -- the same in 2016 and 2025
    ("2005", "status", "§3A1.2(a)", 23), ("2005", "status_person_offense", "§3A1.2(b)", 26),
    ("2005", "assault", "§3A1.2(c)", 26), ("2016", "assault", "§3A1.2(c)", 26),
    ("2025", "status_person_offense", "§3A1.2(b)", 26),
])
def test_official_victim_levels_by_edition(capsys, tmp_path: Path, manual, fact, section,
                                           total) -> None:
    result = calc(capsys, tmp_path, adjusted_case(
        manual, 20, f'[adjustments.victim]\nofficial_victim = "{fact}"\n'))
    assert result["total_offense_level"] == total
    assert (section, f"+{total - 20}") in changes(result)
