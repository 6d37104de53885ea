"""The Schedule IV cap: its footnote caps Schedule IV and V substances together at 9.99 kg,
the Manual's own example (§2D1.1, comment. (n.8(C)(iv))) caps Schedule IV alone and then adds
Schedule V's 2.49 kg. Where the two readings give a case different totals, the worksheet shows
both and follows the footnote (issue #13). Figures by hand in each case file's comments."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli_w

from tests.conftest import ROOT, run_ussg

MIXTURES = ROOT / "tests" / "data" / "mixtures"
IV_V = MIXTURES / "schedule-iv-v-2025.toml"
TITLE = "Cap: the footnote and the example differ"


def _calc(path: Path) -> dict:
    run = run_ussg("calc", path, "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    return result


def _with(tmp_path: Path, change) -> Path:
    data = tomllib.loads(IV_V.read_text())
    change(data)
    path = tmp_path / "case.toml"
    path.write_text(tomli_w.dumps(data))
    return path


def test_schedule_iv_and_v_follow_the_footnote_and_show_the_example() -> None:
    result = _calc(IV_V)
    assert result["total_offense_level"] == 12  # 9.99 kg, (c)(14)
    (step,) = [s for s in result["steps"] if s["title"] == TITLE]
    assert step["change"] == "9.99 kg (the footnote)"
    assert "gives 9.99 kg of converted drug weight (level 12)" in step["reason"]
    assert "would give 12.48 kg of converted drug weight (level 14)" in step["reason"]
    assert "§2D1.1, comment. (n.8(C)(iv))" in step["reason"]
    assert ("shall not exceed 9.99 kilograms of converted drug weight" in step["reason"])
    assert step["reason"].endswith("ussg follows the footnote")
    (warning,) = [w for w in result["warnings"] if "n.8(C)(iv)" in w]
    assert "(level 12)" in warning and "(level 14)" in warning


def test_the_text_worksheet_says_so() -> None:
    run = run_ussg("calc", IV_V)
    assert run.code == 0, run.err
    assert f"— {TITLE}: 9.99 kg (the footnote)" in " ".join(run.out.split())  # as wrapped
    assert "Guideline range            10–16 months" in run.out  # level 12, category I


def test_the_manuals_example_itself_shows_no_difference() -> None:
    """n.8(C)(iv): III 76 kg; the IV and V caps either way; the 79.99 kg cap on III, IV and V
    gives 79.99 kg under both readings (76 + 9.99 = 85.99; 76 + 9.99 + 2.49 = 88.48)."""
    result = _calc(MIXTURES / "schedules-2025.toml")
    assert not [s for s in result["steps"] if s["title"] == TITLE]
    assert result["total_offense_level"] == 20


@pytest.mark.parametrize("units_iv, units_v", [
    ("200,000 units", None),          # Schedule IV alone: one reading
    ("1,000 units", "1,000 units"),   # 62.5 g + 6.25 g: no cap reached either way
])
def test_no_comparison_where_the_readings_agree(tmp_path, units_iv, units_v) -> None:
    def change(data):
        data["offense"]["drugs"][0]["quantity"] = units_iv
        if units_v is None:
            data["offense"]["drugs"].pop()
        else:
            data["offense"]["drugs"][1]["quantity"] = units_v
    result = _calc(_with(tmp_path, change))
    assert not [s for s in result["steps"] if s["title"] == TITLE]
    assert not [w for w in result["warnings"] if "n.8(C)(iv)" in w]


def test_with_a_schedule_iii_substance_below_its_cap_the_readings_differ_too(tmp_path) -> None:
    """III 10,000 units = 10 kg (1 gm a unit, lines 1151-1152). Footnote: 10 + 9.99 = 19.99 kg,
    (c)(13) level 14; example: 10 + 9.99 + 2.49 = 22.48 kg, "At least 20 KG but less than
    40 KG", (c)(12) level 16."""
    def change(data):
        data["offense"]["drugs"].insert(0, {"substance": "Schedule III substances",
                                            "quantity": "10,000 units"})
    result = _calc(_with(tmp_path, change))
    assert result["total_offense_level"] == 14
    (step,) = [s for s in result["steps"] if s["title"] == TITLE]
    assert "19.99 kg of converted drug weight (level 14)" in step["reason"]
    assert "22.48 kg of converted drug weight (level 16)" in step["reason"]


def test_under_the_2016_manual_in_marihuana(tmp_path: Path) -> None:
    """The same words in the 2016 Manual (n.8(C)(iv), Schedule IV footnote): 9.99 kg of
    marihuana, level 12 ("At least 5 KG but less than 10 KG of Marihuana"), against 12.48 kg,
    level 14."""
    def change(data):
        data["manual"] = "2016"
    result = _calc(_with(tmp_path, change))
    assert result["total_offense_level"] == 12
    (step,) = [s for s in result["steps"] if s["title"] == TITLE]
    assert "9.99 kg of marihuana (level 12)" in step["reason"]
    assert "12.48 kg of marihuana (level 14)" in step["reason"]
