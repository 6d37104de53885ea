"""§2A1.4 (Involuntary Manslaughter) in the Chapter Two registry: (a) the base offense level by
the conduct the offense involved, and the special instruction (b)(1), as the edition applied
has them (tables/involuntary_manslaughter.toml).

§2A1.4 (2025): "(a) Base Offense Level: (1) 12, if the offense involved criminally negligent
conduct; or (2) (Apply the greater): (A) 18, if the offense involved reckless conduct; or (B)
22, if the offense involved the reckless operation of a means of transportation. (b) Special
Instruction (1) If the offense involved the involuntary manslaughter of more than one person,
Chapter Three, Part D (Multiple Counts) shall be applied as if the involuntary manslaughter of
each person had been contained in a separate count of conviction." Before Nov. 1, 2004
(Amendment 663): (1) criminally negligent, (2) reckless, no (b); 10 and 14 before Nov. 1, 2003
(Amendment 652).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import refuse_paragraphs_not_in_edition
from ussg.guidelines.manual.ch2.s2a1_4.facts import InvoluntaryManslaughterFacts

TABLE = "involuntary_manslaughter"
SECTION = "§2A1.4"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.4(a): the subdivision that names the conduct found; from Nov. 1, 2004 the greater
    of (a)(2)(A) and (B) (the reckless operation of a means of transportation is reckless
    conduct too: (B), 22, is the greater). A conduct the edition's (a) does not name is
    refused with the reason (its table's ``absent``)."""
    facts: InvoluntaryManslaughterFacts = given.facts
    version = sheet.manual.table(TABLE)
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("more_than_one_person", "more_than_one_person", facts.more_than_one_person),))
    found = next((b for b in version["base_levels"] if b["conduct"] == facts.conduct), None)
    if found is None:
        why = next(a["note"] for a in version["absent"] if a["conduct"] == facts.conduct)
        words = "; ".join(f"{b['paragraph']} “{b['text']}”" for b in version["base_levels"])
        raise CaseError(f"{given.facts_field}.conduct",
                        f"\"{facts.conduct}\": §2A1.4(a) in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} reads {words}; {why}")
    reason = f"“{found['text']}”"
    if version.get("greater") and found["paragraph"].endswith("(B)"):
        reckless = next(b for b in version["base_levels"] if b["conduct"] == "reckless")
        reason = (f"(a)(2) “{version['greater']}” (A) {reckless['level']} for reckless "
                  f"conduct, (B) {found['level']}: “{found['text']}”")
    sheet.set_level("chapter_two", f"{SECTION}{found['paragraph']}", "Base offense level",
                    f"conduct = \"{facts.conduct}\"", found["level"], reason,
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.4 has none; (b)(1) from Nov. 1, 2004 is a special instruction: with more than one
    person killed, this count is one person's, shown and warned of, so that each other
    person's involuntary manslaughter is given as a count of its own (Chapter Three, Part D)."""
    facts: InvoluntaryManslaughterFacts = given.facts
    if not facts.more_than_one_person:
        return
    version = sheet.manual.table(TABLE)
    instruction = version["more_than_one_person"]
    where = f"{SECTION}{instruction['paragraph']}"
    sheet.note("chapter_two", where, "Special instruction: more than one person",
               "more_than_one_person = true", "each person a count",
               f"“{instruction['text']}” This count is one person's; give each other "
               f"person's involuntary manslaughter as a count of its own",
               sheet.note_version(version))
    sheet.warn(f"{where}: more than one person: this count is computed for one person; each "
               f"other person's involuntary manslaughter must be a count of its own "
               f"([[counts]], guideline = \"2A1.4\") for Chapter Three, Part D")
