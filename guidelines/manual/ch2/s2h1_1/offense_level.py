"""§2H1.1 in the Chapter Two registry (tables/individual_rights.toml).

Before Nov. 1, 1995, the former guideline (``former.py``): "Going in Disguise to Deprive of
Rights" (from Nov. 1, 1990, Amendment 327, "Conspiracy to Interfere with Civil Rights; Going
in Disguise to Deprive of Rights"): the greater of 15 and 2 plus the offense level applicable
to any underlying offense; (b)(1) +4 for a public official.

From Nov. 1, 1995, as Amendment 521 consolidated it (2016 and 2025): "(a) Base Offense Level
(Apply the Greatest): (1) the offense level from the offense guideline applicable to any
underlying offense; (2) 12, if the offense involved two or more participants; (3) 10, if the
offense involved (A) the use or threat of force against a person; or (B) property damage or
the threat of property damage; or (4) 6, otherwise. (b) Specific Offense Characteristic (1)
If (A) the defendant was a public official at the time of the offense; or (B) the offense was
committed under color of law, increase by 6 levels."

Comment. (n.1): "Use the alternative base offense level only if it is greater than each of
the Chapter Two offense levels determined above": a tie goes to (a)(1), whose steps are then
adopted (§1B1.5).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    section_3b1_3_stated)
from ussg.guidelines.manual.ch2.s2h1_1 import former
from ussg.guidelines.manual.ch2.s2h1_1.facts import IndividualRightsFacts

CH = "chapter_two"
TABLE = "individual_rights"
SECTION = "§2H1.1"
TITLE = "Base offense level (offenses involving individual rights)"
FORMER_TITLE = "Base offense level (civil rights)"
#: the findings of the consolidated guideline (Amendment 521), refused before it
CONSOLIDATED = ("two_or_more_participants", "force_or_threat_against_person",
                "property_damage_or_threat", "under_color_of_law")


def _alternative(version: Version, facts: IndividualRightsFacts) -> tuple[dict, str]:
    """The greatest of (a)(2)-(4) the findings reach, and the words of the finding."""
    if facts.two_or_more_participants:
        return version["participants"], "two_or_more_participants = true"
    found = [name for name in ("force_or_threat_against_person", "property_damage_or_threat")
             if getattr(facts, name)]
    if found:
        return version["force"], ", ".join(f"{name} = true" for name in found)
    return version["otherwise"], "none of (a)(2), (a)(3) found"


def _refuse_consolidated_findings(sheet: Worksheet, version: Version, facts, field: str
                                  ) -> None:
    for name in CONSOLIDATED:
        if getattr(facts, name):
            raise CaseError(f"{field}.{name}",
                            f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} is “{version['title_in_edition']}”"
                            f": (a) “{version['heading']}” "
                            + " ".join(f"{f['paragraph']} “{f['text']}”" for f in version["fixed"])
                            + f" {version['underlying']['paragraph']} “{version['underlying']['text']}”"
                            f"; Amendment 521 (Nov. 1, 1995) wrote the guideline that has this "
                            f"finding")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H1.1(a): before Nov. 1, 1995 the former guideline's; from then the greatest of
    (1)-(4), (a)(1) on a tie (comment. (n.1))."""
    facts: IndividualRightsFacts = given.facts
    version = sheet.manual.table(TABLE)
    if version.get("former"):
        _refuse_consolidated_findings(sheet, version, facts, given.facts_field)
        former.base_offense_level(sheet, given, version, SECTION, FORMER_TITLE)
        return
    source = sheet.note_version(version)
    alternative, found = _alternative(version, facts)
    underlying = former.underlying_level(sheet, given)
    heading = version["text_a"]
    if underlying is not None and underlying[0] >= alternative["level"]:
        level, steps, words = underlying
        sheet.steps.extend(steps)
        first = version["underlying"]
        note = version["comparative_note"]
        sheet.set_level(CH, f"{SECTION}{first['paragraph']}", TITLE, words, level,
                        f"“{heading}” “{first['text']}” ({level} is not less than "
                        f"{alternative['paragraph']}'s {alternative['level']}; "
                        f"{note['note']}: “{note['text']}”)", source)
        return
    why = f"“{heading}” “{alternative['text']}”"
    if underlying is not None:
        why += (f" ({alternative['level']} is greater than the underlying offense's "
                f"{underlying[0]} under {version['underlying']['paragraph']})")
        found = f"{found}; {underlying[2]}"
    sheet.set_level(CH, f"{SECTION}{alternative['paragraph']}", TITLE, found,
                    alternative["level"], why, source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H1.1(b)(1): +4 for a public official before Nov. 1, 1995; from then +6 for a public
    official or under color of law, to whichever base offense level (a) gave; with it,
    §3B1.3 (comment. (n.5)) and §3A1.1(a) (comment. (n.4); §3A1.1(c)) stated are refused."""
    facts: IndividualRightsFacts = given.facts
    version = sheet.manual.table(TABLE)
    if version.get("former"):
        former.public_official(sheet, given, version, SECTION, facts.public_official)
        return
    found = [name for name in ("public_official", "under_color_of_law")
             if getattr(facts, name)]
    if not found:
        return
    paragraph = version["public_official"]
    when = format_date(sheet.manual.in_force)
    if name := section_3b1_3_stated(given.adjustments.role):
        note = version["trust_note"]
        raise CaseError(f"adjustments.role.{name}",
                        f"{SECTION}, {note['note']} (in force on {when}): “{note['text']}” "
                        f"({given.facts_field}.{found[0]} = true: (b)(1) applies)")
    if given.adjustments.victim.hate_crime:
        note = version["hate_crime_note"]
        raise CaseError("adjustments.victim.hate_crime",
                        f"{SECTION}, {note['note']} (in force on {when}): “{note['text']}” "
                        f"({given.facts_field}.{found[0]} = true: (b)(1) applies)")
    clauses = {"public_official": "(A)", "under_color_of_law": "(B)"}
    sheet.adjust(CH, f"{SECTION}{paragraph['paragraph']}", "Public official, or under color "
                 "of law", ", ".join(f"{name} = true {clauses[name]}" for name in found),
                 paragraph["levels"], f"“{paragraph['text']}”", sheet.note_version(version))
