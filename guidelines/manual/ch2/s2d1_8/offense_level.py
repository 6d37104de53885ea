"""§2D1.8 in the Chapter Two registry.

2025 text (from Nov. 1, 1992, Amendment 448; the ceiling 26 from Nov. 1, 2002, Amendment
640): "(a) Base Offense Level: (1) The offense level from §2D1.1 applicable to the
underlying controlled substance offense, except as provided below. (2) If the defendant had
no participation in the underlying controlled substance offense other than allowing use of
the premises, the offense level shall be 4 levels less than the offense level from §2D1.1
applicable to the underlying controlled substance offense, but not greater than level 26.
(b) Special Instruction (1) If the offense level is determined under subsection (a)(2), do
not apply an adjustment under §3B1.2 (Mitigating Role)." Before Nov. 1, 1992: "(a) Base
Offense Level: 16 (b) ... (1) If a firearm or other dangerous weapon was possessed, increase
by 2 levels" (read from ``[offense] dangerous_weapon``). The versions:
tables/drug_establishment.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date, load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import drugs_case, refuse_unread_drug_facts

TABLE = "drug_establishment"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.8(a)."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    title = load_table(TABLE).title
    in_force = format_date(sheet.manual.in_force)
    if version.get("level") is not None:  # until Oct. 31, 1992
        if given.facts.only_allowed_use_of_premises:
            raise CaseError(f"{given.facts_field}.only_allowed_use_of_premises",
                            f"§2D1.8 in force on {in_force} has no (a)(2) (Amendment 448, "
                            f"Nov. 1, 1992): its level is {version['level']}")
        if given.offense.drugs or given.offense.base_offense_level is not None:
            raise CaseError(f"{given.field}.drugs",
                            f"§2D1.8 in force on {in_force} does not take the §2D1.1 level "
                            f"(\"Base Offense Level: {version['level']}\"): the drugs are "
                            f"not read")
        refuse_unread_drug_facts(given, f"§2D1.8 in force on {in_force} reads only its own "
                                        f"weapon characteristic", frozenset({"dangerous_weapon"}))
        sheet.set_level("chapter_two", "§2D1.8(a)", title, "the offense of conviction",
                        version["level"], f"“Base Offense Level: {version['level']}”", source)
        return
    level, steps = registry.offense_level_under(sheet, "2D1.1", drugs_case(given))
    sheet.steps.extend(steps)
    if not given.facts.only_allowed_use_of_premises:
        sheet.set_level("chapter_two", "§2D1.8(a)(1)", title, f"§2D1.1 level {level}", level,
                        f"“{version['underlying_text']}”", source)
        return
    no_mitigating_role(given, version)
    less = level - version["premises_less"]
    ceiling = version["premises_ceiling"]
    sheet.set_level("chapter_two", "§2D1.8(a)(2)", title,
                    f"§2D1.1 level {level}; only allowed use of the premises",
                    min(less, ceiling),
                    f"“{version['premises_text']}”: {level} - {version['premises_less']} = "
                    f"{less}{f', not greater than {ceiling}' if less > ceiling else ''}",
                    source)


def no_mitigating_role(given: registry.ChapterTwoCase, version) -> None:
    """§2D1.8(b)(1): with (a)(2), "do not apply an adjustment under §3B1.2": a stated
    mitigating role is refused."""
    role = given.adjustments.role
    if role.mitigating is not None:
        field = "adjustments.role.mitigating" if given.field == "offense" else \
            f"{given.field} (adjustments.role.mitigating)"
        raise CaseError(field, f"§2D1.8(b)(1): “{version['instruction_text']}”")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.8(b)(1) until Oct. 31, 1992: the weapon (+2)."""
    version = sheet.manual.table(TABLE)
    if version.get("weapon_text") is None or not given.offense.dangerous_weapon:
        return
    sheet.adjust("chapter_two", "§2D1.8(b)(1)", "Firearm or other dangerous weapon possessed",
                 "dangerous_weapon: yes", version["weapon_levels"],
                 f"“{version['weapon_text']}”", sheet.note_version(version))
