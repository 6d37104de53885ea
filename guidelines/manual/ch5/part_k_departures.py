"""Departures in offense levels, placed where the court applied them.

A departure is a step like any other: it names the stage it follows, the court's reason and
the section relied on, and shows the level before and after. (Ch.5 Pt.K; a departure "to"
a level states the level the court chose.)
"""

from __future__ import annotations

from ussg.guidelines.case.model import Departure, Stage
from ussg.guidelines.manual.ch5.part_k_policy_departures import policy_departure
from ussg.guidelines.engine.worksheet_builder import Worksheet

_AFTER = {
    Stage.base_offense_level: "after the base offense level",
    Stage.chapter_two: "after Chapter Two",
    Stage.chapter_three: "after Chapter Three",
    Stage.total: "from the total offense level",
}


def depart(sheet: Worksheet, departures: list[Departure], stage: Stage,
           counts: set[str] | None = None) -> None:
    """Apply the departures placed after ``stage``. With several counts, ``counts`` names
    the counts whose offense level the sheet carries (departures name their count)."""
    for index, departure in enumerate(departures):
        if departure.after is not stage:
            continue
        if counts is not None and departure.count not in counts:
            continue
        section = departure.section or "Departure"
        title = f"Departure {_AFTER[stage]}"
        policy = policy_departure(sheet, departure, index)
        if policy is not None:
            section, title = policy
        delta = _delta(sheet, departure)
        direction = "downward" if delta < 0 else "upward" if delta > 0 else "no change"
        given = f"{direction}, from level {sheet.level}"
        if departure.to_level is not None:
            sheet.move_to("departure", section, title, given, departure.to_level,
                          departure.reason)
        else:
            sheet.adjust("departure", section, title, given, departure.levels, departure.reason)


def _delta(sheet: Worksheet, departure: Departure) -> int:
    if departure.to_level is not None:
        return departure.to_level - (sheet.level or 0)
    return departure.levels or 0
