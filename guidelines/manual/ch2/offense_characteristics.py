"""What the Chapter Two guidelines of violence share: a characteristic chosen from a list of
alternatives (the weapon of §2B3.1(b)(2) and §2A2.2(b)(2), the degree of bodily injury of
§2B3.1(b)(3) and §2A2.2(b)(3)), a single characteristic of a fixed number of levels, and the
cap on "the cumulative adjustments" of several paragraphs.

§1B1.1, comment. (n.4(A)) (2025): "Within each specific offense characteristic subsection,
however, the offense level adjustments are alternative; only the one that best describes the
conduct is to be used. For example, in §2A2.2(b)(3), pertaining to degree of bodily injury,
the subdivision that best describes the level of bodily injury is used; the adjustments for
different degrees of bodily injury (subdivisions (A)-(E)) are not added together."

The numbers and the words are in each guideline's table; this module only reads them. A
table version's characteristic is a :class:`Paragraph` (one adjustment) or a list of
:class:`Clause` (alternatives, each keyed by the word the case file uses).
"""

from __future__ import annotations

from typing import Literal

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import Dollars, dollars
from ussg.guidelines.engine.table_schemas import Closed
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet

#: The degree of bodily injury as the court found it: the five subdivisions (A)-(E) of
#: §2B3.1(b)(3) and §2A2.2(b)(3), in order of seriousness.
BodilyInjury = Literal["bodily_injury", "between_bodily_and_serious", "serious_bodily_injury",
                       "between_serious_and_permanent", "permanent_or_life_threatening"]

BODILY_INJURY_WORDS = (
    "The degree of bodily injury any victim sustained, as the court found it: "
    "\"bodily_injury\", \"between_bodily_and_serious\", \"serious_bodily_injury\", "
    "\"between_serious_and_permanent\" or \"permanent_or_life_threatening\" "
    "(§1B1.1, comment. (n.1) defines the three degrees).")


class Paragraph(Closed):
    """One specific offense characteristic: its paragraph, its levels, its words."""

    paragraph: str  # "(b)(5)", as the edition numbers it
    levels: int
    text: str


class Kinds(Paragraph):
    """A paragraph that covers several kinds of conduct, applied once."""

    kinds: list[str]  # the case file's words for what the paragraph covers in the edition


class Clause(Closed):
    """One of a paragraph's alternatives: the case file's word for it, its subdivision, its
    levels and its words."""

    key: str
    clause: str  # "(A)"
    levels: int
    text: str


class Alternatives(Closed):
    """A paragraph whose subdivisions are alternatives: "only the one that best describes the
    conduct is to be used"."""

    paragraph: str
    text: str  # the paragraph's opening words
    clauses: list[Clause]


class CrossReference(Closed):
    """A cross reference: its paragraph and words."""

    paragraph: str
    text: str


class NotInEdition(Closed):
    """A paragraph the edition does not have (not yet, or no longer): ``exists = false`` and
    a ``note`` saying which amendment added (or deleted) it; a fact stated for it is refused
    with the note (:func:`refuse_paragraphs_not_in_edition`)."""

    exists: bool
    note: str


class Cap(Closed):
    """"The cumulative adjustments from application of" some paragraphs "shall not exceed" so
    many levels."""

    paragraphs: list[str]  # the paragraphs capped, as numbered: ["(b)(2)", "(b)(3)"]
    levels: int
    text: str


def clause_of(alternatives: Alternatives, key: str) -> Clause:
    """The clause ``key`` names (the facts model lists the same words as the tables)."""
    found = next((c for c in alternatives.clauses if c.key == key), None)
    assert found is not None, (key, alternatives.paragraph)
    return found


def refuse_clause_not_in_edition(sheet: Worksheet, section: str, alternatives: dict,
                                 key: str | None, field: str) -> None:
    """A finding the edition's paragraph has no clause for (e.g. §2B3.1's threat of death
    before Nov. 1, 1989) is refused, naming the field, never ignored."""
    if key is not None and all(c["key"] != key for c in alternatives["clauses"]):
        raise CaseError(field, f"{section} in the Guidelines Manual in force on "
                               f"{format_date(sheet.manual.in_force)} has no clause of "
                               f"{alternatives['paragraph']} for \"{key}\"")


def base_level_of(sheet: Worksheet, version: Version, section: str, title: str,
                  input: str) -> None:
    """A guideline's single base offense level (its table's ``base_level``, quoted from
    ``base_text``): "(a) Base Offense Level: 20"."""
    sheet.set_level("chapter_two", f"{section}(a)", title, input, version["base_level"],
                    f"“{version['base_text']}”", sheet.note_version(version))


def base_level_by_finding(version: Version, found: bool, applies_to: str) -> dict:
    """The subsection of (a) a yes/no finding selects from the table's ``base_levels``: the
    one that ``applies_to`` the finding when it is true, else the one for "otherwise"; an
    edition with a single level has one that applies to "all"."""
    wanted = applies_to if found else "otherwise"
    return next(b for b in version["base_levels"] if b["applies_to"] in ("all", wanted))


def refuse_finding_of_a_single_level(sheet: Worksheet, version: Version, section: str,
                                     field: str, name: str, found: bool, inserted: str) -> None:
    """A finding that selects a subsection of (a), stated under an edition whose (a) is a
    single level (its ``base_levels`` one that applies to "all"): refused, saying which
    amendment ``inserted`` (a)(1)."""
    if found and all(b["applies_to"] == "all" for b in version["base_levels"]):
        raise CaseError(f"{field}.{name}",
                        f"{section}(a) in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} is a single level "
                        f"(“{version['base_levels'][0]['text']}”); (a)(1), {inserted}")


def refuse_paragraphs_not_in_edition(sheet: Worksheet, version: Version, field: str,
                                     stated: tuple[tuple[str, str, bool], ...]) -> None:
    """Each (table entry, fact key, stated): a fact stated for a paragraph the version marks
    ``exists = false`` is refused with the entry's ``note``, never ignored."""
    for name, key, found in stated:
        paragraph = version[name]
        if found and not paragraph.get("exists", True):
            raise CaseError(f"{field}.{key}",
                            f"{paragraph['note']}; it is not in the Guidelines Manual in force "
                            f"on {format_date(sheet.manual.in_force)}")


def set_base_level_by_finding(sheet: Worksheet, version: Version, section: str, title: str,
                              name: str, found: bool, applies_to: str, alone: str) -> dict:
    """(a) chosen by the finding ``name`` (:func:`base_level_by_finding`), as a step whose
    input is the finding, or ``alone`` (the offense) where the edition has one level."""
    base = base_level_by_finding(version, found, applies_to)
    words = f"{name} = {str(found).lower()}" if base["applies_to"] != "all" else alone
    sheet.set_level("chapter_two", f"{section}{base['paragraph']}", title, words,
                    base["level"], f"“{base['text']}”", sheet.note_version(version))
    return base


def apply_alternative(sheet: Worksheet, version: Version, section: str, title: str,
                      alternatives: dict, key: str | None, input: str) -> int:
    """The alternative ``key`` of a paragraph (the one that best describes the conduct, as
    the court found it), applied; its levels returned (0 if none was found)."""
    if key is None:
        return 0
    table = Alternatives.model_validate(alternatives)
    clause = clause_of(table, key)
    sheet.adjust("chapter_two", f"{section}{table.paragraph}{clause.clause}", title, input,
                 clause.levels, f"“{clause.text}”", sheet.note_version(version))
    return clause.levels


def apply_paragraph(sheet: Worksheet, version: Version, section: str, title: str,
                    paragraph: dict, found: bool, input: str) -> int:
    """A characteristic of fixed levels, applied where the court found it."""
    if not found:
        return 0
    sheet.adjust("chapter_two", f"{section}{paragraph['paragraph']}", title, input,
                 paragraph["levels"], f"“{paragraph['text']}”", sheet.note_version(version))
    return paragraph["levels"]


def apply_kinds(sheet: Worksheet, version: Version, section: str, name: str, title: str,
                found: list[str], field: str) -> None:
    """A paragraph of fixed levels that covers several kinds of conduct (its table's
    ``kinds``), applied once: each kind found must be one the edition's paragraph names (a
    kind added by a later amendment is refused under an earlier Manual, never ignored)."""
    if not found:
        return
    paragraph = version[name]
    for kind in found:
        if kind not in paragraph["kinds"]:
            raise CaseError(field, f"{kind!r}: {section}{paragraph['paragraph']} in the "
                                   f"Guidelines Manual in force on "
                                   f"{format_date(sheet.manual.in_force)} reads "
                                   f"“{paragraph['text']}”, which does not cover it")
    apply_paragraph(sheet, version, section, title, paragraph, True,
                    ", ".join(f"\"{kind}\"" for kind in found))


def infant_or_toddler_without_vulnerable_victim(given, section: str,
                                                portrays: list[str]) -> None:
    """§2G2.1 and §2G2.2, comment. (n.4) (from Nov. 1, 2016, Amendment 801): "If subsection
    (b)(4)(B) applies, do not apply §3A1.1(b)": both stated is refused, naming the adjustment."""
    if "infant_or_toddler" in portrays and given.adjustments.victim.vulnerable_victim:
        raise CaseError("adjustments.victim.vulnerable_victim",
                        f"{section}, comment. (n.4) (from Nov. 1, 2016, Amendment 801): “If "
                        f"subsection (b)(4)(B) applies, do not apply §3A1.1(b)” "
                        f"({given.facts_field}.portrays names \"infant_or_toddler\")")


def section_3b1_3_stated(role) -> str | None:
    """The §3B1.3 adjustment a case states (``abuse_of_trust`` before ``special_skill``), or
    None: what a note "do not apply §3B1.3 (Abuse of Position of Trust or Use of Special
    Skill)" bars, both adjustments being §3B1.3's; a refusal names the one stated."""
    for name in ("abuse_of_trust", "special_skill"):
        if getattr(role, name):
            return name
    return None


def officer_or_employee(sheet: Worksheet, given, version: Version, section: str) -> None:
    """The characteristic "If the defendant was a law enforcement or correctional officer or
    employee, or an employee of the Department of Justice, at the time of the offense,
    increase by 2 levels" (before Nov. 1, 1989: "committed the offense while a correctional
    officer or other employee of the Department of Justice") of §§2P1.1 and 2P1.2: the
    version's ``officer`` { paragraph, levels, text, covers } applied where its words reach
    what the defendant was (the facts' ``defendant_was``), else shown "not applied"; with it,
    §3B1.3 stated is refused with the version's ``trust_note`` { note, text } ("no adjustment
    is to be made under §3B1.3")."""
    found = given.facts.defendant_was
    if not found:
        return
    officer, source = version["officer"], sheet.note_version(version)
    paragraph = f"{section}{officer['paragraph']}"
    title = "Law enforcement or correctional officer or employee"
    words = "defendant_was = [" + ", ".join(f'"{p}"' for p in found) + "]"
    reached = [p for p in found if p in officer["covers"]]
    if not reached:
        sheet.note("chapter_two", paragraph, title, words, "not applied",
                   f"the words of the edition do not reach it: “{officer['text']}”", source)
        return
    if name := section_3b1_3_stated(given.adjustments.role):
        note = version["trust_note"]
        raise CaseError(f"adjustments.role.{name}", f"{section}, {note['note']}: "
                        f"“{note['text']}” ({given.facts_field}.defendant_was: "
                        f"{', '.join(reached)})")
    sheet.adjust("chapter_two", paragraph, title, words, officer["levels"],
                 f"“{officer['text']}”", source)


def apply_cap(sheet: Worksheet, version: Version, section: str, cap: dict,
              cumulative: int) -> int:
    """The cap on the cumulative adjustments of the paragraphs it names: where they add up
    to more, the level comes down to the cap (a step saying by how much); the cumulative
    adjustment after the cap is returned."""
    table = Cap.model_validate(cap)
    if cumulative <= table.levels:
        return cumulative
    over = cumulative - table.levels
    named = ", ".join(table.paragraphs[:-1]) + " and " + table.paragraphs[-1]
    sheet.adjust("chapter_two", f"{section}{table.paragraphs[-1]}",
                 f"Cumulative adjustments of {named} capped",
                 f"{cumulative} levels from {named}", -over,
                 f"“{table.text}” ({cumulative} → {table.levels})",
                 sheet.note_version(version))
    return table.levels


def restraint_counted_once(given, clause: str, restrained: bool, input: str) -> None:
    """§3A1.3, comment. (n.2) (2016 and 2025): "Do not apply this adjustment where the
    offense guideline specifically incorporates this factor": a restraint found under the
    guideline's ``clause`` (§2B3.1(b)(4)(B), §2B3.2(b)(5)(B)) and again under §3A1.3 is
    refused, not counted twice."""
    if restrained and given.adjustments.victim.restrained:
        raise CaseError("adjustments.victim.restrained",
                        "§3A1.3, comment. (n.2): “Do not apply this adjustment where the "
                        "offense guideline specifically incorporates this factor”; "
                        f"{clause} ({given.facts_field}.{input}) does")


def murder_cross_reference(sheet: Worksheet, version: Version, section: str,
                           only_if_greater: bool) -> None:
    """A cross reference for a victim "killed under circumstances that would constitute
    murder under 18 U.S.C. § 1111": "apply §2A1.1 (First Degree Murder)" (its base offense
    level, tables/murder_base_levels.toml), or, where the edition adds "if the resulting
    offense level is greater than that determined above", only if it is greater (a step
    saying so otherwise). ``version["murder_cross_reference"]`` holds the paragraph and
    words."""
    reference = version["murder_cross_reference"]
    murder = sheet.manual.table("murder_base_levels")
    level = murder["levels"]["§2A1.1"]
    where = f"{section}{reference['paragraph']}"
    source = sheet.note_version(version) + "; " + sheet.note_version(murder)
    assert sheet.level is not None
    if only_if_greater and level <= sheet.level:
        sheet.note("chapter_two", where, "Cross reference: murder (§2A1.1)",
                   "victim_murdered = true", "not applied",
                   f"§2A1.1(a) level {level} is not greater than {sheet.level}", source)
        return
    sheet.move_to("chapter_two", where, "Cross reference: murder (§2A1.1)",
                  "victim_murdered = true", level,
                  f"“{reference['text']}” §2A1.1(a): level {level}", source)
    sheet.refer_to("2A1.1")


def one_count_per_minor(sheet: Worksheet, version: Version, section: str, guideline: str,
                        what: str) -> None:
    """The special instruction of §2G2.1(d)(1) and §2G1.3(d)(1): with more than one minor,
    Chapter Three, Part D applies as if each minor's ``what`` ("exploitation") "had been
    contained in a separate count of conviction": this count is one minor's; shown, and
    warned of, so that each other minor is given as a count of its own."""
    instruction = version["more_than_one_minor"]
    sheet.note("chapter_two", f"{section}{instruction['paragraph']}",
               "Special instruction: more than one minor", "more_than_one_minor = true",
               "each minor a count", f"“{instruction['text']}” This count is one minor's; "
               f"give each other minor's {what} as a count of its own",
               sheet.note_version(version))
    sheet.warn(f"{section}{instruction['paragraph']}: more than one minor: this count is "
               f"computed for one minor; each other minor's {what} must be a count "
               f"of its own ([[counts]], guideline = \"{guideline}\") for Chapter Three, Part D")


def one_count_per_victim(sheet: Worksheet, version: Version, section: str, guideline: str,
                         what: str) -> None:
    """A special instruction for "more than one victim" (§2G1.1(d)(1); (c)(1) of 1989-1996,
    "the transportation of more than one person") in the table's ``special_instruction``:
    Chapter Three, Part D applies as if each victim's ``what`` "had been contained in a
    separate count of conviction": this count is one victim's; shown, and warned of, so that
    each other victim is given as a count of its own."""
    instruction = version["special_instruction"]
    sheet.note("chapter_two", f"{section}{instruction['paragraph']}",
               "Special instruction: more than one victim", "more_than_one_victim = true",
               "each victim a count", f"“{instruction['text']}” This count is one victim's; "
               f"give each other victim's {what} as a count of its own",
               sheet.note_version(version))
    sheet.warn(f"{section}{instruction['paragraph']}: more than one victim: this count is "
               f"computed for one victim; each other victim's {what} must be a count of its "
               f"own ([[counts]], guideline = \"{guideline}\") for Chapter Three, Part D")


def apply_weapon(sheet: Worksheet, given, version: Version, section: str, title: str,
                 weapon: str | None) -> int:
    """The weapon paragraph (§2B3.1(b)(2), §2B3.2(b)(3)): the one clause found, its levels
    returned; a firearm clause is left out where a §2K2.4 count is sentenced with the offense
    (§2K2.4's note)."""
    if weapon is None:
        return 0
    words = f"weapon = \"{weapon}\""
    paragraph = version["weapon"]["paragraph"]
    if weapon.startswith("firearm_") and withheld_for_924c(
            sheet, given.case, f"{section}{paragraph}", "Weapon", words):
        return 0
    return apply_alternative(sheet, version, section, title, version["weapon"], weapon, words)


def greatest_amount(**amounts) -> tuple[str, object, str] | None:
    """"The greater of" the amounts stated (§2B3.2(b)(2), §2B3.3(b)(1)): the name and amount
    of the greatest, and the words of all stated ("amount_demanded = \"$30,000\", ..."); None
    if none is stated."""
    stated = [(name, amount) for name, amount in amounts.items() if amount is not None]
    if not stated:
        return None
    name, amount = max(stated, key=lambda pair: pair[1])
    return name, amount, ", ".join(f"{n} = \"{a!s}\"" for n, a in stated)


def adopt_if_greater(sheet: Worksheet, section: str, title: str, words: str, level: int,
                     steps: list, text: str, source: str, only_if_greater: bool) -> None:
    """A cross reference to another guideline whose ``level`` (and ``steps``, computed on a
    scratch sheet) are adopted; where the edition says "if the resulting offense level is
    greater than that determined above" and it is not, a step says so instead."""
    assert sheet.level is not None
    if only_if_greater and level <= sheet.level:
        sheet.note("chapter_two", section, title, words, "not applied",
                   f"not greater than {sheet.level}: “{text}”", source)
        return
    sheet.steps.extend(steps)
    sheet.move_to("chapter_two", section, title, words, level, f"“{text}”", source)


def obstruction_adjustment_withheld(sheet: Worksheet, given, version: Version, section: str,
                                    fact: str) -> None:
    """The note that Chapter Three, Part C's obstruction adjustment (or all of Part C) does
    not apply to an obstruction offense "unless" (or "except where") the obstruction offense
    itself was obstructed (§2J1.2, comment. (n.2); §3C1.1's note for §2X3.1 from Nov. 1,
    1993): the version's ``chapter_three`` { note, text, reaches, unless }. An adjustment of
    ``[adjustments.obstruction]`` it reaches is refused unless the guideline's fact ``fact``
    is true; where it is, a step quotes the note."""
    rule = version.get("chapter_three")
    if rule is None:
        return
    stated = [name for name in rule["reaches"]
              if getattr(given.adjustments.obstruction, name, False)]
    if not stated:
        return
    if not getattr(given.facts, fact):
        raise CaseError(f"adjustments.obstruction.{stated[0]}",
                        f"{section}, {rule['note']}: “{rule['text']}” Give "
                        f"{given.facts_field}.{fact} = true if {rule['unless']}")
    sheet.note("chapter_two", f"{section}, {rule['note']}", "Chapter Three, Part C with "
               f"{section}", f"{fact} = true", "applies", f"{rule['unless']}: "
               f"“{rule['text']}”", sheet.note_version(version))


def withheld_for_924c(sheet: Worksheet, case, section: str, title: str, input: str) -> bool:
    """A characteristic for the possession, brandishing, use or discharge of a firearm, in a
    case with a count sentenced under §2K2.4 (18 U.S.C. § 924(c) and like statutes): shown
    "not applied" with the edition's note (§2K2.4, comment. (n.4(A)) in 2025: "do not apply
    any specific offense characteristic for possession, brandishing, use, or discharge of an
    explosive or firearm when determining the sentence for the underlying offense")."""
    from ussg.guidelines.manual.ch2.s2k2_4 import underlying_offense
    rule = underlying_offense.rule_applies(sheet, case)
    if rule is None:
        return False
    underlying_offense.withhold(sheet, rule, section, title, input)
    return True


def reaches_whole_dollar_row(amount: Dollars, at_least: str, field: str, between: str) -> bool:
    """Whether ``amount`` reaches a loss-table row of whole dollars that starts at
    ``at_least`` ("$2,501": the 1987 tables' "(B) $2,501 - $10,000"); an amount between the
    row before and this one (more than $2,500 but less than $2,501) is refused, naming
    ``field``: ``between`` says of what ("rows of §2B3.1(b)(1), whose rows")."""
    start = dollars(at_least)
    if start - 1 < amount < start:
        raise CaseError(field, f"{amount!s} falls between two {between} are whole dollars: "
                               f"up to {dollars(start - 1)!s}, then from {at_least}; give the "
                               f"loss as found, in whole dollars")
    return amount >= start


def special_instruction_minimum(sheet: Worksheet, section: str, conviction: str, applies: bool,
                                months: int, text: str, source: str) -> None:
    """A Chapter Two special instruction setting "the minimum guideline sentence" (§2F1.1(c)(1)
    and §2B1.3(d)(1), Nov. 1, 1997 - Oct. 31, 2001; §2B1.1(d)(1), Nov. 1, 2001 - Oct. 31,
    2002: "If the defendant is convicted under 18 U.S.C. § 1030(a)(4) [or (5)], the minimum
    guideline sentence, notwithstanding any other adjustment, shall be six months'
    imprisonment"). A step here; where it applies, recorded on the sheet for Chapter Five,
    Part A, which raises the range's minimum (manual/ch5/part_a_sentencing_table.py)."""
    if not applies:
        sheet.note("chapter_two", section, "Special instruction", conviction, "not applied",
                   f"“{text}”: not this conviction", source)
        return
    sheet.note("chapter_two", section, "Special instruction", conviction,
               f"minimum guideline sentence {months} months",
               f"“{text}”: applied to the guideline range (Chapter Five, Part A)", source)
    sheet.minimum_guideline_sentences.append((section, months, text, source))


def apply_injury_degree(sheet: Worksheet, version: Version, section: str,
                        injury: str | None, field: str, added_later: tuple[str, ...]) -> int:
    """A bodily-injury paragraph of fewer degrees than the five of :data:`BodilyInjury`
    (§2A4.1(b)(2): permanent or life-threatening, serious, or between them): the clause
    found, applied; a lesser degree the paragraph has no clause for ("bodily_injury") is
    shown with no increase; a degree in ``added_later`` (a clause an amendment inserted,
    §2A4.1(b)(2)(C) by Amendment 96) is refused under an edition without it, naming
    ``field`` (before it the court chose between the clauses there were)."""
    if injury is None:
        return 0
    paragraph = version["bodily_injury"]
    if injury in added_later:
        refuse_clause_not_in_edition(sheet, section, paragraph, injury, field)
    if all(c["key"] != injury for c in paragraph["clauses"]):
        named = "; ".join(f"{c['clause']} {c['text']}" for c in paragraph["clauses"])
        sheet.note("chapter_two", f"{section}{paragraph['paragraph']}", "Bodily injury",
                   f"bodily_injury = \"{injury}\"", "no increase",
                   f"{section}{paragraph['paragraph']} increases only where {named}",
                   sheet.note_version(version))
        return 0
    return apply_alternative(sheet, version, section, "Bodily injury", paragraph, injury,
                             f"bodily_injury = \"{injury}\"")



def amount_band(sheet: Worksheet, paragraph: dict, amount: Dollars,
                field: str) -> tuple[Literal["table", "one_level", "none"], int, str,
                                     Version | None]:
    """Where ``amount`` falls in a paragraph of the shape "(A) exceeded $X but did not exceed
    $Y, increase by 1 level; or (B) exceeded $Y, increase by the number of levels from the
    table in §2B1.1 corresponding to that amount" (before Nov. 1, 2001 only (B), with §2F1.1's
    table): ("table", its levels, the line's words, the loss table's version in force) over
    ``table_more_than``; ("one_level", ``one_level``, "", None) over ``one_level_more_than``;
    else ("none", 0, "", None). The caller words and applies the step (§2B3.3(b)(1),
    §2B5.1(b)(1), §2C1.1(b)(2)(A))."""
    if amount > dollars(paragraph["table_more_than"]):
        # imported here: §2B1.1's rules import this module
        from ussg.guidelines.manual.ch2.s2b1_1.offense_level import LOSS_TABLE, loss_table_line
        # the table (B) names: §2F1.1's until Nov. 1, 2001 (Amendment 617), then §2B1.1's
        named = {"§2F1.1": "fraud_deceit_loss_table", "§2B1.1": LOSS_TABLE}[paragraph["table"]]
        table = sheet.manual.table(named)
        _, add, line = loss_table_line(table, amount, field)
        return "table", add, line, table
    band = paragraph.get("one_level_more_than")
    if band is not None and amount > dollars(band):
        return "one_level", paragraph["one_level"], "", None
    return "none", 0, "", None


def apply_amount_band(sheet: Worksheet, section: str, title: str, paragraph: dict,
                      amount: Dollars, field: str, words: str, source: str) -> int:
    """A paragraph of :func:`amount_band`'s shape (§2B6.1(b)(1)'s retail value, ...) applied
    as one step: (B) (before Nov. 1, 2001 the paragraph itself) the loss table's levels, its
    line and version cited; (A) one level; or a step saying there is no increase. Its levels
    returned."""
    where = f"{section}{paragraph['paragraph']}"
    band = paragraph.get("one_level_more_than")
    text = f"“{paragraph['text']}”"
    kind, add, line, table = amount_band(sheet, paragraph, amount, field)
    if kind == "table":
        assert table is not None
        sheet.adjust("chapter_two", f"{where}(B)" if band else where, title, words, add,
                     f"{text} {amount!s} exceeded {paragraph['table_more_than']}: "
                     f"{paragraph['table']}(b)(1) {line}",
                     f"{source}; {sheet.note_version(table)}")
    elif kind == "one_level":
        sheet.adjust("chapter_two", f"{where}(A)", title, words, add,
                     f"{text} {amount!s} exceeded {band} but not "
                     f"{paragraph['table_more_than']}", source)
    else:
        sheet.note("chapter_two", where, title, words, "no increase",
                   f"{amount!s} did not exceed {band or paragraph['table_more_than']}: {text}",
                   source)
    return add


def apply_2a3_1_cross_reference(sheet: Worksheet, given, version: Version,
                                section: str) -> None:
    """"apply §2A3.1" (§2A3.2(c)(1); §2A3.3(c)(1) from Nov. 1, 2023), computed from the
    §2A3.1 findings the guideline's table nests (``criminal_sexual_abuse``) through the
    registry, its level replacing the one determined; "If the victim had not attained the age
    of 12 years, §2A3.1 shall apply": a victim under twelve without those findings is
    refused."""
    from ussg.guidelines.manual.ch2 import registry  # imported here: the registry imports rules
    facts = given.facts
    reference = version["sexual_abuse_cross_reference"]
    if facts.criminal_sexual_abuse is None:
        if facts.victim_age == "under_twelve":
            raise CaseError(f"{given.facts_field}.criminal_sexual_abuse",
                            f"{section}{reference['paragraph']} in the Guidelines Manual in "
                            f"force on {format_date(sheet.manual.in_force)}: “"
                            f"{reference['text']}” (victim_age = \"under_twelve\"): state "
                            f"the §2A3.1 findings (an empty table for none)")
        return
    level, steps = registry.offense_level_under(
        sheet, "2A3.1", given.under("2A3.1", facts.criminal_sexual_abuse,
                                    f"{given.facts_field}.criminal_sexual_abuse"))
    why = ("victim_age = \"under_twelve\"; " if facts.victim_age == "under_twelve" else "")
    adopt_if_greater(sheet, f"{section}{reference['paragraph']}",
                     "Cross reference: criminal sexual abuse (§2A3.1)",
                     f"{why}criminal_sexual_abuse (the §2A3.1 findings): level {level}", level,
                     steps, reference["text"], sheet.note_version(version),
                     only_if_greater=False)


def apply_harm_cross_references(sheet: Worksheet, given, version: Version, section: str, *,
                                death_if_greater: bool) -> None:
    """The cross references of the tampering guidelines (§2N1.1(c), §2Q1.4(c)), each through
    the registry: death (``death``: §2A1.1 if intentional or knowing, else §2A1.2), then
    attempted murder (§2A2.1) and extortion (§2B3.2) from the findings the guideline's table
    nests, each "if the resulting offense level is greater". ``death_if_greater``: whether
    the edition's death reference says so too (§2Q1.4 does; §2N1.1's replaces the level)."""
    from ussg.guidelines.manual.ch2 import registry  # imported here: the registry imports rules
    facts = given.facts
    source = sheet.note_version(version)
    if facts.death is not None:
        other = "2A1.1" if facts.death == "intentional_or_knowing" else "2A1.2"
        level, steps = registry.offense_level_under(sheet, other, given.under(other))
        rule = version["death"]
        adopt_if_greater(sheet, f"{section}{rule['paragraph']}", rule["title"],
                         f"death = \"{facts.death}\": §{other} level {level}", level, steps,
                         rule["text"], source, only_if_greater=death_if_greater)
    for name, other in (("attempted_murder", "2A2.1"), ("extortion", "2B3.2")):
        findings = getattr(facts, name)
        if findings is None:
            continue
        level, steps = registry.offense_level_under(
            sheet, other, given.under(other, findings, f"{given.facts_field}.{name}"))
        rule = version[name]
        adopt_if_greater(sheet, f"{section}{rule['paragraph']}", rule["title"],
                         f"{name} (the §{other} findings): level {level}", level, steps,
                         rule["text"], source, only_if_greater=True)


def mass_destruction_level(sheet: Worksheet, given, key: str, named: str | None,
                           stated: int | None) -> tuple[int, list, str] | None:
    """The offense level under §2M6.1 that a cross reference applies if greater (§2M5.3(c)(3),
    §2A5.2(c)(2), §2A6.1(c)(1)): computed through the registry from
    [offense.weapons_of_mass_destruction] in the same count where the facts' ``key`` names
    "2M6.1" (``named``), its steps to be adopted; else the level ``stated`` as determined (no
    steps); None where neither is given. Returns the level, the steps and a few words."""
    from ussg.guidelines.manual.ch2 import registry  # imported here: the registry imports rules
    if named is not None:
        other = registry.computed_guideline(given, named, given.facts_field,
                                            "offense under §2M6.1")
        level, steps = registry.offense_level_under(
            sheet, named, given.under(named, other.facts_of(given.offense)))
        return level, steps, f"{key} = \"{named}\"; §{named}: level {level}"
    if stated is not None:
        return stated, [], f"§2M6.1: level {stated}, as determined"
    return None


def apply_death_or_attempted_murder_references(sheet: Worksheet, given, version: Version,
                                               section: str, source: str) -> None:
    """The death and attempted-murder cross references of §2M5.3(c)(1)-(2) and §2M6.1(c)(1)-(2),
    each "if the resulting offense level is greater": ``death_resulted`` (§2A1.1 if
    intentional or knowing, else §2A1.2), then ``attempted_murder_guideline`` (§2A2.1 computed
    from its facts table in the same count, or "other" with the level stated)."""
    from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level  # imports rules
    facts = given.facts
    if facts.death_resulted is not None:
        rule = version["death"]
        guideline = "2A1.1" if facts.death_resulted == "intentional_or_knowing" else "2A1.2"
        level, steps, words = underlying_level(sheet, given, guideline, None,
                                               given.facts_field)
        adopt_if_greater(sheet, f"{section}{rule['paragraph']}", rule["title"],
                         f"death_resulted = {facts.death_resulted}; {words}", level, steps,
                         rule["text"], source, only_if_greater=True)
    if facts.attempted_murder_guideline is not None:
        rule = version["attempted_murder"]
        level, steps, words = underlying_level(sheet, given, facts.attempted_murder_guideline,
                                               facts.attempted_murder_offense_level,
                                               given.facts_field)
        if facts.attempted_murder_guideline == "other":
            words = f"§2A2.1: level {level}, as determined"
        adopt_if_greater(sheet, f"{section}{rule['paragraph']}", rule["title"],
                         f"tantamount to attempted murder; {words}", level, steps,
                         rule["text"], source, only_if_greater=True)
