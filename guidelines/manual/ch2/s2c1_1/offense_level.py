"""§2C1.1 (Offering, Giving, Soliciting, or Receiving a Bribe; Extortion Under Color of
Official Right; ...) in the Chapter Two registry: (a) the base offense level, (b) the
characteristics and (c) the cross references, as the edition applied has them
(tables/bribery.toml).

§2C1.1(b)(2) (2025): "If the value of the payment, the benefit received or to be received in
return for the payment, the value of anything obtained or to be obtained by a public official
or others acting with a public official, or the loss to the government from the offense,
whichever is greatest, exceeded $6,500, increase by the number of levels from the table in
§2B1.1 (Theft, Property Destruction, and Fraud) corresponding to that amount." The loss table
is the one in force on the same date: §2F1.1's until Oct. 31, 2001, then §2B1.1's.

Before Nov. 1, 2004 the value and the high-level official were alternatives ("(If more than
one applies, use the greater)"; 1987: "Apply the greater"): the greater is applied, the other
shown as not applied.

The cross references apply "if the resulting offense level is greater than that determined
above"; from Nov. 1, 1997 (Amendment 547, comment. (n.7), now (n.5)) the resulting offense
level is the final one, with Chapter Three. The levels are compared here in Chapter Two: the
case's Chapter Three adjustments are the same under either guideline (§3B1.3, the one that
differs, is refused with §2C1.1 where the note says "Do not apply §3B1.3"), and they never
lower a greater level below a lesser one, so the final level is the same.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, amount_band, apply_kinds, apply_paragraph, base_level_of,
    greatest_amount, section_3b1_3_stated)
from ussg.guidelines.manual.ch2.s2c1_1.facts import BriberyFacts
from ussg.guidelines.manual.ch2.s2x1_1.inchoate import in_respect_to
from ussg.guidelines.manual.ch2.s2x3_1.accessory import in_respect_to as accessory_in_respect_to
from ussg.guidelines.manual.ch2.s2j1_2.facts import ObstructionOfJusticeFacts
from ussg.guidelines.manual.ch2.s2x3_1.facts import UnderlyingOffense

TABLE = "bribery"
SECTION = "§2C1.1"
CH = "chapter_two"
#: when each fact entered the guideline, for the refusal under an earlier Manual
ADDED = {
    "public_official": "(a)(1) and (a)(2) were written by Amendment 666 (Nov. 1, 2004); before, "
                       "the base offense level is 10 for every defendant",
    "more_than_one_bribe": "(b)(1) was added by Amendment 121 (Nov. 1, 1989)",
    "loss_to_government": "the loss to the government was added to the amounts by Amendment "
                          "367 (Nov. 1, 1991)",
    "obtained_by_official": "the value of anything obtained by a public official was added to "
                            "the amounts by Amendment 666 (Nov. 1, 2004)",
    "facilitated": "(b)(4) was added by Amendment 666 (Nov. 1, 2004)",
}


def _not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase, name: str) -> CaseError:
    return CaseError(f"{given.facts_field}.{name}",
                     f"{SECTION} in the Guidelines Manual in force on "
                     f"{format_date(sheet.manual.in_force)} does not read this fact: "
                     f"{ADDED[name]}")


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    facts: BriberyFacts = given.facts
    if facts.public_official and version.get("base_clauses") is None:
        raise _not_in_edition(sheet, given, "public_official")
    if facts.more_than_one_bribe and version.get("more_than_one") is None:
        raise _not_in_edition(sheet, given, "more_than_one_bribe")
    for name in ("loss_to_government", "obtained_by_official"):
        if getattr(facts, name) is not None and name not in version["value"]["amounts"]:
            raise _not_in_edition(sheet, given, name)
    if facts.facilitated and version.get("facilitated") is None:
        raise _not_in_edition(sheet, given, "facilitated")
    if facts.facilitated and not facts.public_official:
        raise CaseError(f"{given.facts_field}.facilitated",
                        f"{SECTION}{version['facilitated']['paragraph']} reads “If the "
                        f"defendant was a public official who facilitated ...”: give "
                        f"public_official = true, or leave facilitated out")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2C1.1(a): 10 until Oct. 31, 2004; then (1) 14 if the defendant was a public official,
    (2) 12 otherwise."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    facts: BriberyFacts = given.facts
    clauses = version.get("base_clauses")
    if clauses is None:
        base_level_of(sheet, version, SECTION, "Base offense level",
                      given.offense.description or "bribery")
        return
    key = "public_official" if facts.public_official else "otherwise"
    clause = next(c for c in clauses if c["key"] == key)
    sheet.set_level(CH, f"{SECTION}(a){clause['clause']}", "Base offense level",
                    f"public_official = {str(facts.public_official).lower()}", clause["level"],
                    f"“{version['base_text']} {clause['text']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2C1.1(b): (1) more than one bribe; (2) the value (and, before Nov. 1, 2004, the
    high-level official, the greater of the two); from Nov. 1, 2004 (3) the high-level
    official with its floor and (4) the public official who facilitated entry or documents."""
    version = sheet.manual.table(TABLE)
    facts: BriberyFacts = given.facts
    source = sheet.note_version(version)
    if version.get("more_than_one") is not None:
        apply_paragraph(sheet, version, SECTION, "More than one bribe or extortion",
                        version["more_than_one"], facts.more_than_one_bribe,
                        "more_than_one_bribe = true")
    value = _value_increase(sheet, given, version)
    high = version["high_level"]
    high_words = "high_level_official = true"
    if version.get("greater_of") is not None:
        _the_greater(sheet, version, value, high if facts.high_level_official else None)
    else:
        if value is not None:
            _apply_value(sheet, value, source)
        if apply_paragraph(sheet, version, SECTION, "Elected or high-level official", high,
                           facts.high_level_official, high_words) and sheet.level < high["floor"]:
            sheet.move_to(CH, f"{SECTION}{high['paragraph']}", "Elected or high-level official",
                          high_words, high["floor"], f"“If the resulting offense level is less "
                          f"than level {high['floor']}, increase to level {high['floor']}.”",
                          source)
    if version.get("facilitated") is not None:
        apply_kinds(sheet, version, SECTION, "facilitated",
                    "Public official facilitated entry or documents", facts.facilitated,
                    f"{given.facts_field}.facilitated")


def _value_increase(sheet: Worksheet, given: registry.ChapterTwoCase,
                    version: Version) -> tuple[str, str, int, str, str] | None:
    """The value's increase, not yet applied: (section, words, levels, reason, table
    source), or None where no amount is stated."""
    facts: BriberyFacts = given.facts
    paragraph = version["value"]
    greatest = greatest_amount(**{name: getattr(facts, name) for name in paragraph["amounts"]})
    if greatest is None:
        return None
    name, amount, words = greatest
    section = f"{SECTION}{paragraph['paragraph']}"
    band = paragraph.get("one_level_more_than")
    kind, add, line, loss_table = amount_band(sheet, paragraph, amount,
                                              f"{given.facts_field}.{name}")
    if kind == "table":
        return (f"{section}(ii)" if band else section, words, add,
                f"“{paragraph['text']}” The greatest, {name} {amount!s}: "
                f"{paragraph['table']}(b)(1) {line}", sheet.note_version(loss_table))
    if kind == "one_level":
        return (f"{section}(i)", words, add,
                f"“{paragraph['text']}” The greatest, {name} {amount!s}, exceeded {band} but "
                f"not {paragraph['table_more_than']}", "")
    return (section, words, 0, f"the greatest, {name} {amount!s}, did not exceed "
            f"{band or paragraph['table_more_than']}: “{paragraph['text']}”", "")


def _apply_value(sheet: Worksheet, value: tuple[str, str, int, str, str], source: str) -> None:
    section, words, levels, reason, table_source = value
    source = f"{source}; {table_source}" if table_source else source
    if levels:
        sheet.adjust(CH, section, "Value of the payment", words, levels, reason, source)
    else:
        sheet.note(CH, section, "Value of the payment", words, "no increase", reason, source)


def _the_greater(sheet: Worksheet, version: Version,
                 value: tuple[str, str, int, str, str] | None, high: dict | None) -> None:
    """Before Nov. 1, 2004: "(If more than one applies, use the greater)" (1987: "Apply the
    greater"): the value's levels or the high-level official's, the greater applied."""
    source = sheet.note_version(version)
    words = version["greater_of"]["words"]
    value_levels = value[2] if value is not None else 0
    if high is None or (value is not None and value_levels >= high["levels"]):
        if value is not None:
            _apply_value(sheet, value, source)
        if high is not None:
            sheet.note(CH, f"{SECTION}{high['paragraph']}", "Elected or high-level official",
                       "high_level_official = true", "not applied",
                       f"“{words}”: the value's {value_levels} levels are not fewer than "
                       f"{high['levels']}", source)
        return
    if value is not None:
        sheet.note(CH, value[0], "Value of the payment", value[1], "not applied",
                   f"“{words}”: {high['paragraph']} gives more ({high['levels']} levels "
                   f"against {value_levels})", source)
    sheet.adjust(CH, f"{SECTION}{high['paragraph']}", "Elected or high-level official",
                 "high_level_official = true", high["levels"], f"“{high['text']}”", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2C1.1(c): (1) to facilitate another offense: the guideline for a conspiracy to commit
    it (§2X1.1 in respect to it), if greater; (2) to conceal it or obstruct justice: §2X3.1 or
    §2J1.2, as appropriate, in respect to it, if greater; (3) a threat of physical injury or
    property destruction: §2B3.2, if greater. Before Nov. 1, 1991: (1) §2X3.1 for concealing
    or facilitating, (2) the threat. Then the note on §3B1.3."""
    facts: BriberyFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    applied = False
    if version.get("accessory_cross_reference") is not None:  # until Nov. 1, 1991: §2X3.1
        applied = _accessory_before_1991(sheet, given, version, source)
    else:
        if facts.facilitated_offense is not None:
            applied = _facilitating(sheet, given, version, source)
        if facts.concealed_offense is not None:
            applied = _concealing(sheet, given, version, source) or applied
    if facts.threat is not None:
        reference = version["threat_cross_reference"]
        level, steps = registry.offense_level_under(
            sheet, "2B3.2", given.under("2B3.2", facts.threat, f"{given.facts_field}.threat"))
        before = sheet.level
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: threat of injury or property destruction (§2B3.2)",
                         f"threat (the §2B3.2 findings): level {level}", level, steps,
                         reference["text"], source, only_if_greater=True)
        applied = applied or sheet.level != before
    _abuse_of_trust(given, version, applied)


def _accessory_before_1991(sheet: Worksheet, given: registry.ChapterTwoCase,
                           version: Version, source: str) -> bool:
    """(c)(1) until Nov. 1, 1991: "If the bribe was for the purpose of concealing or
    facilitating another criminal offense, or for obstructing justice in respect to another
    criminal offense, apply §2X3.1 (Accessory After the Fact) in respect to such other criminal
    offense if the resulting offense level is greater": each offense stated, through §2X3.1.
    True if one was adopted."""
    facts: BriberyFacts = given.facts
    reference = version["accessory_cross_reference"]
    applied = False
    for name, other in (("facilitated_offense", facts.facilitated_offense),
                        ("concealed_offense", facts.concealed_offense)):
        if other is None:
            continue
        field = f"{given.facts_field}.{name}"
        if name == "facilitated_offense" and other.all_acts_completed:
            raise CaseError(f"{field}.all_acts_completed",
                            f"{SECTION}{reference['paragraph']} in the Guidelines Manual in "
                            f"force on {format_date(sheet.manual.in_force)} applies §2X3.1, "
                            f"not the guideline for a conspiracy (§2X1.1(b)): “"
                            f"{reference['text']}”")
        if name == "concealed_offense" and other.apply != "2X3.1":
            raise CaseError(f"{field}.apply",
                            f"{SECTION}{reference['paragraph']} in the Guidelines Manual in "
                            f"force on {format_date(sheet.manual.in_force)} names §2X3.1 only "
                            f"(Amendment 367 added §2J1.2 on Nov. 1, 1991): “"
                            f"{reference['text']}”")
        level, steps, words = accessory_in_respect_to(sheet, given, other, field)
        before = sheet.level
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: offense concealed, facilitated or obstructed "
                         "(§2X3.1)", f"{name}: {words}", level, steps, reference["text"],
                         source, only_if_greater=True)
        applied = applied or sheet.level != before
    return applied


def _concealing(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                source: str) -> bool:
    """(c)(2) from Nov. 1, 1991: "apply §2X3.1 (Accessory After the Fact) or §2J1.2
    (Obstruction of Justice), as appropriate, in respect to that other offense, if the
    resulting offense level is greater". True if adopted."""
    facts: BriberyFacts = given.facts
    other = facts.concealed_offense
    assert other is not None
    reference = version["concealing_cross_reference"]
    field = f"{given.facts_field}.concealed_offense"
    if other.apply == "2X3.1":
        level, steps, words = accessory_in_respect_to(sheet, given, other, field)
    else:
        if other.guideline != "other":  # refused here, naming this table, not §2J1.2's view
            registry.computed_guideline(given, other.guideline, field, "concealed offense")
        findings = other.obstruction.model_dump() if other.obstruction is not None else {}
        underlying = UnderlyingOffense(guideline=other.guideline,
                                       offense_level=other.offense_level,
                                       harboring_only=other.harboring_only,
                                       terrorism_exception=other.terrorism_exception)
        obstruction = ObstructionOfJusticeFacts(**findings, obstructed_offense=underlying)
        level, steps = registry.offense_level_under(
            sheet, "2J1.2", given.under("2J1.2", obstruction, f"{field}.obstruction"))
        named = "the other offense" if other.guideline == "other" else f"§{other.guideline}"
        words = f"§2J1.2 in respect to {named}: level {level}"
    before = sheet.level
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                     f"Cross reference: offense concealed or justice obstructed (§{other.apply})",
                     f"concealed_offense: {words}", level, steps, reference["text"], source,
                     only_if_greater=True)
    return sheet.level != before


def _facilitating(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                  source: str) -> bool:
    """(c)(1): "apply the offense guideline applicable to a conspiracy to commit that other
    offense, if the resulting offense level is greater": §2X1.1 in respect to the other
    offense as a conspiracy. True if adopted."""
    facts: BriberyFacts = given.facts
    other = facts.facilitated_offense
    assert other is not None
    reference = version["facilitating_cross_reference"]
    level, steps, words = in_respect_to(sheet, given, other,
                                        f"{given.facts_field}.facilitated_offense")
    assert sheet.level is not None
    before = sheet.level
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                     "Cross reference: offense facilitated (conspiracy to commit it)",
                     f"facilitated_offense: a conspiracy, {words}", level, steps,
                     reference["text"], source, only_if_greater=True)
    return sheet.level != before


def _abuse_of_trust(given: registry.ChapterTwoCase, version: Version, applied: bool) -> None:
    """The note on §3B1.3: from Nov. 1, 2004 (comment. (n.6)) "Do not apply §3B1.3"; before,
    (n.3) not "except where the offense level is determined under §2C1.1(c)". A case that
    states §3B1.3 where it does not apply is refused, naming the adjustment."""
    rule = version["abuse_of_trust"]
    name = section_3b1_3_stated(given.adjustments.role)
    if name is None or (rule["unless_cross_reference"] and applied):
        return
    raise CaseError(f"adjustments.role.{name}",
                    f"{SECTION}, {rule['note']}: “{rule['text']}”"
                    + (" (no cross reference of (c) determined the offense level)"
                       if rule["unless_cross_reference"] else ""))
