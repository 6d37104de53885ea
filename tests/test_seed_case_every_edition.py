"""The seed case (Leon: 51 kg cocaine base, weapon, organizer of 5+) under every edition,
without the departure, through one real `ussg compare` run.

Expected base levels from the Manual's text, not from the code: 1987-88, "500 G Cocaine
Base (or more)" = level 36 (DQT_1987-11-01_original_table_verbatim.txt); Nov. 1, 1989 to
Oct. 31, 1994, "15 KG or more of Cocaine Base" = level 42 (Amendment 125); from Nov. 1, 1994
the table tops out at level 38 (Amendment 505), and 51 kg stays in the top row through 2025
(1.5 kg, then 4.5 kg (706), 8.4 kg (748/750), 25.2 kg (782)).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import tomli_w

from guidelines.case import Drug
from guidelines.drug_quantity import drug_quantity
from guidelines.editions import manual_dates, supported_dates
from guidelines.tables import in_force

from .conftest import EXAMPLES, run_ussg


def expected_base(day: dt.date) -> int:
    if day < dt.date(1989, 11, 1):
        return 36
    if day < dt.date(1994, 11, 1):
        return 42
    return 38


#: The original Manual and the three 1988 amendment dates (tables/editions.toml): refused
#: until the original Sentencing Table is entered (tables/sentencing_table.toml header).
EARLY = ["1987-11-01", "1988-01-15", "1988-06-15", "1988-10-15"]


def _leon_without_departure(tmp_path: Path, **changes: object) -> Path:
    case = tomllib.loads((EXAMPLES / "leon-1994.toml").read_text())
    case.pop("departures")  # the departure to 38 anticipated Amendment 505 in 1994
    case.update(changes)
    path = tmp_path / "leon-no-departure.toml"
    path.write_text(tomli_w.dumps(case))
    return path


def test_leon_under_every_supported_edition(tmp_path: Path) -> None:
    path = _leon_without_departure(tmp_path)
    editions = [d.isoformat() for d in supported_dates()]
    assert dt.date(1989, 11, 1).isoformat() in editions and "2025-11-01" in editions
    run = run_ussg("compare", path, "--manual", ",".join(editions), "--format", "json")
    assert run.code == 0, run.err
    (report,) = run.json_lines()
    assert len(report["editions"]) == len(editions)
    for day, result in zip(editions, report["editions"]):
        base = next(s for s in result["steps"] if s["chapter"] == "chapter_two")
        assert base["level"] == expected_base(dt.date.fromisoformat(day)), day
        assert result["total_offense_level"] == base["level"] + 2 + 4, day
        assert result["table_offense_level"] == 43, day
        assert result["range"]["life"] is True and result["range"]["max_months"] is None, day


def test_1987_editions_base_level_is_36_but_cannot_be_sentenced() -> None:
    drug = Drug(substance="cocaine base", quantity="51 kg")
    early = [e.effective for e in manual_dates() if e.effective < dt.date(1989, 11, 1)]
    assert [day.isoformat() for day in early] == EARLY
    for day in early:
        table = in_force("drug_quantity_table", day)
        assert drug_quantity(table, [drug]).row.level == expected_base(day)
        assert day not in supported_dates()  # no 1987 Sentencing Table


def _says_why(err: str) -> None:
    """The refusal names the table and what is missing from it (Amendment 270's text)."""
    assert "Traceback" not in err
    assert "Ch.5 Pt.A (Sentencing Table)" in err and "Amendment 270" in err
    assert '"0-1, 0-2, 0-3, 0-4, and 0-5"' in err and "levels 1-6" in err


def test_leon_under_1987_88_editions_is_refused_naming_the_missing_table_cells(
        tmp_path: Path) -> None:
    path = _leon_without_departure(tmp_path)
    for day in EARLY:
        run = run_ussg("calc", path, "--manual", day, "--format", "json")
        assert run.code == 2 and run.out == "", day
        assert f"manual: the Manual as in force on {day} is known but not yet supported" in run.err
        _says_why(run.err)
    run = run_ussg("compare", path, "--manual", ",".join(["1989-11-01", *EARLY]))
    assert run.code == 2
    _says_why(run.err)


def test_a_1988_sentencing_date_is_refused_the_same_way(tmp_path: Path) -> None:
    """§1B1.11(a) by date (no `manual` key): sentenced Sept. 1, 1988, under the June 15, 1988
    amendments."""
    path = _leon_without_departure(tmp_path, sentencing_date=dt.date(1988, 9, 1))
    run = run_ussg("calc", path)
    assert run.code == 2
    assert "sentencing_date" in run.err and "in force on 1988-06-15" in run.err
    _says_why(run.err)


def test_a_1988_offense_sentenced_in_1990_is_computed_without_the_ex_post_facto_comparison(
        tmp_path: Path) -> None:
    path = _leon_without_departure(tmp_path, sentencing_date=dt.date(1990, 1, 10),
                                   offense_date=dt.date(1988, 5, 1))
    run = run_ussg("calc", path, "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert "Nov. 1, 1989 edition" in result["manual"]
    base = next(s for s in result["steps"] if s["chapter"] == "chapter_two")
    assert base["level"] == 42  # Amendment 125: 15 kg or more of Cocaine Base
    (warning,) = [w for w in result["warnings"] if "ex post facto" in w]
    assert "comparison not made" in warning
    _says_why(warning)


def test_the_1987_88_drug_quantity_table_is_shown_though_cases_are_refused() -> None:
    for day in EARLY:
        run = run_ussg("tables", "drug_quantity_table", "--manual", day)
        assert run.code == 0, run.err
        crack = run.out.split("Cocaine Base (cocaine_base)")[1]
        # "500 G Cocaine Base ... (or more of any of the above) Level 36" (1987 table)
        assert crack.splitlines()[1].split() == ["(", "1)", "level", "36", "500", "g", "or", "more"]
        assert "Cases cannot be computed under this edition" in run.out
        _says_why(run.out)
    run = run_ussg("tables", "sentencing_table", "--manual", "1987")
    assert run.code == 2 and run.out == ""
    _says_why(run.err)
