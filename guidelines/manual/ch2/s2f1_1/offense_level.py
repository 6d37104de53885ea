"""§2F1.1 (Fraud and Deceit), Nov. 1, 1987 - Oct. 31, 2001: the base offense level of (a), the
loss table of (b)(1), (b)(2) more than minimal planning or a scheme to defraud more than one
victim, and from Nov. 1, 1998 mass-marketing and sophisticated means, in the Manual's order.
"""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import at_least, table_increase

TITLE = "Fraud and Deceit"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2F1.1(a): "Base Offense Level: 6"."""
    version = sheet.manual.table("fraud_deceit_base_offense_level")
    sheet.set_level("chapter_two", "§2F1.1(a)", f"Base offense level ({TITLE})",
                    "offense under §2F1.1", version["level"], f"“{version['text']}”",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2F1.1(b)(1), (b)(2), and from Nov. 1, 1998 (b)(3) and (b)(5)/(b)(6)."""
    facts = given.facts
    table_increase(sheet, "§2F1.1(b)(1)", "Loss", f"loss {facts.loss!s}",
                   sheet.manual.table("fraud_deceit_loss_table"), facts.loss,
                   f"{given.facts_field}.loss")
    version = sheet.manual.table("fraud_deceit_characteristics")
    source = sheet.note_version(version)
    _planning(sheet, facts, version, source)
    where = Where(given.facts_field, sheet.manual.strict)
    if facts.mass_marketing:
        if version.get("mass_marketing_paragraph") is None:
            not_in_edition(sheet, where, "mass_marketing", "§2F1.1(b)", "Mass-marketing",
                           "mass-marketing", "§2F1.1 has an increase for mass-marketing from "
                           "Amendment 587, eff. Nov. 1, 1998", source, chapter="chapter_two")
        else:
            sheet.adjust("chapter_two", f"§2F1.1{version['mass_marketing_paragraph']}",
                         "Mass-marketing", "mass-marketing", version["mass_marketing_levels"],
                         f"“{version['mass_marketing_text']}”", source)
    _sophisticated(sheet, facts, version, source, where)


def _planning(sheet: Worksheet, facts, version, source: str) -> None:
    """(b)(2): "(A) more than minimal planning, or (B) a scheme to defraud more than one
    victim, increase by 2 levels" (1987: "..., but if the result is less than level 10,
    increase to level 10")."""
    parts = [words for stated, words in (
        (facts.more_than_minimal_planning, "(A) more than minimal planning"),
        (facts.scheme_to_defraud_more_than_one_victim,
         "(B) a scheme to defraud more than one victim")) if stated]
    if not parts:
        return
    section = f"§2F1.1{version['planning_paragraph']}"
    words = "; ".join(parts)
    sheet.adjust("chapter_two", section, "More than minimal planning or more than one victim",
                 words, version["planning_levels"], "“increase by 2 levels”", source)
    if version.get("planning_minimum") is not None:
        at_least(sheet, section, version["planning_minimum"], words, source,
                 "“but if the result is less than level 10, increase to level 10”")


def _sophisticated(sheet: Worksheet, facts, version, source: str, where: Where) -> None:
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
