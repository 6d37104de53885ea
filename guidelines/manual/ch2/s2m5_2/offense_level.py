"""§2M5.2 (Exportation of Arms, Munitions, or Military Equipment or Services Without Required
Validated Export License) in the Chapter Two registry (tables/arms_export.toml): (a) before Nov.
1, 1990 "(Apply the greater)": 22 if sophisticated weaponry was involved, 14; from Nov. 1, 1990
(Amendment 337) 22 (26 from Nov. 1, 2001), except (a)(2)'s 14 if the offense involved only
non-fully-automatic small arms not exceeding ten (from Nov. 1, 2011, Amendment 753: two, or
ammunition for them not exceeding 500 rounds, or both).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

CH = "chapter_two"
TABLE = "arms_export"
SECTION = "§2M5.2"


def _refuse(sheet: Worksheet, field: str, why: str) -> None:
    raise CaseError(field, f"{SECTION} in the Guidelines Manual in force on "
                    f"{format_date(sheet.manual.in_force)} {why}")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a) as the edition words it."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source, heading, lesser = sheet.note_version(version), version["heading"], version["lesser"]
    where = given.facts_field
    if version.get("sophisticated") is not None:
        if facts.sophisticated_weaponry is None:
            _refuse(sheet, f"{where}.sophisticated_weaponry", "reads (a) by whether "
                    "sophisticated weaponry was involved (Amendment 337 replaced it with the "
                    "small-arms exception on Nov. 1, 1990): give sophisticated_weaponry")
        rule = version["sophisticated"] if facts.sophisticated_weaponry else lesser
        greater = " (the greater)" if facts.sophisticated_weaponry else ""
        sheet.set_level(CH, f"{SECTION}{rule['paragraph']}", "Base offense level",
                        f"sophisticated_weaponry = {str(facts.sophisticated_weaponry).lower()}",
                        rule["level"], f"“{heading} {rule['text']}”{greater}", source)
        return
    if facts.sophisticated_weaponry is not None:
        _refuse(sheet, f"{where}.sophisticated_weaponry", "has no sophisticated-weaponry level "
                "(Amendment 337 deleted it on Nov. 1, 1990): give small_arms, rounds or "
                "other_items")
    small_arms, rounds = facts.small_arms or 0, facts.rounds or 0
    most_rounds = version.get("most_rounds")
    if rounds and most_rounds is None:
        _refuse(sheet, f"{where}.rounds", "names only non-fully-automatic small arms in (a)(2) "
                "and courts applied it differently to ammunition (Amendment 753's reason, eff. "
                "Nov. 1, 2011, which added (a)(2)(B)): the level for an offense involving "
                "ammunition is not read from the words: use guideline \"other\" with the "
                "offense level as determined")
    words = ", ".join(w for w in (
        f"small_arms = {small_arms}" if facts.small_arms is not None else "",
        f"rounds = {rounds}" if facts.rounds is not None else "",
        "other_items = true" if facts.other_items else "") if w)
    why = []
    if facts.other_items:
        why.append("other items were involved")
    if small_arms > version["most_small_arms"]:
        why.append(f"{small_arms} weapons exceed {version['most_small_arms']}")
    if most_rounds is not None and rounds > most_rounds:
        why.append(f"{rounds} rounds exceed {most_rounds}")
    if not why:
        sheet.set_level(CH, f"{SECTION}{lesser['paragraph']}", "Base offense level", words,
                        lesser["level"], f"“{heading} ... {lesser['text']}”", source)
        return
    general = version["general"]
    sheet.set_level(CH, f"{SECTION}{general['paragraph']}", "Base offense level", words,
                    general["level"], f"“{heading} {general['text']}” ({lesser['paragraph']} "
                    f"does not apply: {'; '.join(why)})", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M5.2 has none."""
