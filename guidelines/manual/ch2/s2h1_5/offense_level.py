"""§2H1.5 (Other Deprivations of Rights or Benefits in Furtherance of Discrimination), Nov. 1,
1987 - Oct. 31, 1995: the greater of 6 and 2 plus the offense level applicable to any
underlying offense; (b)(1) +4 for a public official.

Computed as the former Part H, Subpart 1 guidelines are (guidelines/manual/ch2/s2h1_1/former.py;
tables/former_civil_rights_other_2h1_5.toml).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2h1_1 import former

TABLE = "former_civil_rights_other_2h1_5"
SECTION = "§2H1.5"
TITLE = "Base offense level (civil rights)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H1.5(a)."""
    former.base_offense_level(sheet, given, sheet.manual.table(TABLE), SECTION, TITLE,
                              injury=False)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H1.5(b)(1)."""
    version = sheet.manual.table(TABLE)
    former.public_official(sheet, given, version, SECTION, given.facts.public_official)
