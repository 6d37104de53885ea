"""§2K1.6 of Nov. 1, 1987 - Oct. 31, 1991 in the Chapter Two registry
(tables/former_explosives_2k1_6.toml): (a) "Apply the greater" (from 1990, Amendment 331, "the
greatest") of (1) 18, (2) §2X1.1 in respect to the other offense the defendant intended to
commit against a person or property, and from 1990 (3) the most analogous homicide guideline
if death resulted (the level as determined). No (b) or (c)."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2k1_6.facts import FormerExplosives2K1_6Facts
from ussg.guidelines.manual.ch2.s2k2_1.before_1991 import refuse_other_facts, the_greatest_base
from ussg.guidelines.manual.ch2.s2x1_1.inchoate import in_respect_to

TABLE = "former_explosives_2k1_6"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): each alternative the facts give (the other offense on a scratch sheet); the
    greatest is the base offense level, with the steps that made it (the first of equals)."""
    version = sheet.manual.table(TABLE)
    facts: FormerExplosives2K1_6Facts = given.facts
    refuse_other_facts(sheet, given, version, facts, "2K1.6")
    other = facts.other_offense
    if other is not None and other.death_resulted:
        raise CaseError(f"{given.facts_field}.other_offense.death_resulted",
                        "§2K1.6's other offense has no homicide clause of its own: give "
                        "homicide_offense_level (from Nov. 1, 1990, (a)(3))")
    candidates: list[tuple[int, str, dict, str, list]] = []
    for row in version["base_levels"]:
        where = f"§2K1.6{row['subsection']}"
        if row["rule"] == "fixed":
            candidates.append((row["level"], where, row, f"level {row['level']}", []))
        elif row["rule"] == "other_offense" and other is not None:
            level, steps, words = in_respect_to(sheet, given, other,
                                                f"{given.facts_field}.other_offense")
            candidates.append((level, where, row, "intent to commit another offense against "
                               f"a person or property: §2X1.1 in respect to {words}", steps))
        elif row["rule"] == "homicide" and facts.homicide_offense_level is not None:
            level = facts.homicide_offense_level
            candidates.append((level, where, row, "death resulted: the most analogous homicide "
                               f"guideline, level {level} (as determined)", []))
    the_greatest_base(sheet, candidates, lambda where, row: (
        f"{where} ({version['title_then']}): {version['text_base']} {row['text']}"),
        sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.6 of 1987-1991 has no specific offense characteristics."""
