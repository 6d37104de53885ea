"""§2B1.1 (Theft, Property Destruction, and Fraud), Nov. 1, 2001 on: the base offense level
of (a), the loss table of (b)(1), the victims of (b)(2), the sophisticated-means paragraph
and the gross receipts from financial institutions, in the Manual's order. Before it (Nov. 1,
1987 - Oct. 31, 2001) §2B1.1 was the theft guideline alone: (a) 4, its loss table and more
than minimal planning (:func:`theft_characteristics`); fraud was §2F1.1.

The loss table is also read by §2S1.1(a)(2) ("8 plus the number of offense levels from the
table in §2B1.1 ... corresponding to the value of the laundered funds"):
:func:`loss_table_line`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial
from operator import itemgetter

from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import Dollars, dollars
from ussg.guidelines.engine.tables import TableError, Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (reaches_whole_dollar_row,
                                                               section_3b1_3_stated,
                                                               special_instruction_minimum)
from ussg.guidelines.manual.ch2.s2b1_1.facts import (NESTED_FACTS, TheftCrossReference,
                                                     TheftFraudFacts)

LOSS_TABLE = "theft_fraud_loss_table"
GAIN_TABLE = "theft_fraud_gain"
CHARACTERISTICS = "theft_fraud_characteristics"
CROSS_REFERENCES = "theft_fraud_cross_references"
#: §2B1.1(a)(1): "a statutory maximum term of imprisonment of 20 years or more"
TWENTY_YEARS_IN_MONTHS = 240


def loss_table_line(version: Version, amount: Dollars,
                    field: str = "") -> tuple[str, int, str]:
    """The line of a loss table for ``amount`` ("Loss (Apply the Greatest)"): its letter,
    the levels it adds and its words ("(H) More than $550,000 add 14"). The original tables
    of 1987 give ranges of whole dollars ("(B) $101 - $1,000"): an amount between two lines
    (more than $1,000 but less than $1,001) is refused, naming ``field``."""
    found = ("A", 0, f"(A) {version['no_increase_through']} or less no increase")
    rows = version["rows"]
    for i, row in enumerate(rows):
        if row.get("at_least") is not None:
            if reaches_whole_dollar_row(amount, row["at_least"], field,
                                        f"lines of {version.section} as in force "
                                        f"({version.citation}), whose lines"):
                found = (row["letter"], row["add"],
                         f"({row['letter']}) {_range_words(rows, i)} add {row['add']}")
        elif amount > dollars(row["more_than"]):
            words = row.get("words") or f"More than {row['more_than']}"
            found = (row["letter"], row["add"], f"({row['letter']}) {words} add {row['add']}")
    return found


def table_increase(sheet: Worksheet, section: str, title: str, words: str, version: Version,
                   amount: Dollars, field: str, reason: str = "") -> None:
    """A step for a loss or value table: "+N" with the line's letter, or "no increase"
    (line (A)); ``reason`` follows the line's words."""
    letter, add, line = loss_table_line(version, amount, field)
    source = sheet.note_version(version)
    if add == 0:
        sheet.note("chapter_two", section, title, words, "no increase", f"{line}{reason}",
                   source)
    else:
        sheet.adjust("chapter_two", f"{section}({letter})", title, words, add,
                     f"{line}{reason}", source)


def _range_words(rows: list, i: int) -> str:
    """"$101 - $1,000": a line of an original table, to the dollar before the next line."""
    if i + 1 == len(rows):
        return f"{rows[i]['at_least']} or more"
    following = rows[i + 1]
    end = dollars(following["more_than"]) if following.get("more_than") is not None \
        else dollars(following["at_least"]) - 1
    return f"{rows[i]['at_least']} - {dollars(end)!s}"


#: comment. (n.2(A)): an offense is "referenced to this guideline" if §2B1.1 is the guideline of
#: the offense of conviction (§1B1.2), or, for a conspiracy, solicitation or attempt under
#: §2X1.1, the guideline of the offense the defendant conspired, solicited or attempted to
#: commit. ussg reads §2X2.1 likewise: a defendant convicted of aiding and abetting "is
#: punishable as a principal" (§2X2.1, Background), of the offense aided. §2X5.1 (a statute
#: the Statutory Index does not list, §2B1.1 its most analogous guideline) turns on the
#: note's words of the edition (tables/theft_fraud_referenced.toml). Each names that offense's
#: guideline in its facts table (the registry's ``applies_facts_of``).
OBJECT_OFFENSE = ("2X1.1", "2X2.1", "2X5.1")
MOST_ANALOGOUS = "2X5.1"
REFERENCED = "theft_fraud_referenced"


def referenced_to_this_guideline(sheet: Worksheet, offense, guideline: str,
                                 field: str) -> bool:
    """An offense of conviction whose guideline (§1B1.2) is ``guideline`` is "referenced to
    this guideline" (comment. (n.2(A))): ``guideline`` is §2B1.1, or it is §2X1.1 (§2X2.1) and
    the offense conspired, solicited or attempted (aided) is referenced to §2B1.1; or it is
    §2X5.1 with §2B1.1 the most analogous guideline, as the edition's note reads (asked only
    where the statutory maximum is 20 years or more, or not stated: otherwise (a)(2) either
    way; a date whose words ussg lacks is refused, naming ``field``)."""
    if guideline == "2B1.1":
        return True
    if guideline not in OBJECT_OFFENSE:
        return False
    declared = registry.chapter_two_guideline(guideline)
    named = declared.applied_in(getattr(offense, declared.facts_key, None))
    if "2B1.1" not in named.values():
        return False
    if guideline != MOST_ANALOGOUS:
        return True
    maximum = _maximum(offense)
    if maximum is not None and not maximum[1]:
        return True
    try:
        version = sheet.manual.table(REFERENCED)
    except TableError as error:
        raise CaseError(f"{field}.{declared.facts_key}.{next(iter(named))}",
                        f"§2B1.1(a)(1) with §2B1.1 the most analogous guideline (§2X5.1): "
                        f"whether the offense is “referenced to this guideline” turns on "
                        f"§2B1.1, comment. (n.2(A)), whose words changed between the Nov. "
                        f"1, 2016 and the Nov. 1, 2025 Manuals by an amendment ussg's "
                        f"sources lack ({error}); state the court's level "
                        f"(analogous_guideline = \"other\" with analogous_offense_level)"
                        ) from None
    return bool(version["most_analogous_guideline"])


def _offenses_referenced(sheet: Worksheet, given: registry.ChapterTwoCase
                         ) -> list[tuple[str, str, object]]:
    """The offenses of conviction referenced to §2B1.1 (comment. (n.2(A)), (n.2(C))), each
    with its name and where it is: this count if it is one — also where §2B1.1 is applied
    through a reference of another guideline its own guideline led to (§2B1.1(c)(2) to
    §2K1.4, whose (a)(4) is "2 plus the offense level from §2B1.1"), not where its guideline
    is another (§2N2.1(b)(1), §2K1.4(a)(4), §2S1.1(a)(1), §2X3.1 ...) — then the case's other
    counts referenced to §2B1.1."""
    found = []
    convicted_under = given.through[0] if given.through else given.offense.guideline
    if referenced_to_this_guideline(sheet, given.offense, convicted_under, given.field):
        found.append(("", given.field, given.offense))
    for i, count in enumerate(given.case.counts):
        field = f"counts[{i}]"
        if field != given.field and referenced_to_this_guideline(sheet, count, count.guideline,
                                                                 field):
            found.append((count.name.strip() or f"Count {i + 1}", field, count))
    return found


#: the reason's last words where a one-count case's §2B1.1 takes (a)(2) through a reference
_OTHER_COUNTS_HINT = (" (a conviction of an offense referenced to §2B1.1 as well, e.g. the "
                      "underlying fraud, is a count of its own in [[counts]]: its statutory "
                      "maximum then decides)")


def _most_analogous_rule(sheet: Worksheet, convicted_under: str) -> str:
    """For §2X5.1 (§2B1.1 the most analogous guideline): "; " and the words that decide
    whether it is "referenced to this guideline" in the edition (the table version noted)."""
    if convicted_under != MOST_ANALOGOUS:
        return ""
    version = sheet.manual.table(REFERENCED)
    return f"; {version['rule']} ({sheet.note_version(version)})"


def _maximum(offense) -> tuple[str, bool] | None:
    """An offense's statutory maximum in words and whether it is 20 years or more; None if
    the case does not state it."""
    if offense.statutory_maximum_life:
        return "life imprisonment", True
    if offense.statutory_maximum_months is not None:
        months = offense.statutory_maximum_months
        return f"{months} months", months >= TWENTY_YEARS_IN_MONTHS
    return None


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(a) (Nov. 1, 2003 on): "(1) 7, if (A) the defendant was convicted of an
    offense referenced to this guideline; and (B) that offense of conviction has a statutory
    maximum term of imprisonment of 20 years or more; or (2) 6, otherwise." (Nov. 1, 2001 -
    Nov. 1, 2003: "Base Offense Level: 6".)

    Comment. (n.2(A)): "referenced to this guideline" is §2B1.1 as the guideline of the
    offense of conviction under §1B1.2 (or §2X1.1's object offense's): where another
    guideline's reference applies §2B1.1 (§2N2.1(b)(1), §2K1.4(a)(4), §2S1.1(a)(1), §2X3.1
    ...), that count is not, and (a)(1) looks to the case's other counts of conviction. With
    several (n.2(C)): "the count of conviction that provides the highest statutory maximum"."""
    version = sheet.manual.table("theft_fraud_base_offense_level")
    source = sheet.note_version(version)
    title = "Base offense level (Theft, Property Destruction, and Fraud)"
    if version.get("level") is not None:
        if version.get("era") == "theft":
            title = "Base offense level (Larceny, Embezzlement, and Other Forms of Theft)"
        sheet.set_level("chapter_two", "§2B1.1(a)", title, "offense under §2B1.1",
                        version["level"], f"“{version['text']}”", source)
        return
    offenses = _offenses_referenced(sheet, given)
    via = given.through or (given.offense.guideline,)
    if not offenses:
        sheet.set_level("chapter_two", "§2B1.1(a)(2)", title,
                        f"§2B1.1 applied through §{via[-1]}; no count of "
                        f"conviction referenced to §2B1.1", version["otherwise"],
                        f"the offense of conviction is referenced to §{via[0]}, "
                        f"not to this guideline (comment. (n.2(A))"
                        f"{_most_analogous_rule(sheet, via[0])}), so (a)(1) does not apply "
                        f"whatever its statutory maximum: “6, otherwise”"
                        f"{'' if given.case.counts else _OTHER_COUNTS_HINT}", source)
        return
    maxima = [(name, field, _maximum(offense)) for name, field, offense in offenses]
    reached = [(name, maximum[0]) for name, _, maximum in maxima
               if maximum is not None and maximum[1]]
    missing = [field for _, field, maximum in maxima if maximum is None]
    if not reached and missing:
        raise CaseError(f"{missing[0]}.statutory_maximum_months",
                        f"§2B1.1(a) in the {format_date(sheet.edition.edition)} Manual: the "
                        f"base offense level is 7 if the offense of conviction has a "
                        f"statutory maximum term of imprisonment of 20 years or more, 6 "
                        f"otherwise; give statutory_maximum_months (or statutory_maximum_life)")
    if reached:
        name, words = reached[0]
        if not name:
            why = "a statutory maximum term of imprisonment of 20 years or more"
            if via[0] == MOST_ANALOGOUS:
                why += (f"; §2B1.1, the most analogous guideline (§2X5.1), is “referenced to "
                        f"this guideline” (comment. (n.2(A)){_most_analogous_rule(sheet, via[0])})")
        elif maxima[0][0] == "":
            why = ("comment. (n.2(C)): with several counts sentenced under this guideline, "
                   "the count of conviction that provides the highest statutory maximum (20 "
                   "years or more) determines the base offense level")
        else:
            why = (f"(a)(1)(A): the defendant was convicted of an offense referenced to this "
                   f"guideline, whose statutory maximum is 20 years or more; §2B1.1 is "
                   f"applied here through §{via[-1]}")
        sheet.set_level("chapter_two", "§2B1.1(a)(1)", title,
                        f"{name + ': ' if name else ''}statutory maximum {words}",
                        version["with_20_year_maximum"], why, source)
        return
    if len(maxima) == 1 and not maxima[0][0]:
        sheet.set_level("chapter_two", "§2B1.1(a)(2)", title,
                        f"statutory maximum {maxima[0][2][0]}", version["otherwise"],
                        "the statutory maximum is less than 20 years: “6, otherwise”", source)
        return
    words = "; ".join(f"{name or 'this count'}: {maximum[0]}" for name, _, maximum in maxima)
    sheet.set_level("chapter_two", "§2B1.1(a)(2)", title, f"statutory maxima {words}",
                    version["otherwise"],
                    "no offense of conviction referenced to this guideline has a statutory "
                    "maximum of 20 years or more (comment. (n.2(A)), (n.2(C))): “6, otherwise”",
                    source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(b), the characteristics ussg computes, in the Manual's order."""
    if sheet.manual.table("theft_fraud_base_offense_level").get("era") == "theft":
        theft_characteristics(sheet, given)
        return
    if given.facts.more_than_minimal_planning:
        version = sheet.manual.table("theft_more_than_minimal_planning")
        not_in_edition(sheet, _where(sheet, given), "more_than_minimal_planning", "§2B1.1(b)",
                       "More than minimal planning", "more than minimal planning",
                       f"§2B1.1 has no increase for more than minimal planning: "
                       f"{version['note']}", sheet.note_version(version),
                       chapter="chapter_two")
    loss_increase(sheet, given)
    victims_increase(sheet, given)
    if not given.facts.other_characteristics_stated():
        sophisticated_means_increase(sheet, given)
        financial_institution_increase(sheet, given)
        return
    for _, apply in paragraphs_in_order(sheet, given):
        apply(sheet, given)


Rule = Callable[[Worksheet, registry.ChapterTwoCase], None]


def paragraphs_in_order(sheet: Worksheet, given: registry.ChapterTwoCase,
                        stated: list[str] | None = None) -> list[tuple[int, Rule]]:
    """§2B1.1(b)(3) on, in the edition's order (a floor — "If the resulting offense level is
    less than level 12, increase to level 12" — reads the level the paragraphs before it
    left): the paragraphs of theft_fraud_characteristics, the sophisticated-means paragraph
    and the financial-institution paragraph, by their numbers in the edition. A fact no
    paragraph of the edition reads is an error naming it (or "not in this edition" in the
    earlier Manual §1B1.11(b) weighs). ``stated``: the facts asked for (by default those of
    theft_fraud_characteristics the case states)."""
    if stated is None:
        stated = given.facts.other_characteristics_stated()
    version = other_characteristics_version(sheet, given, stated[0])
    rules = paragraph_rules(sheet, _where(sheet, given), version, stated)
    if version.get("era") != "theft":  # the consolidated guideline's own tables
        for table, rule in (("theft_fraud_sophisticated_means", sophisticated_means_increase),
                            ("theft_fraud_financial_institution",
                             financial_institution_increase)):
            rules.append((_paragraph_number(sheet.manual.table(table)["paragraph"]), rule))
    return sorted(rules, key=itemgetter(0))


def paragraph_rules(sheet: Worksheet, where: Where, version: Version, stated: list[str],
                    guideline: str = "2B1.1") -> list[tuple[int, Rule]]:
    """The paragraphs of a version (its ``paragraphs``: theft_fraud_characteristics, or
    §2F1.1's), each with its number, as rules applying :func:`other_characteristic`. A
    ``stated`` fact none of them reads is an error naming it (or "not in this edition" in the
    earlier Manual §1B1.11(b) weighs)."""
    paragraphs = version.get("paragraphs") or []
    read = {name for paragraph in paragraphs for name in facts_read(paragraph)}
    for name in stated:
        if name not in read:
            not_in_edition(sheet, where, name, f"§{guideline}(b)", "Specific offense "
                           "characteristics", name.replace("_", " "), f"§{guideline}(b) of the "
                           f"{format_date(sheet.edition.edition)} Manual has no paragraph "
                           f"for {name}", sheet.note_version(version), chapter="chapter_two")
    read_by = Counter(name for paragraph in paragraphs for name in set(facts_read(paragraph)))
    return [(paragraph["number"], partial(
        other_characteristic, paragraph=paragraph, version=version, guideline=guideline,
        own_facts={name for name in facts_read(paragraph) if read_by[name] == 1}))
        for paragraph in paragraphs]


def other_characteristics_version(sheet: Worksheet, given: registry.ChapterTwoCase,
                                  name: str) -> Version:
    """The edition's version of theft_fraud_characteristics; a date whose text is not entered
    is refused naming ``name``, the first fact that asked for it."""
    try:
        return sheet.manual.table(CHARACTERISTICS)
    except TableError as error:
        raise CaseError(f"{given.facts_field}.{name}", str(error)) from None


def _paragraph_number(paragraph: str) -> int:
    """ "(b)(10)" -> 10."""
    return int(paragraph.rsplit("(", 1)[1].rstrip(")"))


def facts_read(paragraph: dict) -> list[str]:
    return [name for option in paragraph["options"]
            for name in (*option["facts"], option.get("count"), option.get("amount")) if name]


def _clause_applies(option: dict, facts: TheftFraudFacts) -> bool:
    if not all(getattr(facts, name) for name in option["facts"]):
        return False
    if option.get("count") is not None and getattr(facts, option["count"]) < option["at_least"]:
        return False
    if option.get("amount") is not None:
        amount = getattr(facts, option["amount"])
        return amount is not None and amount > dollars(option["more_than"])
    return True


def _clause_needs(option: dict) -> str:
    needs = [*option["facts"]]
    if option.get("count") is not None:
        needs.append(f"{option['count']} at least {option['at_least']}")
    if option.get("amount") is not None:
        needs.append(f"{option['amount']} more than {option['more_than']}")
    return " and ".join(needs)


def other_characteristic(sheet: Worksheet, given: registry.ChapterTwoCase, paragraph: dict,
                         version: Version, own_facts: set[str],
                         guideline: str = "2B1.1") -> None:
    """A paragraph of §2B1.1(b) of theft_fraud_characteristics, e.g. (b)(9) of 2025: "If
    the offense involved (A) a misrepresentation that the defendant was acting on behalf of
    a charitable ... organization ...; or (D) ..., increase by 2 levels. If the resulting
    offense level is less than level 10, increase to level 10." Of its clauses the greatest
    that applies is applied ("(Apply the greater)"); then the floor of the paragraph, or of
    the clause ("If subparagraph (B) applies and the resulting offense level is less than
    level 14, increase to level 14"). A paragraph none of whose clauses applies is shown
    "not applied" when a fact only it reads is stated (a conviction under 18 U.S.C. § 1030
    alone, which two paragraphs read, is no characteristic)."""
    facts = given.facts
    if not any(getattr(facts, name) not in (None, False, 0) for name in own_facts):
        return
    section = f"§{guideline}(b)({paragraph['number']})"
    source = sheet.note_version(version)
    options = paragraph["options"]
    applying = [option for option in options if _clause_applies(option, facts)]
    if not applying:
        stated = sorted({name for name in facts_read(paragraph)
                         if getattr(facts, name) not in (None, False, 0)})
        sheet.note("chapter_two", section, paragraph["title"],
                   "; ".join(f"{name} = {getattr(facts, name)!s}" for name in stated),
                   "not applied", "needs " + "; or ".join(
                       f"{option['clause'] or section} {_clause_needs(option)}"
                       for option in options if set(facts_read({"options": [option]}))
                       & set(stated)), source)
        return
    chosen = max(applying, key=itemgetter("levels"))
    note = chosen.get("no_abuse_of_trust")
    if note and (name := section_3b1_3_stated(given.adjustments.role)):
        where = chosen.get("no_abuse_of_trust_note")
        raise CaseError(f"adjustments.role.{name}",
                        f"{section}{chosen['clause']} applies, and the commentary to "
                        f"§{guideline}" + (f" ({where})" if where else "")
                        + f" says: “{note}”")
    words = "; ".join(f"{option['clause']} {option['words']}".strip() for option in applying)
    greater = " (the greatest that applies)" if len({o["levels"] for o in options}) > 1 else ""
    if chosen["levels"]:
        sheet.adjust("chapter_two", f"{section}{chosen['clause']}", paragraph["title"], words,
                     chosen["levels"], f"“increase by {chosen['levels']} "
                     f"level{'' if chosen['levels'] == 1 else 's'}”{greater}",
                     source)
    minimum = chosen.get("minimum") or paragraph.get("minimum")
    assert sheet.level is not None and (minimum is not None or chosen["levels"])
    if minimum is None:
        return
    if not chosen["levels"] and sheet.level >= minimum:
        sheet.note("chapter_two", section, paragraph["title"], words, "no change",
                   f"the offense level {sheet.level} is not less than level {minimum}", source)
        return
    at_least(sheet, section, minimum, words, source, "" if chosen["levels"] else
             f"the offense level as determined above is less than level {minimum}: “increase "
             f"to level {minimum}”")


def loss_increase(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(b)(1): "If the loss exceeded [the amount of line (A)], increase the offense
    level as follows" (the table of the edition); from Nov. 1, 2001 the gain stands in for
    the loss "only if there is a loss but it reasonably cannot be determined"
    (:func:`loss_or_gain`)."""
    amount, words, why, field = loss_or_gain(sheet, "§2B1.1(b)(1)", GAIN_TABLE, given.facts,
                                             given.facts_field)
    table_increase(sheet, "§2B1.1(b)(1)", "Loss", words, sheet.manual.table(LOSS_TABLE),
                   amount, field, why)


#: what each edition's words make of the gain (tables/*_gain.toml, `meaning`), as the step
#: says it after quoting them
_GAIN_MEANS = {
    "only_if_loss_cannot_be_determined": ("the loss reasonably cannot be determined", ""),
    "alternative_estimate_understating_loss": (
        "as the estimate of the loss",
        ": the edition calls the gain an alternative estimate of the loss, one that "
        "ordinarily comes out lower than the loss; its words differ from those of §2B1.1 "
        "from Nov. 1, 2001, which use the gain only if there is a loss but it reasonably "
        "cannot be determined"),
}


def loss_or_gain(sheet: Worksheet, section: str, gain_table: str, facts,
                 facts_field: str) -> tuple[Dollars, str, str, str]:
    """The amount a loss table reads, with the step's words, the reason's words after the
    line, and the field: the loss, or the gain where the edition's commentary (``gain_table``:
    tables/theft_fraud_gain.toml, tables/fraud_deceit_gain.toml) lets it stand for the loss,
    its words quoted. An edition without such words refuses the gain, naming the field."""
    if facts.gain is None:
        return facts.loss, f"loss {facts.loss!s}", "", f"{facts_field}.loss"
    field = f"{facts_field}.gain"
    version = sheet.manual.table(gain_table)
    if not version.get("exists", True):
        edition, on = sheet.edition.edition, sheet.manual.date_of(gain_table)
        manual = f"the {format_date(edition)} Manual" + (
            f" as in force on {format_date(on)}" if on != edition else "")
        raise CaseError(field, f"{section}: the gain is not a measure of the loss in "
                               f"{manual}: {version['note']}; give the loss")
    condition, meaning = _GAIN_MEANS[version["meaning"]]
    why = (f"; {version['commentary']}: “{version['text']}”{meaning} "
           f"({sheet.note_version(version)})")
    return facts.gain, f"gain {facts.gain!s} ({condition})", why, field


#: the consolidated guideline's financial-institution facts; the theft guideline's paragraph
#: reads jeopardized_financial_institution, affected_financial_institution and
#: gross_receipts_from_offense
_NOT_IN_THE_THEFT_FINANCIAL_PARAGRAPH = (
    "financial_institution_gross_receipts", "endangered_public_company_or_large_employer",
    "endangered_100_or_more_victims")

#: the facts of the consolidated guideline the theft guideline (before Nov. 1, 2001) lacks
_NOT_IN_THE_THEFT_GUIDELINE = {
    "victims": "the number of victims", "mass_marketing": "mass-marketing",
    "hardship_victims": "substantial financial hardship",
    "relocated_scheme": "a relocated fraudulent scheme",
    "scheme_outside_united_states": "a scheme committed from outside the United States",
    "sophisticated_means": "sophisticated means",
    "defendant_caused_sophisticated_means": "the defendant's sophisticated means"}


def theft_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1 (Larceny, Embezzlement, and Other Forms of Theft), Nov. 1, 1987 - Oct. 31,
    2001: (b)(1) the loss table and more than minimal planning (+2). The fraud facts of the
    consolidated guideline are not in it (fraud was §2F1.1 then)."""
    facts = given.facts
    base = sheet.manual.table("theft_fraud_base_offense_level")
    if not _where(sheet, given).strict:
        raise CaseError(f"{given.field}.guideline",
                        f"§1B1.11(b)(1): the Manual in effect on the date of the offense "
                        f"({format_date(sheet.edition.edition)}) sentenced theft under §2B1.1 "
                        f"and fraud under §2F1.1, each with its own loss table; ussg cannot "
                        f"tell from the facts of the consolidated §2B1.1 which applied: "
                        f"compute that Manual by itself (manual = \"{sheet.edition.edition}\", "
                        f"guideline = \"2B1.1\" for theft or \"2F1.1\" for fraud) and compare")
    for name, words in _NOT_IN_THE_THEFT_GUIDELINE.items():
        if getattr(facts, name):
            not_in_edition(sheet, _where(sheet, given), name, "§2B1.1(b)", "Theft",
                           words, "the theft guideline §2B1.1 before Nov. 1, 2001 (Amendment "
                           "617) does not have it (fraud was §2F1.1: guideline = \"2F1.1\")",
                           sheet.note_version(base), chapter="chapter_two")
    refused = next((name for name in _NOT_IN_THE_THEFT_FINANCIAL_PARAGRAPH
                    if getattr(facts, name) not in (None, False)), None)
    if refused is not None:
        raise CaseError(f"{given.facts_field}.{refused}",
                        "the theft guideline before Nov. 1, 2001 asks whether the offense "
                        "\"substantially jeopardized the safety and soundness of a financial "
                        "institution\" (from Nov. 1, 1990: jeopardized_financial_institution) "
                        "or \"affected a financial institution and the defendant derived more "
                        "than $1,000,000 in gross receipts from the offense\" (from Nov. 1, "
                        "1991: affected_financial_institution with gross_receipts_from_offense, "
                        "the receipts from the offense, not from financial institutions); "
                        f"{refused} is the consolidated guideline's (from Nov. 1, 2001)")
    loss_increase(sheet, given)
    stated = [*facts.other_characteristics_stated(),
              *(["jeopardized_financial_institution"]
                if facts.jeopardized_financial_institution else [])]
    if stated:  # the theft guideline's paragraphs, in the edition's order
        for _, apply in paragraphs_in_order(sheet, given, stated):
            apply(sheet, given)
        return
    if facts.more_than_minimal_planning:
        version = sheet.manual.table("theft_more_than_minimal_planning")
        sheet.adjust("chapter_two", f"§2B1.1{version['paragraph']}",
                     "More than minimal planning", "more than minimal planning",
                     version["levels"], "“If the offense involved more than minimal planning, "
                     "increase by 2 levels”", sheet.note_version(version))


def victims_increase(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(b)(2) "(Apply the greatest)": the number of victims and mass-marketing; from
    Nov. 1, 2015 (Amendment 792) substantial financial hardship instead of 50 and 250
    victims."""
    facts = given.facts
    version = sheet.manual.table("theft_fraud_victims")
    rows = version["rows"]
    if facts.hardship_victims and not any(r["fact"] == "hardship_victims" for r in rows):
        not_in_edition(sheet, _where(sheet, given), "hardship_victims", "§2B1.1(b)(2)",
                       "Victims", f"substantial financial hardship to {facts.hardship_victims}",
                       "§2B1.1(b)(2) counts victims who suffered substantial financial "
                       "hardship from Amendment 792, eff. Nov. 1, 2015",
                       sheet.note_version(version), chapter="chapter_two")
    stated = {"victims": facts.victims, "mass_marketing": facts.mass_marketing,
              "hardship_victims": facts.hardship_victims}
    if not any(stated.values()):
        return
    words = "; ".join(part for part in (
        f"{facts.victims} victims" if facts.victims else "",
        "mass-marketing" if facts.mass_marketing else "",
        f"substantial financial hardship to {facts.hardship_victims}"
        if facts.hardship_victims and any(r["fact"] == "hardship_victims" for r in rows)
        else "") if part)
    applying = [row for row in rows if _row_applies(row, stated[row["fact"]])]
    source = sheet.note_version(version)
    if not applying:
        sheet.note("chapter_two", "§2B1.1(b)(2)", "Victims", words, "not applied",
                   "none of: " + "; ".join(f"({r['letter']}) {r['text']}" for r in rows),
                   source)
        return
    greatest = max(applying, key=lambda row: row["levels"])
    if greatest["letter"][0] in version.get("no_large_number_of_vulnerable_victims", ()) and \
            given.adjustments.victim.large_number_of_vulnerable_victims:
        raise CaseError("adjustments.victim.large_number_of_vulnerable_victims",
                        f"§2B1.1(b)(2)({greatest['letter'][0]}) applies, and the commentary "
                        f"says: “{version['no_large_number_text']}”")
    sheet.adjust("chapter_two", f"§2B1.1(b)(2)({greatest['letter'][0]})", "Victims", words,
                 greatest["levels"], f"the offense {greatest['text']} (apply the greatest)",
                 source)


def _where(sheet: Worksheet, given: registry.ChapterTwoCase) -> Where:
    """A fact the edition lacks is an error, except in the earlier Manual §1B1.11(b) weighs."""
    return Where(given.facts_field, sheet.manual.strict)


def _row_applies(row: dict, value: int | bool) -> bool:
    if isinstance(value, bool):
        return value
    if row.get("at_least") is not None and value < row["at_least"]:
        return False
    if row.get("more_than") is not None and value <= row["more_than"]:
        return False
    if row.get("less_than") is not None and value >= row["less_than"]:
        return False
    return True


def sophisticated_means_increase(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(b)(8) (2001), (b)(9) (2004), (b)(10) (2011 on): a relocated scheme, a scheme
    from outside the United States, or sophisticated means (from Nov. 1, 2015, "and the
    defendant intentionally engaged in or caused the conduct constituting sophisticated
    means"): "increase by 2 levels. If the resulting offense level is less than level 12,
    increase to level 12." """
    facts = given.facts
    if not (facts.relocated_scheme or facts.scheme_outside_united_states
            or facts.sophisticated_means):
        return
    version = sheet.manual.table("theft_fraud_sophisticated_means")
    source = sheet.note_version(version)
    section = f"§2B1.1{version['paragraph']}"
    if facts.defendant_caused_sophisticated_means and not version["defendant_conduct"]:
        not_in_edition(sheet, _where(sheet, given), "defendant_caused_sophisticated_means",
                       section, "Sophisticated means", "the defendant caused the "
                       "sophisticated means", f"{section}(C) asks whether the defendant "
                       f"intentionally engaged in or caused the conduct constituting "
                       f"sophisticated means from Amendment 792, eff. Nov. 1, 2015", source,
                       chapter="chapter_two")
    parts = []
    if facts.relocated_scheme:
        parts.append("(A) relocated a fraudulent scheme")
    if facts.scheme_outside_united_states:
        parts.append("(B) a substantial part of the scheme committed from outside the "
                     "United States")
    sophisticated = facts.sophisticated_means and (
        facts.defendant_caused_sophisticated_means or not version["defendant_conduct"])
    if sophisticated:
        parts.append("(C) sophisticated means"
                     + (" the defendant intentionally engaged in or caused"
                        if version["defendant_conduct"] else ""))
    if not parts:
        sheet.note("chapter_two", f"{section}(C)", "Sophisticated means",
                   "sophisticated means", "not applied",
                   "from Nov. 1, 2015 (C) needs that “the defendant intentionally engaged in "
                   "or caused the conduct constituting sophisticated means”", source)
        return
    words = "; ".join(parts)
    sheet.adjust("chapter_two", section, "Relocation, foreign scheme or sophisticated means",
                 words, version["levels"], "“increase by 2 levels”", source)
    at_least(sheet, section, version["minimum"], words, source)


#: the case-file fact of each finding §2B1.1's (B) names (the table's `b_clauses`)
FACT_OF_CLAUSE = {"financial_institution": "jeopardized_financial_institution",
                  "public_company_or_large_employer": "endangered_public_company_or_large_employer",
                  "hundred_or_more_victims": "endangered_100_or_more_victims"}
_CLAUSE_WORDS = {"financial_institution": "(i) substantially jeopardized the safety and "
                                          "soundness of a financial institution",
                 "public_company_or_large_employer": "(ii) substantially endangered a publicly "
                                                     "traded company or an organization of "
                                                     "1,000 or more employees",
                 "hundred_or_more_victims": "(iii) substantially endangered the solvency or "
                                            "financial security of 100 or more victims"}


def financial_institution_increase(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(b)(12) (2001) ... (b)(17) (2018 on), "(Apply the greater) If— (A) the defendant
    derived more than $1,000,000 in gross receipts from one or more financial institutions as
    a result of the offense, increase by 2 levels; or (B) the offense (i) substantially
    jeopardized the safety and soundness of a financial institution; or (ii) ..., increase by
    4 levels. (C) The cumulative adjustments from application of both subsections (b)(2) and
    (b)(17)(B) shall not exceed 8 levels, except as provided in subparagraph (D). (D) If the
    resulting offense level determined under subparagraph (A) or (B) is less than level 24,
    increase to level 24." ((B)'s findings and (C) as the edition has them.)"""
    facts = given.facts
    receipts = facts.financial_institution_gross_receipts
    findings = {clause: getattr(facts, name) for clause, name in FACT_OF_CLAUSE.items()}
    if receipts is None and not any(findings.values()):
        return
    version = sheet.manual.table("theft_fraud_financial_institution")
    source = sheet.note_version(version)
    section = f"§2B1.1{version['paragraph']}"
    title = "Financial institutions; solvency of large organizations"
    for clause, stated in findings.items():
        if stated and clause not in version["b_clauses"]:
            not_in_edition(sheet, _where(sheet, given), FACT_OF_CLAUSE[clause], f"{section}(B)",
                           title, _CLAUSE_WORDS[clause], f"{section}(B) of this edition does "
                           f"not name it: “{version['b_text']}”", source, chapter="chapter_two")
    found = [clause for clause in version["b_clauses"] if findings[clause]]
    if found:
        words = "; ".join(_CLAUSE_WORDS[clause] for clause in found)
        levels, reason = _capped(sheet, version, version["b_levels"])
        sheet.adjust("chapter_two", f"{section}(B)", title, words, levels,
                     f"(B): “increase by {version['b_levels']} levels” (apply the greater)"
                     f"{reason}", source)
    elif receipts is not None and receipts > dollars(version["more_than"]):
        words = f"gross receipts from financial institutions {receipts!s}"
        sheet.adjust("chapter_two", f"{section}(A)", title, words, version["levels"],
                     f"“{version['text']}”", source)
    else:
        assert receipts is not None
        sheet.note("chapter_two", f"{section}(A)", title,
                   f"gross receipts from financial institutions {receipts!s}", "not applied",
                   f"not more than {version['more_than']}", source)
        return
    at_least(sheet, section, version["minimum"], words, source,
             f"“{version['minimum_text']}”")


def _capped(sheet: Worksheet, version: Version, levels: int) -> tuple[int, str]:
    """(C) (from Nov. 1, 2003): the levels (B) may add beside those (b)(2) added, and why."""
    if version.get("cap") is None:
        return levels, ""
    victims = sum(step.delta or 0 for step in sheet.steps
                  if step.scope == sheet.scope and step.section.startswith("§2B1.1(b)(2)"))
    allowed = max(0, version["cap"] - victims)
    if levels <= allowed:
        return levels, ""
    return allowed, (f"; (C): (b)(2) added {victims}, and “{version['cap_text']}”, so "
                     f"{allowed}")


def at_least(sheet: Worksheet, section: str, minimum: int, words: str, source: str,
             reason: str = "") -> None:
    """The floor a characteristic sets: "If the resulting offense level is less than level
    N, increase to level N"."""
    assert sheet.level is not None
    if sheet.level < minimum:
        sheet.move_to("chapter_two", section, f"Minimum offense level {minimum}", words,
                      minimum, reason or f"the resulting offense level is less than level "
                                         f"{minimum}: “increase to level {minimum}”", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(c) (:func:`cross_reference`), then (d), the special instruction of Nov. 1,
    2001 - Oct. 31, 2002 (:func:`special_instruction`)."""
    cross_reference(sheet, given)
    special_instruction(sheet, given)


def special_instruction(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(d)(1), Nov. 1, 2001 - Oct. 31, 2002 (tables/theft_fraud_special_instruction.toml):
    "If the defendant is convicted under 18 U.S.C. § 1030(a)(4) or (5), the minimum guideline
    sentence, notwithstanding any other adjustment, shall be six months' imprisonment."
    Read from ``convicted_under_1030_subsection``; an error (or "not in this edition" in the
    earlier Manual §1B1.11(b) weighs) where the edition has no (d)."""
    subsection = given.facts.convicted_under_1030_subsection
    if subsection is None:
        return
    version = sheet.manual.table("theft_fraud_special_instruction")
    source = sheet.note_version(version)
    conviction = f"convicted under 18 U.S.C. § 1030{subsection}"
    if not version.get("exists", True):
        not_in_edition(sheet, _where(sheet, given), "convicted_under_1030_subsection",
                       "§2B1.1(d)", "Special instruction", conviction,
                       f"not in the {format_date(sheet.edition.edition)} Manual: "
                       f"{version['note']}", source, chapter="chapter_two")
        return
    special_instruction_minimum(sheet, f"§2B1.1{version['paragraph']}", conviction,
                                subsection in version["subsections"], version["months"],
                                version["text"], source)


def cross_reference(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.1(c) (2025; each edition's from Nov. 1, 2001): "(1) If (A) a firearm, destructive device, explosive material, or
    controlled substance was taken ... apply §2D1.1 ..., §2D2.1 ..., §2K1.3 ..., or §2K2.1
    ..., as appropriate. (2) If the offense involved arson, or property damage by use of
    explosives, apply §2K1.4 ..., if the resulting offense level is greater than that
    determined above. (3) If (A) neither paragraph (1) nor (2) of this subsection applies;
    (B) the defendant was convicted under a statute proscribing false, fictitious, or
    fraudulent statements or representations generally ...; and (C) the conduct set forth in
    the count of conviction establishes an offense specifically covered by another guideline
    in Chapter Two ..., apply that other guideline. (4) If the offense involved a cultural
    heritage resource or a paleontological resource, apply §2B1.5 ..., if the resulting
    offense level is greater than that determined above." The level under the guideline
    named is computed through the registry where ussg computes it, else taken as
    determined."""
    reference = given.facts.cross_reference
    field = f"{given.facts_field}.cross_reference"
    if reference is None:
        if given.offense.drugs:
            raise CaseError(f"{given.field}.drugs",
                            "§2B1.1 reads the drugs of [offense] only through its cross "
                            "reference (c)(1) to §2D1.1: give [offense.theft_fraud."
                            "cross_reference] with ground = \"firearm_explosive_or_drug_taken\" "
                            "and guideline = \"2D1.1\", or leave the drugs out")
        return
    try:
        version = sheet.manual.table(CROSS_REFERENCES)
    except TableError as error:
        raise CaseError(f"{field}.ground", str(error)) from None
    rule = next((r for r in version["rules"] if r["ground"] == reference.ground), None)
    if rule is None:
        raise CaseError(f"{field}.ground",
                        f"§2B1.1(c) of the {format_date(sheet.edition.edition)} Manual "
                        f"({version.citation}) has no cross reference for "
                        f"{reference.ground!r}: it has only "
                        + "; ".join(f"{r['paragraph']} “{r['text']}”"
                                    for r in version["rules"]))
    section = f"§2B1.1{rule['paragraph']}"
    named = rule["guidelines"]
    if named and reference.guideline not in named:
        raise CaseError(f"{field}.guideline",
                        f"{section} applies " + " or ".join(f"§{g}" for g in named)
                        + f", not §{reference.guideline}: “{rule['text']}”")
    if reference.guideline in ("2B1.1", "other"):
        raise CaseError(f"{field}.guideline", f"{section}: the guideline applied is another "
                        f"Chapter Two guideline, named by its section")
    if given.offense.drugs and reference.guideline != "2D1.1":
        raise CaseError(f"{given.field}.drugs", f"the drugs of [offense] are read only by a "
                        f"cross reference to §2D1.1; this one applies §{reference.guideline}")
    level, steps, words = level_under_other_guideline(sheet, given, reference, field)
    source = sheet.note_version(version)
    title = f"Cross reference (§{reference.guideline})"
    assert sheet.level is not None
    if rule["if_greater"] and level <= sheet.level:
        sheet.note("chapter_two", section, title, words, "not applied",
                   f"level {level} is not greater than level {sheet.level} determined above",
                   source)
        return
    why = (f"level {level} is greater than level {sheet.level} determined above"
           if rule["if_greater"] else f"apply §{reference.guideline}")
    sheet.steps.extend(steps)
    sheet.move_to("chapter_two", section, title, words, level, why, source)


def level_under_other_guideline(sheet: Worksheet, given: registry.ChapterTwoCase,
                                reference: TheftCrossReference,
                                field: str) -> tuple[int, list, str]:
    """The offense level under the guideline a cross reference names: as determined
    (``offense_level``), or computed through the registry from the facts the case gives it
    (its table under the cross reference, or for §2D1.1 the drugs of [offense]), with its
    steps and the words of the step."""
    section = reference.guideline
    if reference.offense_level is not None:
        return (reference.offense_level, [],
                f"§{section}: level {reference.offense_level}, as determined")
    other = registry.chapter_two_guideline(section)
    key = next((k for k, s in NESTED_FACTS.items() if s == section), None)
    if other is None or other.rules is None or (other.facts_key and key is None):
        raise CaseError(f"{field}.offense_level",
                        f"ussg does not compute §{section} here: give the offense level "
                        f"under it as determined")
    facts = getattr(reference, key) if key else None
    if key and facts is None:
        raise CaseError(f"{field}.{key}", f"give the facts of §{section} in [{field}.{key}] "
                                          f"(or its offense_level as determined)")
    if section == "2D1.1" and not given.offense.drugs:
        raise CaseError(f"{given.field}.drugs", "the cross reference to §2D1.1 reads the "
                        "drugs of [offense]: give them (or offense_level as determined)")
    level, steps = registry.offense_level_under(
        sheet, section, given.under(section, facts, f"{field}.{key}" if key else ""))
    return level, steps, f"§{section}: level {level} (its steps above)"
