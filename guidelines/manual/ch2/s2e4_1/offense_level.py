"""§2E4.1 (Unlawful Conduct Relating to Contraband Cigarettes and Smokeless Tobacco) in the
Chapter Two registry (tables/contraband_cigarettes.toml), (a) unamended since Nov. 1, 1987:
"Base Offense Level (Apply the greater): (1) 9; or (2) the offense level from the table in
§2T4.1 (Tax Table) corresponding to the amount of the tax evaded." The Tax Table is the one of
the same date (`s2t1_1.tax_table_level`). §2E4.1 has no specific offense characteristic.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2e4_1.facts import ContrabandCigarettesFacts
from ussg.guidelines.manual.ch2.s2t1_1.offense_level import shown, tax_table_level

CH = "chapter_two"
TABLE = "contraband_cigarettes"
SECTION = "§2E4.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E4.1(a): the greater of (1) 9 and (2) the Tax Table level (a tie: (1))."""
    facts: ContrabandCigarettesFacts = given.facts
    version = sheet.manual.table(TABLE)
    level, line, table_source = tax_table_level(sheet, facts.tax_evaded,
                                                f"{given.facts_field}.tax_evaded")
    floor = version["floor"]
    paragraph = "(a)(2)" if level > floor else "(a)(1)"
    working = f"(2) {line}; (1) {floor}: the greater, {max(level, floor)}"
    sheet.set_level(CH, f"{SECTION}{paragraph}",
                    "Base offense level (contraband cigarettes and smokeless tobacco)",
                    f"tax evaded {shown(facts.tax_evaded)}", max(level, floor),
                    f"“{version['text_a']}” {working} (comment. (n.1): {version['note_1']})",
                    f"{sheet.note_version(version)}; {table_source}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E4.1 has none in any edition."""
