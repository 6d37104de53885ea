"""What §2L1.3 and §2P1.4 (1987-1989, guidelines for a petty offense) share: a fixed base
level, and from June 15, 1988 §1B1.9 (Petty Offenses), which exempted their offenses from the
guidelines: a version's ``exempt`` quotes it, and the count is refused with those words."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import Levels, set_base


class PettyOffenseLevels(Levels):
    exempt: str | None = None  # §1B1.9 (June 15, 1988): why the guideline is not applied


def petty_offense_base(sheet: Worksheet, given: registry.ChapterTwoCase, table: str,
                       section: str, words: str) -> None:
    """(a), or the refusal where §1B1.9 exempts the offense."""
    version = sheet.manual.table(table)
    if version.get("exempt"):
        raise CaseError(f"{given.field}.guideline", version["exempt"])
    set_base(sheet, version, section, "all", given.offense.description or words)
