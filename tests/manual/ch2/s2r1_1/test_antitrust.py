"""§2R1.1 (Bid-Rigging, Price-Fixing or Market-Allocation Agreements Among Competitors) in every
version of tables/antitrust.toml: the base level of each era, (b)(1), and every edge of each
edition's volume-of-commerce table (below, at, above each line), computed in-process through
the engine; a worked case per era through the real command line; hypothesis: a greater volume
never lowers the level (examples drawn from the table's own lines).

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 9015-9045 (§2R1.1 of Nov. 1, 2015: (a) 12;
          (b)(1) +1; (b)(2) "(A) More than $1,000,000 add 2" ... "(H) More than $1,850,000,000
          add 16"); M2025 = manual_2025/GLM2025_fulltext.txt lines 16655-16685 (the same)
  App. C (appendix_c_2016/): A211 = Vol_I 4082-4098 (the 1987 first column deleted: "(A) less
          than $1,000,000 (B) $1,000,000 - $4,000,000 (C) $4,000,001 - $15,000,000 (D)
          $15,000,001 - $50,000,000 (E) over $50,000,000"; inserted: "(C) More than
          $4,000,000 (D) More than $15,000,000 (E) More than $50,000,000"); A377 = Vol_I
          9142-9158 ((a) "9" -> "10"; the second column deleted: "subtract 1", "no adjustment",
          "add 1", "add 2", "add 3"; inserted "(A) More than $400,000 add 1" ... "(G) More than
          $100,000,000 add 7"); A678 = Vol_III 5826-5865 ((a) "10" -> "12"; "(A) More than
          $1,000,000 add 2" ... "(H) More than $1,500,000,000 add 16"); A791 = Supplement
          4680-4705 ((C) $50,000,000, (E) $300,000,000, (F) $600,000,000, (G) $1,200,000,000,
          (H) $1,850,000,000)
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import dollars
from ussg.guidelines.engine.tables import load_table
from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import chapter_two_level

VERSIONS = ["1987-11-01", "1989-11-01", "1991-11-01", "2005-11-01", "2015-11-01", "2018-11-01",
            "2024-11-01", "2025-11-01"]


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    """(section, level) of each Chapter Two step, computed in-process from the real tables."""
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2R1.1", "antitrust": facts}})
    return [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual,base", [
    ("1987-11-01", 9), ("1990-11-01", 9),  # A377 deletes "9"
    ("1991-11-01", 10), ("2004-11-01", 10),  # A377 "10"; A678 strikes "10"
    ("2005-11-01", 12), ("2025-11-01", 12),  # A678 "12"; M2016, M2025 "Base Offense Level: 12"
])
def test_base_level_and_bid_rigging_plus_1(manual, base):
    # (b)(1), in every edition (no amendment touched it): "increase by 1 level"
    steps = _steps(manual, volume_of_commerce="$2,000,000", bid_rigging=True)
    assert steps[:2] == [("§2R1.1(a)", base), ("§2R1.1(b)(1)", base + 1)]


# (volume, section, adjustment) at each edge of each edition's table
EDGES_1987 = [  # A211's deleted first column, A377's deleted second column
    ("$999,999", "(A)", -1), ("$1,000,000", "", 0),  # "(A) less than $1,000,000 subtract 1"
    ("$4,000,000", "", 0), ("$4,000,001", "(C)", 1),  # "(B) ... no adjustment", "(C) $4,000,001"
    ("$15,000,000", "(C)", 1), ("$15,000,001", "(D)", 2),  # "(D) $15,000,001 - $50,000,000"
    ("$50,000,000", "(D)", 2), ("$50,000,001", "(E)", 3),  # "(E) over $50,000,000 add 3"
]
EDGES_1989 = [  # A211's inserted column
    ("$999,999.99", "(A)", -1), ("$1,000,000", "", 0),  # "(A) Less than $1,000,000"
    ("$4,000,000", "", 0), ("$4,000,000.01", "(C)", 1),  # "(C) More than $4,000,000 add 1"
    ("$15,000,000", "(C)", 1), ("$15,000,000.01", "(D)", 2),
    ("$50,000,000", "(D)", 2), ("$50,000,000.01", "(E)", 3),
]
EDGES_1991 = [  # A377's inserted table
    ("$400,000", "", 0), ("$400,000.01", "(A)", 1), ("$1,000,000.01", "(B)", 2),
    ("$2,500,000.01", "(C)", 3), ("$6,250,000", "(C)", 3), ("$6,250,000.01", "(D)", 4),
    ("$15,000,000.01", "(E)", 5), ("$37,500,000.01", "(F)", 6), ("$100,000,000", "(F)", 6),
    ("$100,000,000.01", "(G)", 7),
]
EDGES_2005 = [  # A678's inserted table
    ("$1,000,000", "", 0), ("$1,000,000.01", "(A)", 2), ("$10,000,000.01", "(B)", 4),
    ("$40,000,000", "(B)", 4), ("$40,000,000.01", "(C)", 6), ("$100,000,000.01", "(D)", 8),
    ("$250,000,000.01", "(E)", 10), ("$500,000,000.01", "(F)", 12),
    ("$1,000,000,000.01", "(G)", 14), ("$1,500,000,000", "(G)", 14),
    ("$1,500,000,000.01", "(H)", 16),
]
EDGES_2015 = [  # A791's inserted table; M2016, M2025
    ("$1,000,000", "", 0), ("$1,000,000.01", "(A)", 2), ("$10,000,000", "(A)", 2),
    ("$10,000,000.01", "(B)", 4), ("$50,000,000", "(B)", 4), ("$50,000,000.01", "(C)", 6),
    ("$100,000,000.01", "(D)", 8), ("$300,000,000", "(D)", 8), ("$300,000,000.01", "(E)", 10),
    ("$600,000,000.01", "(F)", 12), ("$1,200,000,000.01", "(G)", 14),
    ("$1,850,000,000", "(G)", 14), ("$1,850,000,000.01", "(H)", 16),
]
CASES = ([("1987-11-01", *e) for e in EDGES_1987] + [("1988-10-15", *e) for e in EDGES_1987[:4]]
         + [(m, *e) for m in ("1989-11-01", "1990-11-01") for e in EDGES_1989]
         + [(m, *e) for m in ("1991-11-01", "2004-11-01") for e in EDGES_1991]
         + [(m, *e) for m in ("2005-11-01", "2014-11-01") for e in EDGES_2005]
         + [(m, *e) for m in ("2015-11-01", "2018-11-01", "2024-11-01", "2025-11-01")
            for e in EDGES_2015])
BASE = {"1987": 9, "1988": 9, "1989": 9, "1990": 9, "1991": 10, "2004": 10}


@pytest.mark.parametrize("manual,volume,clause,add", CASES)
def test_volume_of_commerce_every_edge(manual, volume, clause, add):
    base = BASE.get(manual[:4], 12)
    assert _steps(manual, volume_of_commerce=volume) == [
        ("§2R1.1(a)", base), (f"§2R1.1(b)(2){clause}", base + add)]


@pytest.mark.parametrize("volume", ["$4,000,000.50", "$15,000,000.50"])
def test_1987_a_volume_between_whole_dollar_lines_is_refused(volume):
    with pytest.raises(CaseError) as error:
        _steps("1987-11-01", volume_of_commerce=volume)
    assert "offense.antitrust.volume_of_commerce" in str(error.value)
    assert "whole dollars" in str(error.value)


# the worked cases, one per era, through the real command line
WORKED = [
    # 1987: 9; +1: 10; $500,000 "(A) less than $1,000,000 subtract 1": 9
    ("1987-11-01", 'volume_of_commerce = "$500,000"\nbid_rigging = true',
     [("§2R1.1(a)", 9), ("§2R1.1(b)(1)", 10), ("§2R1.1(b)(2)(A)", 9)]),
    # 1991: 10; $3,000,000 "(C) More than $2,500,000 add 3": 13
    ("1991-11-01", 'volume_of_commerce = "$3,000,000"',
     [("§2R1.1(a)", 10), ("§2R1.1(b)(2)(C)", 13)]),
    # 2005: 12; +1: 13; $45,000,000 "(C) More than $40,000,000 add 6": 19
    ("2005-11-01", 'volume_of_commerce = "$45,000,000"\nbid_rigging = true',
     [("§2R1.1(a)", 12), ("§2R1.1(b)(1)", 13), ("§2R1.1(b)(2)(C)", 19)]),
    # 2018: $45,000,000 "(B) More than $10,000,000 add 4" (791's (C) is $50,000,000): 16
    ("2018-11-01", 'volume_of_commerce = "$45,000,000"',
     [("§2R1.1(a)", 12), ("§2R1.1(b)(2)(B)", 16)]),
]


@pytest.mark.parametrize("manual,facts,steps", WORKED, ids=[w[0] for w in WORKED])
def test_worked_case_per_era_through_the_cli(capsys, tmp_path, manual, facts, steps):
    path = case_file(tmp_path, "2R1.1", "antitrust", facts, manual)
    assert chapter_two_steps(calc_json(capsys, path)) == steps


def test_the_example_worked_by_hand(capsys):
    # examples/price-fixing-2025.toml: 12, 13, 19
    result = calc_json(capsys, ROOT / "examples" / "price-fixing-2025.toml")
    assert chapter_two_steps(result) == [
        ("§2R1.1(a)", 12), ("§2R1.1(b)(1)", 13), ("§2R1.1(b)(2)(C)", 19)]
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}


def test_the_volume_is_required_through_the_cli(capsys, tmp_path):
    error = calc_refused(capsys, case_file(tmp_path, "2R1.1", "antitrust",
                                           "bid_rigging = true", "2025-11-01"))
    assert "offense.antitrust.volume_of_commerce" in error


def test_an_unknown_fact_is_refused_through_the_cli(capsys, tmp_path):
    # the fine provisions are out of scope: no key states a fine finding
    error = calc_refused(capsys, case_file(tmp_path, "2R1.1", "antitrust",
                                           'volume_of_commerce = "$2"\nfine = "$20,000"',
                                           "2025-11-01"))
    assert "offense.antitrust.fine" in error


def test_a_date_after_the_entered_editions_is_refused(capsys, tmp_path):
    error = calc_refused(capsys, case_file(tmp_path, "2R1.1", "antitrust",
                                           'volume_of_commerce = "$2"', "2026-11-01"))
    assert "2026" in error


def _line_bounds() -> list[int]:
    """Every bound of every version's table, in whole dollars, with the dollar either side."""
    table = load_table("antitrust")
    found = set()
    for version in table.versions:
        for row in version["volume"]["rows"]:
            bound = row.get("less_than") or row.get("at_least") or row.get("more_than")
            value = int(dollars(bound))
            found.update({value - 1, value, value + 1})
    return sorted(found)


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(VERSIONS), data=st.data(), bid=st.booleans())
def test_a_greater_volume_never_lowers_the_level(manual, data, bid):
    bounds = _line_bounds()
    a = data.draw(st.sampled_from(bounds))
    b = data.draw(st.sampled_from(bounds))

    def level(value: int) -> int:
        return chapter_two_level(manual, "2R1.1", "antitrust",
                                 {"volume_of_commerce": f"${value:,}", "bid_rigging": bid})
    low, high = sorted((a, b))
    assert level(low) <= level(high)
