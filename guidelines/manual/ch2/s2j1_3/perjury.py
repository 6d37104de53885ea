"""§2J1.3 (Perjury or Subornation of Perjury; Bribery of Witness) in the Chapter Two registry:
(a) the base offense level (12; 14 from Nov. 1, 2003, Amendment 653), (b)(1) +8 and (b)(2) +3
in each edition's words, (c)(1) §2X3.1 in respect to the criminal offense, if greater, and
comment. (n.2): §3C1.1 (before Nov. 1, 2013, Chapter Three, Part C) does not apply unless the
defendant obstructed the investigation or trial of the perjury count (tables/perjury.toml).

2025 text (GLM2025_fulltext.txt lines 12869-12887): "(a) Base Offense Level: 14 (b)(1) If the
offense involved causing or threatening to cause physical injury to a person, or property
damage, in order to suborn perjury, increase by 8 levels. (2) If the perjury, subornation of
perjury, or witness bribery resulted in substantial interference with the administration of
justice, increase by 3 levels. (c)(1) If the offense involved perjury, subornation of perjury,
or witness bribery in respect to a criminal offense, apply §2X3.1 (Accessory After the Fact)
in respect to that criminal offense, if the resulting offense level is greater than that
determined above."
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_paragraph, base_level_of, obstruction_adjustment_withheld)
from ussg.guidelines.manual.ch2.s2j1_3.facts import PerjuryFacts
from ussg.guidelines.manual.ch2.s2x3_1.accessory import in_respect_to

TABLE = "perjury"
SECTION = "§2J1.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2J1.3(a): 12 until Oct. 31, 2003, then 14; witness bribery before Nov. 1, 1993 (then
    §2J1.8) is refused."""
    facts: PerjuryFacts = given.facts
    version = sheet.manual.table(TABLE)
    if facts.offense in version.get("unplaced", {}):
        raise CaseError(f"{given.facts_field}.offense", version["unplaced"][facts.offense])
    base_level_of(sheet, version, SECTION, "Base offense level",
                  f"offense = \"{facts.offense}\"")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) +8, (b)(2) +3."""
    facts: PerjuryFacts = given.facts
    version = sheet.manual.table(TABLE)
    apply_paragraph(sheet, version, SECTION, "Injury or property damage to suborn perjury",
                    version["injury"], facts.injury_or_property_damage,
                    "injury_or_property_damage = true")
    apply_paragraph(sheet, version, SECTION, "Substantial interference with the administration "
                    "of justice", version["substantial_interference"],
                    facts.substantial_interference, "substantial_interference = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2X3.1 in respect to the criminal offense, if greater; then the note on
    Chapter Three, Part C (§3C1.1)."""
    facts: PerjuryFacts = given.facts
    version = sheet.manual.table(TABLE)
    other = facts.in_respect_to
    if other is not None:
        reference = version["cross_reference"]
        field = f"{given.facts_field}.in_respect_to"
        if facts.offense not in version["cross_reference_reaches"]:
            raise CaseError(field, f"{SECTION}{reference['paragraph']} as it stood on "
                                   f"{format_date(sheet.manual.in_force)} reads “"
                                   f"{reference['text']}”, which does not name "
                                   f"{facts.offense.replace('_', ' ')}; Amendment 175 (Nov. 1, "
                                   f"1989) added it \"to ensure that subornation of perjury is "
                                   f"not excluded from subsection (c) due to a lack of parallel "
                                   f"wording\": ussg does not read the earlier words either way")
        level, steps, words = in_respect_to(sheet, given, other, field)
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: perjury in respect to a criminal offense (§2X3.1)",
                         f"in_respect_to: {words}", level, steps, reference["text"],
                         sheet.note_version(version), only_if_greater=True)
    obstruction_adjustment_withheld(sheet, given, version, SECTION, "obstructed_the_perjury_count")
