"""§2M5.1 (Evasion of Export Controls; Financial Transactions with Countries Supporting
International Terrorism) in the Chapter Two registry (tables/export_controls_evasion.toml): (a)
"(Apply the greater)": (1) 22 (26 from Nov. 1, 2001, Amendment 633) if the controls the edition
names were evaded, or, from Nov. 1, 2002 (Amendment 637), (1)(B) the offense involved a
financial transaction with a country supporting international terrorism; (2) 14 otherwise.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

CH = "chapter_two"
TABLE = "export_controls_evasion"
SECTION = "§2M5.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): the greater of (1) (the controls named, the transaction) and (2) 14."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    heading = version["heading"]
    controls, otherwise = version["controls"], version["otherwise"]
    terrorism = version.get("terrorism_country")
    if facts.terrorism_country_transaction and terrorism is None:
        raise CaseError(f"{given.facts_field}.terrorism_country_transaction",
                        f"{SECTION} in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} has no (a)(1)(B) (Amendment 637 "
                        f"added the financial transaction with a country supporting "
                        f"international terrorism on Nov. 1, 2002)")
    named = [c for c in facts.controls_evaded if c in controls["reaches"]]
    others = [c for c in facts.controls_evaded if c not in controls["reaches"]]
    found = []  # (rule, words), (a)(1)'s first
    if named:
        found.append((controls, f"controls_evaded = {', '.join(named)}"))
    if facts.terrorism_country_transaction:
        found.append((terrorism, "terrorism_country_transaction = true"))
    for control in others:
        sheet.note(CH, f"{SECTION}{controls['paragraph']}", "Controls evaded",
                   f"controls_evaded = {control}", "not applied",
                   f"not controls this edition names: “{controls['text']}”", source)
    if not found:
        sheet.set_level(CH, f"{SECTION}{otherwise['paragraph']}", "Base offense level",
                        f"controls_evaded = {', '.join(facts.controls_evaded)}",
                        otherwise["level"], f"“{heading} ... {otherwise['text']}”", source)
        return
    rule, words = found[0]
    sheet.set_level(CH, f"{SECTION}{rule['paragraph']}", "Base offense level", words,
                    rule["level"], f"“{heading} {rule['text']}” (greater than "
                    f"{otherwise['paragraph']}'s {otherwise['level']})", source)
    for other, other_words in found[1:]:
        sheet.note(CH, f"{SECTION}{other['paragraph']}", "Base offense level", other_words,
                   "also met", f"“{other['text']}”: the same level {other['level']}", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M5.1 has none."""
