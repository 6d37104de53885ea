"""§2C1.3 (Conflict of Interest; Payment or Receipt of Unauthorized Compensation) in the Chapter
Two registry (tables/conflict_of_interest.toml): (a) 6; (b)(1) actual or planned harm to the
government +4; from Nov. 1, 2001 (Amendment 619) (c)(1) §2C1.1 or §2C1.2, as appropriate, if
greater; comment. (n.1): no §3B1.3.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base
from ussg.guidelines.manual.ch2.offense_characteristics import adopt_if_greater

TABLE = "conflict_of_interest"
SECTION = "§2C1.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6 (and comment. (n.1)'s bar on §3B1.3)."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             given.offense.description or "conflict of interest", given)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)."""
    if given.facts.harm_to_government:
        apply_paragraph(sheet, sheet.manual.table(TABLE), SECTION, "harm_to_government", "true",
                        "harm_to_government = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2C1.1 or §2C1.2 through the registry, if greater."""
    other = given.facts.bribe_or_gratuity
    if other is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version.get("cross_reference")
    field = f"{given.facts_field}.bribe_or_gratuity"
    if reference is None:
        raise CaseError(field, f"{SECTION} in the Guidelines Manual in force on "
                               f"{format_date(sheet.manual.in_force)} has no cross reference "
                               f"(Amendment 619 added (c)(1) on Nov. 1, 2001)")
    computed = registry.computed_guideline(given, other, field, "bribe or gratuity")
    level, steps = registry.offense_level_under(
        sheet, other, given.under(other, computed.facts_of(given.offense)))
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}", reference["title"],
                     f"bribe_or_gratuity = {other}: §{other} level {level}", level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=True)
