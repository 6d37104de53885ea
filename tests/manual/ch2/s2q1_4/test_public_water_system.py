"""§2Q1.4 (Tampering or Attempted Tampering with a Public Water System; Threatening to Tamper
with a Public Water System) in every edition: each base level and characteristic in each
version (its first day and the day before the next), the paragraphs Amendment 655 deleted and
added refused on the wrong side of Nov. 1, 2003, the cross references through the registry;
a worked case per era through the real command line.

Sources (under /work/shared/reference/ussg/):
  A655s = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 15865-15888 (the 1989-2003 text struck:
          (a) 18, (b)(1) +6, (b)(2) +4, (b)(3) +2, (b)(4) +6)
  A655i = APPENDIX_C_Vol_II.txt lines 15889-15932 (the text inserted Nov. 1, 2003: (a)(1) 26,
          (a)(2) 22, (a)(3) 16, (b)(1) +4/+2/+3, (b)(2) +4, (b)(3) +2, (c)(1)-(3)); the same
          as S2016 = manual_2016/GLM2016_fulltext.txt lines 8889-8917 and the 2025 Manual's
          lines 16388-16447
  A206  = APPENDIX_C_Vol_I.txt lines 4001-4002 ("bodily" inserted, Nov. 1, 1989)
"""

from __future__ import annotations

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2Q1.4", "public_water_system"
OLD = ["1987-11-01", "1988-10-15", "1989-11-01", "2003-10-27"]
NEW = ["2003-11-01", "2016", "2024-11-01", "2025"]


@pytest.mark.parametrize("manual", OLD)
@pytest.mark.parametrize("facts,section,change,level", [
    ("", "§2Q1.4(a)", "= 18", 18),
    ("risk_of_death_or_serious_injury = true", "§2Q1.4(b)(1)", "+6", 24),
    ("disruption_or_cleanup = true", "§2Q1.4(b)(2)", "+4", 22),
    ("ongoing_release = true", "§2Q1.4(b)(3)", "+2", 20),
    ("purpose_influence_government_or_extort = true", "§2Q1.4(b)(4)", "+6", 24),
])
def test_before_2003(manual, facts, section, change, level):
    assert steps(G, KEY, manual, facts)[-1] == (section, change, level)


@pytest.mark.parametrize("manual", NEW)
@pytest.mark.parametrize("facts,section,change,level", [
    ("", "§2Q1.4(a)(1)", "= 26", 26),
    ('conduct = "threat_with_intent_conduct"', "§2Q1.4(a)(2)", "= 22", 22),
    ('conduct = "threat_without_intent_conduct"', "§2Q1.4(a)(3)", "= 16", 16),
    ('injury = "permanent_or_life_threatening"', "§2Q1.4(b)(1)(A)", "+4", 30),
    ('injury = "serious"', "§2Q1.4(b)(1)(B)", "+2", 28),
    ('injury = "between"', "§2Q1.4(b)(1)(C)", "+3", 29),
    ("disruption_or_cleanup = true", "§2Q1.4(b)(2)", "+4", 30),
    ("ongoing_release = true", "§2Q1.4(b)(3)", "+2", 28),
])
def test_from_2003(manual, facts, section, change, level):
    assert steps(G, KEY, manual, facts)[-1] == (section, change, level)


def test_the_words_of_b1_before_and_after_amendment_206():
    table = load_table("public_water_system")
    assert "serious injury" in table.versions[0]["risk"]["text"]
    assert "serious bodily injury" in table.versions[1]["risk"]["text"]
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("1989-11-01", "derived"), ("2003-11-01", "verbatim"),
        ("2025-11-01", "verbatim")]


@pytest.mark.parametrize("line,manual,field,why", [
    ('conduct = "threat_with_intent_conduct"', "2002-11-01", "conduct", "2Q1.5"),
    ('injury = "serious"', "2002-11-01", "injury", "Amendment 655"),
    ('death = "other"', "2002-11-01", "death", "Amendment 655"),
    ("risk_of_death_or_serious_injury = true", "2003-11-01", "risk_of_death_or_serious_injury",
     "Amendment 655"),
    ("purpose_influence_government_or_extort = true", "2016",
     "purpose_influence_government_or_extort", "Amendment 655"),
    ('injury = "grave"', "2016", "injury", ""),
])
def test_refused_naming_the_file_and_field(capsys, tmp_path, line, manual, field, why):
    path = write_case(tmp_path, "c", case_text(G, KEY, manual, line))
    err = calc_refused(capsys, path)
    assert str(path) in err and f"{KEY}.{field}" in err and why in err
    assert "Traceback" not in err


def test_the_cross_references_if_greater():
    """(c)(1) §2A1.2 (2016: 38) above 26; (c)(3) §2B3.2 (2016: 18) not above 26; (c)(2)
    §2A2.1 (2016: (a)(2) 27, the object not first degree murder) above 26."""
    assert steps(G, KEY, "2016", 'death = "other"')[-1] == ("§2Q1.4(c)(1)", "→ 38", 38)
    assert steps(G, KEY, "2016", 'death = "intentional_or_knowing"')[-1] == (
        "§2Q1.4(c)(1)", "→ 43", 43)
    assert steps(G, KEY, "2016", "[offense.public_water_system.extortion]")[-1] == (
        "§2Q1.4(c)(3)", "not applied", 26)
    assert steps(G, KEY, "2016", "[offense.public_water_system.attempted_murder]")[-1] == (
        "§2Q1.4(c)(2)", "→ 27", 27)


def test_worked_case_1995_era(capsys, tmp_path):
    """Nov. 1, 1995 (A655s, derived): a contaminant put into a town's water tank, a risk of
    serious bodily injury, the town's water shut off: 18 + 6 + 4 = 28; category VI: 140-175."""
    path = write_case(tmp_path, "c1995", case_text(
        G, KEY, "1995", "risk_of_death_or_serious_injury = true\ndisruption_or_cleanup = true"))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.4(a)", 18), ("§2Q1.4(b)(1)", 24),
                                         ("§2Q1.4(b)(2)", 28)]
    assert result["range"] == {"min_months": 140, "max_months": 175, "life": False}


def test_worked_case_2016_era(capsys, tmp_path):
    """Nov. 1, 2016 (S2016): a threat to poison a reservoir, with poison bought and the site
    visited, and the county's emergency response: 22 + 4 = 26; category I: 63-78."""
    path = write_case(tmp_path, "c2016", case_text(
        G, KEY, "2016", 'conduct = "threat_with_intent_conduct"\ndisruption_or_cleanup = true',
        category="I"))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.4(a)(2)", 22), ("§2Q1.4(b)(2)", 26)]
    assert result["range"] == {"min_months": 63, "max_months": 78, "life": False}


def test_worked_case_2025_era(capsys, tmp_path):
    """Nov. 1, 2025 (the 2025 Manual): tampering that caused a victim serious bodily injury
    over a substantial period: 26 + 2 + 2 = 30; category I: 97-121."""
    path = write_case(tmp_path, "c2025", case_text(
        G, KEY, "2025", 'injury = "serious"\nongoing_release = true', category="I"))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.4(a)(1)", 26), ("§2Q1.4(b)(1)(B)", 28),
                                         ("§2Q1.4(b)(3)", 30)]
    assert result["range"] == {"min_months": 97, "max_months": 121, "life": False}


def test_example_file(capsys):
    # examples/public-water-system-2q1.4-2025.toml: 26 + 2 + 4 + 2 = 34; I: 151-188 months
    from tests.conftest import EXAMPLES
    result = calc_json(capsys, EXAMPLES / "public-water-system-2q1.4-2025.toml")
    assert chapter_two_steps(result) == [("§2Q1.4(a)(1)", 26), ("§2Q1.4(b)(1)(B)", 28),
                                         ("§2Q1.4(b)(2)", 32), ("§2Q1.4(b)(3)", 34)]
    assert result["range"] == {"min_months": 151, "max_months": 188, "life": False}
