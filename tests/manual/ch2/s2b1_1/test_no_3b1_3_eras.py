"""§2B1.1's commentary bars §3B1.3 where the securities paragraph applies (from Jan. 25, 2003)
and where (b)(8)(B) applies (from Nov. 1, 2013), with each edition's words and note number
(tables/theft_fraud_characteristics.toml, `no_abuse_of_trust`, `no_abuse_of_trust_note`):
- Jan. 25, 2003: Note 11(C), "If subsection (b)(13) applies, do not apply §3B1.3."
  (Amendment 647, appendix_c_2016/APPENDIX_C_Vol_II.txt lines 12092-12094, verbatim);
- Nov. 1, 2003: Note 13(C), "(b)(14)" (Amendment 653, Vol_II lines 15217-15219);
- Nov. 1, 2004 - Oct. 31, 2008: Note 14(C), "(b)(15)" (665, Vol_III line 2580; 674, line 4961);
- Nov. 1, 2008: "(b)(16)" (719, Vol_III line 12453); 2009: "(b)(17)" (726, line 12891);
  2011: "(b)(18)" (749, line 16106);
- Nov. 1, 2013: Note 15(C), "(b)(19)" (771, Supplement line 1303; 772 renumbering, line 1412);
  Note 7, "If subsection (b)(8)(B) applies, do not apply an adjustment under §3B1.3 (Abuse of
  Position of Trust or Use of Special Skill)." (772, Supplement lines 1413-1416, verbatim).
§3B1.3 is abuse of trust or special skill: either stated with the paragraph is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps

BROAD = "securities_law_violation_by_officer_broker_or_adviser = true"
NARROW = "securities_law_violation_by_officer_or_director = true"
SUPPLY = "conduct_described_in_670 = true\nmedical_product_supply_chain_agent = true"


def _case(tmp_path: Path, manual: str, facts: str, role: str = "") -> Path:
    path = tmp_path / "no-3b1.3.toml"
    path.write_text(f'# §2B1.1 with §3B1.3 (test_no_3b1_3_eras.py)\nmanual = "{manual}"\n'
                    '[offense]\nguideline = "2B1.1"\nstatutory_maximum_months = 60\n'
                    f'[offense.theft_fraud]\nloss = "$2,000"\n{facts}\n'
                    + (f"[adjustments.role]\n{role} = true\n" if role else "")
                    + '[criminal_history]\ncategory = "I"\n')
    return path


# (manual, facts, paragraph shown, note, words)
ERAS = [
    ("2003-01-25", NARROW, "§2B1.1(b)(13)", "n.11(C)", "If subsection (b)(13) applies"),
    ("2003-11-01", BROAD, "§2B1.1(b)(14)(A)", "n.13(C)", "If subsection (b)(14) applies"),
    ("2004-11-01", BROAD, "§2B1.1(b)(15)(A)", "n.14(C)", "If subsection (b)(15) applies"),
    ("2008-02-06", BROAD, "§2B1.1(b)(15)(A)", "n.14(C)", "If subsection (b)(15) applies"),
    ("2008-11-01", BROAD, "§2B1.1(b)(16)(A)", "n.14(C)", "If subsection (b)(16) applies"),
    ("2009-11-01", BROAD, "§2B1.1(b)(17)(A)", "n.14(C)", "If subsection (b)(17) applies"),
    ("2011-11-01", BROAD, "§2B1.1(b)(18)(A)", "n.14(C)", "If subsection (b)(18) applies"),
    ("2013-11-01", BROAD, "§2B1.1(b)(19)(A)", "n.15(C)", "If subsection (b)(19) applies"),
    ("2013-11-01", SUPPLY, "§2B1.1(b)(8)(B)", "n.7", "If subsection (b)(8)(B) applies, do "
     "not apply an adjustment under §3B1.3 (Abuse of Position of Trust or Use of Special "
     "Skill)."),
]


@pytest.mark.parametrize("role", ["abuse_of_trust", "special_skill"])
@pytest.mark.parametrize("manual,facts,paragraph,note,words", ERAS)
def test_refused_with_the_note_of_the_edition(tmp_path: Path, capsys, manual: str, facts: str,
                                              paragraph: str, note: str, words: str,
                                              role: str) -> None:
    err = calc_refused(capsys, _case(tmp_path, manual, facts, role))
    assert f"adjustments.role.{role}" in err
    assert f"{paragraph} applies, and the commentary to §2B1.1 (comment. ({note})) says" in err
    assert words in err and "§3B1.3" in err


@pytest.mark.parametrize("manual,facts,field", [
    ("2002-11-01", NARROW, "securities_law_violation_by_officer_or_director"),  # before 647
    ("2011-11-01", SUPPLY, "conduct_described_in_670"),                          # before 772
])
def test_the_edition_before_has_no_paragraph(tmp_path: Path, capsys, manual: str, facts: str,
                                             field: str) -> None:
    """The day before each note the paragraph it names does not exist: the case is refused
    for the fact (exit 2 naming it), not for §3B1.3."""
    err = calc_refused(capsys, _case(tmp_path, manual, facts, "abuse_of_trust"))
    assert field in err
    assert "do not apply §3B1.3" not in err


@pytest.mark.parametrize("manual,section", [("2003-01-25", "§2B1.1(b)(13)"),
                                            ("2013-11-01", "§2B1.1(b)(19)")])
def test_without_3b1_3_the_paragraph_applies(tmp_path: Path, capsys, manual: str,
                                             section: str) -> None:
    """Loss $2,000 adds nothing to the base 6 ((a), 2003; (a)(2), 2013, 5-year maximum); the
    securities paragraph +4 = 10."""
    facts = NARROW if manual == "2003-01-25" else BROAD
    steps = chapter_two_steps(calc_json(capsys, _case(tmp_path, manual, facts)))
    assert steps[-1][0].startswith(section) and steps[-1][1] == 10


def test_2013_b8a_alone_leaves_3b1_3(tmp_path: Path, capsys) -> None:
    """Note 7 names (b)(8)(B) only: 6 + 2 ((b)(8)(A)) = 8, §3B1.3 +2 = 10."""
    result = calc_json(capsys, _case(tmp_path, "2013-11-01", "conduct_described_in_670 = true",
                                     "special_skill"))
    assert chapter_two_steps(result)[-1][1] == 8
    assert result["total_offense_level"] == 10
