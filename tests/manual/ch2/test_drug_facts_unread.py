"""§2D1.1's facts on a count whose guideline lies outside Chapter Two, Part D are read only by
computing §2D1.1 from them: the level of another offense the guideline applies or compares
(§2S1.1(a)(1)'s underlying offense, §2K2.1(c)(1)'s other offense, §2J1.2(c)(1)'s obstructed
offense, §2B1.1(c)(1)). Where the case names no such offense under §2D1.1, the drugs would
change nothing; they were accepted and silently ignored (exit 0). They are refused now (exit 2,
the field named), through the real CLI. ``manual/offense_level.py``:
``refuse_drug_facts_unread``."""

from __future__ import annotations

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps

COCAINE = '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "{grams} g"\n'

# (what, edition, [offense] lines, the guideline's facts table); each with no §2D1.1 offense
# named, so nothing in its computation reads the drugs
UNREAD = [
    ("2S1.1(a)(1) level as determined", "2016", 'guideline = "2S1.1"\n',
     "[offense.laundering]\ncommitted_underlying_offense = true\nunderlying_offense_level = 30\n"
     'convicted_under = "1956"\n'),
    ("2S1.1(a)(2) value laundered", "2016", 'guideline = "2S1.1"\n',
     '[offense.laundering]\nvalue_laundered = "$500,000"\nconvicted_under = "1956"\n'),
    ("2S1.1 before Nov. 1, 2001", "2000", 'guideline = "2S1.1"\n',
     '[offense.laundering]\nvalue_laundered = "$500,000"\nconvicted_under = "1956"\n'
     'convicted_under_1956_subsection = "(a)(1)(A)"\n'),
    ("2K2.1 with no other offense", "2025", 'guideline = "2K2.1"\n',
     '[offense.firearms]\nconvicted_under = ["922(g)"]\nprohibited_person = true\nqualifying_prior_felony_convictions = 0\n'),
    ("2K2.1(c)(1), other offense \"other\"", "2025", 'guideline = "2K2.1"\n',
     '[offense.firearms]\nconvicted_under = ["922(g)"]\nprohibited_person = true\nqualifying_prior_felony_convictions = 0\n'
     '[offense.firearms.other_offense]\nguideline = "other"\noffense_level = 20\n'),
    ("2J1.2 with no obstructed offense", "2025", 'guideline = "2J1.2"\n',
     "[offense.obstruction]\nsubstantial_interference = true\n"),
    ("2B1.1 with no cross reference", "2025", 'guideline = "2B1.1"\n',
     '[offense.theft_fraud]\nloss = "$600,000"\n'),
]


def _file(tmp_path, edition, offense, facts, drugs="", more=""):
    path = tmp_path / "case.toml"
    path.write_text(f'manual = "{edition}"\n[offense]\n{offense}statutory_maximum_months = 240\n'
                    f'{more}{drugs}{facts}[criminal_history]\ncategory = "I"\n')
    return path


@pytest.mark.parametrize("what,edition,offense,facts", UNREAD, ids=[c[0] for c in UNREAD])
def test_drugs_no_guideline_reads_are_refused(tmp_path, capsys, what, edition, offense, facts):
    err = calc_refused(capsys, _file(tmp_path, edition, offense, facts,
                                     COCAINE.format(grams=5000)))
    assert "offense.drugs" in err and "§2D1.1" in err and "Traceback" not in err, err
    # the same count without the drugs is computed: the refusal is the drugs' alone
    calc_json(capsys, _file(tmp_path, edition, offense, facts))


@pytest.mark.parametrize("what,edition,offense,facts", UNREAD[:1] + UNREAD[3:4],
                         ids=[UNREAD[0][0], UNREAD[3][0]])
def test_a_drug_characteristic_alone_is_refused(tmp_path, capsys, what, edition, offense,
                                                facts):
    # §2D1.1(b)(1) stated with no drugs: named as the field refused
    err = calc_refused(capsys, _file(tmp_path, edition, offense, facts,
                                     more="dangerous_weapon = true\n"))
    assert "offense.dangerous_weapon" in err, err


def test_drugs_read_by_a_cross_reference_set_aside_are_accepted(tmp_path, capsys):
    # §2K2.1(c)(1)(A): §2X1.1 in respect to a §2D1.1 offense of 1 g of cocaine (level 12
    # under the 2025 Drug Quantity Table, "Less than 50 G") is not greater than the §2K2.1
    # level, so it is set aside; the drugs were read (compared), and the case is computed
    facts = ('[offense.firearms]\nconvicted_under = ["922(g)"]\nprohibited_person = true\nqualifying_prior_felony_convictions = 0\n'
             "number_of_firearms = 30\n"
             '[offense.firearms.other_offense]\nguideline = "2D1.1"\n')
    result = calc_json(capsys, _file(tmp_path, "2025", 'guideline = "2K2.1"\n', facts,
                                     COCAINE.format(grams=1)))
    notes = [s for s in result["steps"] if s["section"].startswith("§2K2.1(c)(1)")]
    assert notes and notes[0]["change"] == "not applied", notes


def test_drugs_of_the_underlying_2d1_1_offense_are_still_read(tmp_path, capsys):
    facts = ("[offense.laundering]\ncommitted_underlying_offense = true\n"
             'underlying_guideline = "2D1.1"\nconvicted_under = "1956"\n')
    result = calc_json(capsys, _file(tmp_path, "2016", 'guideline = "2S1.1"\n', facts,
                                     COCAINE.format(grams=5000)))
    sections = [section for section, _ in chapter_two_steps(result)]
    assert any(s.startswith("§2D1.1(c)") for s in sections), sections
