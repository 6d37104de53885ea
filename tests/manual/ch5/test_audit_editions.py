"""Second reading of Chapter Five by edition before Nov. 1, 2015, through the real command line
(one `ussg calc` run): the Sentencing Table and its zones (Amendments 270, 462, 738), the
§5E1.2 fine table (281, 384, 791) and the §5D1.2 terms of supervised release (52, 756), each
on the day before and the day an amendment took effect. Expectations are worked by hand from
Appendix C (paths under ../shared/reference/ussg/appendix_c_2016/) and the reference's
Sentencing Table files (../shared/reference/ussg/tables/sentencing_table_*.csv), not from ussg.

The Chapter Two level is given (`guideline = "other"`); a statute (18 U.S.C. § 1001 with its
maximum stated) makes the worksheet show the fine and supervised release (not computed before
Nov. 1, 1989, where §5C1.1's first texts are not entered).
"""

from __future__ import annotations

import pytest

from tests.manual.many_cases import calc_many

# (name, manual, level, maximum months (None: no statute), expected): expected maps JSON
# keys of the result to values ("range": (min, max), "zone", "fine": (min, max),
# "supervised_release": (min, max)), or ("error", words).
CASES = [
    # Amendment 462 (Nov. 1, 1992), Vol. I lines 13082-13085: level 7/I '1-7' and level 8/I
    # '2-8' became '0-6'; zones designated (A: minimum 0; B: 1-6; C: 8-10; D: 12 or more,
    # lines 13086-13091). No zones before.
    ("1991-11-27: level 7, I is 1-7, no zones", "1991-11-27", 7, None,
     {"range": (1, 7), "zone": None}),
    ("1991-11-27: level 8, I is 2-8", "1991-11-27", 8, None, {"range": (2, 8), "zone": None}),
    ("1992-11-01: level 7, I is 0-6, Zone A", "1992-11-01", 7, None,
     {"range": (0, 6), "zone": "A"}),
    ("1992-11-01: level 8, I is 0-6, Zone A", "1992-11-01", 8, None,
     {"range": (0, 6), "zone": "A"}),
    ("1992-11-01: level 10, I (6-12) Zone B", "1992-11-01", 10, None,
     {"range": (6, 12), "zone": "B"}),
    ("1992-11-01: level 11, I (8-14) Zone C", "1992-11-01", 11, None,
     {"range": (8, 14), "zone": "C"}),
    ("1992-11-01: level 13, I (12-18) Zone D", "1992-11-01", 13, None,
     {"range": (12, 18), "zone": "D"}),
    # Amendment 738 (Nov. 1, 2010), Vol. III lines 14272-14281: B 1-9, C 10-12, D 15 or more.
    ("2009-11-01: level 11, I still Zone C", "2009-11-01", 11, None,
     {"range": (8, 14), "zone": "C"}),
    ("2009-11-01: level 13, I still Zone D", "2009-11-01", 13, None,
     {"range": (12, 18), "zone": "D"}),
    ("2010-11-01: level 11, I (8-14) Zone B", "2010-11-01", 11, None,
     {"range": (8, 14), "zone": "B"}),
    ("2010-11-01: level 12, I (10-16) Zone C", "2010-11-01", 12, None,
     {"range": (10, 16), "zone": "C"}),
    ("2010-11-01: level 13, I (12-18) Zone C", "2010-11-01", 13, None,
     {"range": (12, 18), "zone": "C"}),
    ("2010-11-01: level 14, I (15-21) Zone D", "2010-11-01", 14, None,
     {"range": (15, 21), "zone": "D"}),
    # Amendment 270 (Nov. 1, 1989), Vol. I lines 4944-4945: the 1987 zero-minimum cells read
    # one of 0-1 ... 0-5 (which one is not in any source), all 0-6 from 1989; the other cells
    # are unchanged (level 9, I: 4-10 in 1989 and so in 1987).
    ("1988-10-15: a zero-minimum cell is refused", "1988-10-15", 5, None,
     ("error", "refused rather than guessed")),
    ("1988-10-15: level 9, I is 4-10", "1988-10-15", 9, None, {"range": (4, 10)}),
    ("1989-11-01: level 5, I is 0-6", "1989-11-01", 5, None, {"range": (0, 6)}),
    # §5E1.2(c)(3): Amendment 281 (Nov. 1, 1989), Vol. I lines 5177-5185: '4-5 $250 $5,000'
    # (1987: $2,500); the table as struck by Amendment 791 (Supplement lines 4747-4768).
    ("1989-11-01: fine, level 5: $250-$5,000", "1989-11-01", 5, 120,
     {"fine": (250, 5000)}),
    ("1991-11-01: fine, level 20: $7,500-$75,000", "1991-11-01", 20, 120,
     {"fine": (7500, 75000)}),
    ("2014-11-01: fine, level 38: $25,000-$250,000", "2014-11-01", 38, 600,
     {"fine": (25000, 250000)}),
    # §5D1.2 after Amendment 52 (Jan. 15, 1988), Vol. I lines 736-741: Class C or D 2-3 years,
    # Class A or B 3-5; Amendment 756 (Nov. 1, 2011), Vol. III lines 17071-17076: 1-3, 2-5.
    # 120 months is a Class C felony, 300 months (25 years) Class B (18 U.S.C. § 3559(a)).
    ("1989-11-01: supervised release, Class C, 2-3 years", "1989-11-01", 9, 120,
     {"supervised_release": (2, 3)}),
    ("2010-11-01: supervised release, Class C, 2-3 years", "2010-11-01", 9, 120,
     {"supervised_release": (2, 3)}),
    ("2011-11-01: supervised release, Class C, 1-3 years", "2011-11-01", 9, 120,
     {"supervised_release": (1, 3)}),
    ("2010-11-01: supervised release, Class B, 3-5 years", "2010-11-01", 20, 300,
     {"supervised_release": (3, 5)}),
    ("2011-11-01: supervised release, Class B, 2-5 years", "2011-11-01", 20, 300,
     {"supervised_release": (2, 5)}),
]


def _case(manual: str, level: int, maximum: int | None) -> dict:
    offense = {"guideline": "other", "offense_level": level}
    if maximum is not None:
        offense |= {"statute": "18 U.S.C. § 1001", "statutory_maximum_months": maximum}
    return {"manual": manual, "offense": offense, "criminal_history": {"category": "I"}}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return calc_many(tmp_path_factory.mktemp("audit5"),
                     [(name, _case(manual, level, maximum))
                      for name, manual, level, maximum, _ in CASES])


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_edition_edge(case, results) -> None:
    name, *_, expected = case
    result, error = results[name]
    if isinstance(expected, tuple):
        assert result is None, result and result["range"]
        assert ": manual: " in error and expected[1] in error, error
        return
    assert result is not None, error
    for key, want in expected.items():
        if key == "zone":
            assert result["zone"] == want
        elif key == "range":
            assert (result["range"]["min_months"], result["range"]["max_months"]) == want
        elif key == "fine":
            assert (result["fine"]["min_dollars"], result["fine"]["max_dollars"]) == want
        else:
            got = result["supervised_release"]
            assert (got["min_years"], got["max_years"]) == want
