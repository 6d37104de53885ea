"""§3A1.2(b): "If subsection (a)(1) and (2) apply, and the applicable Chapter Two guideline is
from Chapter Two, Part A (Offenses Against the Person), increase by 6 levels" (2016 Manual
line 9987; 2025 lines 18581-18582). The guideline is the one Chapter Two finishes with
(``Worksheet.finish_chapter_two``), not a search of the steps' text:
§1B1.5(c) (2016 line 853): "If the offense level is determined by a reference to another
guideline under subsection (a) or (b)(1) above, the adjustments in Chapter Three
(Adjustments) also are determined in respect to the referenced offense guideline, except as
otherwise expressly provided"; §2S1.1, comment. (n.2(C)) (2016 line 9145) provides
otherwise: "Notwithstanding §1B1.5(c), in cases in which subsection (a)(1) applies,
application of any Chapter Three adjustment shall be determined based on the offense
covered by this guideline".
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file

PART_A = '[adjustments.victim]\nofficial_victim = "status_person_offense"\n'
STATUS = '[adjustments.victim]\nofficial_victim = "status"\n'


def _official(result: dict) -> list[tuple[str, str, int]]:
    return [(s["section"], s["change"], s["level"]) for s in result["steps"]
            if s["section"].startswith("§3A1.2")]


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_laundering_the_proceeds_of_an_assault_is_not_part_a(capsys, tmp_path, manual):
    """§2S1.1(a)(1) over §2A2.2: the steps show §2A2.2's, yet
    Chapter Three is determined for §2S1.1 (n.2(C)), a Part S guideline: (b) is refused,
    naming the field; (a) applies, +3. §2A2.2(a) 14 (no characteristic stated); §2S1.1(a)(1)
    14; (b)(2)(A) § 1957 +1 = 15; §3A1.2(a) +3 = 18."""
    facts = ('committed_underlying_offense = true\nunderlying_guideline = "2A2.2"\n'
             'convicted_under = "1957"')
    assault = "[offense.aggravated_assault]\n"
    error = calc_refused(capsys, case_file(tmp_path, "2S1.1", "laundering", facts, manual,
                                           assault + PART_A))
    assert "adjustments.victim.official_victim" in error
    assert "§2S1.1 is not" in error and "Chapter Two, Part A" in error
    result = calc_json(capsys, case_file(tmp_path, "2S1.1", "laundering", facts, manual,
                                         assault + STATUS))
    assert any(s["section"].startswith("§2A2.2") for s in result["steps"])  # "§2A" in the text
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [("§2A2.2(a)", 14), ("§2S1.1(a)(1)", 14),
                                                  ("§2S1.1(b)(2)(A)", 15)]
    assert _official(result) == [("§3A1.2(a)", "+3", 18)]


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_2x1_1_over_a_part_a_guideline_is_part_a(capsys, tmp_path, manual):
    """§2X1.1(a): "The base offense level from the guideline for the substantive offense" — a
    reference under §1B1.5(b)(1), so Chapter Three is determined in respect to §2A2.2 (Part A):
    14, (b)(2) conspiracy -3 = 11, §3A1.2(b) +6 = 17."""
    result = calc_json(capsys, case_file(
        tmp_path, "2X1.1", "inchoate", 'substantive_guideline = "2A2.2"\nkind = "conspiracy"',
        manual, "[offense.aggravated_assault]\n" + PART_A))
    assert _official(result) == [("§3A1.2(b)", "+6", 17)]


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_the_drug_murder_cross_reference_is_part_a(capsys, tmp_path, manual):
    """§2D1.1(d)(1): "apply §2A1.1 (First Degree Murder) ... if the resulting offense level is
    greater": 43 (the step's section and title name only §2D1.1(d)(1) and "Cross reference":
    the text search did not find it); §3A1.2(b) +6 = 49."""
    path = tmp_path / "drug-murder.toml"
    path.write_text(f'# §2D1.1(d)(1) and §3A1.2(b) (tests/manual/ch3/test_part_a_guideline.py)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2D1.1"\n'
                    'victim_killed = "first_degree_murder"\n'
                    '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "600 g"\n'
                    + PART_A + '[criminal_history]\ncategory = "I"\n')
    result = calc_json(capsys, path)
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"][-1] == ("§2D1.1(d)(1)", 43)
    assert _official(result) == [("§3A1.2(b)", "+6", 49)]


@pytest.mark.parametrize("facts,expected", [
    # §2B3.1(c)(1): "apply §2A1.1 (First Degree Murder)": 43 + 6 = 49
    ("victim_murdered = true", [("§3A1.2(b)", "+6", 49)]),
    # no cross reference: §2B3.1 stays, and (b) is refused (below)
    ("", None),
])
def test_robbery_part_a_only_through_its_murder_cross_reference(capsys, tmp_path, facts,
                                                                expected):
    path = case_file(tmp_path, "2B3.1", "robbery", facts, "2025", PART_A)
    if expected is None:
        error = calc_refused(capsys, path)
        assert "§2B3.1 is not" in error
        return
    assert _official(calc_json(capsys, path)) == expected


@pytest.mark.parametrize("homicide,expected", [(30, [("§3A1.2(b)", "+6", 36)]), (12, None)])
def test_firearm_cross_reference_to_a_homicide_guideline(capsys, tmp_path, homicide, expected):
    """§2K2.1(c)(1)(B): "if death resulted, the most analogous offense guideline from Chapter
    Two, Part A, Subpart 1 (Homicide), if the resulting offense level is greater than that
    determined above" (its level as determined): adopted (30 > 14), Part A: +6 = 36; set
    aside (12 is not greater than 14), the guideline stays §2K2.1: (b) refused.
    §2K2.1(a)(6) 14 (a prohibited person)."""
    facts = ("prohibited_person = true\nqualifying_prior_felony_convictions = 0\n"
             '[offense.firearms.other_offense]\nguideline = "other"\noffense_level = 8\n'
             f"death_resulted = true\nhomicide_offense_level = {homicide}")
    path = case_file(tmp_path, "2K2.1", "firearms", facts, "2025", PART_A)
    if expected is None:
        assert "§2K2.1 is not" in calc_refused(capsys, path)
        return
    assert _official(calc_json(capsys, path)) == expected


def test_each_count_its_own_guideline(capsys, tmp_path):
    """Two robbery counts: Count 1's murder cross reference makes its guideline §2A1.1; Count 2
    has none, so (b) stated for Count 2 is refused, naming Count 2's field."""
    def counts(second: str) -> str:
        return ('manual = "2025"\n'
                '[[counts]]\nname = "Count 1"\nguideline = "2B3.1"\n'
                'statute = "18 U.S.C. § 2113(a)"\nstatutory_maximum_months = 240\n'
                '[counts.robbery]\nvictim_murdered = true\n'
                '[counts.adjustments.victim]\nofficial_victim = "status_person_offense"\n'
                '[[counts]]\nname = "Count 2"\nguideline = "2B3.1"\n'
                'statute = "18 U.S.C. § 2113(a)"\nstatutory_maximum_months = 240\n'
                f'[counts.robbery]\n[counts.adjustments.victim]\nofficial_victim = "{second}"\n'
                '[criminal_history]\ncategory = "I"\n')
    path = tmp_path / "two-robberies.toml"
    path.write_text("# two counts (tests/manual/ch3/test_part_a_guideline.py)\n"
                    + counts("status_person_offense"))
    error = calc_refused(capsys, path)
    assert "counts[1].adjustments.victim.official_victim" in error and "§2B3.1 is not" in error
    path.write_text("# two counts (tests/manual/ch3/test_part_a_guideline.py)\n"
                    + counts("status"))
    official = [(s.get("scope"), s["section"], s["level"]) for s in calc_json(capsys, path)["steps"]
                if s["section"].startswith("§3A1.2")]
    # Count 1: 43 + 6 = 49; Count 2: §2B3.1(a) 20 + 3 = 23
    assert official == [("Count 1", "§3A1.2(b)", 49), ("Count 2", "§3A1.2(a)", 23)]
