"""§2D1.5 in the Chapter Two registry: subsection (a), and Application Note 1.

2025 text (unchanged since Nov. 1, 1989, Amendment 139): "(a) Base Offense Level (Apply the
greater): (1) 4 plus the offense level from §2D1.1 applicable to the underlying offense; or
(2) 38." Application Note 1: "Do not apply any adjustment from Chapter Three, Part B (Role
in the Offense)." Each edition's options are in tables/continuing_criminal_enterprise.toml.
§2D1.5 has no specific offense characteristic.
"""

from __future__ import annotations

import re

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (asked_by, drugs_case, greatest_option,
                                                      refuse_facts_not_in_edition)

SECTION = "2D1.5"
TABLE = "continuing_criminal_enterprise"

#: The Chapter Three, Part B adjustments a case may state (adjustments.role).
ROLE_ADJUSTMENTS = ("aggravating", "mitigating", "abuse_of_trust", "special_skill",
                    "used_minor", "body_armor")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.5(a): the greater of (a)(1) and (a)(2) (Oct. 15, 1988: 36; the original text:
    32, 38 or 43)."""
    version = sheet.manual.table(TABLE)
    refuse_facts_not_in_edition(sheet, given, SECTION, asked_by(version))
    no_role_adjustment(sheet, given, version)
    facts = given.facts
    greatest_option(
        sheet, given, SECTION, TABLE,
        answers={"second_or_subsequent_conviction": facts.second_or_subsequent_conviction,
                 "principal_administrator": facts.principal_administrator},
        quantities={"total": lambda: (drugs_case(given), "the underlying offense")})


def no_role_adjustment(sheet: Worksheet, given: registry.ChapterTwoCase,
                       version: Version) -> None:
    """§2D1.5, comment. (n.1): "Do not apply any adjustment from Chapter Three, Part B (Role
    in the Offense)." A role stated with a §2D1.5 count is refused; under the Oct. 15, 1988
    text, whose commentary the sources do not print, it is applied with a warning."""
    role = given.adjustments.role
    stated = [name for name in ROLE_ADJUSTMENTS if getattr(role, name)]
    if not stated:
        return
    note = version.get("role_note")
    if note is None:
        sheet.warn(f"§2D1.5 (in force on {format_date(sheet.manual.in_force)}): the commentary "
                   f"of the Oct. 15, 1988 text (Amendment 66) is not in ussg's sources; the "
                   f"1987 and 1989 texts say \"Do not apply any adjustment from Chapter Three, "
                   f"Part B (Role in the Offense)\": check before applying {', '.join(stated)}")
        return
    raise CaseError(f"{_adjustments_field(given)}.{stated[0]}",
                    f"{version['role_note_citation']}: “{note}” — a §2D1.5 offense takes no "
                    f"role adjustment")


def adjustments_when_grouped(sheet: Worksheet, adjustments):
    """§2D1.5 applied to counts grouped with other drug counts (§3D1.3(b)): the role the court
    found for the combined offense behavior applies under the Group's other guidelines, and
    under §2D1.5 comment. (n.1) ("Do not apply any adjustment from Chapter Three, Part B")
    it is shown not applied, instead of refused as for a §2D1.5 count alone. The Oct. 15, 1988
    text, whose commentary is not in the sources, is left to :func:`no_role_adjustment`."""
    role = adjustments.role
    stated = [name for name in ROLE_ADJUSTMENTS if getattr(role, name)]
    version = sheet.manual.table(TABLE)
    note = version.get("role_note")
    if not stated or note is None:
        return adjustments
    sheet.note("chapter_three", version["role_note_citation"], "Role in the offense (not "
               "applied under §2D1.5)", ", ".join(stated), "not applied",
               f"“{note}” — the role found for the Group applies under its other guidelines, "
               f"not under §2D1.5", sheet.note_version(version))
    return adjustments.model_copy(update={"role": type(role)()})


def _adjustments_field(given: registry.ChapterTwoCase) -> str:
    found = re.fullmatch(r"counts\[(\d+)\]", given.field)
    if found and given.case.counts[int(found.group(1))].adjustments is not None:
        return f"{given.field}.adjustments.role"
    return "adjustments.role"


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.5 has none."""
