"""§2E3.1 (Gambling Offenses; Animal Fighting Offenses) in the Chapter Two registry
(tables/gambling_offenses.toml): the base offense level of (a), as the edition has it.
§2E3.1 has no specific offense characteristic and no cross reference.

1987 (Engaging in a Gambling Business): "Base Offense Level: 12". Nov. 1, 1993 (Amendment
481): "(1) 12, if the offense was (A) engaging in a gambling business; (B) transmission of
wagering information; or (C) committed as part of, or to facilitate, a commercial gambling
operation; or (2) 6, otherwise." Nov. 1, 2008 (Amendment 721): "(Apply the greatest)", (2) 10
for an animal fighting venture. Nov. 1, 2016 (Amendment 800): (1) 16 for an animal fighting
venture "except as provided in subdivision (3) below", (2) 12, (3) 10 for a conviction under
7 U.S.C. § 2156(a)(2)(B), (4) 6.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2e3_1.facts import GamblingFacts

TABLE = "gambling_offenses"
SECTION = "§2E3.1"
CH = "chapter_two"


def stated(facts: GamblingFacts) -> dict[str, str]:
    """The facts the case states, each with the case-file key that states it."""
    found = {}
    if facts.gambling_conduct is not None:
        found[facts.gambling_conduct] = "gambling_conduct"
    if facts.animal_fighting_venture:
        found["animal_fighting_venture"] = "animal_fighting_venture"
    if facts.convicted_7_usc_2156_a_2_b:
        found["convicted_7_usc_2156_a_2_b"] = "convicted_7_usc_2156_a_2_b"
    return found


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E3.1(a): the paragraph that applies (from Nov. 1, 2008 the greatest). A fact the
    edition does not read is refused, naming why."""
    version = sheet.manual.table(TABLE)
    facts = stated(given.facts)
    for fact, key in facts.items():
        if fact in version["not_in_edition"]:
            raise CaseError(f"{given.facts_field}.{key}",
                            f"{SECTION} ({version['title']}) in the Guidelines Manual in force "
                            f"on {format_date(sheet.manual.in_force)} does not read "
                            f"“{fact}”: {version['not_in_edition'][fact]}")
    paragraphs = version["base_levels"]
    conditional = [p for p in paragraphs
                   if p.get("conduct") and any(f in facts for f in p["conduct"])
                   and not (p.get("unless") and p["unless"] in facts)]
    if len(paragraphs) == 1 and not conditional:  # 1987: one level for every case
        conditional = paragraphs
    applies = conditional or [p for p in paragraphs if not p.get("conduct")]
    chosen = max(applies, key=lambda p: p["level"])  # the first of equals: the Manual's order
    others = [p for p in paragraphs if p is not chosen and p in applies]
    excepted = [p for p in paragraphs if p.get("unless") and p["unless"] in facts
                and any(f in facts for f in p["conduct"])]
    reason = f"“{version['text_a']}”"
    if others:
        reason += " Also applicable, lower: " + ", ".join(
            f"{p['paragraph']} {p['level']}" for p in others) + "."
    if excepted:
        reason += " Not applicable (the exception): " + ", ".join(
            f"{p['paragraph']} {p['level']}" for p in excepted) + "."
    sheet.set_level(CH, f"{SECTION}{chosen['paragraph']}", "Base offense level",
                    chosen["words"], chosen["level"], reason, sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E3.1 has none in any edition."""
