"""§2X7.2 (Submersible and Semi-Submersible Vessels), from Nov. 1, 2009 (Amendment 728), in the
Chapter Two registry (tables/submersible_vessels.toml): (a) 26; (b)(1) (Apply the greatest)
(A) a failure to heave to +2, (B) an attempt to sink the vessel +4, (C) the sinking +8.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

CH = "chapter_two"
TABLE = "submersible_vessels"
SECTION = "§2X7.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X7.2(a)."""
    version = sheet.manual.table(TABLE)
    sheet.set_level(CH, f"{SECTION}(a)", "Base offense level",
                    "submersible or semi-submersible vessel", version["base"],
                    f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): the greatest clause the offense involved."""
    conduct = given.facts.vessel_conduct
    if conduct is None:
        return
    version = sheet.manual.table(TABLE)
    rule = version["vessel"]
    option = next(o for o in rule["options"] if o["conduct"] == conduct)
    sheet.adjust(CH, f"{SECTION}{rule['paragraph']}{option['clause']}", "Vessel",
                 option["words"], option["levels"], f"“{rule['text']}”",
                 sheet.note_version(version))
