"""§3D1.2(d) and §3D1.3(b) for the listed-chemical guidelines (issue #14): the edition's (d)
lists "§§2D1.1, 2D1.2, 2D1.5, 2D1.11, 2D1.13" (2016 Manual line 10445, 2025 line 19652):
"Offenses covered by the following guidelines are to be grouped under this subsection", so
the counts of one of them form one Group, the offense level "corresponding to the aggregated
quantity" (§3D1.3(b), 2016 line 10545) through the guideline's own rules for several
chemicals. With drug counts they are grouped only as the case states (whether they are "of
the same general type", comment. (n.6), is the court's finding); grouped, "apply the offense
guideline that produces the highest offense level" (§3D1.3(b)): each guideline on the
aggregate of the counts it covers, the highest kept.

Rows cited: §2D1.11(d) Ephedrine, 2016 Manual (manual_2016/GLM2016_fulltext.txt) lines
5037 (level 30, at least 100 G but less than 300 G), 5043 (28, 70-100 G), 5049 (26, 40-70 G),
5055 (24, 10-40 G); 2025 Manual lines 9609 (30), 9613 (28); Note (B) (2016 line 5715): the
quantities of the (d) chemicals aggregated. Heroin, 2025 Drug Quantity Table
(tables/drug_quantity_table/DQT_2025-11-01_verbatim_from_2025_Manual.txt) line 273 (16,
20-40 G), line 49 (34, 10-30 KG).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused
from ussg.guidelines import calculate, parse_case

CATEGORY = '\n[criminal_history]\ncategory = "I"\n'


def chemical(name: str, grams: str, group: str = "", chemical_name: str = "Ephedrine") -> str:
    stated = f'group = "{group}"\ngrouping = "d"\n' if group else ""
    return (f'\n[[counts]]\nname = "{name}"\nguideline = "2D1.11"\n'
            f'statute = "21 U.S.C. § 841(c)(2)"\nstatutory_maximum_months = 240\n{stated}'
            f'listed_chemical = {{ chemicals = [{{ name = "{chemical_name}", '
            f'quantity = "{grams} g" }}] }}\n')


def structuring(name: str, grams: str) -> str:
    return (f'\n[[counts]]\nname = "{name}"\nguideline = "2D1.13"\n'
            f'statute = "21 U.S.C. § 843(a)(4)(B)"\nstatutory_maximum_months = 48\n'
            f'[counts.chemical_structuring]\nstate_of_mind = "reason_to_believe"\n'
            f'[[counts.chemical_structuring.listed_chemical.chemicals]]\n'
            f'name = "Pseudoephedrine"\nquantity = "{grams} g"\n')


def heroin(name: str, quantity: str, group: str = "") -> str:
    stated = f'group = "{group}"\ngrouping = "d"\n' if group else ""
    return (f'\n[[counts]]\nname = "{name}"\nstatute = "21 U.S.C. § 841(b)(1)(C)"\n{stated}'
            f'drugs = [{{ substance = "heroin", quantity = "{quantity}" }}]\n')


def case(tmp_path: Path, manual: str, *counts: str) -> Path:
    path = tmp_path / "chemical-grouping.toml"
    path.write_text(f'# §3D1.2(d) with listed chemicals (tests/manual/ch3/'
                    f'test_chemical_grouping.py)\nmanual = "{manual}"\n' + "".join(counts)
                    + CATEGORY)
    return path


def scoped(result: dict, scope: str) -> list[tuple[str, str]]:
    return [(s["section"], s["change"]) for s in result["steps"] if s.get("scope") == scope]


# two §2D1.11 counts of ephedrine (2016): the Group's level is that of the sum (Note (B)); the
# sum at each edge of the 100 G row (line 5037) and the 70 G row (line 5043)
EDGES = [
    ("80", "19", 28),   # 99 g: just below 100 G, line 5043
    ("80", "20", 30),   # 100 g: at, line 5037
    ("80", "21", 30),   # 101 g: just above
    ("40", "29.999", 26),  # 69.999 g: just below 70 G, line 5049
    ("40", "30", 28),   # 70 g: at, line 5043
]


@pytest.mark.parametrize("first,second,level", EDGES)
def test_two_chemical_counts_are_one_group_on_the_aggregated_quantity(capsys, tmp_path,
                                                                      first, second, level):
    result = calc_json(capsys, case(tmp_path, "2016", chemical("Count 1", first),
                                    chemical("Count 2", second)))
    assert [g["offense_level"] for g in result["groups"]] == [level]
    steps = scoped(result, "Count 1, Count 2 (aggregated)")
    assert steps[0][0].startswith("§2D1.11(d)") and steps[0][1] == f"= {level}"
    grouped = next(s for s in result["steps"] if s["title"] == "Group of closely related "
                   "counts")
    assert grouped["section"] == "§3D1.2(d)" and "§2D1.11 counts: listed in (d)" in \
        grouped["reason"]
    assert result["total_offense_level"] == level  # one Group: no Units added


def test_two_structuring_counts_aggregate_their_chemicals(capsys, tmp_path):
    """§2D1.13(a)(2) (2016): the §2D1.11 level of 50 g + 30 g = 80 g of pseudoephedrine, 28
    (line 5043), reduced by 3: 25 (one Group; alone the counts would be 26 and 24 less 3)."""
    result = calc_json(capsys, case(tmp_path, "2016", structuring("Count 1", "50"),
                                    structuring("Count 2", "30")))
    steps = scoped(result, "Count 1, Count 2 (aggregated)")
    assert steps == [("§2D1.11(d)(6)", "= 28"), ("§2D1.13(a)(2)", "= 25")]
    assert [g["offense_level"] for g in result["groups"]] == [25]


@pytest.mark.parametrize("quantity,drug_level,chosen,level", [
    ("30 g", 16, "§2D1.11", 30),    # heroin line 273 (16) < ephedrine 130 g (30, line 9609)
    ("20 kg", 34, "§2D1.1", 34),    # heroin line 49 (34) > 30
])
def test_a_chemical_and_a_drug_count_grouped_take_the_highest_guideline(
        capsys, tmp_path, quantity, drug_level, chosen, level):
    """2025: Count 1 heroin; Counts 2 and 3 ephedrine 80 g and 50 g, Count 2 stating the
    drug count's Group (the court's finding of the same general type): §2D1.1 on the heroin,
    §2D1.11 on the 130 g of both chemical counts (Count 3 follows Count 2: every §2D1.11 count
    is in one Group); the higher is the Group's."""
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", quantity, "drugs"),
                                    chemical("Count 2", "80", "drugs"),
                                    chemical("Count 3", "50")))
    assert len(result["groups"]) == 1
    assert scoped(result, "Count 1, §2D1.1")[0][1] == f"= {drug_level}"
    assert scoped(result, "Count 2, Count 3 (aggregated), §2D1.11")[0] == (
        "§2D1.11(d)(5)", "= 30")
    highest = next(s for s in result["steps"]
                   if s["title"] == "Offense guideline that produces the highest offense level")
    assert highest["section"] == "§3D1.3(b)"
    assert highest["input"] == f"§2D1.1: level {drug_level}; §2D1.11: level 30"
    assert highest["change"] == f"{chosen}, level {level}"
    assert "the listed chemicals of the §2D1.11 counts" in highest["reason"]
    assert result["groups"][0]["offense_level"] == level
    assert not any("also lists" in w for w in result["warnings"])


def test_without_group_they_are_not_grouped_and_the_warning_says_whose_finding(capsys,
                                                                              tmp_path):
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", "30 g"),
                                    chemical("Count 2", "80"), chemical("Count 3", "50")))
    assert [g["offense_level"] for g in result["groups"]] == [16, 30]  # 130 g: line 9609
    warning = next(w for w in result["warnings"] if "also lists" in w)
    assert "Count 2 (§2D1.11), Count 3 (§2D1.11)" in warning
    assert "same general type" in warning and "court's finding" in warning


def test_two_labels_on_chemical_counts_are_refused(capsys, tmp_path):
    err = calc_refused(capsys, case(tmp_path, "2025", chemical("Count 1", "80", "one"),
                                    chemical("Count 2", "50", "two")))
    assert "counts[1].group" in err and "every §2D1.11 count together" in err


def _level(text: str) -> int:
    return calculate(parse_case(text)).result.total_offense_level


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(manual=st.sampled_from(["2001-11-01", "2007-11-01", "2016", "2025"]),
       first=st.integers(1, 12_000), second=st.integers(1, 12_000), more=st.integers(0, 5_000))
def test_the_group_is_the_level_of_the_sum(manual, first, second, more):
    """Over the real tables: two ephedrine counts grouped equal one count of the sum, never
    less than either alone, and more never lowers it."""
    def grouped(a: int) -> int:
        return _level(f'manual = "{manual}"\n' + chemical("Count 1", str(a))
                      + chemical("Count 2", str(second)) + CATEGORY)

    def alone(grams: int) -> int:
        return _level(f'manual = "{manual}"\n[offense]\nguideline = "2D1.11"\n'
                      f'statute = "21 U.S.C. § 841(c)(2)"\nstatutory_maximum_months = 240\n'
                      f'listed_chemical = {{ chemicals = [{{ name = "Ephedrine", '
                      f'quantity = "{grams} g" }}] }}\n' + CATEGORY)

    level = grouped(first)
    assert level == alone(first + second)
    assert level >= max(alone(first), alone(second))
    assert 1 <= level <= 43
    assert grouped(first + more) >= level
