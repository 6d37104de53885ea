"""§2B1.3 (Property Damage or Destruction), Nov. 1, 1987 - Oct. 31, 2001
(tables/property_damage.toml): (a) 4; (b)(1) the loss through the §2B1.1 loss table in force
on the same date; the other paragraphs of (b) in the edition's order; (c)(1) from Nov. 1, 1990
("If the offense involved arson, or property damage by use of explosives, apply §2K1.4": the
level under §2K1.4 computed from its facts nested at ``arson`` through the registry, its steps
shown, or as determined, ``arson_or_explosives_offense_level``); (d)(1), Nov. 1, 1997 - Oct. 31,
2001 ("If the defendant is convicted under 18 U.S.C. § 1030(a)(5), the minimum guideline
sentence, notwithstanding any other adjustment, shall be six months' imprisonment"), applied
to the range in Chapter Five, Part A. Amendment 617 quoted the guideline whole as it struck it.
"""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import special_instruction_minimum
from ussg.guidelines.manual.ch2.s2b1_2.offense_level import paragraphs, value_through_theft_table

TABLE = "property_damage"
SECTION = "§2B1.3"
CH = "chapter_two"
WHEN = {
    "national_cemetery": "the national cemetery paragraph was inserted by Amendment 576, eff. "
                         "Nov. 1, 1998",
}


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.3(a): "Base Offense Level: 4"."""
    version = sheet.manual.table(TABLE)
    sheet.set_level(CH, f"{SECTION}(a)", "Base offense level (Property Damage or Destruction)",
                    "property damage or destruction", version["base"],
                    f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.3(b)(1), then the other paragraphs of the edition."""
    version = sheet.manual.table(TABLE)
    value_through_theft_table(sheet, given, version, SECTION, "Loss",
                              f"loss {given.facts.loss!s}", given.facts.loss, "loss")
    paragraphs(sheet, given, version, SECTION, WHEN)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) from Nov. 1, 1990, then (d)(1) from Nov. 1, 1997."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    where = Where(given.facts_field, sheet.manual.strict)
    edition = format_date(sheet.edition.edition)
    level = facts.arson_or_explosives_offense_level
    if level is not None or facts.arson is not None:
        key = "arson_or_explosives_offense_level" if level is not None else "arson"
        reference = version.get("cross_reference")
        if reference is None:
            stated = f"§2K1.4: level {level}" if level is not None else "§2K1.4: its facts"
            not_in_edition(sheet, where, key, f"{SECTION}(c)",
                           "Cross reference (§2K1.4)", stated,
                           f"{SECTION} of the {edition} Manual has no cross reference: (c)(1) "
                           f"was inserted by Amendment 313, eff. Nov. 1, 1990 (until then the "
                           f"guideline was for property damage or destruction “Other than by "
                           f"Arson or Explosives”; apply §2K1.4 itself)", source, chapter=CH)
        elif level is not None:
            sheet.move_to(CH, f"{SECTION}{reference['paragraph']}", "Cross reference (§2K1.4)",
                          f"§2K1.4: level {level}, as determined", level,
                          f"“{reference['text']}” (the level under §2K1.4 as stated)", source)
        else:
            at = f"{given.facts_field}.arson"
            computed, steps = registry.offense_level_under(
                sheet, "2K1.4", given.under("2K1.4", facts.arson, at))
            sheet.steps.extend(steps)
            sheet.move_to(CH, f"{SECTION}{reference['paragraph']}", "Cross reference (§2K1.4)",
                          f"§2K1.4: level {computed} (its steps above)", computed,
                          f"“{reference['text']}”", source)
    subsection = facts.convicted_under_1030_subsection
    if subsection is None:
        return
    conviction = f"convicted under 18 U.S.C. § 1030{subsection}"
    instruction = version.get("special_instruction")
    if instruction is None:
        not_in_edition(sheet, where, "convicted_under_1030_subsection", f"{SECTION}(d)",
                       "Special instruction", conviction,
                       f"{SECTION} of the {edition} Manual has no special instruction: (d)(1) "
                       f"was inserted by Amendment 551, eff. Nov. 1, 1997", source, chapter=CH)
        return
    special_instruction_minimum(sheet, f"{SECTION}{instruction['paragraph']}", conviction,
                                subsection in instruction["subsections"], instruction["months"],
                                instruction["text"], source)
