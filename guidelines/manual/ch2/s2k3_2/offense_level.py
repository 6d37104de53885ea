"""§2K3.2 (Feloniously Mailing Injurious Articles), from Nov. 1, 1990 (Amendment 334), in the
Chapter Two registry (tables/mailing_injurious_articles.toml): (a) "(Apply the greater)": (1)
with intent to kill or injure, or to injure the mails or other property, §2X1.1 in respect to
the intended offense; (2) if death resulted, the most analogous homicide guideline. The greater
is chosen (a tie keeps (a)(1)); its steps are adopted, the other shown set aside.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2j1_4.offense_level import attempt_level
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "mailing_injurious_articles"
SECTION = "§2K3.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): the greater of (1) and (2), of those the case finds."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    found = []
    if facts.intended_offense_guideline is not None:
        level, steps, words = attempt_level(sheet, given, facts.intended_offense_guideline,
                                            facts.intended_offense_level,
                                            facts.all_acts_completed, given.facts_field)
        found.append((version["intent"], level, steps, f"an intent ({words})"))
    if facts.homicide_guideline is not None:
        level, steps, words = underlying_level(sheet, given, facts.homicide_guideline,
                                               facts.homicide_offense_level, given.facts_field)
        if facts.homicide_guideline == "other":
            words = f"the most analogous homicide guideline: level {level}, as determined"
        found.append((version["death"], level, steps, f"death resulted ({words})"))
    chosen = max(found, key=lambda f: f[1])  # the first of equals: (a)(1)
    rule, level, steps, words = chosen
    sheet.steps.extend(steps)
    why = f"“{version['heading']} ... {rule['text']}”"
    if len(found) > 1:
        why += " (the greater)"
    sheet.set_level(CH, f"{SECTION}{rule['paragraph']}", "Base offense level", words, level,
                    why, source)
    for other, other_level, _, other_words in found:
        if other is not rule:
            sheet.note(CH, f"{SECTION}{other['paragraph']}", "Base offense level", other_words,
                       "set aside", f"{other_level} is not greater than {level}", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K3.2 has none."""
