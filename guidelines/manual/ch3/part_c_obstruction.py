"""Chapter Three, Part C: obstruction and related adjustments (§§3C1.1-3C1.4), and the
18 U.S.C. § 3147 enhancement, which was §2J1.7 (Chapter Two) from Nov. 1, 1989 until
§3C1.3 replaced it on Nov. 1, 2006.
"""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import Where, not_in_edition, step_title
from ussg.guidelines.case.facts import ObstructionFacts
from ussg.guidelines.case.model import Adjustments
from ussg.guidelines.engine.worksheet_builder import Worksheet


#: The facts of a case that leaves `[adjustments.obstruction]` out: one instance, shared by
#: every such case (case/model.py's Adjustments), each fact at its default.
_LEFT_OUT = Adjustments.model_fields["obstruction"].default


def obstruction_adjustments(sheet: Worksheet, facts: ObstructionFacts, where: Where) -> None:
    """§§3C1.1-3C1.4 in the Manual's order."""
    if facts is _LEFT_OUT:  # most cases: each section below would return at its first test
        return
    obstructing_justice(sheet, facts)
    reckless_endangerment_during_flight(sheet, facts, where)
    offense_committed_on_release(sheet, facts, "chapter_three")
    false_registration_of_domain_name(sheet, facts, where)


def obstructing_justice(sheet: Worksheet, facts: ObstructionFacts) -> None:
    """§3C1.1: "If (1) the defendant willfully obstructed or impeded, or attempted to
    obstruct or impede, the administration of justice with respect to the investigation,
    prosecution, or sentencing of the instant offense of conviction, and (2) the obstructive
    conduct related to ... increase the offense level by 2 levels." """
    if not facts.obstructed_justice:
        return
    table = sheet.manual.table("obstruction")
    # the title and words of the edition: "Willfully Obstructing or Impeding Proceedings" until
    # Amendment 347 (Nov. 1, 1990); the words as Amendments 251, 347, 581, 693 and 758 left them
    sheet.adjust("chapter_three", "§3C1.1",
                 step_title(table, "Obstructing or impeding the administration of justice"),
                 "willful obstruction with respect to the instant offense", table["levels"],
                 table["text"], sheet.note_version(table))


def reckless_endangerment_during_flight(sheet: Worksheet, facts: ObstructionFacts,
                                        where: Where) -> None:
    """§3C1.2 (from Nov. 1, 1990): "If the defendant recklessly created a substantial risk of
    death or serious bodily injury to another person in the course of fleeing from a law
    enforcement officer, increase by 2 levels." """
    if not facts.reckless_endangerment_during_flight:
        return
    table = sheet.manual.table("reckless_endangerment")
    if not table["exists"]:
        not_in_edition(sheet, where, "obstruction.reckless_endangerment_during_flight",
                       "§3C1.2", "Reckless endangerment during flight",
                       "reckless endangerment during flight", table["note"],
                       sheet.note_version(table))
        return
    sheet.adjust("chapter_three", "§3C1.2", "Reckless endangerment during flight",
                 "substantial risk of death or serious bodily injury while fleeing",
                 table["levels"], table["text"], sheet.note_version(table))


def offense_committed_on_release(sheet: Worksheet, facts: ObstructionFacts,
                                 chapter: str) -> None:
    """18 U.S.C. § 3147: §2J1.7 (1989-2006) "add 3 levels to the offense level for the
    offense committed while on release as if this section were a specific offense
    characteristic"; §3C1.3 (from Nov. 1, 2006) "increase the offense level by 3 levels".
    Called at both places; the version in force says which one applies it."""
    if not facts.offense_while_on_release:
        return
    table = sheet.manual.table("offense_on_release")
    if table["chapter"] != chapter:
        return
    sheet.adjust(table["chapter"], table["section_applied"], "Offense committed while on "
                 "release", "an enhancement under 18 U.S.C. § 3147 applies", table["levels"],
                 table["text"], sheet.note_version(table))


def false_registration_of_domain_name(sheet: Worksheet, facts: ObstructionFacts,
                                      where: Where) -> None:
    """§3C1.4 (from Nov. 1, 2006): "If a statutory enhancement under 18 U.S.C. § 3559(g)(1)
    applies, increase by 2 levels." """
    if not facts.false_domain_registration:
        return
    table = sheet.manual.table("false_domain_registration")
    if not table["exists"]:
        not_in_edition(sheet, where, "obstruction.false_domain_registration", "§3C1.4",
                       "False registration of domain name", "18 U.S.C. § 3559(g)(1) enhancement",
                       table["note"], sheet.note_version(table))
        return
    sheet.adjust("chapter_three", "§3C1.4", "False registration of domain name",
                 "18 U.S.C. § 3559(g)(1) enhancement applies", table["levels"], table["text"],
                 sheet.note_version(table))
