"""§2D2.1 in the Chapter Two registry (the text in force from Nov. 1, 2010).

2025 text: "(a) Base Offense Level: (1) 8, if the substance is heroin or any Schedule I or II
opiate, an analogue of these, or cocaine base; or (2) 6, if the substance is cocaine,
flunitrazepam, LSD, or PCP; or (3) 4, if the substance is any other controlled substance or a
list I chemical. (b) Cross Reference (1) If the offense involved possession of a controlled
substance in a prison, correctional facility, or detention facility, apply §2P1.2 (Providing
or Possessing Contraband in Prison)." tables/drug_possession.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import greatest_option

SECTION = "2D2.1"
TABLE = "drug_possession"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D2.1(a): 8, 6 or 4 by the substance."""
    kind = given.facts.substance
    greatest_option(sheet, given, SECTION, TABLE,
                    answers={name: kind == name for name in
                             ("opiate_or_cocaine_base", "cocaine_flunitrazepam_lsd_or_pcp",
                              "other")},
                    quantities={})


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D2.1 has none."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D2.1(b)(1): to §2P1.2, which ussg does not compute: refused, never left out."""
    if given.facts.in_prison:
        version = sheet.manual.table(TABLE)
        raise CaseError(f"{given.facts_field}.in_prison",
                        f"§2D2.1(b)(1): “{version['cross_reference']}” — ussg does not "
                        f"compute §2P1.2: enter the count with guideline = \"other\" and the "
                        f"level as found")
