"""Departures in offense levels, placed where the court applied them.

A departure is a step like any other: it names the stage it follows, the court's reason and
the section relied on, and shows the level before and after. (Ch.5 Pt.K; a departure "to"
a level states the level the court chose.)

A departure *to* a level whose direction the case states (``direction``) is the court's
decision under the Manual it used; under another edition the level before it may already be at
or beyond that level the other way (the seed case departed downward "to 38" from 42 under the
1993 Manual; the 1987 Manual's base level for the same drugs is 36). Such a departure is shown
as a note that leaves the level as it is, never turned into a departure the other way.
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
    if not departures:  # most cases: nothing to place at any of the four stages
        return
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
        if _already_beyond(sheet, departure):
            _note_already_beyond(sheet, departure, section, title)
            continue
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


def _already_beyond(sheet: Worksheet, departure: Departure) -> bool:
    """Whether a departure stated *to* a level in a stated direction finds the level already
    at or past it the other way (a downward departure to 38 from 36 or from 38)."""
    if departure.to_level is None or departure.direction is None or sheet.level is None:
        return False
    if departure.direction == "downward":
        return sheet.level <= departure.to_level
    return sheet.level >= departure.to_level


def _note_already_beyond(sheet: Worksheet, departure: Departure, section: str,
                         title: str) -> None:
    level, to_level = sheet.level, departure.to_level
    where = "at or below" if departure.direction == "downward" else "at or above"
    other = "an upward" if departure.direction == "downward" else "a downward"
    sheet.note("departure", section, title,
               f"{departure.direction} to level {to_level}, from level {level}",
               "not applied",
               f"the court departed {departure.direction} to level {to_level}; under this "
               f"edition the level is already {level}, {where} {to_level}, so the level stays "
               f"{level} (not {other} departure): {departure.reason}")
