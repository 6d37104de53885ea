"""Chapter Three, Part A: victim-related adjustments (§§3A1.1-3A1.5).

Each function applies one section as the edition in force wrote it (tables/*.toml). Where a
fact is stated that the edition had no provision for (e.g. a hate crime before Nov. 1,
1995), a note says so and the level does not change: the same case file can be computed
under any edition.
"""

from __future__ import annotations

from collections.abc import Mapping

from ussg.guidelines.engine.edition_facts import Where, not_in_edition, step_title
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.case.facts import HumanRightsOffense, OfficialVictim, VictimFacts
from ussg.guidelines.case.model import Adjustments
from ussg.guidelines.engine.worksheet_builder import DeemedFinding, Worksheet
from ussg.guidelines.manual.ch3.deemed_findings import deemed_for


#: The victim facts of a case that leaves `[adjustments.victim]` out: one instance, shared by
#: every such case (case/model.py's Adjustments), each fact at its default.
_LEFT_OUT = Adjustments.model_fields["victim"].default


def victim_related_adjustments(sheet: Worksheet, victim: VictimFacts, where: Where,
                               guideline: str | None = None,
                               deemed: Mapping[str, DeemedFinding] = {}) -> None:
    """§§3A1.1-3A1.5 in the Manual's order. (§3A1.4(b), Category VI, is applied with the
    criminal history category: :func:`terrorism_criminal_history`.) ``where`` names the
    `[adjustments.victim]` table, for a fact the edition has no provision for; ``guideline``
    the Chapter Two guideline of the count (None or "other" where ussg does not know it);
    ``deemed``: the findings a Chapter Two special instruction deemed
    (manual/ch3/deemed_findings.py), already in ``victim``, for the steps to cite."""
    if victim is _LEFT_OUT:  # most cases: each section below would return at its first test
        return  # (a finding deemed is put into a copy of the facts: never this instance)
    hate_crime_or_vulnerable_victim(sheet, victim, where)
    official_victim(sheet, victim, where, guideline, deemed)
    restraint_of_victim(sheet, victim)
    terrorism(sheet, victim, where)
    serious_human_rights_offense(sheet, victim, where)


def hate_crime_or_vulnerable_victim(sheet: Worksheet, victim: VictimFacts, where: Where) -> None:
    """§3A1.1(a): hate crime motivation, "increase by 3 levels" (from Nov. 1, 1995);
    (b)(1): "If the defendant knew or should have known that a victim of the offense was a
    vulnerable victim, increase by 2 levels"; (b)(2): a large number of vulnerable victims,
    "2 additional levels" (from Nov. 1, 1998). (a) and (b) "are to be applied cumulatively"
    (comment. (n.3))."""
    if not (victim.hate_crime or victim.vulnerable_victim):
        return
    table = sheet.manual.table("hate_crime_vulnerable_victim")
    source = sheet.note_version(table)
    if victim.hate_crime:
        if table.get("hate_crime") is None:
            not_in_edition(sheet, where, "victim.hate_crime", "§3A1.1(a)", "Hate crime motivation",
                           "hate crime motivation", "§3A1.1(a) (hate crime motivation) was "
                           "added by Amendment 521, eff. Nov. 1, 1995", source)
        else:
            sheet.adjust("chapter_three", "§3A1.1(a)", "Hate crime motivation",
                         "victim or property selected because of a protected characteristic",
                         table["hate_crime"], "determined beyond a reasonable doubt", source)
    if victim.vulnerable_victim:
        sheet.adjust("chapter_three", table["vulnerable_victim_subsection"], "Vulnerable victim",
                     "the defendant knew or should have known a victim was vulnerable",
                     table["vulnerable_victim"], "a vulnerable victim of the offense", source)
    if victim.large_number_of_vulnerable_victims:
        if table.get("large_number_of_vulnerable_victims") is None:
            not_in_edition(sheet, where, "victim.large_number_of_vulnerable_victims",
                           "§3A1.1(b)(2)", "Large number of vulnerable victims",
                           "a large number of vulnerable victims", "§3A1.1(b)(2) was added by "
                           "Amendment 587, eff. Nov. 1, 1998", source)
        else:
            sheet.adjust("chapter_three", "§3A1.1(b)(2)", "Large number of vulnerable victims",
                         "the offense involved a large number of vulnerable victims",
                         table["large_number_of_vulnerable_victims"],
                         "subdivision (1) applies and the offense involved a large number of "
                         "vulnerable victims", source)


_OFFICIAL = {
    OfficialVictim.status: "victim a government officer or employee; offense motivated by that "
                           "status",
    OfficialVictim.status_person_offense: "victim a government officer or employee; offense "
                                          "motivated by that status; Chapter Two, Part A guideline",
    OfficialVictim.assault: "assault on a law enforcement officer or prison official creating a "
                            "substantial risk of serious bodily injury",
}


def official_victim(sheet: Worksheet, victim: VictimFacts, where: Where,
                    guideline: str | None = None,
                    deemed: Mapping[str, DeemedFinding] = {}) -> None:
    """§3A1.2 (2004 on, "Apply the greatest"): (a) victim a government officer or employee
    and the offense motivated by that status, +3; (b) the same with a Chapter Two, Part A
    guideline, +6; (c) assault on a law enforcement officer or prison official, +6. Earlier
    editions: one 3-level increase (1989-2004 for (a) or the assault; 1987 for (a) only).
    (b) stated for a count whose guideline ussg computes is refused unless that guideline,
    or the one a reference on this count adopted (§1B1.5(c)), is in Chapter Two, Part A. A
    finding a Chapter Two instruction deemed (§2A3.1(d)(1)) is applied under the provision it
    names, the step quoting both (the version's ``deemed_provisions``)."""
    if victim.official_victim is None:
        return
    table = sheet.manual.table("official_victim")
    source = sheet.note_version(table)
    fact = victim.official_victim
    key = fact.value
    if table.get(key) is None and fact is OfficialVictim.status_person_offense:
        key = "status"  # before 2004 the Part A case is an ordinary (a) case
    if key == OfficialVictim.status_person_offense.value and not _part_a(guideline):
        raise CaseError(where.field("victim.official_victim"),
                        f'"status_person_offense": {table[f"{key}_subsection"]} applies only if '
                        '"the applicable Chapter Two guideline is from Chapter Two, Part A '
                        f'(Offenses Against the Person)"; §{guideline} is not: state "status" '
                        f'({table["status_subsection"]}) for an offense motivated by the status')
    if table.get(key) is None:
        not_in_edition(sheet, where, "victim.official_victim", "§3A1.2", "Official victim",
                       _OFFICIAL[fact], "the §3A1.2 assault provision was added by Amendment "
                       "247, eff. Nov. 1, 1989", source)
        return
    finding = deemed.get("victim.official_victim")
    if finding is not None:
        words = table["deemed_provisions"][finding.provision]
        input, reason = deemed_for(finding, words)
        sheet.adjust("chapter_three", finding.provision, "Official victim", input, table[key],
                     reason, source)
        return
    sheet.adjust("chapter_three", table[f"{key}_subsection"], "Official victim", _OFFICIAL[fact],
                 table[key], "the victim was an official victim as §3A1.2 describes", source)


def _part_a(guideline: str | None) -> bool:
    """Whether "the applicable Chapter Two guideline is from Chapter Two, Part A (Offenses
    Against the Person)" (§3A1.2(b)): ``guideline`` is the one Chapter Two finished with
    (``Worksheet.finish_chapter_two``: the count's own, or the one a cross reference or a
    reference to another guideline's offense level adopted, in respect to which Chapter Three
    is determined, §1B1.5(c): §2B3.1(c)(1)'s murder cross reference makes it §2A1.1); or not
    known to ussg ("other": the case says so)."""
    return guideline is None or guideline == "other" or guideline.startswith("2A")


def restraint_of_victim(sheet: Worksheet, victim: VictimFacts) -> None:
    """§3A1.3: "If a victim was physically restrained in the course of the offense, increase
    by 2 levels." """
    if not victim.restrained:
        return
    table = sheet.manual.table("restraint_of_victim")
    sheet.adjust("chapter_three", "§3A1.3", "Restraint of victim", "a victim was physically "
                 "restrained", table["levels"], table["text"], sheet.note_version(table))


def terrorism(sheet: Worksheet, victim: VictimFacts, where: Where) -> None:
    """§3A1.4(a): "increase by 12 levels; but if the resulting offense level is less than
    level 32, increase to level 32" (from Nov. 1, 1995)."""
    if not victim.terrorism:
        return
    table = sheet.manual.table("terrorism")
    source = sheet.note_version(table)
    if not table["exists"]:
        not_in_edition(sheet, where, "victim.terrorism", "§3A1.4", "Terrorism",
                       "federal crime of terrorism", table["note"], source)
        return
    # what the offense promoted, in the edition's words: "international terrorism" until
    # Amendment 539 (Nov. 1, 1996), "a federal crime of terrorism" since
    promoted = table["text"].split("intended to promote, ", 1)[1].split(", increase", 1)[0]
    # "International Terrorism" until Amendment 539 (Nov. 1, 1996) deleted "International"
    title = step_title(table, "Terrorism")
    sheet.adjust("chapter_three", "§3A1.4(a)", title, "the offense involved, or was "
                 f"intended to promote, {promoted}", table["levels"],
                 f"increase by {table['levels']} levels", source)
    floor = table["minimum_level"]
    if sheet.level is not None and sheet.level < floor:
        sheet.move_to("chapter_three", "§3A1.4(a)", f"{title}: minimum level",
                      f"level {sheet.level}", floor,
                      f"if the resulting offense level is less than level {floor}, increase "
                      f"to level {floor}", source)


def terrorism_criminal_history(sheet: Worksheet, terrorism_applied: bool,
                               category: str) -> str:
    """§3A1.4(b): "the defendant's criminal history category from Chapter Four ... shall be
    Category VI." Returns the category to use."""
    if not terrorism_applied:
        return category
    table = sheet.manual.table("terrorism")
    if not table["exists"] or category == table["criminal_history_category"]:
        return category
    target = table["criminal_history_category"]
    sheet.note("chapter_four", "§3A1.4(b)",
               f"{step_title(table, 'Terrorism')}: criminal history category",
               f"category {category} from Chapter Four", f"category {target}",
               f"in each case under §3A1.4(a) the criminal history category shall be "
               f"Category {target}", sheet.note_version(table))
    return target


_HUMAN_RIGHTS = {
    HumanRightsOffense.incitement_to_genocide: ("§3A1.5(a)", "incitement_to_genocide",
                                                "convicted under 18 U.S.C. § 1091(c)"),
    HumanRightsOffense.other: ("§3A1.5(b)", "other", "any other serious human rights offense"),
    HumanRightsOffense.other_death_resulted: ("§3A1.5(b)", "other",
                                              "any other serious human rights offense; death "
                                              "resulted"),
}


def serious_human_rights_offense(sheet: Worksheet, victim: VictimFacts, where: Where) -> None:
    """§3A1.5 (from Nov. 1, 2012): (a) 18 U.S.C. § 1091(c), +2; (b) any other serious human
    rights offense, +4, and if death resulted and the level is less than 37, to 37."""
    if victim.human_rights_offense is None:
        return
    table = sheet.manual.table("serious_human_rights_offense")
    section, key, words = _HUMAN_RIGHTS[victim.human_rights_offense]
    source = sheet.note_version(table)
    if not table["exists"]:
        not_in_edition(sheet, where, "victim.human_rights_offense", "§3A1.5",
                       "Serious human rights offense", words, table["note"], source)
        return
    sheet.adjust("chapter_three", section, "Serious human rights offense", words, table[key],
                 "convicted of a serious human rights offense", source)
    floor = table["death_resulted_minimum"]
    if (victim.human_rights_offense is HumanRightsOffense.other_death_resulted
            and sheet.level is not None and sheet.level < floor):
        sheet.move_to("chapter_three", "§3A1.5(b)", "Serious human rights offense: death "
                      "resulted", f"level {sheet.level}", floor,
                      f"death resulted and the level is less than {floor}", source)
