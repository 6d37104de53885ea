"""§2F1.1 (Fraud and Deceit), Nov. 1, 1987 - Oct. 31, 2001: the base offense level of (a), the
loss table of (b)(1), (b)(2) more than minimal planning or a scheme to defraud more than one
victim (1987: also a misrepresentation or the violation of an order, with a floor of 10),
from Nov. 1, 1998 mass-marketing and sophisticated means, and the edition's other paragraphs
(misrepresentation or violation of an order, risk of injury, foreign bank accounts, financial
institutions, access devices: tables/fraud_deceit_characteristics.toml), in the Manual's
order. (c)(1) (1997-2001: a six-month minimum guideline sentence on a § 1030(a)(4)
conviction) is applied to the range in Chapter Five, Part A.
"""

from __future__ import annotations

import datetime as dt

from functools import partial
from operator import itemgetter

from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import special_instruction_minimum
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import (at_least, loss_or_gain,
                                                             paragraph_rules, table_increase)

TITLE = "Fraud and Deceit"
SIX_MONTHS = 6
#: §2F1.1(c)(1), Nov. 1, 1997 - Oct. 31, 2001: APPENDIX_C_Vol_I.txt lines 19970-19974
#: (Amendment 551 inserts it), APPENDIX_C_Vol_II.txt lines 5917-5921 (617 quotes it struck)
SPECIAL_INSTRUCTION = ("If the defendant is convicted under 18 U.S.C. § 1030(a)(4), the minimum "
                       "guideline sentence, notwithstanding any other adjustment, shall be six "
                       "months’ imprisonment.")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2F1.1(a): "Base Offense Level: 6"."""
    version = sheet.manual.table("fraud_deceit_base_offense_level")
    sheet.set_level("chapter_two", "§2F1.1(a)", f"Base offense level ({TITLE})",
                    "offense under §2F1.1", version["level"], f"“{version['text']}”",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2F1.1(b): (1) the loss (or the offender's gain, which the edition's commentary calls
    "an alternative estimate" of the loss), then the paragraphs of the edition in its
    order."""
    facts = given.facts
    amount, words, why, field = loss_or_gain(sheet, "§2F1.1(b)(1)", "fraud_deceit_gain", facts,
                                             given.facts_field)
    table_increase(sheet, "§2F1.1(b)(1)", "Loss", words,
                   sheet.manual.table("fraud_deceit_loss_table"), amount, field, why)
    version = sheet.manual.table("fraud_deceit_characteristics")
    source = sheet.note_version(version)
    where = Where(given.facts_field, sheet.manual.strict)
    if facts.convicted_under_1030_a4:
        _special_instruction(sheet, where, source)
    if facts.mass_marketing and version.get("mass_marketing_paragraph") is None:
        not_in_edition(sheet, where, "mass_marketing", "§2F1.1(b)", "Mass-marketing",
                       "mass-marketing", "§2F1.1 has an increase for mass-marketing from "
                       "Amendment 587, eff. Nov. 1, 1998", source, chapter="chapter_two")
    in_planning = {clause["fact"] for clause in version.get("planning_clauses") or []}
    stated = [name for name in facts.other_characteristics_stated() if name not in in_planning]
    rules = paragraph_rules(sheet, where, version, stated, guideline="2F1.1")
    rules.append((_number(version["planning_paragraph"]),
                  partial(_planning, facts=facts, version=version, source=source)))
    if version.get("mass_marketing_paragraph") is not None:
        rules.append((_number(version["mass_marketing_paragraph"]),
                      partial(_mass_marketing, facts=facts, version=version, source=source)))
    rules.append((_number(version.get("sophisticated_paragraph") or "(b)(99)"),
                  partial(_sophisticated, facts=facts, version=version, source=source,
                          where=where)))
    for _, apply in sorted(rules, key=itemgetter(0)):
        apply(sheet, given)


def _number(paragraph: str) -> int:
    """ "(b)(6)" -> 6."""
    return int(paragraph.rsplit("(", 1)[1].rstrip(")"))


def _special_instruction(sheet: Worksheet, where: Where, source: str) -> None:
    """§2F1.1(c)(1) (Nov. 1, 1997 - Oct. 31, 2001, Amendment 551): "If the defendant is
    convicted under 18 U.S.C. § 1030(a)(4), the minimum guideline sentence, notwithstanding
    any other adjustment, shall be six months' imprisonment." Applied where the range is
    determined (Chapter Five, Part A); the fact is an error in the editions without (c)."""
    if sheet.edition.edition < dt.date(1997, 11, 1):
        not_in_edition(sheet, where, "convicted_under_1030_a4", "§2F1.1(c)",
                       "Special instruction", "convicted under 18 U.S.C. § 1030(a)(4)",
                       "§2F1.1(c)(1) (the six-month minimum guideline sentence) was inserted "
                       "by Amendment 551, eff. Nov. 1, 1997", source, chapter="chapter_two")
        return
    special_instruction_minimum(sheet, "§2F1.1(c)(1)", "convicted under 18 U.S.C. § 1030(a)(4)",
                                True, SIX_MONTHS, SPECIAL_INSTRUCTION, source)


def _mass_marketing(sheet: Worksheet, given: registry.ChapterTwoCase, facts, version,
                    source: str) -> None:
    """(b)(3), from Nov. 1, 1998: "If the offense was committed through mass-marketing,
    increase by 2 levels." """
    if facts.mass_marketing:
        sheet.adjust("chapter_two", f"§2F1.1{version['mass_marketing_paragraph']}",
                     "Mass-marketing", "mass-marketing", version["mass_marketing_levels"],
                     f"“{version['mass_marketing_text']}”", source)


def _planning(sheet: Worksheet, given: registry.ChapterTwoCase, facts, version,
              source: str) -> None:
    """(b)(2): "(A) more than minimal planning, or (B) a scheme to defraud more than one
    victim, increase by 2 levels" (1987: "(A) ...; (B) ...; (C) a misrepresentation ...; or
    (D) violation of any judicial or administrative order ...; increase by 2 levels, but if
    the result is less than level 10, increase to level 10")."""
    clauses = [(facts.more_than_minimal_planning, "(A) more than minimal planning"),
               (facts.scheme_to_defraud_more_than_one_victim,
                "(B) a scheme to defraud more than one victim"),
               *((getattr(facts, clause["fact"]), clause["words"])
                 for clause in version.get("planning_clauses") or [])]
    parts = [words for stated, words in clauses if stated]
    if not parts:
        return
    section = f"§2F1.1{version['planning_paragraph']}"
    words = "; ".join(parts)
    sheet.adjust("chapter_two", section, "More than minimal planning or more than one victim"
                 if not version.get("planning_clauses") else "More than minimal planning, "
                 "more than one victim, misrepresentation or violation of an order",
                 words, version["planning_levels"], "“increase by 2 levels”", source)
    if version.get("planning_minimum") is not None:
        at_least(sheet, section, version["planning_minimum"], words, source,
                 "“but if the result is less than level 10, increase to level 10”")


def _sophisticated(sheet: Worksheet, given: registry.ChapterTwoCase, facts, version,
                   source: str, where: Where) -> None:
    stated = [(name, words) for name, words in (
        ("relocated_scheme", "(A) relocated a fraudulent scheme"),
        ("scheme_outside_united_states", "(B) a substantial part of the scheme committed from "
                                         "outside the United States"),
        ("sophisticated_means", "(C) sophisticated means")) if getattr(facts, name)]
    if not stated:
        return
    if version.get("sophisticated_paragraph") is None:
        for name, words in stated:
            not_in_edition(sheet, where, name, "§2F1.1(b)", "Sophisticated means", words,
                           "§2F1.1 has this increase from Amendment 587, eff. Nov. 1, 1998 "
                           "(before it, (b)(5) named only foreign bank accounts or "
                           "transactions, which ussg does not compute)", source,
                           chapter="chapter_two")
        return
    section = f"§2F1.1{version['sophisticated_paragraph']}"
    words = "; ".join(words for _, words in stated)
    sheet.adjust("chapter_two", section, "Relocation, foreign scheme or sophisticated means",
                 words, version["sophisticated_levels"], "“increase by 2 levels”", source)
    at_least(sheet, section, version["sophisticated_minimum"], words, source)
