"""§2D1.1: Unlawful Manufacturing, Importing, Exporting, or Trafficking — base offense
level and specific offense characteristics.
"""

from __future__ import annotations

from .case import MitigatingRole, Offense, Role
from .drug_conversion import combined_base_offense_level, needs_conversion
from .drug_quantity import describe_total, drug_quantity
from .tables import in_force
from .worksheet_builder import Worksheet


def base_offense_level_from_quantity(sheet: Worksheet, offense: Offense) -> None:
    """§2D1.1(a): "the offense level specified in the Drug Quantity Table set forth in
    subsection (c)". Several substances, or one that only the Drug Equivalency / Conversion
    Tables list, or a count the notes turn into a weight: guidelines/drug_conversion.py.
    """
    table = in_force("drug_quantity_table", sheet.edition.in_force)
    if offense.drugs and needs_conversion(table, offense.drugs):
        combined_base_offense_level(sheet, table, offense.drugs)
        return
    finding = drug_quantity(table, offense.drugs)
    row = finding.row
    sheet.set_level(
        "chapter_two", f"§2D1.1(c)({row.subdivision})", "Base offense level (Drug Quantity Table)",
        describe_total(finding), row.level,
        f"{finding.substance.threshold_text(row)} of {finding.substance.name} → level {row.level}",
        sheet.note_version(table),
    )


def mitigating_role_cap(sheet: Worksheet, role: Role) -> None:
    """§2D1.1(a)(5) (2025): if the defendant receives a §3B1.2 adjustment, a base level of 32
    decreases by 2, of 34 by 3, above 34 to 32; and "if the resulting offense level is greater
    than level 30 and the defendant receives the 4-level reduction in §3B1.2(a), decrease to
    level 30". Earlier versions differ: tables/mitigating_role_cap.toml.
    """
    if role.mitigating is None:
        return
    table = in_force("mitigating_role_cap", sheet.edition.in_force)
    if table["rule"] == "none":
        return
    source = sheet.note_version(table)
    section = table["subsection"]
    base = sheet.level
    assert base is not None
    steps = {int(level): delta for level, delta in table["steps"].items()}
    cap_to = table.get("above_cap_to")
    if base in steps:
        sheet.adjust("chapter_two", section, "Mitigating-role cap", f"base level {base}; §3B1.2 applies",
                     steps[base], f"base level {base} with a mitigating role: decrease by "
                     f"{-steps[base]} levels", source)
    elif cap_to is not None and base > max(steps):
        sheet.move_to("chapter_two", section, "Mitigating-role cap",
                      f"base level {base}; §3B1.2 applies", cap_to,
                      f"base level above {max(steps)} with a mitigating role: decrease to {cap_to}",
                      source)
    minimal_cap = table.get("minimal_cap")
    if (role.mitigating is MitigatingRole.minimal_participant and minimal_cap is not None
            and sheet.level > minimal_cap):
        sheet.move_to("chapter_two", section, "Mitigating-role cap",
                      f"level {sheet.level}; minimal participant (§3B1.2(a))", minimal_cap,
                      f"greater than {minimal_cap} with the 4-level §3B1.2(a) reduction: "
                      f"decrease to {minimal_cap}", source)


def dangerous_weapon(sheet: Worksheet, offense: Offense) -> None:
    """§2D1.1(b)(1): "If a dangerous weapon (including a firearm) was possessed, increase by
    2 levels." (Before Amendment 394, Nov. 1, 1991: "...possessed during commission of the
    offense".)
    """
    if not offense.dangerous_weapon:
        return
    table = in_force("dangerous_weapon", sheet.edition.in_force)
    sheet.adjust("chapter_two", "§2D1.1(b)(1)", "Specific offense characteristic",
                 "dangerous weapon possessed", table["levels"], table["text"],
                 sheet.note_version(table))
