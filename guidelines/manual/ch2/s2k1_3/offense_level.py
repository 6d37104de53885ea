"""§2K1.3 in the Chapter Two registry: (a) the greatest base level, from the prior record
Chapter Four counts (comment. (n.9)) as §2K2.1 does; (b)(1) the weight of explosive material,
(b)(2) stolen, the cap of level 29, (b)(3) in connection with another felony offense (or an 18
U.S.C. § 842(p)(2) conviction); (c)(1) the cross reference §2K2.1(c)(1) also has
(tables/explosive_materials.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.quantity import parse_quantity
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2k1_3 import before_1991
from ussg.guidelines.manual.ch2.s2k1_3.facts import ExplosiveFacts
from ussg.guidelines.manual.ch2.s2k2_1.before_1991 import applies as before_consolidation
from ussg.guidelines.manual.ch2.s2k2_1.offense_level import (in_connection_with_another_offense,
                                                           prior_felony_convictions)
from ussg.guidelines.manual.ch2.s2k2_4.underlying_offense import withheld_by_the_note

CH = "chapter_two"
TABLE = "explosive_materials"
NOTE = "§2K1.3, comment. (n.9)"


def _meets(rule: str, facts: ExplosiveFacts, priors: tuple[int, int]) -> str | None:
    convictions, separately = priors
    if rule == "two_priors":
        return f"{separately} prior felony convictions" if separately >= 2 else None
    if rule == "one_prior":
        return "a prior felony conviction" if convictions >= 1 else None
    if rule == "842p2":
        return "convicted under 18 U.S.C. § 842(p)(2)" if "842(p)(2)" in facts.convicted_under \
            else None
    if rule == "prohibited":
        return ("(A) a prohibited person" if facts.prohibited_person else
                "(B) knowingly distributed explosive materials to a prohibited person"
                if facts.distributed_to_prohibited_person else None)
    assert rule == "otherwise", rule
    return "no other subsection applies"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.3(a): "Base Offense Level (Apply the Greatest)"."""
    version = sheet.manual.table(TABLE)
    if before_consolidation(version):
        before_1991.base_offense_level(sheet, given, version)
        return
    before_1991.refuse_early_facts(sheet, given, version)
    convictions, separately, counted = prior_felony_convictions(sheet, given, version, NOTE)
    met = [(row, why) for row in version["base_levels"]
           if (why := _meets(row["rule"], given.facts, (convictions, separately)))]
    row, why = max(met, key=lambda pair: pair[0]["level"])
    if why.startswith(("(A) ", "(B) ")) and "(A)" not in row["text"]:
        why = why[4:]  # before Amendment 629 (2001) the subsection has no subdivisions
    sheet.set_level(CH, f"§2K1.3{row['subsection']}", "Base offense level", f"{why}; {counted}",
                    row["level"], f"§2K1.3{row['subsection']}: {row['text']}",
                    sheet.note_version(version))


def _weight_row(version: Version, weight: str) -> dict | None:
    amount = parse_quantity(weight).amount
    for row in version["weight_table"]:
        if amount >= parse_quantity(row["at_least"]).amount and (
                row.get("less_than") is None
                or amount < parse_quantity(row["less_than"]).amount):
            return row
    return None


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.3(b)(1)-(3) and the proviso after (b)(2): "the cumulative offense level
    determined above shall not exceed level 29"."""
    version = sheet.manual.table(TABLE)
    if before_consolidation(version):
        before_1991.specific_offense_characteristics(sheet, given, version)
        return
    source = sheet.note_version(version)
    facts: ExplosiveFacts = given.facts
    if facts.explosive_weight is not None:
        row = _weight_row(version, facts.explosive_weight)
        if row is not None:
            span = (f"at least {row['at_least']} but less than {row['less_than']}"
                    if row.get("less_than") else f"{row['at_least']} or more")
            sheet.adjust(CH, f"§2K1.3(b)(1){row['row']}", "Weight of explosive material",
                         facts.explosive_weight, row["add"],
                         f"Weight of Explosive Material {row['row']} {span}: add {row['add']}",
                         source)
    if facts.stolen:
        if set(facts.convicted_under) == {"842(h)"}:
            sheet.note(CH, "§2K1.3(b)(2)", "Stolen explosive material", "stolen; convicted "
                       "only under 18 U.S.C. § 842(h)", "not applied", "comment. (n.7): the "
                       "base offense level itself takes such conduct into account", source)
        else:
            sheet.adjust(CH, "§2K1.3(b)(2)", "Stolen explosive material", "knew or had reason "
                         "to believe it was stolen", version["stolen_levels"],
                         version["text_stolen"], source)
    assert sheet.level is not None
    if sheet.level > version["cap"]:
        sheet.move_to(CH, "§2K1.3(b)(2)", "Limit on (b)(1)-(2)", f"cumulative level "
                      f"{sheet.level}", version["cap"], version["text_cap"], source)
    p2 = version.get("conviction_842p2", True) and "842(p)(2)" in facts.convicted_under
    # (b)(3) has subdivisions (A) and (B) from Amendment 655 (Nov. 1, 2003)
    b = "(B)" if version.get("conviction_842p2", True) else ""
    withheld = facts.in_connection_with_another_felony and not p2 \
        and withheld_by_the_note(sheet, given.case, f"§2K1.3(b)(3){b}")
    if withheld:
        sheet.note(CH, f"§2K1.3(b)(3){b}", "Specific offense characteristic", "explosive "
                   "material in connection with another felony offense; a § 924(c) (or "
                   "§ 929(a), § 844(h)) count", "not applied", withheld, source)
    elif p2 or facts.in_connection_with_another_felony:
        sub = "(A)" if p2 else b
        words = ("convicted under 18 U.S.C. § 842(p)(2)" if p2 else "used or possessed "
                 "explosive material in connection with another felony offense")
        sheet.adjust(CH, f"§2K1.3(b)(3){sub}", "Specific offense characteristic", words,
                     version["another_felony_levels"], version["text_another_felony"], source)
        if sheet.level < version["another_felony_floor"]:
            sheet.move_to(CH, f"§2K1.3(b)(3){sub}", "Minimum level", f"level {sheet.level}",
                          version["another_felony_floor"], version["text_another_felony"],
                          source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.3(c)(1): (A) convicted under 18 U.S.C. § 842(p)(2), or (B) in connection with
    another offense: §2X1.1 in respect to that other offense, or the homicide guideline."""
    if before_consolidation(sheet.manual.table(TABLE)):
        return  # the text of 1987-1991 has no (c): (b)(5) is one of (b)'s alternatives
    facts: ExplosiveFacts = given.facts
    if facts.other_offense is None:
        if "842(p)(2)" in facts.convicted_under \
                and sheet.manual.table(TABLE).get("conviction_842p2", True):
            raise CaseError(f"{given.facts_field}.other_offense", "an 18 U.S.C. § 842(p)(2) "
                            "conviction: (c)(1) applies §2X1.1 in respect to the underlying "
                            "federal crime of violence (comment. (n.11)): give it")
        return
    version = sheet.manual.table(TABLE)
    in_connection_with_another_offense(sheet, given, facts.other_offense, "§2K1.3(c)(1)",
                                       version["text_cross_reference"],
                                       sheet.note_version(version))
