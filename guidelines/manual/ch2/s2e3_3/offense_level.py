"""§2E3.3 (Other Gambling Offenses), Nov. 1, 1987 - Oct. 31, 1993, in the Chapter Two registry
(tables/other_gambling_2e3_3.toml). Amendment 481 quoted it whole as it deleted it: "(a) Base
Offense Level: 6 (b) Specific Offense Characteristic (1) If the offense is committed as part
of, or to facilitate, a commercial gambling operation, increase by 6 levels."

Its facts are its successor's, §2E3.1's ``[offense.gambling]`` (``given.facts``): (b)(1) is
``gambling_conduct = "commercial_gambling_operation"``; a value §2E3.3's words do not have
(a gambling business, wagering information, animal fighting) is refused, naming the
guideline that covered it then.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base
from ussg.guidelines.manual.ch2.s2e3_1.offense_level import stated

TABLE = "other_gambling_2e3_3"
SECTION = "§2E3.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6. A fact of [offense.gambling] §2E3.3 does not read is refused first."""
    version = sheet.manual.table(TABLE)
    for fact, key in stated(given.facts).items():
        if fact in version["not_in_edition"]:
            raise CaseError(f"{given.facts_field}.{key}",
                            f"{SECTION} (Other Gambling Offenses) in the Guidelines Manual in "
                            f"force on {format_date(sheet.manual.in_force)} does not read "
                            f"“{fact}”: {version['not_in_edition'][fact]}")
    set_base(sheet, version, SECTION, "all",
             given.offense.description or "other gambling offense")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): +6 for a commercial gambling operation (shown not applied otherwise)."""
    conduct = given.facts.gambling_conduct
    apply_paragraph(sheet, sheet.manual.table(TABLE), SECTION, "commercial_gambling",
                    conduct or "none", f"gambling_conduct = \"{conduct}\"" if conduct
                    else "gambling_conduct not stated")
