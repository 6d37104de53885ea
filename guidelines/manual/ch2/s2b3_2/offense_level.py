"""§2B3.2 (Extortion by Force or Threat of Injury or Serious Damage) in the Chapter Two
registry: (a) the base offense level, (b) the specific offense characteristics, (c) the cross
references, each as the edition applied has it (tables/extortion_by_force.toml).

§2B3.2(b)(4), the proviso (2025): "the cumulative adjustments from application of paragraphs
(3) and (4) shall not exceed 11 levels." (b)(2) reads the loss table of §2B3.1(b)(7) in force
on the same date (tables/robbery.toml).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import dollars
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, apply_cap, apply_paragraph, apply_weapon, base_level_of,
    greatest_amount, murder_cross_reference, refuse_clause_not_in_edition,
    refuse_paragraphs_not_in_edition, restraint_counted_once)
from ussg.guidelines.manual.ch2.s2b2_1.offense_level import loss_table_reading
from ussg.guidelines.manual.ch2.s2b3_1.offense_level import TABLE as ROBBERY_TABLE
from ussg.guidelines.manual.ch2.s2b3_1.offense_level import loss_levels
from ussg.guidelines.manual.ch2.s2b3_2.facts import ExtortionFacts

TABLE = "extortion_by_force"
SECTION = "§2B3.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.2(a): "Base Offense Level: 18"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level (extortion)",
                  given.offense.description or "extortion by force or threat")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.2(b)(1)-(5), in order; (b)(3) and (b)(4) together at most the proviso's cap."""
    facts: ExtortionFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("threat", "threat_of_death_injury_or_kidnapping",
         facts.threat_of_death_injury_or_kidnapping),
        ("attempted_murder_cross_reference", "attempted_murder",
         facts.attempted_murder is not None)))
    refuse_clause_not_in_edition(sheet, SECTION, version["weapon"], facts.weapon,
                                 f"{field}.weapon")
    apply_paragraph(sheet, version, SECTION, "Threat of death, bodily injury, or kidnapping",
                    version["threat"], facts.threat_of_death_injury_or_kidnapping,
                    "threat_of_death_injury_or_kidnapping = true")
    demand_increase(sheet, version, facts, field)
    cumulative = apply_weapon(sheet, given, version, SECTION,
                              "Weapon or preparation to carry out a threat", facts.weapon)
    cumulative += apply_alternative(sheet, version, SECTION, "Bodily injury",
                                    version["bodily_injury"], facts.bodily_injury,
                                    f"bodily_injury = \"{facts.bodily_injury}\"")
    apply_cap(sheet, version, SECTION, version["cap"], cumulative)
    restraint = version["abduction_or_restraint"]["paragraph"]  # (b)(4) before Nov. 1, 1991
    restraint_counted_once(given, f"{SECTION}{restraint}(B)",
                           facts.abduction_or_restraint == "physically_restrained",
                           "abduction_or_restraint = \"physically_restrained\"")
    apply_alternative(sheet, version, SECTION, "Abduction or physical restraint",
                      version["abduction_or_restraint"], facts.abduction_or_restraint,
                      f"abduction_or_restraint = \"{facts.abduction_or_restraint}\"")


def demand_increase(sheet: Worksheet, version, facts: ExtortionFacts, field: str) -> None:
    """§2B3.2(b)(2): "If the greater of the amount demanded or the loss to the victim exceeded
    $20,000, increase by the corresponding number of levels from the table in §2B3.1(b)(7)"
    (the table of the same edition); before Nov. 1, 1991 (b)(1): "the greater of the amount
    obtained or demanded exceeded $2,500", the table in §2B3.1 (Nov. 1, 1990 - Oct. 31, 1991
    §2B2.1(b)(2), Amendment 316: :func:`_burglary_table`)."""
    demand = version["demand"]
    amounts = demand.get("amounts", ["amount_demanded", "loss_to_victim"])  # from Nov. 1, 1991
    stated = {"amount_obtained": facts.amount_obtained,
              "amount_demanded": facts.amount_demanded, "loss_to_victim": facts.loss_to_victim}
    for name, value in stated.items():
        if value is not None and name not in amounts:
            raise CaseError(f"{field}.{name}",
                            f"{SECTION}{demand['paragraph']} in the Guidelines Manual in force "
                            f"on {format_date(sheet.manual.in_force)} reads "
                            f"“{demand['text']}”, which does not name it (Amendment 366, "
                            f"eff. Nov. 1, 1991, replaced \"the amount obtained or demanded\" "
                            f"by \"the amount demanded or the loss to the victim\")")
    greatest = greatest_amount(**{name: stated[name] for name in amounts})
    if greatest is None:
        return
    name, amount, words = greatest
    if demand.get("burglary_table"):
        _burglary_table(sheet, version, demand, name, amount, words, f"{field}.{name}")
        return
    robbery = sheet.manual.table(ROBBERY_TABLE)
    table = robbery["loss"]
    section = f"{SECTION}{demand['paragraph']}"
    source = sheet.note_version(version) + "; " + sheet.note_version(robbery)
    clause, levels, row_words = loss_levels(table, amount, f"{field}.{name}")
    named = demand.get("names")
    if named is not None and named != table["paragraph"] and amount > dollars(
            demand["more_than"]):
        _names_no_table(sheet, section, words, demand, robbery, source)
        return
    if amount <= dollars(demand["more_than"]) or levels == 0:
        why = (f"is not more than {demand['more_than']}" if amount <= dollars(demand["more_than"])
               else f"reaches no row of the table in §2B3.1{table['paragraph']}, which begins "
                    f"{table['none']}")
        sheet.note("chapter_two", section, "Amount demanded or loss to the victim", words,
                   "no increase", f"the greater, {name} {amount!s}, {why}: “{demand['text']}”",
                   source)
        return
    sheet.adjust("chapter_two", section, "Amount demanded or loss to the victim", words, levels,
                 f"“{demand['text']}” The greater, {name} {amount!s}: §2B3.1"
                 f"{table['paragraph']}{clause} {row_words} → add {levels}", source)


def _burglary_table(sheet: Worksheet, version, demand: dict, name: str, amount, words: str,
                    field: str) -> None:
    """Nov. 1, 1990 - Oct. 31, 1991 (Amendment 316): (b)(1) reads "the table in §2B2.1(b)(2)",
    the burglary loss table in force on the same date, read by §2B2.1's own function."""
    section = f"{SECTION}{demand['paragraph']}"
    letter, add, line, table = loss_table_reading(sheet, amount, field)
    source = sheet.note_version(version) + "; " + sheet.note_version(table)
    if amount <= dollars(demand["more_than"]) or add == 0:
        sheet.note("chapter_two", section, "Amount obtained or demanded", words, "no increase",
                   f"the greater, {name} {amount!s}, is not more than {demand['more_than']}: "
                   f"“{demand['text']}” §2B2.1(b)(2) {line}", source)
        return
    sheet.adjust("chapter_two", section, "Amount obtained or demanded", words, add,
                 f"“{demand['text']}” The greater, {name} {amount!s}: §2B2.1(b)(2) {line}",
                 source)


def _names_no_table(sheet: Worksheet, section: str, words: str, demand: dict, robbery,
                    source: str) -> None:
    """Nov. 1, 1997 - Oct. 31, 1998: (b)(2) reads "the table in §2B3.1(b)(6)", and §2B3.1(b)(6)
    of that Manual is a paragraph of one level, not a table (Amendment 545 had moved the loss
    table to (b)(7); Amendment 586 corrected the reference, eff. Nov. 1, 1998). The words are
    applied as printed: no table, no increase, shown."""
    named = next((value for value in robbery.data.values() if isinstance(value, dict)
                  and value.get("paragraph") == demand["names"]), None)
    what = f"“{named['text']}”" if named is not None else "no table"
    sheet.note("chapter_two", section, "Amount demanded or loss to the victim", words,
               "not applied", f"“{demand['text']}” §2B3.1{demand['names']} of the Manual in "
               f"force on {format_date(sheet.manual.in_force)} reads {what}: it has no table "
               f"(the loss table is §2B3.1{robbery['loss']['paragraph']}; Amendment 586, eff. "
               f"Nov. 1, 1998, corrected the reference)", source)
    sheet.warn(f"§2B3.2{demand['paragraph']} (in force on {format_date(sheet.manual.in_force)}) "
               f"names “the table in §2B3.1{demand['names']}”, which in this Manual is not a "
               f"table; ussg applies the words as printed (no increase for the amount). A court "
               f"may have read the loss table, §2B3.1{robbery['loss']['paragraph']} (Amendment "
               f"586 so corrected it from Nov. 1, 1998): that would add levels; check by hand")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.2(c)(1): a victim murdered: "apply §2A1.1 (First Degree Murder)"; (c)(2): "If the
    offense was tantamount to attempted murder, apply §2A2.1 (Assault with Intent to Commit
    Murder; Attempted Murder) if the resulting offense level is greater than that determined
    above": the §2A2.1 level from its findings, both levels shown."""
    facts: ExtortionFacts = given.facts
    version = sheet.manual.table(TABLE)
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("murder_cross_reference", "victim_murdered", facts.victim_murdered),))
    if facts.victim_murdered:
        murder_cross_reference(sheet, version, SECTION, only_if_greater=False)
    if facts.attempted_murder is not None:
        reference = version["attempted_murder_cross_reference"]
        level, steps = registry.offense_level_under(
            sheet, "2A2.1", given.under("2A2.1", facts.attempted_murder,
                                        f"{given.facts_field}.attempted_murder"))
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: attempted murder (§2A2.1)",
                         f"attempted_murder (the §2A2.1 findings): level {level}", level, steps,
                         reference["text"], sheet.note_version(version), only_if_greater=True)
