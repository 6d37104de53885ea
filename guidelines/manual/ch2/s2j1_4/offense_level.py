"""§2J1.4 (Impersonation) in the Chapter Two registry (tables/impersonation.toml): (a) 6;
(b)(1) +6 for the purposes the edition names; from Nov. 1, 1989 (Amendment 176) (c)(1): the
guideline for an attempt to commit the offense the impersonation was to facilitate (§2X1.1),
if the resulting offense level is greater.
"""

from __future__ import annotations

from dataclasses import dataclass

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import adopt_if_greater
from ussg.guidelines.manual.ch2.s2x1_1.inchoate import in_respect_to

CH = "chapter_two"
TABLE = "impersonation"
SECTION = "§2J1.4"


@dataclass(frozen=True)
class Attempted:
    """The other offense as §2X1.1's "in respect to" reads an attempt."""

    guideline: str
    offense_level: int | None
    all_acts_completed: bool
    inchoate: str = "attempt"
    solicitation_treated_identically: bool = False


def attempt_level(sheet: Worksheet, given: registry.ChapterTwoCase, guideline: str,
                  stated: int | None, completed: bool, field: str) -> tuple[int, list, str]:
    """§2X1.1 as an attempt in respect to the other offense: its level, steps and words."""
    level, steps, words = in_respect_to(sheet, given, Attempted(guideline, stated, completed),
                                        field)
    return level, steps, f"§2X1.1 in respect to {words}"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2J1.4(a): 6."""
    version = sheet.manual.table(TABLE)
    sheet.set_level(CH, f"{SECTION}(a)", "Base offense level",
                    given.offense.description or "impersonation", version["base"],
                    f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): +6 where the edition names the purpose, else shown not applied."""
    purpose = given.facts.purpose
    if purpose is None:
        return
    version = sheet.manual.table(TABLE)
    rule = version["purpose"]
    where, words = f"{SECTION}{rule['paragraph']}", f"purpose = {purpose}"
    if purpose in rule["reaches"]:
        sheet.adjust(CH, where, rule["title"], words, rule["levels"], f"“{rule['text']}”",
                     sheet.note_version(version))
    else:
        sheet.note(CH, where, rule["title"], words, "not applied",
                   f"not a purpose this edition names: “{rule['text']}”",
                   sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1), from Nov. 1, 1989: §2X1.1 (attempt) in respect to the other offense, if
    greater."""
    facts = given.facts
    if facts.facilitated_offense_guideline is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version.get("cross_reference")
    if reference is None:
        raise CaseError(f"{given.facts_field}.facilitated_offense_guideline",
                        f"{SECTION} in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} has no cross reference "
                        f"(Amendment 176 added (c)(1) on Nov. 1, 1989)")
    level, steps, words = attempt_level(sheet, given, facts.facilitated_offense_guideline,
                                        facts.facilitated_offense_level,
                                        facts.all_acts_completed, given.facts_field)
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}", reference["title"],
                     f"impersonation to facilitate another offense; {words}", level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=True)
