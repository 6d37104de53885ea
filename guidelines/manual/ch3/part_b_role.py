"""Chapter Three, Part B: the defendant's role in the offense."""

from __future__ import annotations

from ussg.guidelines.case.model import AggravatingRole, MitigatingRole, Role
from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.worksheet_builder import Worksheet


def aggravating_role(sheet: Worksheet, role: Role) -> None:
    """§3B1.1: (a) organizer or leader, +4, and (b) manager or supervisor, +3, where the
    criminal activity "involved five or more participants or was otherwise extensive";
    (c) +2 for an organizer, leader, manager or supervisor of any other criminal activity.
    """
    if role.aggravating is None:
        return
    table = sheet.manual.table("aggravating_role")
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
    table = sheet.manual.table("mitigating_role")
    section, key, words = _MITIGATING[role.mitigating]
    sheet.adjust("chapter_three", section, "Mitigating role", words, table[key],
                 f"the defendant was a {words} in the criminal activity",
                 sheet.note_version(table))


def abuse_of_trust_or_special_skill(sheet: Worksheet, role: Role) -> None:
    """§3B1.3: "If the defendant abused a position of public or private trust, or used a
    special skill, in a manner that significantly facilitated the commission or concealment
    of the offense, increase by 2 levels." From Nov. 1, 1990 (Amendment 346): "If this
    adjustment is based upon an abuse of a position of trust, it may be employed in addition
    to an adjustment under §3B1.1 (Aggravating Role); if this adjustment is based solely on
    the use of a special skill, it may not be employed in addition to an adjustment under
    §3B1.1". Before then it could not be employed in addition to §3B1.1 at all.
    """
    if not (role.abuse_of_trust or role.special_skill):
        return
    table = sheet.manual.table("abuse_of_trust")
    source = sheet.note_version(table)
    basis = " and ".join(word for word, given in (("abuse of a position of trust",
                                                    role.abuse_of_trust),
                                                   ("use of a special skill", role.special_skill))
                         if given)
    if role.aggravating is not None:
        allowed = table["with_aggravating_role"]
        if allowed == "neither" or (allowed == "abuse_of_trust" and not role.abuse_of_trust):
            why = ("may not be employed in addition to §3B1.1 in this edition"
                   if allowed == "neither" else
                   "based solely on the use of a special skill, it may not be employed in "
                   "addition to an adjustment under §3B1.1")
            sheet.note("chapter_three", "§3B1.3", "Abuse of trust or special skill", basis,
                       "not applied", f"§3B1.1 applies: {why}", source)
            return
    sheet.adjust("chapter_three", "§3B1.3", "Abuse of trust or special skill", basis,
                 table["levels"], "significantly facilitated the commission or concealment of "
                 "the offense", source)


def use_of_minor(sheet: Worksheet, role: Role, where: Where) -> None:
    """§3B1.4 (from Nov. 1, 1995): "If the defendant used or attempted to use a person less
    than eighteen years of age to commit the offense or assist in avoiding detection of, or
    apprehension for, the offense, increase by 2 levels." """
    if not role.used_minor:
        return
    table = sheet.manual.table("use_of_minor")
    if not table["exists"]:
        not_in_edition(sheet, where, "role.used_minor", "§3B1.4", "Using a minor",
                       "a person under 18 was used", table["note"], sheet.note_version(table))
        return
    sheet.adjust("chapter_three", "§3B1.4", "Using a minor", "used or attempted to use a person "
                 "less than eighteen years of age", table["levels"], table["text"],
                 sheet.note_version(table))


def body_armor(sheet: Worksheet, role: Role, where: Where) -> None:
    """§3B1.5 (from Nov. 1, 2003): for a drug trafficking crime or crime of violence, "(apply
    the greater)— (A) the offense involved the use of body armor, increase by 2 levels; or
    (B) the defendant used body armor ..., increase by 4 levels." """
    if role.body_armor is None:
        return
    table = sheet.manual.table("body_armor")
    if not table["exists"]:
        not_in_edition(sheet, where, "role.body_armor", "§3B1.5", "Body armor",
                       f"body armor {role.body_armor}", table["note"], sheet.note_version(table))
        return
    section = "§3B1.5(2)(B)" if role.body_armor == "used" else "§3B1.5(2)(A)"
    words = ("the defendant used body armor" if role.body_armor == "used"
             else "the offense involved the use of body armor")
    sheet.adjust("chapter_three", section, "Body armor", words, table[role.body_armor],
                 "convicted of a drug trafficking crime or a crime of violence; " + words,
                 sheet.note_version(table))
