"""§2H1.4 (Interference with Civil Rights Under Color of Law), Nov. 1, 1987 - Oct. 31, 1995: the
greater of 10 and 6 plus (before Nov. 1, 1989, Amendment 166: 2 plus) the offense level
applicable to any underlying offense; no (b); §3B1.3 never applied (comment. (n.2)).

Computed as the former Part H, Subpart 1 guidelines are (guidelines/manual/ch2/s2h1_1/former.py;
tables/former_civil_rights_color_of_law_2h1_4.toml).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2h1_1 import former

TABLE = "former_civil_rights_color_of_law_2h1_4"
SECTION = "§2H1.4"
TITLE = "Base offense level (civil rights)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H1.4(a)."""
    former.base_offense_level(sheet, given, sheet.manual.table(TABLE), SECTION, TITLE,
                              injury=False)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """No (b): only comment. (n.2), "Do not apply the adjustment from §3B1.3"."""
    version = sheet.manual.table(TABLE)
    former.public_official(sheet, given, version, SECTION, False)  # §3B1.3: comment. (n.2)
