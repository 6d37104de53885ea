"""§2B1.3 (Property Damage or Destruction), Nov. 1, 1987 - Oct. 31, 2001, through the real CLI:
each version's paragraphs in their order, every edge of (b)(1) (the §2B1.1 table of the same
date) and of the mail floor, the national cemetery from 1998, the cross reference to §2K1.4
from 1990, the refusal of a finding an edition lacks and of the dates after the guideline was
struck; hypothesis: a greater loss never lowers the level. (d)(1), the six-month minimum
guideline sentence, is tested with the others in tests/manual/ch5/test_minimum_guideline_sentence.py.

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  A617 = Vol. II lines 5772-5797: §2B1.3 struck "as follows", quoted: "(a) Base Offense Level:
         4"; (b)(1) "If the loss exceeded $100, increase by the corresponding number of levels
         from the table in §2B1.1"; (2) "If undelivered United States mail was destroyed, and the
         offense level as determined above is less than level 6, increase to level 6"; (3) more
         than minimal planning +2; (4) national cemetery +2; (c)(1) "apply §2K1.4"; (d)(1)
  A576 = Vol. II lines 30-32 (Nov. 1, 1998): (b)(4) inserted
  A313 = Vol. I lines 6416-6420 (Nov. 1, 1990): (c)(1) inserted
  A312 = Vol. I lines 6402-6403 (Nov. 1, 1990): (2) and (3) transposed
  A10 = Vol. I lines 239-240 (June 15, 1988): (b)(1) "amount of the property damage or
        destruction, or the cost of restoration," replaced by "loss"
  2016 Manual lines 2581-2583: "§2B1.3. [Deleted]", its note listing 10, 312, 313, 551, 576, 617
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from tests.strategies import chapter_two_level

VERSIONS = ["1987-11-01", "1988-06-15", "1990-11-01", "1997-11-01", "1998-11-01"]
MAIL = "undelivered_mail = true"
PLANNING = "more_than_minimal_planning = true"


def _case(tmp_path: Path, manual: str, loss: str, facts: str = "") -> Path:
    path = case_file(tmp_path, "2B1.3", "property_damage", f'loss = "{loss}"\n{facts}', manual)
    path.write_text(path.read_text().replace('category = "I"', 'category = "VI"'))
    return path


def _steps(capsys, path: Path) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in calc_json(capsys, path)["steps"]
            if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual", VERSIONS)
@pytest.mark.parametrize("loss,levels", [("$100", 0), ("$101", 1), ("$1,000", 1),
                                         ("$1,001", 2), ("$100,001", 8)])
def test_b1_loss_edges_through_the_theft_table(capsys, tmp_path, manual, loss, levels):
    # 1987 table "(B) $101 - $1,000 add 1", "(C) $1,001 - $2,000 add 2", "(I) $100,001 -
    # $200,000 add 8"; 1989 "(B) More than $100 add 1", "(C) More than $1,000 add 2", "(I) More
    # than $70,000 add 8"
    steps = _steps(capsys, _case(tmp_path, manual, loss))
    assert steps[0] == ("§2B1.3(a)", 4)
    assert steps[1] == ("§2B1.3(b)(1)", 4 + levels)


def test_b1_1987_words_before_amendment_10(capsys, tmp_path):
    result = calc_json(capsys, _case(tmp_path, "1987-11-01", "$500"))
    step = next(s for s in result["steps"] if s["section"] == "§2B1.3(b)(1)")
    assert "amount of the property damage or destruction, or the cost of restoration" in \
        step["reason"]


@pytest.mark.parametrize("manual,paragraph", [("1987-11-01", "(b)(3)"),
                                              ("1988-06-15", "(b)(3)"),
                                              ("1990-11-01", "(b)(2)"),
                                              ("1998-11-01", "(b)(2)")])
@pytest.mark.parametrize("loss,after", [("$100", 6), ("$101", 6), ("$1,001", 6),
                                        ("$2,001", 7)])
def test_mail_floor_of_6_edges(capsys, tmp_path, manual, paragraph, loss, after):
    # "less than level 6, increase to level 6": 4 and 5 -> 6 (below), 6 stays (at), 7 (above)
    assert _steps(capsys, _case(tmp_path, manual, loss, MAIL))[-1] == (f"§2B1.3{paragraph}",
                                                                       after)


def test_worked_1987_planning_before_the_mail_floor(capsys, tmp_path):
    # 1987 (A312 undone): (b)(2) planning, (b)(3) mail: $100: 4; +2: 6; mail: 6 (the anomaly
    # A312's reason names); from 1990: mail 6, then +2: 8
    assert _steps(capsys, _case(tmp_path, "1987-11-01", "$100", f"{MAIL}\n{PLANNING}")) == [
        ("§2B1.3(a)", 4), ("§2B1.3(b)(1)", 4), ("§2B1.3(b)(2)", 6), ("§2B1.3(b)(3)", 6)]
    assert _steps(capsys, _case(tmp_path, "1990-11-01", "$100", f"{MAIL}\n{PLANNING}")) == [
        ("§2B1.3(a)", 4), ("§2B1.3(b)(1)", 4), ("§2B1.3(b)(2)", 6), ("§2B1.3(b)(3)", 8)]


def test_worked_1998_cemetery_and_the_example(capsys, tmp_path):
    # A576: (b)(4) +2: $5,001 ("(E) More than $5,000 add 4"): 8; planning 10; cemetery 12
    assert _steps(capsys, _case(tmp_path, "1998-11-01", "$5,001",
                                f"{PLANNING}\nnational_cemetery = true")) == [
        ("§2B1.3(a)", 4), ("§2B1.3(b)(1)", 8), ("§2B1.3(b)(3)", 10), ("§2B1.3(b)(4)", 12)]
    from tests.conftest import ROOT
    result = calc_json(capsys, ROOT / "examples" / "property-damage-1995.toml")
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2B1.3(a)", 4), ("§2B1.3(b)(1)", 6), ("§2B1.3(b)(2)", 6), ("§2B1.3(b)(3)", 8)]
    assert result["range"] == {"min_months": 4, "max_months": 10, "life": False}
    assert result["zone"] == "B"


@pytest.mark.parametrize("manual", ["1990-11-01", "2000-11-01"])
def test_c1_cross_reference_applies_the_2k1_4_level(capsys, tmp_path, manual):
    # A313: "If the offense involved arson, or property damage by use of explosives, apply
    # §2K1.4": the level as determined replaces the §2B1.3 level, lower or higher
    for level in (20, 5):
        steps = _steps(capsys, _case(tmp_path, manual, "$1,001",
                                     f"arson_or_explosives_offense_level = {level}"))
        assert steps[-1] == ("§2B1.3(c)(1)", level)


@pytest.mark.parametrize("manual,fact", [
    ("1997-11-01", "national_cemetery = true"),  # A576, Nov. 1, 1998
    ("1989-11-01", "arson_or_explosives_offense_level = 20"),  # A313, Nov. 1, 1990
    ("1996-11-01", 'convicted_under_1030_subsection = "(a)(5)"'),  # A551, Nov. 1, 1997
])
def test_a_paragraph_the_edition_lacks_is_refused(capsys, tmp_path, manual, fact):
    name = fact.split(" = ")[0]
    error = calc_refused(capsys, _case(tmp_path, manual, "$500", fact))
    assert f"offense.property_damage.{name}" in error and "Amendment" in error


@pytest.mark.parametrize("manual", ["2001-11-01", "2025-11-01"])
def test_refused_from_its_deletion_with_the_amendment(capsys, tmp_path, manual):
    error = calc_refused(capsys, _case(tmp_path, manual, "$500"))
    assert "offense.guideline" in error and "Amendment 617" in error and "2B1.1" in error


@settings(max_examples=25, deadline=None)
@given(manual=st.sampled_from(VERSIONS[1:]), a=st.integers(0, 90_000_000),
       b=st.integers(0, 90_000_000), mail=st.booleans(), planning=st.booleans())
def test_a_greater_loss_never_lowers_the_level(manual, a, b, mail, planning):
    def level(loss: int) -> int:
        return chapter_two_level(manual, "2B1.3", "property_damage",
                                 {"loss": str(Decimal(loss)), "undelivered_mail": mail,
                                  "more_than_minimal_planning": planning}, category="VI")
    low, high = sorted((a, b))
    assert 4 <= level(low) <= level(high) <= 43
