"""§2L2.4 (Fraudulently Acquiring or Improperly Using a United States Passport), Nov. 1, 1987 -
Oct. 31, 1993: (a) 6; (b)(1) a previously deported unlawful alien +2 from Nov. 1, 1989
(tables/passport_misuse.toml). Amendment 481 quoted the guideline whole as it deleted it: "(a)
Base Offense Level: 6 (b) Specific Offense Characteristic (1) If the defendant is an unlawful
alien who has been deported (voluntarily or involuntarily) on one or more occasions prior to the
instant offense, increase by 2 levels."."""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2l2_1.offense_level import where

TABLE = "passport_misuse"
SECTION = "§2L2.4"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.4(a): "Base Offense Level: 6"."""
    version = sheet.manual.table(TABLE)
    sheet.set_level("chapter_two", f"{SECTION}(a)", "Base offense level (Fraudulently "
                    "Acquiring or Improperly Using a United States Passport)",
                    "fraudulently acquiring or improperly using a United States passport",
                    version["base"], f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.4(b)(1), from Nov. 1, 1989 (before, the commentary recommended a departure: a
    finding of prior deportation is refused, or noted where §1B1.11(b) weighs the edition)."""
    if not given.facts.deported_before:
        return
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if version.get("deported") is None:
        not_in_edition(sheet, where(sheet, given), "deported_before", f"{SECTION}(b)(1)",
                       "Previously deported", "an unlawful alien deported before",
                       f"{SECTION} has no specific offense characteristic before Amendment 198 "
                       f"(Nov. 1, 1989); the commentary recommended a departure: "
                       f"“{version['departure_note']}” (ussg computes no departure)", source,
                       "chapter_two")
        return
    sheet.adjust("chapter_two", f"{SECTION}(b)(1)", "Previously deported",
                 "an unlawful alien deported before the instant offense", version["deported"],
                 f"“{version['text_b1']}”", source)
