"""The original §2J1.7 (Commission of Offense While on Release), Nov. 1, 1987 - Oct. 31, 1989,
in the Chapter Two registry (tables/offense_on_release_1987.toml), as Amendment 178 quotes it
where it deletes it (App. C Vol. I lines 3467-3478): "(a) Base Offense Level: 6 (b) Specific
Offense Characteristics (1) If the offense committed while on release is punishable by death
or imprisonment for a term of fifteen years or more, increase by 6 levels. (2) If the offense
committed while on release is punishable by a term of imprisonment of five or more years, but
less than fifteen years, increase by 4 levels. (3) If the offense committed while on release
is a felony punishable by a maximum term of less than five years, increase by 2 levels."
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base

TABLE = "offense_on_release_1987"
SECTION = "§2J1.7"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             "a sentence under 18 U.S.C. § 3147")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)-(3): the one paragraph the maximum term reaches (none for a misdemeanor)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if facts.punishable_by_death_or_life:
        term, words = None, "punishable_by_death_or_life = true"
    else:
        term, words = facts.maximum_months, f"maximum_months = {facts.maximum_months}"
    for rule in version["punishable"]:
        reached = term is None and rule.get("at_most") is None or term is not None and (
            rule["at_least"] <= term and (rule.get("at_most") is None or term <= rule["at_most"]))
        if not reached:
            continue
        if rule.get("felony_only") and not facts.felony:
            sheet.note("chapter_two", f"{SECTION}{rule['paragraph']}", rule["title"],
                       f"{words}, felony = false", "not applied",
                       f"not a felony: “{rule['text']}”", source)
            return
        if rule.get("felony_only"):
            words += ", felony = true"
        sheet.adjust("chapter_two", f"{SECTION}{rule['paragraph']}", rule["title"], words,
                     rule["levels"], f"“{rule['text']}”", source)
        return
