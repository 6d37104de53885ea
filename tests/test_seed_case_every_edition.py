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


def test_leon_under_every_supported_edition(tmp_path: Path) -> None:
    case = tomllib.loads((EXAMPLES / "leon-1994.toml").read_text())
    case.pop("departures")
    path = tmp_path / "leon-no-departure.toml"
    path.write_text(tomli_w.dumps(case))
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
    for edition in manual_dates():
        if edition.effective < dt.date(1989, 11, 1):
            table = in_force("drug_quantity_table", edition.effective)
            assert drug_quantity(table, [drug]).row.level == expected_base(edition.effective)
            assert edition.effective not in supported_dates()  # no 1987 Sentencing Table
