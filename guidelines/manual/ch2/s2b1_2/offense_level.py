"""§2B1.2 (Receiving, Transporting, Transferring, Transmitting, or Possessing Stolen Property),
Nov. 1, 1987 - Oct. 31, 1993 (tables/stolen_property.toml): (a) 4; (b)(1) the value of the
stolen property through the §2B1.1 loss table in force on the same date; the other paragraphs
of (b) in the order the edition applies them. Amendment 481 quoted the guideline whole as it
deleted it: "(a) Base Offense Level: 4 (b) ... (1) If the value of the stolen property
exceeded $100, increase by the corresponding number of levels from the table in §2B1.1. (2)
... firearm ... increase by 1 level; but if the resulting offense level is less than 7,
increase to 7. (3) ... undelivered United States mail ... increase to level 6. (4) (A) ... in
the business of receiving and selling stolen property, increase by 4 levels; or (B) ... more
than minimal planning, increase by 2 levels. (5) ... an organized scheme to receive stolen
vehicles or vehicle parts ... increase to level 14."

:func:`value_through_theft_table` and :func:`paragraphs` are §2B1.3's too.
"""

from __future__ import annotations

from operator import itemgetter

from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.money import Dollars
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import LOSS_TABLE, at_least, loss_table_line

TABLE = "stolen_property"
SECTION = "§2B1.2"
CH = "chapter_two"
#: when a paragraph a fact needs entered or left the guideline (for the refusal)
WHEN = {
    "undelivered_mail": "the undelivered mail paragraph was inserted by Amendment 103, eff. "
                        "Nov. 1, 1989",
    "organized_criminal_activity": "“organized criminal activity” was replaced by “an "
                                   "organized scheme to receive stolen vehicles or vehicle "
                                   "parts” (organized_scheme_vehicles) by Amendment 104, eff. "
                                   "Nov. 1, 1989",
    "organized_scheme_vehicles": "“an organized scheme to receive stolen vehicles or vehicle "
                                 "parts” is Amendment 104's, eff. Nov. 1, 1989 (before it "
                                 "“organized criminal activity”: organized_criminal_activity)",
}


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.2(a): "Base Offense Level: 4"."""
    version = sheet.manual.table(TABLE)
    sheet.set_level(CH, f"{SECTION}(a)", "Base offense level (Receiving, Transporting, "
                    "Transferring, Transmitting, or Possessing Stolen Property)",
                    "stolen property offense", version["base"], f"“{version['text_a']}”",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.2(b)(1), then the other paragraphs of the edition."""
    version = sheet.manual.table(TABLE)
    value_through_theft_table(sheet, given, version, SECTION, "Value of the stolen property",
                              f"value {given.facts.value!s}", given.facts.value, "value")
    paragraphs(sheet, given, version, SECTION, WHEN)


def value_through_theft_table(sheet: Worksheet, given: registry.ChapterTwoCase,
                              version: Version, section: str, title: str, words: str,
                              amount: Dollars, name: str) -> None:
    """(b)(1): "If the value of the stolen property [§2B1.3: the loss] exceeded $100, increase
    by the corresponding number of levels from the table in §2B1.1": the loss table of
    §2B1.1 in force on the same date (tables/theft_fraud_loss_table.toml)."""
    table = sheet.manual.table(LOSS_TABLE)
    _, add, line = loss_table_line(table, amount, f"{given.facts_field}.{name}")
    source = f"{sheet.note_version(version)}; {sheet.note_version(table)}"
    reason = f"“{version['text_b1']}” §2B1.1(b)(1) {line}"
    if add:
        sheet.adjust(CH, f"{section}(b)(1)", title, words, add, reason, source)
    else:
        sheet.note(CH, f"{section}(b)(1)", title, words, "no increase", reason, source)


def paragraphs(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
               section: str, when: dict[str, str]) -> None:
    """The paragraphs of (b) from (2) on, in the order the version lists them (the order
    they apply): an increase, or alternatives of which the greater applies ("(A) ...; or
    (B) ..."), and a floor ("increase to level N", reading the level the paragraphs before
    it left). A fact no paragraph of the edition reads is an error naming it (or "not in this
    edition" in the earlier Manual §1B1.11(b) weighs)."""
    facts = given.facts
    source = sheet.note_version(version)
    where = Where(given.facts_field, sheet.manual.strict)
    read = {name for paragraph in version["paragraphs"] for name in paragraph["facts"]}
    for name in [*when, *read]:
        if name not in read and getattr(facts, name):
            not_in_edition(sheet, where, name, f"{section}(b)", "Specific offense "
                           "characteristics", name.replace("_", " "), f"{section}(b) of the "
                           f"{format_date(sheet.edition.edition)} Manual has no paragraph for "
                           f"{name}: {when[name]}", source, chapter=CH)
    stated = [p for p in version["paragraphs"] if any(getattr(facts, n) for n in p["facts"])]
    if version.get("order_note") and len(stated) > 1:
        sheet.note(CH, f"{section}(b)", "Order of the characteristics",
                   " then ".join(p["paragraph"] for p in stated), "as directed",
                   version["order_note"], source)
    for paragraph in stated:
        _paragraph(sheet, facts, paragraph, f"{section}{paragraph['paragraph']}", source)


def _paragraph(sheet: Worksheet, facts, paragraph: dict, section: str, source: str) -> None:
    words = "; ".join(name.replace("_", " ") for name in paragraph["facts"]
                      if getattr(facts, name))
    text = f"“{paragraph['text']}”"
    levels = paragraph.get("levels")
    if paragraph.get("clauses"):
        applying = [c for c in paragraph["clauses"] if getattr(facts, c["fact"])]
        chosen = max(applying, key=itemgetter("levels"))
        sheet.adjust(CH, f"{section}{chosen['clause']}", paragraph["title"],
                     "; ".join(f"{c['clause']} {c['words']}" for c in applying),
                     chosen["levels"], text + (f": the greater, {chosen['clause']}"
                                               if len(applying) > 1 else ""), source)
    elif levels:
        sheet.adjust(CH, section, paragraph["title"], words, levels, text, source)
    minimum = paragraph.get("minimum")
    if minimum is None:
        return
    assert sheet.level is not None
    if not levels and sheet.level >= minimum:
        sheet.note(CH, section, paragraph["title"], words, "no change",
                   f"{text}: the offense level {sheet.level} is not less than level {minimum}",
                   source)
        return
    at_least(sheet, section, minimum, words, source,
             f"{text}: the {'resulting ' if levels else ''}offense level is less than level "
             f"{minimum}")
