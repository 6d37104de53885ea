"""The Nov. 1, 2016 Manual's own worked examples for Chapters Three to Five, each through the
real command line, asserting the Manual's result. Line numbers are those of
../shared/reference/ussg/manual_2016/GLM2016_fulltext.txt ("M16 L<n>"; one paragraph a line) or
of the section files under ../shared/reference/ussg/sections/2016/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.manual.audit_examples_cli import (adjusted_case, calc, changes, chapter_four,
                                            drug_case, drug_counts, drug_role_case,
                                            other_counts, points, prior, record_case, refused,
                                            sentencing_table_listing, steps, zone_by_minimum)
from tests.manual.test_audit_examples_2025 import (APPENDIX_C, CAREER, CAREER_TABLE, CHAPTER_THREE,
                                                  DRUGS_AND_BRIBE, POINT_EDGES, ROLE_INTERACTIONS,
                                                  SECTIONS, STATUS,
                                                  armed, career, check_fine_table, intervening,
                                                  official_victim_case, robberies,
                                                  robbery_and_theft, stated_case, status_record,
                                                  two_robberies, zero_point_case)

MANUAL = "2016"


# --- §3D1.4: the table of Units (M16 L10567-10579) and (a)-(c) (M16 L10583-10587) ---------

@pytest.mark.parametrize(("levels", "combined"), [
    ([30, 21], 30),              # (c): 9 or more levels less serious, disregarded (L10587)
    ([30, 22], 31),              # (b): 5 to 8 levels less, one-half Unit (L10585); 1 1/2: +1
    ([30, 26], 32),              # (a): 1 to 4 levels less, one Unit (L10583); 2: +2
    ([30, 30, 25], 33),          # 2 1/2 – 3: +3
    ([30, 30, 30], 33),
    ([30, 30, 30, 25], 34),      # 3 1/2 – 5: +4
    ([30] * 5, 34),
    ([30] * 5 + [25], 35),       # more than 5: +5
])
def test_units_table_2016(capsys, tmp_path: Path, levels, combined) -> None:
    result = calc(capsys, tmp_path, other_counts(MANUAL, levels))
    assert result["combined_offense_level"] == combined


def test_units_background_example_2016(capsys, tmp_path: Path) -> None:
    # §3D1.4, comment. (backg'd), M16 L10597: "level 15 and ... two other Groups are at level
    # 10, there would be a total of two Units ... and the combined offense level would be 17."
    result = calc(capsys, tmp_path, other_counts(MANUAL, [15, 10, 10]))
    assert [g["units"] for g in result["groups"]] == ["1", "1/2", "1/2"]
    assert result["combined_offense_level"] == 17


def test_illustration_1_four_bank_robberies_2016(capsys, tmp_path: Path) -> None:
    # M16 L10621: 22, 22, 22 and 28 ($21,000 taken, a firearm displayed); 2 1/2 Units, +3: 31.
    result = calc(capsys, tmp_path, robberies(MANUAL))
    assert [g["offense_level"] for g in result["groups"]] == [22, 22, 22, 28]
    assert ("§3D1.4", "+3") in changes(result)
    assert result["combined_offense_level"] == 31


def test_illustration_2_drugs_and_the_bribe_2016(capsys, tmp_path: Path) -> None:
    # M16 L10623: 46 + 30 + 75 = 151 kg of marihuana, level 24; §3C1.1 +2 = 26; the bribery
    # count (20) in the same Group (§3D1.2(c)); combined offense level 26.
    result = calc(capsys, tmp_path, DRUGS_AND_BRIBE.format(manual=MANUAL))
    combined = [s for s in steps(result, "§2D1.1, comment.") if "151 kg" in s["reason"]]
    assert combined, [s["reason"] for s in steps(result, "§2D1.1")]
    assert ("§2D1.1(c)(8)", "= 24") in changes(result)
    assert len(result["groups"]) == 1 and result["combined_offense_level"] == 26


# --- Chapter Four, Part A -------------------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "consecutive", "total", "violence_point"), [
    # §4A1.1, comment. (n.5), sections/2016/USSG_4A1.1_2016.txt L67-69: five and four years,
    # 3 points under (a) and "An additional point is added under §4A1.1(e)"; one year and nine
    # months consecutive, 3 points and no (e) point.
    ("5 years", "4 years", False, 4, True),
    ("1 year", "9 months", True, 3, False),
])
def test_crime_of_violence_point_example_2016(capsys, tmp_path: Path, first, second,
                                              consecutive, total, violence_point) -> None:
    result = calc(capsys, tmp_path, record_case(MANUAL, two_robberies(first, second,
                                                                      consecutive)))
    assert points(result) == total
    assert (("§4A1.1(e)", "Crime-of-violence point", "1 point") in chapter_four(result)) \
        == violence_point


@pytest.mark.parametrize(("sentenced", "released", "career_offender"), [
    # §4A1.2, comment. (n.3), sections/2016/USSG_4A1.2_2016.txt L155 (eight years ago: the
    # robbery may serve as a predicate) and L157 (thirteen years ago: it may not)
    ("2016-01-01", "2017-01-01", True),
    ("2011-01-01", "2013-01-01", False),
])
def test_single_sentence_predicate_example_2016(capsys, tmp_path: Path, sentenced, released,
                                                career_offender) -> None:
    result = calc(capsys, tmp_path, record_case(MANUAL, robbery_and_theft(sentenced, released),
                                                after=CAREER))
    assert points(result) == 6
    assert ("§4B1.1(a)(3)", "Career offender criterion",
            "met" if career_offender else "not met") in chapter_four(result)
    assert result["criminal_history_category"] == ("VI" if career_offender else "III")
    assert result["total_offense_level"] == (32 if career_offender else 20)


@pytest.mark.parametrize(("term", "sentenced", "released", "dates", "more", "total"),
                         POINT_EDGES)
def test_points_by_length_age_and_window_2016(capsys, tmp_path: Path, term, sentenced,
                                              released, dates, more, total) -> None:
    # sections/2016/USSG_4A1.1_2016.txt L7-11; USSG_4A1.2_2016.txt (d) and (e) L85-93: the
    # same words as 2025's, the same results
    birth = "2003-01-01" if dates["offense_date"].startswith("2018") else "1980-01-01"
    result = calc(capsys, tmp_path, record_case(
        MANUAL, prior("p", sentenced, term, release_date=released, more=more, **dates),
        birth=birth))
    assert points(result) == total


@pytest.mark.parametrize(("arrested_first", "total"), [("2019-02-01", 4), ("2019-04-01", 2)])
def test_intervening_arrest_2016(capsys, tmp_path: Path, arrested_first, total) -> None:
    # §4A1.2(a)(2) (Amendment 709, 2007), the same words in 2016
    result = calc(capsys, tmp_path, record_case(MANUAL, intervening(arrested_first)))
    assert points(result) == total


@pytest.mark.parametrize(("prison_terms", "total"), [(0, 3), (2, 7), (3, 9)])
def test_status_points_2016(capsys, tmp_path: Path, prison_terms, total) -> None:
    # §4A1.1(d), USSG_4A1.1_2016.txt L13: "Add 2 points if the defendant committed the instant
    # offense while under any criminal justice sentence" -- whatever the other points
    result = calc(capsys, tmp_path, record_case(MANUAL, status_record(prison_terms),
                                                more=STATUS))
    assert points(result) == total


@pytest.mark.parametrize(("maximum", "level"), CAREER_TABLE)
def test_career_offender_table_2016(capsys, tmp_path: Path, maximum, level) -> None:
    # §4B1.1(b), sections/2016/USSG_4B1.1_2016.txt L9-23
    result = calc(capsys, tmp_path, stated_case(MANUAL, chapter_four=career(maximum)))
    assert (result["total_offense_level"], result["criminal_history_category"]) == (level, "VI")


def test_career_offender_footnote_2016(capsys, tmp_path: Path) -> None:
    # the footnote (USSG_4B1.1_2016.txt L25): 32 - 3 = 29
    result = calc(capsys, tmp_path, stated_case(MANUAL, offense_level=20,
                                                chapter_four=career("20 years"),
                                                acceptance=True))
    assert result["total_offense_level"] == 29


@pytest.mark.parametrize(("in_connection", "offense_level", "category", "total",
                          "final_category"), [
    # §4B1.4(b)(3), (c), M16 L11179-11200: 33 and Category IV; 34 and VI; the greatest
    (False, 20, "II", 33, "IV"),
    (True, 20, "II", 34, "VI"),
    (True, 36, "III", 36, "VI"),
])
def test_armed_career_criminal_2016(capsys, tmp_path: Path, in_connection, offense_level,
                                    category, total, final_category) -> None:
    result = calc(capsys, tmp_path, stated_case(MANUAL, offense_level=offense_level,
                                                category=category,
                                                chapter_four=armed(in_connection)))
    assert (result["total_offense_level"], result["criminal_history_category"]) == \
        (total, final_category)


def test_zero_point_offender_is_not_in_2016(capsys, tmp_path: Path) -> None:
    # the 2016 Manual has no §4C1.1 (Chapter Four ends with Part B; Amendment 821 added Part C
    # on Nov. 1, 2023): stating its facts is an error naming the field, exit 2
    err = refused(capsys, tmp_path, zero_point_case(MANUAL))
    assert "criminal_history.zero_point" in err and "Amendment 821" in err


# --- Chapter Five ---------------------------------------------------------------------------

TABLE_2016 = Path("/work/shared/reference/ussg/manual_2016/ussc-mm_sentencing_table.json")


@pytest.mark.skipif(not TABLE_2016.exists(), reason="the reference table is not on this machine")
def test_sentencing_table_and_zones_2016(capsys) -> None:
    # The 2016 Manual's text has the table as an image; the Commission's own JSON of it
    # (manual_2016/ussc-mm_sentencing_table.json) gives the cells. Zones as the 2016 notes
    # define them: §5B1.1, comment. (n.1(A), (B), n.2) M16 L11349-11353; §5C1.1, comment.
    # (n.3, n.4, n.9) L11553, L11563, L11583 -- the same as 2025's.
    listed = sentencing_table_listing(MANUAL, capsys)
    rows = json.loads(TABLE_2016.read_text())
    assert len(rows) == 43
    for row in rows:
        for category in ("I", "II", "III", "IV", "V", "VI"):
            text = row[category].replace("–", "-")
            cell = (row["Offense Level"], category)
            assert listed[cell][0] == text, cell
            minimum = 10 ** 6 if text == "life" else int(text.split("-")[0])
            assert listed[cell][1] == zone_by_minimum(minimum), cell


@pytest.mark.parametrize(("level", "category", "minimum", "maximum", "zone"), [
    (15, "III", 24, 30, "D"),   # Ch.5 Pt.A, comment. (n.1), M16 L11311
    (7, "II", 2, 8, "B"),       # §5B1.1, comment. (n.1(B)), M16 L11351
    (20, "I", 33, 41, "D"),     # §5C1.1, comment. (n.1), M16 L11549
    (11, "I", 8, 14, "B"), (12, "I", 10, 16, "C"), (13, "I", 12, 18, "C"), (14, "I", 15, 21, "D"),
])
def test_sentencing_table_examples_2016(capsys, tmp_path: Path, level, category, minimum,
                                        maximum, zone) -> None:
    text = (f'manual = "{MANUAL}"\n[offense]\nguideline = "other"\noffense_level = {level}\n'
            f'statute = "18 U.S.C. § 1343"\nstatutory_maximum_months = 240\n'
            f'[criminal_history]\ncategory = "{category}"\n')
    result = calc(capsys, tmp_path, text)
    assert (result["range"]["min_months"], result["range"]["max_months"], result["zone"],
            result["sentence_options"]["zone"]) == (minimum, maximum, zone, zone)


@pytest.mark.skipif(not SECTIONS.exists(), reason="the reference Manual is not on this machine")
def test_fine_table_2016(capsys, tmp_path: Path) -> None:
    # §5E1.2(c)(3), sections/2016/USSG_5E1.2_2016.txt L19-49; (h)(1) L79-81
    lines = (SECTIONS / "2016" / "USSG_5E1.2_2016.txt").read_text().splitlines()[18:49]
    check_fine_table(capsys, tmp_path, MANUAL, lines, "2015-11-01", 16, 500_000)
    earlier = APPENDIX_C.read_text().splitlines()[4750:4768]
    check_fine_table(capsys, tmp_path, MANUAL, earlier, "2015-10-31", 16, 250_000)


@pytest.mark.parametrize(("guideline", "key", "facts", "fact", "total"), [
    # §3A1.2(b), M16 L9987: as in 2025 (the words of Amendment 663, 2004)
    ("2A2.3", "assault", "physical_contact = true", "status_person_offense", 13),
    ("2B3.1", "robbery", "", "status", 23),
    ("2B3.1", "robbery", "victim_murdered = true", "status_person_offense", 49),
])
def test_official_victim_by_guideline_2016(capsys, tmp_path: Path, guideline, key, facts, fact,
                                           total) -> None:
    result = calc(capsys, tmp_path, official_victim_case(MANUAL, guideline, key, facts, fact))
    assert result["total_offense_level"] == total


def test_official_victim_part_a_refused_for_a_robbery_2016(capsys, tmp_path: Path) -> None:
    err = refused(capsys, tmp_path, official_victim_case(MANUAL, "2B3.1", "robbery", "",
                                                         "status_person_offense"))
    assert "adjustments.victim.official_victim" in err and "§2B3.1 is not" in err


@pytest.mark.parametrize(("level", "adjustments", "acceptance", "total", "category"),
                         CHAPTER_THREE)
def test_chapter_three_adjustments_2016(capsys, tmp_path: Path, level, adjustments,
                                        acceptance, total, category) -> None:
    # §3A1.1 M16 L9943-9955; §3A1.2 L9981-9995; §3A1.4 L10039-10045; sections/2016/
    # USSG_3B1.1_2016.txt, USSG_3B1.2_2016.txt, USSG_3C1.1_2016.txt, USSG_3E1.1_2016.txt
    result = calc(capsys, tmp_path, adjusted_case(MANUAL, level, adjustments,
                                                  acceptance=acceptance))
    assert (result["total_offense_level"], result["criminal_history_category"]) == \
        (total, category)


@pytest.mark.parametrize(("base", "role", "total"), [
    # §2D1.1(a)(5), sections/2016/USSG_2D1.1_2016.txt L15: "(i) level 32, decrease by 2 levels;
    # (ii) level 34 or level 36, decrease by 3 levels; or (iii) level 38, decrease by 4 levels.
    # If the resulting offense level is greater than level 32 and the defendant receives the
    # 4-level ("minimal participant") reduction in §3B1.2(a), decrease to level 32."
    (30, "minor_participant", 28),
    (32, "minor_participant", 28),              # 30 - 2
    (34, "minor_participant", 29),              # 31 - 2
    (36, "minor_participant", 31),              # 33 - 2
    (38, "minor_participant", 32),              # 34 - 2
    (38, "between_minimal_and_minor", 31),      # 34 - 3
    (36, "minimal_participant", 28),            # 33 > 32: to 32; - 4 = 28
    (38, "minimal_participant", 28),            # 34 > 32: to 32; - 4 = 28
    (34, "minimal_participant", 27),            # 31: not greater than 32; - 4 = 27
])
def test_mitigating_role_cap_2016(capsys, tmp_path: Path, base, role, total) -> None:
    result = calc(capsys, tmp_path, drug_case(MANUAL, base, role))
    assert result["total_offense_level"] == total


@pytest.mark.parametrize(("counts", "level"), [
    # §3D1.2, comment. (n.4) example (4), M16 L10511: 40 g of cocaine, "Less than 50 G of
    # Cocaine", level 12 (sections/2016/USSG_2D1.1_2016.txt L613)
    ([[("cocaine", "10 g"), ("cocaine", "10 g")], [("cocaine", "10 g"), ("cocaine", "10 g")]],
     12),
    # comment. (n.6) example (5), M16 L10525: heroin, PCP, cocaine grouped; 10 + 10 + 2 = 22 kg
    # of marihuana, "At least 20 KG but less than 40 KG of Marihuana" (L553), level 16
    ([[("heroin", "10 g")], [("PCP", "10 g")], [("cocaine", "10 g")]], 16),
])
def test_drug_counts_grouped_examples_2016(capsys, tmp_path: Path, counts, level) -> None:
    result = calc(capsys, tmp_path, drug_counts(MANUAL, counts))
    assert len(result["groups"]) == 1 and result["combined_offense_level"] == level


@pytest.mark.parametrize(("offense", "role", "total"), ROLE_INTERACTIONS)
def test_drug_role_interactions_2016(capsys, tmp_path: Path, offense, role, total) -> None:
    # sections/2016/USSG_2D1.1_2016.txt: (b)(15) the aggravating-role factors L61, (b)(16) L75
    result = calc(capsys, tmp_path, drug_role_case(MANUAL, 30, offense, role))
    assert result["total_offense_level"] == total
