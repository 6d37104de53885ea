"""§2B3.1 (Robbery), issue #15: every edge of the loss table and the bodily-injury table with
its cap, in every version of tables/robbery.toml, through the real command line; a worked case
per era; the refusal before the first version; hypothesis: more loss never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 2895-2953 (§2B3.1, in force from Nov. 1, 2015)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 6140-6211 (§2B3.1, Nov. 1, 2025)
  A791  = appendix_c_2016/APPENDIX_C_Supplement.txt lines 4647-4668 (Amendment 791 quotes the
          loss table it struck, "If the loss exceeded $10,000", in force Nov. 1, 1997 - 2015)
  A601  = appendix_c_2016/APPENDIX_C_Vol_II.txt line 3007 (Amendment 601 struck "displayed,")
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.conftest import ROOT
from tests.strategies import chapter_two_level

EXAMPLE = ROOT / "examples" / "robbery-2025.toml"

#: Every version of tables/robbery.toml, by the edition that applies it.
EDITIONS = ["1997-11-01", "2000-11-01", "2015-11-01", "2018-11-01", "2024-11-01", "2025-11-01"]
NEW_TABLE = EDITIONS[2:]  # Amendment 791's loss table (S2016 lines 2933-2951; S2025 6194-6204)


def _case(tmp_path: Path, robbery: str, manual: str, more: str = "") -> Path:
    """A robbery count under ``manual`` with the [offense.robbery] findings ``robbery``."""
    path = tmp_path / "robbery.toml"
    path.write_text(f'# §2B3.1 findings under test (see the test that wrote this file)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2B3.1"\n'
                    f'[offense.robbery]\n{robbery}\n{more}[criminal_history]\ncategory = "I"\n')
    return path


def _level(capsys, tmp_path: Path, robbery: str, manual: str) -> int:
    return _run(capsys, _case(tmp_path, robbery, manual))["total_offense_level"]


# (b)(7) "Loss (Apply the Greatest)": each threshold one cent below, at, one cent above.
# Nov. 1, 1997 - Oct. 31, 2015 (A791, the table struck): base 20 +1 over $10,000, +2 over
# $50,000, +3 over $250,000, +4 over $800,000, +5 over $1,500,000, +6 over $2,500,000,
# +7 over $5,000,000.
OLD_EDGES = [("$9,999.99", 20), ("$10,000", 20), ("$10,000.01", 21),
             ("$49,999.99", 21), ("$50,000", 21), ("$50,000.01", 22),
             ("$249,999.99", 22), ("$250,000", 22), ("$250,000.01", 23),
             ("$799,999.99", 23), ("$800,000", 23), ("$800,000.01", 24),
             ("$1,499,999.99", 24), ("$1,500,000", 24), ("$1,500,000.01", 25),
             ("$2,499,999.99", 25), ("$2,500,000", 25), ("$2,500,000.01", 26),
             ("$4,999,999.99", 26), ("$5,000,000", 26), ("$5,000,000.01", 27)]
# From Nov. 1, 2015 (S2016 lines 2937-2951, S2025 lines 6196-6204, Amendment 791): +1 over
# $20,000, +2 over $95,000, +3 over $500,000, +4 over $1,500,000, +5 over $3,000,000,
# +6 over $5,000,000, +7 over $9,500,000.
NEW_EDGES = [("$19,999.99", 20), ("$20,000", 20), ("$20,000.01", 21),
             ("$94,999.99", 21), ("$95,000", 21), ("$95,000.01", 22),
             ("$499,999.99", 22), ("$500,000", 22), ("$500,000.01", 23),
             ("$1,499,999.99", 23), ("$1,500,000", 23), ("$1,500,000.01", 24),
             ("$2,999,999.99", 24), ("$3,000,000", 24), ("$3,000,000.01", 25),
             ("$4,999,999.99", 25), ("$5,000,000", 25), ("$5,000,000.01", 26),
             ("$9,499,999.99", 26), ("$9,500,000", 26), ("$9,500,000.01", 27)]


@pytest.mark.parametrize("manual", EDITIONS[:2])
@pytest.mark.parametrize("loss,level", OLD_EDGES)
def test_loss_table_1997_to_2015_edges(capsys, tmp_path, manual, loss, level):
    assert _level(capsys, tmp_path, f'loss = "{loss}"', manual) == level


@pytest.mark.parametrize("manual", NEW_TABLE)
@pytest.mark.parametrize("loss,level", NEW_EDGES)
def test_loss_table_from_2015_edges(capsys, tmp_path, manual, loss, level):
    assert _level(capsys, tmp_path, f'loss = "{loss}"', manual) == level


def test_loss_at_or_below_the_first_row_is_shown_as_no_increase(capsys, tmp_path):
    # S2025 line 6197: "(A) $20,000 or less no increase"
    steps = _run(capsys, _case(tmp_path, 'loss = "$20,000"', "2025"))["steps"]
    loss = next(s for s in steps if s["title"] == "Loss")
    assert (loss["section"], loss["change"], loss["level"]) == ("§2B3.1(b)(7)(A)",
                                                                "no increase", 20)


# (b)(3) bodily injury (S2016 lines 2905-2923; S2025 lines 6161-6172): (A) +2, (D) +3,
# (B) +4, (E) +5, (C) +6, the same in every version.
INJURY = [("bodily_injury", "(A)", 22), ("between_bodily_and_serious", "(D)", 23),
          ("serious_bodily_injury", "(B)", 24), ("between_serious_and_permanent", "(E)", 25),
          ("permanent_or_life_threatening", "(C)", 26)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("injury,clause,level", INJURY)
def test_bodily_injury_table(capsys, tmp_path, manual, injury, clause, level):
    result = _run(capsys, _case(tmp_path, f'bodily_injury = "{injury}"', manual))
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2B3.1(b)(3){clause}" for s in result["steps"])


# The proviso (S2016 line 2925, S2025 lines 6174-6175): "the cumulative adjustments from
# (2) and (3) shall not exceed 11 levels". Weapon (b)(2): (A) discharged +7, (C) firearm
# brandished or possessed +5, (F) threat of death +2 (S2016 line 2903).
CAP = [("firearm_discharged", "between_bodily_and_serious", 30, False),   # 7 + 3 = 10: below
       ("firearm_discharged", "serious_bodily_injury", 31, False),        # 7 + 4 = 11: at
       ("firearm_discharged", "between_serious_and_permanent", 31, True),  # 7 + 5 = 12 -> 11
       ("firearm_discharged", "permanent_or_life_threatening", 31, True),  # 7 + 6 = 13 -> 11
       ("firearm_brandished_or_possessed", "permanent_or_life_threatening", 31, False),  # 11
       ("threat_of_death", "permanent_or_life_threatening", 28, False)]   # 2 + 6 = 8


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("weapon,injury,level,capped", CAP)
def test_weapon_and_injury_cap(capsys, tmp_path, manual, weapon, injury, level, capped):
    result = _run(capsys, _case(tmp_path, f'weapon = "{weapon}"\nbodily_injury = "{injury}"',
                                manual))
    assert result["total_offense_level"] == level
    assert any("capped" in s["title"] for s in result["steps"]) == capped


WEAPON = [("firearm_discharged", "(A)", 27), ("firearm_otherwise_used", "(B)", 26),
          ("firearm_brandished_or_possessed", "(C)", 25),
          ("dangerous_weapon_otherwise_used", "(D)", 24),
          ("dangerous_weapon_brandished_or_possessed", "(E)", 23), ("threat_of_death", "(F)", 22)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("weapon,clause,level", WEAPON)
def test_weapon_table(capsys, tmp_path, manual, weapon, clause, level):
    # S2016 line 2903, S2025 lines 6150-6159: 7, 6, 5, 4, 3, 2 levels
    result = _run(capsys, _case(tmp_path, f'weapon = "{weapon}"', manual))
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2B3.1(b)(2){clause}" for s in result["steps"])


def test_amendment_832_words_are_quoted_from_nov_2025(capsys, tmp_path):
    facts = 'weapon = "firearm_otherwise_used"\nabduction_or_restraint = "physically_restrained"'
    before = _run(capsys, _case(tmp_path, facts, "2024-11-01"))["steps"]
    after = _run(capsys, _case(tmp_path, facts, "2025"))["steps"]
    assert "a firearm was otherwise used" in before[2]["reason"]
    assert "specific (not general) threat of harm" in after[2]["reason"]
    assert "physically restrained" in before[3]["reason"]
    assert "freedom of movement was restricted" in after[3]["reason"]
    assert [s["level"] for s in before[1:4]] == [20, 26, 28]
    assert [s["level"] for s in after[1:4]] == [20, 26, 28]


def test_worked_case_2025(capsys):
    """examples/robbery-2025.toml, worked by hand in its comments from S2025."""
    result = _run(capsys, EXAMPLE)
    levels = [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert levels == [("§2B3.1(a)", 20), ("§2B3.1(b)(1)", 22), ("§2B3.1(b)(2)(A)", 29),
                      ("§2B3.1(b)(3)(E)", 34), ("§2B3.1(b)(3)", 33), ("§2B3.1(b)(4)(B)", 35),
                      ("§2B3.1(b)(7)(C)", 37)]
    assert result["total_offense_level"] == 34  # 37 - 3 (§3E1.1(a), (b))
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv): level 34, I
    assert result["range"] == {"min_months": 151, "max_months": 188, "life": False}


def test_worked_case_2005_era(capsys, tmp_path):
    """Nov. 1, 2004 Manual (§2B3.1 as of Amendment 601, loss table of A791's struck text):
    a bank robbery, a dangerous weapon otherwise used (+4), bodily injury (+2), a carjacking
    (+2), a firearm taken (+1), loss $60,000 (more than $50,000: +2)."""
    path = _case(tmp_path, 'financial_institution_or_post_office = true\n'
                 'weapon = "dangerous_weapon_otherwise_used"\nbodily_injury = "bodily_injury"\n'
                 'carjacking = true\nfirearm_destructive_device_or_drug_taken = true\n'
                 'loss = "$60,000"', "2004-11-01")
    steps = _run(capsys, path)["steps"]
    assert [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"] == [
        ("§2B3.1(a)", 20), ("§2B3.1(b)(1)", 22), ("§2B3.1(b)(2)(D)", 26),
        ("§2B3.1(b)(3)(A)", 28), ("§2B3.1(b)(5)", 30), ("§2B3.1(b)(6)", 31),
        ("§2B3.1(b)(7)(C)", 33)]


def test_murder_cross_reference(capsys, tmp_path):
    # §2B3.1(c)(1) (S2025 lines 6206-6209): "apply §2A1.1 (First Degree Murder)"; §2A1.1(a) 43
    steps = _run(capsys, _case(tmp_path, 'weapon = "firearm_discharged"\nvictim_murdered = true',
                               "2025"))["steps"]
    assert (steps[-2]["section"], steps[-2]["level"]) == ("§2B3.1(c)(1)", 43)


def test_the_1996_manual_is_computed(capsys, tmp_path):
    # Refused until issue #15 entered the 1987-1997 versions (test_robbery_1987_1997.py):
    # Amendment 110 (Vol. I lines 1859-1931): (b)(6) "More than $10,000 add 1"
    assert _level(capsys, tmp_path, 'loss = "$30,000"', "1996-11-01") == 21


def test_displayed_until_amendment_601(capsys, tmp_path):
    # A601: "displayed," struck from (b)(2) on Nov. 1, 2000; the 5 levels unchanged
    facts = 'weapon = "firearm_brandished_or_possessed"'
    before = _run(capsys, _case(tmp_path, facts, "1998-11-01"))["steps"][2]
    after = _run(capsys, _case(tmp_path, facts, "2000-11-01"))["steps"][2]
    assert "brandished, displayed, or possessed" in before["reason"]
    assert "brandished or possessed" in after["reason"]
    assert before["level"] == after["level"] == 25


def test_amendment_805_version_is_marked_unverified(capsys, tmp_path):
    result = _run(capsys, _case(tmp_path, 'loss = "$30,000"', "2018-11-01"))
    assert result["total_offense_level"] == 21
    assert any("Amendment 805" in w and "unverified" in w for w in result["warnings"])


def test_firearm_clause_left_out_with_a_924c_count(capsys, tmp_path):
    """§2K2.4, comment. (n.4(A)) (2025): no characteristic for the use of a firearm on the
    offense underlying a § 924(c) count; the robbery is 20 + 2 (bank), not + 5 (firearm)."""
    path = tmp_path / "counts.toml"
    path.write_text('# a bank robbery with a firearm brandished and a § 924(c) count\n'
                    'manual = "2025"\n'
                    '[[counts]]\nname = "Count 1"\nguideline = "2B3.1"\n'
                    'statute = "18 U.S.C. § 2113(a), (d)"\nstatutory_maximum_months = 300\n'
                    '[counts.robbery]\nfinancial_institution_or_post_office = true\n'
                    'weapon = "firearm_brandished_or_possessed"\n'
                    '[[counts]]\nname = "Count 2"\nguideline = "2K2.4"\n'
                    'statute = "18 U.S.C. § 924(c)(1)(A)(ii)"\nfirearm_conduct = "brandished"\n'
                    '[criminal_history]\ncategory = "I"\n')
    steps = _run(capsys, path)["steps"]
    weapon = next(s for s in steps if s["section"] == "§2B3.1(b)(2)")
    assert weapon["change"].startswith("not applied — §2K2.4, comment. (n.4(A))")
    assert [s["level"] for s in steps if s["section"].startswith("§2B3.1")][-2:] == [22, 22]


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS),
       weapon=st.sampled_from([None] + [w for w, _, _ in WEAPON]),
       injury=st.sampled_from([None] + [i for i, _, _ in INJURY]),
       cents=st.integers(0, 2_000_000_000), more=st.integers(1, 2_000_000_000),
       flags=st.lists(st.booleans(), min_size=4, max_size=4))
def test_more_loss_never_lowers_the_level(manual, weapon, injury, cents, more, flags):
    def level(amount: int) -> int:
        robbery = {"loss": f"{amount // 100}.{amount % 100:02d}",
                   "financial_institution_or_post_office": flags[0], "carjacking": flags[1],
                   "firearm_destructive_device_or_drug_taken": flags[2],
                   "victim_murdered": flags[3]}
        robbery |= {"weapon": weapon} if weapon else {}
        robbery |= {"bodily_injury": injury} if injury else {}
        return chapter_two_level(manual, "2B3.1", "robbery", robbery)
    assert level(cents) <= level(cents + more)


def test_a_loss_in_floats_is_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, "loss = 95000.5", "2025"))
    assert "offense.robbery.loss" in err and "float" in err


def test_robbery_facts_need_the_robbery_guideline(tmp_path):
    with pytest.raises(Exception) as raised:
        Case.model_validate({"manual": "2025", "criminal_history": {"category": "I"},
                             "offense": {"guideline": "2D1.1", "robbery": {"carjacking": True}}})
    assert "2B3.1" in str(raised.value)
    assert not isinstance(raised.value, CaseError) or raised.value.field


def test_restraint_is_not_counted_twice(capsys, tmp_path):
    """§3A1.3, comment. (n.2) (S2016 line 10033; 2025 Manual line 18678): "Do not apply this
    adjustment where the offense guideline specifically incorporates this factor"."""
    path = _case(tmp_path, 'abduction_or_restraint = "physically_restrained"', "2025",
                 "[adjustments.victim]\nrestrained = true\n")
    err = _refused(capsys, path)
    assert "adjustments.victim.restrained" in err and "§3A1.3" in err
