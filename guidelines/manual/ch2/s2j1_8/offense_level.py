"""§2J1.8 (Bribery of Witness) in the Chapter Two registry (tables/witness_bribery_1987.toml),
Nov. 1, 1987 - Oct. 31, 1993. As Amendment 481 quotes it where it deletes it (App. C Vol. I
lines 14272-14281), the text of Nov. 1, 1989 (Amendment 179): "(a) Base Offense Level: 12
(b) Specific Offense Characteristic (1) If the offense resulted in substantial interference
with the administration of justice, increase by 3 levels. (c) Cross Reference (1) If the
offense involved bribery of a witness in respect to a criminal offense, apply §2X3.1
(Accessory After the Fact) in respect to that criminal offense, if the resulting offense level
is greater than that determined above." Earlier words undo Amendments 179 and 33 (derived).

Its findings are §2J1.3's (the case file's ``[offense.perjury]``, offense = "witness_bribery"),
the guideline Amendment 481 consolidated it with: substantial_interference, in_respect_to,
obstructed_the_perjury_count (here: of the witness bribery count, comment. (n.2)).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_paragraph, base_level_of, obstruction_adjustment_withheld)
from ussg.guidelines.manual.ch2.s2x3_1.accessory import in_respect_to

TABLE = "witness_bribery_1987"
SECTION = "§2J1.8"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2J1.8(a): 12. The facts must be a witness bribery's, with no §2J1.3(b)(1) finding."""
    facts = given.facts
    if facts.offense != "witness_bribery":
        raise CaseError(f"{given.facts_field}.offense",
                        f"{SECTION} (Bribery of Witness) covers offense = \"witness_bribery\" "
                        f"only; {facts.offense.replace('_', ' ')} is §2J1.3's: give guideline = "
                        f"\"2J1.3\"")
    if facts.injury_or_property_damage:
        raise CaseError(f"{given.facts_field}.injury_or_property_damage",
                        f"{SECTION} has no such characteristic (§2J1.3(b)(1), subornation of "
                        f"perjury by injury or property damage, is §2J1.3's)")
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level",
                  "offense = \"witness_bribery\"")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) +3."""
    version = sheet.manual.table(TABLE)
    apply_paragraph(sheet, version, SECTION, "Substantial interference with the administration "
                    "of justice", version["substantial_interference"],
                    given.facts.substantial_interference, "substantial_interference = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2X3.1 in respect to the criminal offense, if greater; then comment. (n.2)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    other = facts.in_respect_to
    if other is not None:
        reference = version["cross_reference"]
        field = f"{given.facts_field}.in_respect_to"
        if not version.get("cross_reference_reaches", True):
            raise CaseError(field, f"{SECTION}{reference['paragraph']} as it stood on "
                                   f"{format_date(sheet.manual.in_force)} reads “"
                                   f"{reference['text']}”: Amendment 33 (Jan. 15, 1988) replaced "
                                   f"\"perjury\" with \"bribery of a witness\" \"to correct a "
                                   f"clerical error\"; ussg does not read the earlier words "
                                   f"either way")
        level, steps, words = in_respect_to(sheet, given, other, field)
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: bribery of a witness in respect to a criminal "
                         "offense (§2X3.1)", f"in_respect_to: {words}", level, steps,
                         reference["text"], sheet.note_version(version), only_if_greater=True)
    obstruction_adjustment_withheld(sheet, given, version, SECTION, "obstructed_the_perjury_count")
