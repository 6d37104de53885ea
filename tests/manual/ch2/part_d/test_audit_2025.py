"""Chapter Two, Part D (§§2D1.5-2D1.14, 2D2.1-2D2.3), second reading (audit of Dec. 2026)
against the 2025 and 2016 Manuals, through the real command line: the "greater" options at
their edges, the §2D1.8(a)(2) ceiling, §2D1.10's floors, §2D1.13's options, §2D1.14's +6.
One file for the Part (the guidelines share the §2D1.1 drug facts).

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt: §2D1.5(a) "(Apply the greater): (1) 4 plus the
          offense level from §2D1.1 ...; or (2) 38"; §2D1.8(a)(2) "4 levels less than the
          offense level from §2D1.1 ..., but not greater than level 26"; §2D1.10(a) "(1) 3 plus
          the offense level from the Drug Quantity Table in §2D1.1; or (2) 20", (b)(1)(A) +3,
          at least 27, (B) +6, at least 30, "(Apply the greater)"; §2D1.12(a)(1) 12, (a)(2) 9,
          (b)(1) +2; §2D1.13(a)(1)-(3); §2D1.14(b)(1) +6; §2D2.1(a) 8/6/4; §2D2.3(a) 26/21/13
  DQT   = ../tables/drug_quantity_table/DQT_2025-11-01_verbatim_from_2025_Manual.txt (Heroin:
          1-3 KG level 30 (line 99), 3-10 KG 32 (77), 10-30 KG 34 (49), 30-90 KG 36 (27),
          700 G-1 KG 28 (127), 100-400 G 24 (177), 10-20 G 14 (302); Methamphetamine: 30-40 G
          20 (226), 200-350 G 26 (154)); the 2016 table has the same rows for these
  S2016 = manual_2016/GLM2016_fulltext.txt (the same texts; §2D1.14 names (b)(17))
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json

MANUALS = ["2016", "2025"]


def _case(tmp_path: Path, guideline: str, manual: str, drugs: list[tuple[str, str]],
          more: str = "") -> Path:
    path = tmp_path / "case.toml"
    rows = "".join(f'[[offense.drugs]]\nsubstance = "{s}"\nquantity = "{q}"\n' for s, q in drugs)
    path.write_text(f'# Part D audit case\nmanual = "{manual}"\n[offense]\n'
                    f'guideline = "{guideline}"\nstatutory_maximum_life = true\n{rows}{more}'
                    '[criminal_history]\ncategory = "I"\n')
    return path


def _level(capsys, path: Path) -> int:
    return calc_json(capsys, path)["total_offense_level"]


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("quantity,level", [("1 kg", 38),     # 4 + 30 = 34 < 38
                                            ("10 kg", 38),    # 4 + 34 = 38: equal
                                            ("30 kg", 40)])   # 4 + 36 = 40 > 38
def test_2d1_5_the_greater_of_4_plus_and_38(capsys, tmp_path, manual, quantity, level):
    assert _level(capsys, _case(tmp_path, "2D1.5", manual, [("heroin", quantity)])) == level


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("quantity,level", [("999 g", 24),    # 28 - 4
                                            ("1 kg", 26),     # 30 - 4 = 26: at the ceiling
                                            ("3 kg", 26),     # 32 - 4 = 28 -> 26
                                            ("30 kg", 26)])   # 36 - 4 = 32 -> 26
def test_2d1_8_premises_only_ceiling_of_26(capsys, tmp_path, manual, quantity, level):
    more = "[offense.drug_establishment]\nonly_allowed_use_of_premises = true\n"
    path = _case(tmp_path, "2D1.8", manual, [("heroin", quantity)], more)
    assert _level(capsys, path) == level


@pytest.mark.parametrize("manual", MANUALS)
def test_2d1_8_a1_is_the_2d1_1_level(capsys, tmp_path, manual):
    path = _case(tmp_path, "2D1.8", manual, [("heroin", "3 kg")],
                 "[offense.drug_establishment]\n")
    assert _level(capsys, path) == 32


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("quantity,flags,level", [
    ("15 g", "", 20),                      # 3 + 14 = 17 < 20
    ("100 g", "", 27),                     # 3 + 24 = 27
])
def test_2d1_10_heroin(capsys, tmp_path, manual, quantity, flags, level):
    path = _case(tmp_path, "2D1.10", manual, [("heroin", quantity)],
                 f"[offense.endangering_life]\n{flags}")
    assert _level(capsys, path) == level


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("quantity,minor,level", [
    ("30 g", False, 27),    # (a) 3 + 20 = 23; (b)(1)(A) 26 -> at least 27
    ("30 g", True, 30),     # (b)(1)(B) 29 -> at least 30 (the greater)
    ("200 g", False, 32),   # (a) 3 + 26 = 29; + 3
    ("200 g", True, 35),    # 29 + 6
])
def test_2d1_10_methamphetamine_floors(capsys, tmp_path, manual, quantity, minor, level):
    more = ("[offense.endangering_life]\nmanufacture_of_amphetamine_or_methamphetamine = true\n"
            f"substantial_risk_to_minor_or_incompetent = {str(minor).lower()}\n")
    path = _case(tmp_path, "2D1.10", manual, [("methamphetamine", quantity)], more)
    assert _level(capsys, path) == level


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("terrorism,level", [(False, 40), (True, 34)])
def test_2d1_14_plus_6_unless_3a1_4(capsys, tmp_path, manual, terrorism, level):
    # 15 kg heroin: 34; (b)(1) "If §3A1.4 (Terrorism) does not apply, increase by 6 levels";
    # with §3A1.4 stated, +12 in Chapter Three and category VI (§3A1.4(b)): level 34 + 12 = 46
    more = "[adjustments.victim]\nterrorism = true\n" if terrorism else ""
    result = calc_json(capsys, _case(tmp_path, "2D1.14", manual, [("heroin", "15 kg")], more))
    chapter_two = [s["level"] for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert chapter_two[-1] == level


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("substance,level", [("heroin_or_opiate", 8), ("cocaine_base", 8),
                                             ("cocaine", 6), ("flunitrazepam", 6), ("lsd", 6),
                                             ("pcp", 6), ("other", 4), ("list_i_chemical", 4)])
def test_2d2_1_by_substance(capsys, tmp_path, manual, substance, level):
    # §2D2.1(a)(1) 8 heroin, Schedule I or II opiate, cocaine base; (a)(2) 6 cocaine,
    # flunitrazepam, LSD, PCP; (a)(3) 4 any other controlled substance or a list I chemical
    path = tmp_path / "case.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2D2.1"\n'
                    f'statutory_maximum_months = 12\n[offense.possession]\n'
                    f'substance = "{substance}"\n[criminal_history]\ncategory = "I"\n')
    assert _level(capsys, path) == level


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("resulted,level", [('resulted = "death"\n', 26),
                                            ('resulted = "serious_bodily_injury"\n', 21),
                                            ("", 13)])
def test_2d2_3_the_greatest(capsys, tmp_path, manual, resulted, level):
    path = tmp_path / "case.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2D2.3"\n'
                    f'statutory_maximum_months = 180\n[offense.common_carrier]\n{resulted}'
                    '[criminal_history]\ncategory = "I"\n')
    assert _level(capsys, path) == level
