"""§2A1.5 (Conspiracy or Solicitation to Commit Murder) in the Chapter Two registry: (a), (b)(1)
and the cross references (c)(1) to §2A1.1 and (c)(2) to §2A2.1, each computed through the
registry (tables/conspiracy_solicitation_murder.toml).

§2A1.5 (2025): "(a) Base Offense Level: 33 (b) Specific Offense Characteristic (1) If the
offense involved the offer or the receipt of anything of pecuniary value for undertaking the
murder, increase by 4 levels. (c) Cross References (1) If the offense resulted in the death of
a victim, apply §2A1.1 (First Degree Murder). (2) If the offense resulted in an attempted
murder or assault with intent to commit murder, apply §2A2.1 (Assault with Intent to Commit
Murder; Attempted Murder)." (a) 28 from Nov. 1, 1990 (Amendment 311) to Nov. 1, 2004
(Amendment 663). Neither cross reference says "if the resulting offense level is greater":
the other guideline's level is applied as it is.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import apply_paragraph, base_level_of
from ussg.guidelines.manual.ch2.s2a1_5.facts import MurderConspiracyFacts

TABLE = "conspiracy_solicitation_murder"
SECTION = "§2A1.5"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.5(a): 33 (28 before Nov. 1, 2004)."""
    version = sheet.manual.table(TABLE)
    base_level_of(sheet, version, SECTION, "Base offense level",
                  given.offense.description or "conspiracy or solicitation to commit murder")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.5(b)(1): the offer or receipt of anything of pecuniary value, +4."""
    facts: MurderConspiracyFacts = given.facts
    version = sheet.manual.table(TABLE)
    apply_paragraph(sheet, version, SECTION, "Offer or receipt of anything of pecuniary value "
                    "for undertaking the murder", version["pecuniary_value"],
                    facts.offer_or_receipt_of_pecuniary_value,
                    "offer_or_receipt_of_pecuniary_value = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.5(c)(1): a death: §2A1.1's level; (c)(2): an attempted murder or assault with
    intent to commit murder: §2A2.1's level from its findings. Each replaces this guideline's
    level (the Manual says "apply", not "if greater"). Both stated is refused: with a death
    the offense level is §2A1.1's, and findings for §2A2.1 would be read by nothing."""
    facts: MurderConspiracyFacts = given.facts
    if not facts.death_resulted and facts.attempted_murder is None:
        return
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    death = version["death_cross_reference"]
    attempted = version["attempted_murder_cross_reference"]
    if facts.death_resulted and facts.attempted_murder is not None:
        raise CaseError(f"{given.facts_field}.attempted_murder",
                        f"{SECTION}{death['paragraph']} “{death['text']}” applies with "
                        f"death_resulted = true, and §2A1.1's level is then the offense level: "
                        f"give the {SECTION}{attempted['paragraph']} findings (attempted_murder) "
                        f"only where no death resulted")
    if facts.death_resulted:
        level, steps = registry.offense_level_under(sheet, "2A1.1", given.under("2A1.1"))
        sheet.steps.extend(steps)
        sheet.move_to("chapter_two", f"{SECTION}{death['paragraph']}",
                      "Cross reference: death (§2A1.1)", "death_resulted = true", level,
                      f"“{death['text']}” §2A1.1: level {level}", source)
        return
    field = f"{given.facts_field}.attempted_murder"
    level, steps = registry.offense_level_under(
        sheet, "2A2.1", given.under("2A2.1", facts.attempted_murder, field))
    sheet.steps.extend(steps)
    sheet.move_to("chapter_two", f"{SECTION}{attempted['paragraph']}",
                  "Cross reference: attempted murder (§2A2.1)",
                  "attempted_murder (the §2A2.1 findings)", level,
                  f"“{attempted['text']}” §2A2.1: level {level}", source)
