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

from ussg.guidelines.case.model import Drug
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import drug_quantity
from ussg.guidelines.engine.editions import manual_dates, supported_dates
from ussg.guidelines.engine.tables import in_force

from tests.conftest import EXAMPLES, run_ussg


def expected_base(day: dt.date) -> int:
    if day < dt.date(1989, 11, 1):
        return 36
    if day < dt.date(1994, 11, 1):
        return 42
    return 38


#: The original Manual and the three 1988 amendment dates (tables/editions.toml), under the
#: original Sentencing Table (tables/sentencing_table.toml: its 21 zero-minimum cells are
#: not known and refused).
EARLY = ["1987-11-01", "1988-01-15", "1988-06-15", "1988-10-15"]


def _leon_without_departure(tmp_path: Path, **changes: object) -> Path:
    case = tomllib.loads((EXAMPLES / "leon-1994.toml").read_text())
    case.pop("departures")  # the departure to 38 anticipated Amendment 505 in 1994
    case.update(changes)
    path = tmp_path / "leon-no-departure.toml"
    path.write_text(tomli_w.dumps(case))
    return path


def test_leon_under_every_edition_from_1987(tmp_path: Path) -> None:
    """Life (level 43) wherever the table reaches it; 1987-88: 36 + 2 + 4 = 42, category I,
    360 months to life (the 1989 table's cell, unchanged by Amendment 270)."""
    path = _leon_without_departure(tmp_path)
    editions = [d.isoformat() for d in supported_dates()]
    assert editions[:4] == EARLY and "2025-11-01" in editions
    assert editions == [d.effective.isoformat() for d in manual_dates()
                        if d.effective <= dt.date(2025, 11, 1)][:len(editions)]
    run = run_ussg("compare", path, "--manual", ",".join(editions), "--format", "json")
    assert run.code == 0, run.err
    (report,) = run.json_lines()
    assert len(report["editions"]) == len(editions)
    for day, result in zip(editions, report["editions"]):
        base = next(s for s in result["steps"] if s["chapter"] == "chapter_two")
        assert base["level"] == expected_base(dt.date.fromisoformat(day)), day
        assert result["total_offense_level"] == base["level"] + 2 + 4, day
        if day in EARLY:
            assert result["table_offense_level"] == 42, day
            assert result["range"] == {"min_months": 360, "max_months": None, "life": True}
        else:
            assert result["table_offense_level"] == 43, day
            assert result["range"]["life"] is True and result["range"]["max_months"] is None, day


def test_1987_editions_base_level_is_36() -> None:
    drug = Drug(substance="cocaine base", quantity="51 kg")
    early = [e.effective for e in manual_dates() if e.effective < dt.date(1989, 11, 1)]
    assert [day.isoformat() for day in early] == EARLY
    for day in early:
        table = in_force("drug_quantity_table", day)
        assert drug_quantity(table, [drug]).row.level == expected_base(day)
        assert day in supported_dates()


def _says_why(err: str) -> None:
    """The refusal names the cell and why it is not known (Amendment 270)."""
    assert "Traceback" not in err
    assert "Amendment 270" in err and "one of 0-1 ... 0-6 months" in err


def test_a_case_on_an_unknown_1987_cell_is_refused_naming_the_cell(tmp_path: Path) -> None:
    """Level 4, category I: 0-6 from Nov. 1, 1989; before, one of 0-1 ... 0-6."""
    path = _leon_without_departure(tmp_path, departures=[
        {"after": "total", "to_level": 4, "reason": "a test of the unknown cells"}])
    for day in EARLY:
        run = run_ussg("calc", path, "--manual", day, "--format", "json")
        assert run.code == 2 and run.out == "", day
        assert "manual: " in run.err and "offense level 4, criminal history category I" in run.err
        _says_why(run.err)
    run = run_ussg("calc", path, "--manual", "1989-11-01", "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}


def test_a_1988_sentencing_date_uses_the_1988_manual(tmp_path: Path) -> None:
    """§1B1.11(a) by date (no `manual` key): sentenced Sept. 1, 1988, under the June 15, 1988
    amendments."""
    path = _leon_without_departure(tmp_path, sentencing_date=dt.date(1988, 9, 1))
    run = run_ussg("calc", path, "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert "eff. June 15, 1988" in result["manual"]
    assert result["total_offense_level"] == 42


def test_a_1988_offense_sentenced_in_1990_gets_the_earlier_manual(tmp_path: Path) -> None:
    """The Nov. 1, 1989 Manual gives 42 + 6 = 48 → 43, life; the Manual in force on the
    offense date (June 15, 1988) gives 36 + 6 = 42, 360 months to life, a lower range, so
    §1B1.11(b)(1)'s rule (then the ex post facto clause itself) applies the earlier Manual."""
    path = _leon_without_departure(tmp_path, sentencing_date=dt.date(1990, 1, 10),
                                   offense_date=dt.date(1988, 7, 1))
    run = run_ussg("calc", path, "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert "eff. June 15, 1988" in result["manual"]
    assert result["total_offense_level"] == 42
    assert result["range"] == {"min_months": 360, "max_months": None, "life": True}
    (compared,) = result["compared"]
    assert compared["result"]["range"]["life"] is True
    assert compared["result"]["range"]["min_months"] is None


def test_the_1987_tables_show_the_drug_table_and_the_unknown_cells() -> None:
    for day in EARLY:
        run = run_ussg("tables", "drug_quantity_table", "--manual", day)
        assert run.code == 0, run.err
        crack = run.out.split("Cocaine Base (cocaine_base)")[1]
        # "500 G Cocaine Base ... (or more of any of the above) Level 36" (1987 table)
        assert crack.splitlines()[1].split() == ["(", "1)", "level", "36", "500", "g", "or", "more"]
    run = run_ussg("tables", "sentencing_table", "--manual", "1987")
    assert run.code == 0, run.err
    level_4 = next(line for line in run.out.splitlines() if line.split()[:1] == ["4"])
    assert level_4.split() == ["4", "0-?", "0-?", "0-?", "2-8", "4-10", "6-12"]
    _says_why(run.out)
