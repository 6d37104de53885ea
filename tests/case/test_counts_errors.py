"""Bad input in the multi-count form, statutes, acceptance and variances, through the real
command line: exit 2, the file and the field named, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_ussg

BASE = '''
manual = "1994-11-01"
offense_date = 1994-12-01
sentencing_date = 1995-02-01

[[counts]]
name = "Count 1"
statute = "21 U.S.C. § 841(b)(1)(B)"
drugs = [{ substance = "cocaine base", quantity = "30 g" }]

[[counts]]
name = "Count 2"
statute = "18 U.S.C. § 1001"
guideline = "other"
offense_level = 6
statutory_maximum_months = 60

[acceptance]
accepted = true

[criminal_history]
category = "I"
'''

SINGLE = '''
manual = "1994-11-01"
[offense]
statute = "21 U.S.C. § 841(b)(1)(B)"
drugs = [{ substance = "cocaine base", quantity = "30 g" }]
[criminal_history]
category = "I"
'''

DRUG_COUNT_2 = '''name = "Count 2"
statute = "21 U.S.C. § 841(b)(1)(B)"
drugs = [{ substance = "cocaine base", quantity = "5 g" }]
'''

OTHER_COUNT_2 = ('\n[[counts]]\nname = "Count 2"\nstatute = "18 U.S.C. § 1001"\n'
                 'guideline = "other"\noffense_level = 6\nstatutory_maximum_months = 60\n')

BAD = {
    # (base, old, new, field, words)
    "count_without_statute": (BASE, 'statute = "18 U.S.C. § 1001"\n', "", "counts[1].statute",
                              "required when there are several counts"),
    "offense_and_counts": (BASE, "[acceptance]", '[offense]\ndangerous_weapon = true\n\n'
                           "[acceptance]", "counts", "not both"),
    "other_statute_without_maximum": (BASE, "statutory_maximum_months = 60\n", "",
                                      "counts[1].statutory_maximum_months", "does not know"),
    "other_guideline_without_level": (BASE, "offense_level = 6\n", "", "counts[1]",
                                      "needs offense_level"),
    "level_for_a_computed_guideline": (BASE, 'drugs = [{ substance = "cocaine base", '
                                       'quantity = "30 g" }]', "offense_level = 20",
                                       "counts[0]", "only for guideline"),
    "statute_conflicts_with_quantity": (BASE, 'quantity = "30 g" }]\n', 'quantity = "30 g" }]\n'
                                        'statutory_quantity = { substance = "cocaine base", '
                                        'quantity = "60 g" }\n', "counts[0].statutory_quantity",
                                        "conflicting facts"),
    "drug_statute_without_tier": (BASE, '"21 U.S.C. § 841(b)(1)(B)"', '"21 U.S.C. § 841"',
                                  "counts[0].statutory_quantity", "without a subparagraph"),
    "drug_counts_in_two_groups": (BASE, OTHER_COUNT_2, 'group = "X"\n\n[[counts]]\n'
                                  + DRUG_COUNT_2 + 'group = "Y"\n', "counts[1].group",
                                  "groups every §2D1.1 count together"),
    "grouped_counts_state_different_roles": (
        BASE, OTHER_COUNT_2, '[counts.adjustments.role]\nmitigating = "minor_participant"\n\n'
        '[[counts]]\n' + DRUG_COUNT_2 + '[counts.adjustments.role]\n'
        'aggravating = "organizer_or_leader"\n', "counts[1].adjustments",
        "different adjustments"),
    "case_and_count_adjustments": (BASE, "[acceptance]", '[counts.adjustments.role]\n'
                                   'mitigating = "minor_participant"\n\n[adjustments.role]\n'
                                   'mitigating = "minor_participant"\n\n[acceptance]',
                                   "adjustments", "not both"),
    "duplicate_count_names": (BASE, 'name = "Count 2"', 'name = "Count 1"', "counts[1].name",
                              "also the name"),
    "group_without_subsection": (BASE, "offense_level = 6\n", 'offense_level = 6\ngroup = "G"\n',
                                 "counts[1].grouping", "which §3D1.2 subsection"),
    "departure_without_count": (BASE, "[acceptance]", '[[departures]]\nafter = "chapter_two"\n'
                                'levels = -2\nreason = "r"\n\n[acceptance]',
                                "departures[0].count", "say which count"),
    "departure_naming_no_count": (BASE, "[acceptance]", '[[departures]]\nafter = "chapter_two"\n'
                                  'levels = -2\ncount = "Count 9"\nreason = "r"\n\n'
                                  "[acceptance]", "departures[0].count", "no count is named"),
    "substantial_assistance_to_a_level": (BASE, "[acceptance]", '[[departures]]\n'
                                          'after = "total"\nto_level = 20\nsection = "§5K1.1"\n'
                                          'reason = "r"\n\n[acceptance]', "departures[0].levels",
                                          "downward departure by levels"),
    "early_disposition_before_2003": (BASE, "[acceptance]", '[[departures]]\nafter = "total"\n'
                                      'levels = -2\nsection = "§5K3.1"\nreason = "r"\n\n'
                                      "[acceptance]", "departures[0].section", "Oct. 27, 2003"),
    "motion_without_acceptance": (BASE, "accepted = true", "government_motion = true",
                                  "acceptance", "accepted = true"),
    "large_number_without_vulnerable": (SINGLE, "[criminal_history]",
                                        "[adjustments.victim]\n"
                                        "large_number_of_vulnerable_victims = true\n\n"
                                        "[criminal_history]", "adjustments.victim",
                                        "requires vulnerable_victim"),
    "variance_months_and_to_months": (BASE, "[acceptance]", '[[variances]]\nmonths = -6\n'
                                      'to_months = 30\nreason = "r"\n\n[acceptance]',
                                      "variances[0]", "exactly one"),
    "firearm_count_without_conduct": (BASE, "[acceptance]", '[[counts]]\nname = "Count 3"\n'
                                      'statute = "18 U.S.C. § 924(c)"\nguideline = "2K2.4"\n\n'
                                      "[acceptance]", "counts[2].firearm_conduct",
                                      "needs firearm_conduct"),
    "firearm_count_alone": (SINGLE, '"21 U.S.C. § 841(b)(1)(B)"\ndrugs = [{ substance = '
                            '"cocaine base", quantity = "30 g" }]', '"18 U.S.C. § 924(c)"\n'
                            'guideline = "2K2.4"\nfirearm_conduct = "brandished"',
                            "offense.statute", "list both as [[counts]]"),
    "marihuana_below_the_c_threshold": (
        BASE, '"21 U.S.C. § 841(b)(1)(B)"\ndrugs = [{ substance = "cocaine base", '
        'quantity = "30 g" }]', '"21 U.S.C. § 841"\nstatutory_quantity = { substance = '
        '"marihuana", quantity = "40 kg" }\ndrugs = [{ substance = "marihuana", '
        'quantity = "40 kg" }]', "counts[0].statutory_quantity.quantity", "(D)"),
    "drug_in_a_count_unknown": (BASE, '"cocaine base", quantity = "30 g"',
                                '"unobtainium", quantity = "30 g"',
                                "counts[0].drugs[0].substance", "unknown substance"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_exits_2_naming_the_field(name: str, tmp_path: Path) -> None:
    base, old, new, field, words = BAD[name]
    assert old in base, old
    path = tmp_path / "case.toml"
    path.write_text(base.replace(old, new, 1))
    run = run_ussg("calc", path)
    assert run.code == 2, (run.out, run.err)
    assert run.out == ""
    assert "Traceback" not in run.err
    assert f"{path}: {field}: " in run.err, run.err
    assert words in run.err, run.err


def test_the_base_case_itself_is_good(tmp_path: Path) -> None:
    for text in (BASE, SINGLE):
        path = tmp_path / "case.toml"
        path.write_text(text)
        run = run_ussg("calc", path)
        assert run.code == 0, run.err


def test_statutory_facts_without_a_statute_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.toml"
    path.write_text(SINGLE.replace('statute = "21 U.S.C. § 841(b)(1)(B)"\n', "")
                    + "[statutory]\nprior_drug_convictions = 1\n")
    run = run_ussg("calc", path)
    assert run.code == 2 and f"{path}: statutory: " in run.err, run.err


def test_a_variance_without_a_statute_is_shown_unbounded(tmp_path: Path) -> None:
    path = tmp_path / "case.toml"
    path.write_text(SINGLE.replace('statute = "21 U.S.C. § 841(b)(1)(B)"\n', "")
                    + '[[variances]]\nmonths = -12\nreason = "r"\n')
    run = run_ussg("calc", path, "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    # 30 g cocaine base, 1994 table (c)(6) 28; I: 78-97; -12 months: 66-85
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (78, 97)
    assert result["sentence_after_variance"] == {"min_months": 66, "max_months": 85,
                                                 "life": False}
    assert any("not checked against statutory limits" in w for w in result["warnings"])
