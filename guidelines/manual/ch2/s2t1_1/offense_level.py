"""§2T1.1 in the Chapter Two registry, and what the tax guidelines share: the Tax Table of
§2T4.1 (tables/tax_table.toml), the characteristics of (b) (criminal income, sophisticated
means or concealment, in each edition's words), and §2T1.3's tax loss of Nov. 1, 1987 - Oct.
31, 1993 (28 or 34 percent of the understatement, plus the false credits), which §2T1.1(a)(B)
and §2T1.4(a) read then.

§2T1.1 (2025): "(a) Base Offense Level: (1) Level from §2T4.1 (Tax Table) corresponding to
the tax loss; or (2) 6, if there is no tax loss." Before Nov. 1, 1993 (Amendment 491): "Level
from §2T4.1 (Tax Table) corresponding to the tax loss. For purposes of this guideline, the
'tax loss' is the greater of: (A) the total amount of tax that the taxpayer evaded or attempted
to evade; and (B) the 'tax loss' defined in §2T1.3." The tax loss is the court's finding
(``tax_loss``); the presumptions of §2T1.1(c)'s Notes are not computed.
"""

from __future__ import annotations

from decimal import Decimal

from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import Dollars, dollars
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (adopt_if_greater,
                                                                reaches_whole_dollar_row)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import at_least
from ussg.guidelines.manual.ch2.s2t1_1.facts import TaxCharacteristics, Understatement

CH = "chapter_two"
TABLE = "tax_evasion"
TAX_TABLE = "tax_table"
#: §2T1.3 (Nov. 1, 1987 - Oct. 31, 1993), whose tax loss §2T1.1(a)(B) and §2T1.4(a) read
FALSE_STATEMENT_TABLE = "tax_false_statement"
SECTION = "§2T1.1"


def tax_table_line(version: Version, amount: Dollars, field: str) -> tuple[str, int, str]:
    """The line of the Tax Table ``version`` for the tax loss ``amount`` ("(Apply the
    Greatest)": the last line it reaches): its letter, level and words. In the original
    table's whole-dollar ranges ("$5,001 - $10,000") an amount between two lines is refused,
    naming ``field``."""
    first = version["first"]
    found = (first["letter"], first["level"], f"({first['letter']}) {first['words']}")
    ranged = False  # the line before is a range of whole dollars ending a dollar short
    for row in version["rows"]:
        if row.get("at_least") is not None:
            start = dollars(row["at_least"])
            reached = (reaches_whole_dollar_row(amount, row["at_least"], field,
                                                f"lines of §2T4.1 as in force "
                                                f"({version.citation}), whose lines")
                       if ranged else amount >= start)
            ranged = True
        else:
            reached = amount > dollars(row["more_than"])
            ranged = False
        if reached:
            words = row.get("words") or f"More than {row['more_than']}"
            found = (row["letter"], row["level"], f"({row['letter']}) {words}")
    return found


def tax_table_level(sheet: Worksheet, amount: Dollars, field: str) -> tuple[int, str, str]:
    """The §2T4.1 level for ``amount``: (level, "§2T4.1(F) More than $100,000: level 16",
    the table version's citation for the step's source)."""
    version = sheet.manual.table(TAX_TABLE)
    letter, level, words = tax_table_line(version, amount, field)
    return level, f"§2T4.1{words}: level {level}", sheet.note_version(version)


def shown(amount: Dollars) -> str:
    """An amount as the worksheet shows it, exactly: "$22,500", "$9,999.9984" (a computed tax
    loss in fractions of a cent is not rounded: it may sit just under a line)."""
    if amount == amount.quantize(Decimal("0.01")):
        return str(amount)
    return f"${Decimal(amount):,}"


def cross_reference_if_greater(sheet: Worksheet, given: registry.ChapterTwoCase, table: str,
                               section: str, *, flag: str, guideline: str | None,
                               stated_level: int | None, added_by: str, what: str,
                               as_determined: str) -> None:
    """A Part T cross reference to another guideline "if the resulting offense level is
    greater" (§2T1.6(b)(1), §2T3.1(c)(1)): an error where the edition has none (``added_by``
    says which amendment added it; ``flag`` is the fact that asked for it), else the other
    guideline's level through the registry, or as determined (``as_determined``, with
    ``{level}``), its steps adopted if greater."""
    from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

    version = sheet.manual.table(table)
    reference = version.get("cross_reference")
    if reference is None:
        raise CaseError(f"{given.facts_field}.{flag}",
                        f"{section} in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} has no cross reference "
                        f"({added_by})")
    assert guideline is not None
    level, steps, words = underlying_level(sheet, given, guideline, stated_level,
                                           given.facts_field)
    if guideline == "other":
        words = as_determined.format(level=level)
    adopt_if_greater(sheet, f"{section}{reference['paragraph']}", reference["title"],
                     f"{what}; {words}", level, steps, reference["text"],
                     sheet.note_version(version), only_if_greater=True)


def understated_tax_loss(sheet: Worksheet, understatement: Understatement,
                         section: str) -> tuple[Dollars, str, str]:
    """§2T1.3's tax loss (Nov. 1, 1987 - Oct. 31, 1993), exactly: the percentage (28, or 34
    for a corporation) of the greater of gross income and taxable income understated, plus
    100 percent of the false credits. Returns the amount, the working and the source."""
    version = sheet.manual.table(FALSE_STATEMENT_TABLE)
    if not version.get("exists", True) or version.get("understated_percent") is None:
        raise CaseError(section, f"§2T1.3's tax loss is not in the Guidelines Manual in force "
                                 f"on {format_date(sheet.manual.in_force)}: {version.get('text')}")
    gross = understatement.gross_income_understated
    taxable = understatement.taxable_income_understated
    greater, which = (gross, "gross income") if gross >= taxable else (taxable, "taxable income")
    percent = version["corporate_percent"] if understatement.corporation \
        else version["understated_percent"]
    credits = version["false_credits_percent"]
    amount = Dollars(greater * Decimal(percent) / 100
                     + understatement.false_credits * Decimal(credits) / 100)
    who = "a corporation, " if understatement.corporation else ""
    working = (f"{who}{percent}% of {greater!s} ({which} understated, the greater) + "
               f"{credits}% of {understatement.false_credits!s} false credits = "
               f"{shown(amount)}")
    return amount, working, sheet.note_version(version)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.1(a): the Tax Table level for the tax loss, or (a)(2) 6 where there is none (from
    Nov. 1, 1993); before, the greater of the tax evaded (A) and §2T1.3's tax loss (B)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    title = f"Base offense level ({version['heading']})"
    field = f"{given.facts_field}.tax_loss"
    amount, words = facts.tax_loss, f"tax loss {facts.tax_loss!s}"
    if version.get("greater_of_2t1_3"):
        if facts.understatement is not None:
            computed, working, other = understated_tax_loss(
                sheet, facts.understatement, f"{given.facts_field}.understatement")
            sheet.note(CH, f"{SECTION}(a)(B)", "Tax loss defined in §2T1.3",
                       "understatement", shown(computed),
                       f"“the ‘tax loss’ defined in §2T1.3”: {working}", other)
            if computed > amount:
                amount = computed
                words = f"tax loss {shown(computed)} (§2T1.3's, the greater)"
                field = f"{given.facts_field}.understatement"
            else:
                words = f"tax loss {amount!s} (tax evaded, (A): the greater)"
        level, line, table_source = tax_table_level(sheet, amount, field)
        sheet.set_level(CH, f"{SECTION}(a)", title, words, level,
                        f"“{version['text_a']}” {line}", f"{source}; {table_source}")
        return
    if facts.understatement is not None:
        raise CaseError(f"{given.facts_field}.understatement",
                        f"{SECTION} in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} defines the tax loss in (c) "
                        f"(Amendment 491, Nov. 1, 1993); the percentages of its Notes are "
                        f"presumptions “unless a more accurate determination of the tax loss "
                        f"can be made”: give tax_loss as the court found it")
    none = version["no_tax_loss"]
    if amount == 0:
        sheet.set_level(CH, f"{SECTION}{none['paragraph']}", title, "no tax loss",
                        none["level"], f"“{none['text']}”", source)
        return
    level, line, table_source = tax_table_level(sheet, amount, field)
    sheet.set_level(CH, f"{SECTION}(a)(1)", title, words, level,
                    f"“Level from §2T4.1 (Tax Table) corresponding to the tax loss” {line}",
                    f"{source}; {table_source}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.1(b)(1) and (b)(2)."""
    tax_characteristics(sheet, given, sheet.manual.table(TABLE), SECTION)


def tax_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                        section: str) -> None:
    """(b)(1) criminal income and (b)(2) sophisticated means (or concealment), as ``version``
    (of §2T1.1, or of §2T1.2 or §2T1.3 before Nov. 1, 1993) words them."""
    criminal_income(sheet, given, version, section)
    sophisticated(sheet, given, version, section, given.facts)


def _where(sheet: Worksheet, given: registry.ChapterTwoCase) -> Where:
    """A fact the edition lacks is an error, except in the earlier Manual §1B1.11(b) weighs."""
    return Where(given.facts_field, sheet.manual.strict)


def criminal_income(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                    section: str) -> None:
    """(b)(1): "If the defendant failed to report or to correctly identify the source of
    income exceeding $10,000 in any year from criminal activity, increase by 2 levels. If the
    resulting offense level is less than level 12, increase to level 12." (1987: (A) failed to
    report ... per year; (B) the offense concealed or furthered criminal activity from which
    the defendant derived a substantial portion of his income.)"""
    facts: TaxCharacteristics = given.facts
    entry = version["criminal_income"]
    source = sheet.note_version(version)
    paragraph = f"{section}{entry['paragraph']}"
    title = entry["title"]
    stated = []
    if facts.criminal_income_unreported:
        stated.append(("(A)" if entry["livelihood"] else "", "criminal_income_unreported"))
    if facts.criminal_income_source_misidentified:
        if not entry["source_misidentified"]:
            not_in_edition(sheet, _where(sheet, given), "criminal_income_source_misidentified",
                           paragraph, title, "source of criminal income misidentified",
                           f"{paragraph} in the Guidelines Manual in force on "
                           f"{format_date(sheet.manual.in_force)} reads “{entry['text']}” "
                           f"(“or to correctly identify the source of” was added by Amendment "
                           f"221, Nov. 1, 1989)", source, chapter=CH)
        else:
            stated.append(("", "criminal_income_source_misidentified"))
    if facts.criminal_livelihood_concealed:
        if not entry["livelihood"]:
            not_in_edition(sheet, _where(sheet, given), "criminal_livelihood_concealed",
                           paragraph, title, "criminal livelihood concealed or furthered",
                           f"{paragraph} in the Guidelines Manual in force on "
                           f"{format_date(sheet.manual.in_force)} reads “{entry['text']}” "
                           f"(its (B), “the offense concealed or furthered criminal activity "
                           f"from which the defendant derived a substantial portion of his "
                           f"income”, was deleted by Amendment 221, Nov. 1, 1989)", source,
                           chapter=CH)
        else:
            stated.append(("(B)", "criminal_livelihood_concealed"))
    if not stated:
        return
    clause, _ = stated[0]
    words = " and ".join(name for _, name in stated)
    sheet.adjust(CH, f"{paragraph}{clause}", title, words, entry["levels"],
                 f"“{entry['text']}”" + (" (increased once)" if len(stated) > 1 else ""),
                 source)
    at_least(sheet, paragraph, entry["floor"], words, source)


def sophisticated(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                  section: str, facts) -> None:
    """(b)(2) in the edition's words: the fact it names (``sophisticated_means`` or, Nov. 1,
    1998 - Oct. 31, 2001, ``sophisticated_concealment``) +2, with the floor of level 12 from
    Nov. 1, 2001; the other fact, stated, is an error naming it."""
    entry = version["sophisticated"]
    source = sheet.note_version(version)
    paragraph = f"{section}{entry['paragraph']}"
    other = "sophisticated_concealment" if entry["fact"] == "sophisticated_means" \
        else "sophisticated_means"
    title = entry["title"]
    if getattr(facts, other):
        not_in_edition(sheet, _where(sheet, given), other, paragraph, title,
                       other.replace("_", " "),
                       f"{paragraph} in the Guidelines Manual in force on "
                       f"{format_date(sheet.manual.in_force)} reads “{entry['text']}” "
                       f"(“sophisticated concealment” Nov. 1, 1998 - Oct. 31, 2001, Amendments "
                       f"577 and 617): state {entry['fact']}", source, chapter=CH)
    if not getattr(facts, entry["fact"]):
        return
    sheet.adjust(CH, paragraph, title, entry["fact"].replace("_", " "), entry["levels"],
                 f"“{entry['text']}”", source)
    if entry.get("floor") is not None:
        at_least(sheet, paragraph, entry["floor"], entry["fact"].replace("_", " "), source)
