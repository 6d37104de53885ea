"""§2D1.13 in the Chapter Two registry (the text in force from Nov. 1, 1991).

2025 text: "(a) Base Offense Level (Apply the greatest): (1) The offense level from §2D1.11
(Unlawfully Distributing, Importing, Exporting, or Possessing a Listed Chemical) if the
defendant knew or believed that the chemical was to be used to manufacture a controlled
substance unlawfully; or (2) The offense level from §2D1.11 ... reduced by 3 levels if the
defendant had reason to believe that the chemical was to be used to manufacture a controlled
substance unlawfully; or (3) 6, otherwise." Comment. (n.1): "'The offense level from
§2D1.11' includes the base offense level and any applicable specific offense characteristic
or cross reference" (§1B1.5): computed in full through the registry, its steps shown.
tables/chemical_structuring.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (no_specific_offense_characteristic,
                                                      refuse_unread_drug_facts)

SECTION = "2D1.13"
TABLE = "chemical_structuring"

specific_offense_characteristics = no_specific_offense_characteristic


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.13(a): the option of the defendant's state of mind (the options are exclusive:
    "otherwise" is neither of the others)."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    title = load_table(TABLE).title
    facts = given.facts
    option = next(o for o in version["options"] if o["requires"] == facts.state_of_mind)
    section = f"§2D1.13{option['paragraph']}"
    if option.get("level") is not None:
        not_read(given)
        sheet.set_level("chapter_two", section, title, f"state_of_mind: {facts.state_of_mind}",
                        option["level"], f"“{option['text']}”", source)
        return
    if facts.listed_chemical is None:
        raise CaseError(f"{given.facts_field}.listed_chemical",
                        f"{section} takes the offense level from §2D1.11: give its facts "
                        f"([offense.chemical_structuring.listed_chemical], the chemicals)")
    level, steps = registry.offense_level_under(sheet, "2D1.11",
                                                given.under("2D1.11", facts.listed_chemical))
    sheet.steps.extend(steps)
    reduced = f" reduced by {-option['plus']} levels" if option["plus"] else ""
    sheet.set_level("chapter_two", section, title,
                    f"state_of_mind: {facts.state_of_mind}; §2D1.11 level {level}",
                    level + option["plus"], f"“{option['text']}”: the §2D1.11 level{reduced}",
                    source)


def not_read(given: registry.ChapterTwoCase) -> None:
    """(a)(3) reads no quantity: §2D1.11's facts, the drugs and §2D1.1's other facts
    stated with it are refused."""
    if given.facts.listed_chemical is not None:
        raise CaseError(f"{given.facts_field}.listed_chemical",
                        "§2D1.13(a)(3) (\"6, otherwise\") does not take the §2D1.11 level: "
                        "leave the §2D1.11 facts out, or state the defendant's knowledge or "
                        "reason to believe")
    if given.offense.drugs:
        raise CaseError(f"{given.field}.drugs", "§2D1.13(a)(3) (\"6, otherwise\") reads no "
                                                "drugs: leave them out")
    refuse_unread_drug_facts(given, "§2D1.13(a)(3) (\"6, otherwise\") reads none")
