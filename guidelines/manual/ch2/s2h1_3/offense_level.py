"""§2H1.3 (Use of Force or Threat of Force to Deny Benefits or Rights in Furtherance of
Discrimination; from Nov. 1, 1989 also Damage to Religious Real Property), Nov. 1, 1987 - Oct.
31, 1995: the greatest of 10 if no injury occurred, 15 if injury occurred, and 2 plus the
offense level applicable to any underlying offense; (b)(1) +4 for a public official.

Computed as the former Part H, Subpart 1 guidelines are (guidelines/manual/ch2/s2h1_1/former.py;
tables/former_civil_rights_force_2h1_3.toml).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2h1_1 import former

TABLE = "former_civil_rights_force_2h1_3"
SECTION = "§2H1.3"
TITLE = "Base offense level (civil rights)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H1.3(a)."""
    facts = given.facts
    former.base_offense_level(sheet, given, sheet.manual.table(TABLE), SECTION, TITLE,
                              injury=facts.injury)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H1.3(b)(1)."""
    version = sheet.manual.table(TABLE)
    former.public_official(sheet, given, version, SECTION, given.facts.public_official)
