"""A departure stated *to* a level, in the direction the court departed, under an edition whose
level already meets or passes that level the other way (Ch.5 Pt.K; the seed case).

Leon (examples/leon-1994.toml): under the Nov. 1, 1993 Manual the court departed downward from
base level 42 "to 38". Under the Nov. 1, 1987 Manual the same 51 kg of cocaine base is level 36
("500 G Cocaine Base (or more)", the original Drug Quantity Table): a downward departure to 38
cannot raise 36, so the level stays 36, then +2 (§2D1.1(b)(1)) and +4 (§3B1.1(a)) give 42,
category I: 360 months to life (the original Sentencing Table's row 42, as the 1989 one).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import tomli_w

from tests.conftest import EXAMPLES, ROOT, run_ussg

LEON = EXAMPLES / "leon-1994.toml"


def _departure_step(result: dict) -> dict:
    (step,) = [s for s in result["steps"] if s["chapter"] == "departure"]
    return step


def test_leon_under_1987_keeps_36_and_says_the_departure_is_not_applied() -> None:
    run = run_ussg("calc", LEON, "--manual", "1987", "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    step = _departure_step(result)
    assert step["change"] == "not applied" and step["level"] == 36 and step["delta"] is None
    assert step["input"] == "downward to level 38, from level 36"
    assert "already 36, at or below 38" in step["reason"]
    assert "not an upward departure" in step["reason"]
    assert result["total_offense_level"] == 42 and result["table_offense_level"] == 42
    assert result["range"] == {"min_months": 360, "max_months": None, "life": True}
    text = run_ussg("calc", LEON, "--manual", "1987")
    assert text.code == 0, text.err
    assert "Departure after the base offense level: not applied" in text.out
    assert re.search(r"Total offense level\s+42\n", text.out)
    assert re.search(r"Guideline range\s+360 months–life", text.out)


def test_readme_1987_figure_for_leon_is_what_the_example_prints() -> None:
    """README, Known gaps: 'Leon: 36 + 2 + 4 = 42, 360 months to life' under 1987-88."""
    readme = (ROOT / "README.md").read_text()
    assert "(Leon: 36 + 2 + 4 = 42, 360 months to life;" in readme
    for edition in ("1987", "1988-01-15", "1988-06-15", "1988-10-15"):
        (result,) = run_ussg("calc", LEON, "--manual", edition, "--format", "json").json_lines()
        assert [s["level"] for s in result["steps"] if s["chapter"] in
                ("chapter_two", "departure", "chapter_three")][:4] == [36, 36, 38, 42], edition
        assert result["range"]["min_months"] == 360, edition


def test_leon_under_its_own_edition_departs_downward_to_38() -> None:
    (result,) = run_ussg("calc", LEON, "--format", "json").json_lines()
    step = _departure_step(result)
    assert step["change"] == "→ 38" and step["delta"] == -4 and step["level"] == 38
    assert step["input"] == "downward, from level 42"


def _leon_with_departure(tmp_path: Path, **departure: object) -> Path:
    case = tomllib.loads(LEON.read_text())
    case["departures"] = [{"after": "base_offense_level", "reason": "test", **departure}]
    path = tmp_path / "leon-departure.toml"
    path.write_text(tomli_w.dumps(case))
    return path


def test_an_upward_departure_to_a_level_already_passed_is_not_applied(tmp_path: Path) -> None:
    # Nov. 1, 1993 Manual: base 42; an upward departure "to 40" would be a decrease.
    path = _leon_with_departure(tmp_path, to_level=40, direction="upward")
    (result,) = run_ussg("calc", path, "--format", "json").json_lines()
    step = _departure_step(result)
    assert step["change"] == "not applied" and step["level"] == 42
    assert "already 42, at or above 40" in step["reason"]
    assert "not an downward" not in step["reason"] and "not a downward" in step["reason"]
    assert result["total_offense_level"] == 48  # 42 + 2 + 4, treated as 43
    # Meeting the level exactly is also no departure: "to 42" from 42.
    path = _leon_with_departure(tmp_path, to_level=42, direction="upward")
    (result,) = run_ussg("calc", path, "--format", "json").json_lines()
    assert _departure_step(result)["change"] == "not applied"


def test_an_unstated_direction_departs_as_before(tmp_path: Path) -> None:
    path = _leon_with_departure(tmp_path, to_level=38)
    (result,) = run_ussg("calc", path, "--manual", "1987", "--format", "json").json_lines()
    step = _departure_step(result)
    assert step["change"] == "→ 38" and step["input"] == "upward, from level 36"


def test_a_direction_that_contradicts_levels_is_refused(tmp_path: Path) -> None:
    path = _leon_with_departure(tmp_path, levels=-2, direction="upward")
    run = run_ussg("calc", path)
    assert run.code == 2 and "Traceback" not in run.err
    assert "departures[0]" in run.err and "levels = -2 is not an upward departure" in run.err
    path = _leon_with_departure(tmp_path, to_level=30, direction="sideways")
    run = run_ussg("calc", path)
    assert run.code == 2 and "departures[0].direction" in run.err
