"""Chapter Three, Part B: the defendant's role in the offense."""

from __future__ import annotations

from .case import AggravatingRole, MitigatingRole, Role
from .tables import in_force
from .worksheet_builder import Worksheet


def aggravating_role(sheet: Worksheet, role: Role) -> None:
    """§3B1.1: (a) organizer or leader, +4, and (b) manager or supervisor, +3, where the
    criminal activity "involved five or more participants or was otherwise extensive";
    (c) +2 for an organizer, leader, manager or supervisor of any other criminal activity.
    """
    if role.aggravating is None:
        return
    table = in_force("aggravating_role", sheet.edition.in_force)
    source = sheet.note_version(table)
    threshold = table["participants_threshold"]
    large = (role.participants or 0) >= threshold or role.otherwise_extensive
    scale = _scale(role, threshold)
    if large and role.aggravating is AggravatingRole.organizer_or_leader:
        sheet.adjust("chapter_three", "§3B1.1(a)", "Aggravating role",
                     f"organizer or leader; {scale}", table["organizer_or_leader"],
                     "organizer or leader of a criminal activity with five or more participants "
                     "or otherwise extensive", source)
    elif large:
        sheet.adjust("chapter_three", "§3B1.1(b)", "Aggravating role",
                     f"manager or supervisor; {scale}", table["manager_or_supervisor"],
                     "manager or supervisor of a criminal activity with five or more "
                     "participants or otherwise extensive", source)
    else:
        sheet.adjust("chapter_three", "§3B1.1(c)", "Aggravating role",
                     f"{role.aggravating.value.replace('_', ' ')}; {scale}",
                     table["other_aggravating_role"],
                     "organizer, leader, manager or supervisor in a criminal activity not "
                     "described in (a) or (b)", source)


def _scale(role: Role, threshold: int) -> str:
    parts = []
    if role.participants is not None:
        parts.append(f"{role.participants} participants")
    if role.otherwise_extensive:
        parts.append("otherwise extensive")
    return ", ".join(parts) or f"fewer than {threshold} participants, not otherwise extensive"


_MITIGATING = {
    MitigatingRole.minimal_participant: ("§3B1.2(a)", "minimal_participant", "minimal participant"),
    MitigatingRole.minor_participant: ("§3B1.2(b)", "minor_participant", "minor participant"),
    MitigatingRole.between_minimal_and_minor: (
        "§3B1.2", "between_minimal_and_minor", "between minimal and minor participant"),
}


def mitigating_role(sheet: Worksheet, role: Role) -> None:
    """§3B1.2: (a) minimal participant −4; (b) minor participant −2; "In cases falling between
    (a) and (b), decrease by 3 levels."
    """
    if role.mitigating is None:
        return
    table = in_force("mitigating_role", sheet.edition.in_force)
    section, key, words = _MITIGATING[role.mitigating]
    sheet.adjust("chapter_three", section, "Mitigating role", words, table[key],
                 f"the defendant was a {words} in the criminal activity",
                 sheet.note_version(table))
