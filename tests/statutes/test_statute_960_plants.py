"""21 U.S.C. § 960(b) and marihuana plants, through the real command line.

§ 960(b)(1)(G) and (b)(2)(G) name marihuana by weight only; § 960(b)(4) sends "less than 50
kilograms of marihuana, except in the case of 100 or more marihuana plants regardless of
weight" to § 841(b)(1)(D) (current text; tables/drug_statute_960.toml, Dec. 21, 2018
version). § 841(b)(1)(A)(vii) and (B)(vii) do count plants (1,000; 100), and (D) excepts 50.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_ussg

CASE = """offense_date = {offense}
sentencing_date = {sentencing}

[offense]
statute = "21 U.S.C. § {section}"
statutory_quantity = {{ substance = "marihuana plants", quantity = "{plants} plants" }}
drugs = [{{ substance = "marihuana plants", quantity = "{plants} plants" }}]

[criminal_history]
category = "I"
"""


def _run(tmp_path: Path, section: str, plants: int, offense: str = "2025-01-15",
         sentencing: str = "2025-12-15"):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(section=section, plants=plants, offense=offense,
                                sentencing=sentencing))
    return path, run_ussg("calc", path, "--format", "json")


def _statute_steps(run) -> list[str]:
    (result,) = run.json_lines()
    return [s["section"] for s in result["steps"] if s["chapter"] == "statute"]


def test_960_one_hundred_plants_is_b3(tmp_path: Path) -> None:
    _, run = _run(tmp_path, "960", 100)
    assert run.code == 0, run.err
    assert _statute_steps(run) == ["21 U.S.C. § 960(b)(3)"]


def test_960_fewer_than_one_hundred_plants_is_b4_which_is_not_modelled(tmp_path: Path) -> None:
    path, run = _run(tmp_path, "960", 99)
    assert run.code == 2, run.out
    assert f"{path}: offense.statutory_quantity.quantity: " in run.err
    assert "less than 100 plants: 21 U.S.C. § 960(b)(4)" in run.err, run.err


def test_841_still_counts_plants_for_a_and_b(tmp_path: Path) -> None:
    _, run = _run(tmp_path, "841", 1000)
    assert run.code == 0, run.err
    assert _statute_steps(run) == ["21 U.S.C. § 841(b)(1)(A)"]
    _, run = _run(tmp_path, "841", 100)
    assert _statute_steps(run) == ["21 U.S.C. § 841(b)(1)(B)"]


def test_960_plants_before_the_verified_text_ask_for_the_subparagraph(tmp_path: Path) -> None:
    # The 2010 version of § 960(b) is not verified for plants (the date of the 100-plant
    # clause of (b)(4) was not established): ussg refuses rather than guess a tier.
    path, run = _run(tmp_path, "960", 1000, offense="2015-03-01", sentencing="2015-12-01")
    assert run.code == 2, run.out
    assert f"{path}: offense.statutory_quantity.substance: " in run.err
    assert "state the subparagraph" in run.err
