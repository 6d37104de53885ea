"""The former Part H, Subpart 1 guidelines (before Nov. 1, 1995): §2H1.1 (Going in Disguise
to Deprive of Rights; from Nov. 1, 1990 also Conspiracy to Interfere with Civil Rights),
§2H1.2 (Conspiracy to Interfere with Civil Rights, to Oct. 31, 1990), §2H1.3 (Use of Force or
Threat of Force to Deny Benefits or Rights in Furtherance of Discrimination), §2H1.4
(Interference with Civil Rights Under Color of Law), §2H1.5 (Other Deprivations of Rights or
Benefits in Furtherance of Discrimination), as Amendments 327 and 521 quote them.

Each: "(a) Base Offense Level (Apply the greater): (1) <level>; or (2) 2 plus the offense
level applicable to any underlying offense." (§2H1.3: "the greatest" of 10 if no injury
occurred, 15 if injury occurred, and 2 plus; §2H1.4: 10, or 6 plus from Nov. 1, 1989, 2 plus
before), and, but for §2H1.4, "(b)(1) If the defendant was a public official at the time of
the offense, increase by 4 levels." With (b)(1) (§2H1.4: always) §3B1.3 is not applied.

Also the underlying offense's level for §2H1.1(a)(1) from Nov. 1, 1995: computed through the
registry from the count's facts (its steps, to be adopted), or stated (``"other"``).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, section_3b1_3_stated)

CH = "chapter_two"


def underlying_level(sheet: Worksheet, given: registry.ChapterTwoCase
                     ) -> tuple[int, list, str] | None:
    """The offense level from the guideline applicable to the underlying offense (the facts'
    ``underlying_guideline``), computed through the registry or as stated; None if none is
    named."""
    facts = given.facts
    guideline = facts.underlying_guideline
    if guideline is None:
        return None
    if guideline == "other":
        assert facts.underlying_offense_level is not None
        level = facts.underlying_offense_level
        return level, [], f"underlying_offense_level = {level} (as determined)"
    other = registry.computed_guideline(given, guideline, given.facts_field,
                                        "underlying offense")
    level, steps = registry.offense_level_under(
        sheet, guideline, given.under(guideline, other.facts_of(given.offense)))
    return level, steps, f"the underlying offense under §{guideline}: level {level}"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                       section: str, title: str, injury: bool = False) -> None:
    """(a): the level the findings select, then N plus the underlying offense's level if
    greater ("Apply the greater"; a tie keeps the level, no other guideline's steps adopted)."""
    underlying = version["underlying"]
    source = sheet.note_version(version)
    wanted = "injury" if injury else "no_injury"
    fixed = next(f for f in version["fixed"] if f["applies_to"] in ("all", wanted))
    words = ("injury = true" if fixed["applies_to"] == "injury"
             else "injury = false" if fixed["applies_to"] == "no_injury"
             else given.offense.description or version["title_in_edition"])
    sheet.set_level(CH, f"{section}{fixed['paragraph']}", title, words, fixed["level"],
                    f"“{version['heading']}” “{fixed['text']}”", source)
    found = underlying_level(sheet, given)
    if found is None:
        return
    level, steps, named = found
    plus = level + underlying["plus"]
    adopt_if_greater(sheet, f"{section}{underlying['paragraph']}", "Underlying offense",
                     f"{named}; {underlying['plus']} plus {level} = {plus}", plus, steps,
                     f"{version['heading']} {underlying['text']}", source,
                     only_if_greater=True)


def public_official(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                    section: str, found: bool) -> None:
    """(b)(1), +4, where the edition has it; §3B1.3 stated is refused with it (or, §2H1.4,
    always)."""
    note = version["trust_note"]
    when = format_date(sheet.manual.in_force)
    stated = section_3b1_3_stated(given.adjustments.role)
    if stated and (found or version.get("trust_note_always")):
        why = "" if version.get("trust_note_always") else \
            f" ({given.facts_field}.public_official = true: (b)(1) applies)"
        raise CaseError(f"adjustments.role.{stated}",
                        f"{section}, {note['note']} (in force on {when}): “{note['text']}”"
                        + why)
    if not found:
        return
    paragraph = version["public_official"]
    sheet.adjust(CH, f"{section}{paragraph['paragraph']}", "Public official",
                 "public_official = true", paragraph["levels"], f"“{paragraph['text']}”",
                 sheet.note_version(version))
