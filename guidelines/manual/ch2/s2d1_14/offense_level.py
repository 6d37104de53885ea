"""§2D1.14 in the Chapter Two registry.

2025 text: "(a) Base Offense Level: (1) The offense level from §2D1.1 (Unlawful
Manufacturing, Importing, Exporting, or Trafficking (Including Possession with Intent to
Commit These Offenses); Attempt or Conspiracy) applicable to the underlying offense, except
that §2D1.1(a)(5)(A), (a)(5)(B), and (b)(18) shall not apply. (b) Specific Offense
Characteristic (1) If §3A1.4 (Terrorism) does not apply, increase by 6 levels."

The paragraphs (a)(5)(A)-(B) are §2D1.1's mitigating-role cap and (b)(18) its §5C1.2
decrease; each edition numbers them as its §2D1.1 did (tables/narco_terrorism.toml). The
§2D1.1 level is computed without them; where the case states a mitigating role or the
§5C1.2 criteria, a step says they are not applied here (Chapter Three's §3B1.2 still is).
"""

from __future__ import annotations

import dataclasses

from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import drugs_case

TABLE = "narco_terrorism"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.14(a)(1): the §2D1.1 level of the underlying offense without the mitigating-role
    cap and the §5C1.2 decrease."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if version.get("warning"):
        sheet.warn(f"§2D1.14(a)(1) ({source}): {version['warning']}")
    under = drugs_case(given)
    set_aside = []
    if given.adjustments.role.mitigating is not None:
        role = given.adjustments.role.model_copy(update={"mitigating": None})
        under = dataclasses.replace(
            under, adjustments=given.adjustments.model_copy(update={"role": role}))
        set_aside.append((version["cap_paragraphs"], "the cap for a mitigating role",
                          f"mitigating role: {given.adjustments.role.mitigating.value}"))
    if given.offense.safety_valve is not None:
        offense = under.offense.model_copy(update={"safety_valve": None})
        under = dataclasses.replace(under, offense=offense,
                                    case=under.case.model_copy(update={"offense": offense}))
        set_aside.append((version["safety_valve_paragraph"], "the §5C1.2 decrease",
                          "the §5C1.2 criteria as found"))
    level, steps = registry.offense_level_under(sheet, "2D1.1", under)
    sheet.steps.extend(steps)
    title = load_table(TABLE).title
    sheet.set_level("chapter_two", "§2D1.14(a)(1)", title, f"§2D1.1 level {level}", level,
                    f"“{version['text']}”", source)
    for paragraphs, what, words in set_aside:
        sheet.note("chapter_two", "§2D1.14(a)(1)", f"§2D1.1{paragraphs}: {what}", words,
                   "not applied", f"“{version['text']}”", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.14(b)(1): "If §3A1.4 (Terrorism) does not apply, increase by 6 levels." """
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    title = "§3A1.4 (Terrorism) does not apply"
    if given.adjustments.victim.terrorism:
        sheet.note("chapter_two", "§2D1.14(b)(1)", title, "terrorism: yes (§3A1.4 applies)",
                   "not applied", f"“{version['increase_text']}”", source)
        return
    sheet.adjust("chapter_two", "§2D1.14(b)(1)", title, "terrorism: not found (§3A1.4 does "
                 "not apply)", version["increase"], f"“{version['increase_text']}”", source)
