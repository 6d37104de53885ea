"""§2G3.2 in the Chapter Two registry (tables/obscene_communications.toml): from Nov. 1, 1989
(Amendment 164) (a) 12, (b)(1) a minor received the communication or a daytime broadcast
(+4), (b)(2) "6 plus the offense level from the table" (§2F1.1's, from Nov. 1, 2001 §2B1.1's,
of the same date) for the volume of commerce, if greater; Nov. 1, 1987 - Oct. 31, 1989 the
former §2G3.2 (Obscene or Indecent Telephone Communications): level 6 and nothing else."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import base_level_of
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import loss_table_line

TABLE = "obscene_communications"
SECTION = "§2G3.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G3.2(a): 12 (6 under the former §2G3.2)."""
    version = sheet.manual.table(TABLE)
    base_level_of(sheet, version, SECTION, f"Base offense level ({version['heading']})",
                  given.offense.description or "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) and (b)(2), in order; each refused under the former §2G3.2."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    source = sheet.note_version(version)
    for key, stated in (("received_by_minor", facts.received_by_minor),
                        ("daytime_broadcast", facts.daytime_broadcast),
                        ("volume_of_commerce", facts.volume_of_commerce is not None)):
        if stated and version.get("minor_or_broadcast") is None:
            raise CaseError(f"{field}.{key}",
                            f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} is “{version['heading']}”, "
                            f"“{version['base_text']}” with no specific offense characteristic "
                            f"(Amendment 164 replaced it, eff. Nov. 1, 1989)")
    paragraph = version.get("minor_or_broadcast")
    found = [name for name in ("received_by_minor", "daytime_broadcast") if getattr(facts, name)]
    if paragraph is not None and found:
        sheet.adjust("chapter_two", f"{SECTION}{paragraph['paragraph']}",
                     "Minor recipient or daytime broadcast",
                     ", ".join(f"{name} = true" for name in found), paragraph["levels"],
                     f"“{paragraph['text']}”", source)
    if facts.volume_of_commerce is None:
        return
    rule = version["volume_of_commerce"]
    table = sheet.manual.table(rule["table"])
    _, levels, line = loss_table_line(table, facts.volume_of_commerce,
                                      f"{field}.volume_of_commerce")
    level = rule["plus"] + levels
    words = f"volume of commerce {facts.volume_of_commerce!s}"
    how = (f"{rule['plus']} plus {levels} ({rule['table_section']} {line}, "
           f"{sheet.note_version(table)}) = {level}")
    section = f"{SECTION}{rule['paragraph']}"
    title = "Volume of commerce"
    current = sheet.level
    if level > current:
        sheet.move_to("chapter_two", section, title, words, level,
                      f"“{rule['text']}”: {how}, greater than {current}", source)
    else:
        sheet.note("chapter_two", section, title, words, "not applied",
                   f"“{rule['text']}”: {how}, not greater than {current}", source)
