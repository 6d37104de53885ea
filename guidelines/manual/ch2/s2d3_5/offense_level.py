"""§2D3.5 (Violation of Recordkeeping or Reporting Requirements for Listed Chemicals and Certain Machines; Attempt or Conspiracy) in the Chapter Two registry (tables/listed_chemical_records_2d3_5.toml),
Nov. 1, 1991 - Oct. 31, 1993 (Amendments 371, 481): (a) 4; deleted by consolidation with §2D3.2. Amendment 481 quoted it whole as it deleted it: "(a) Base Offense Level: 4"; no
specific offense characteristic. Outside its dates the registry refuses it, naming why.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 4."""
    set_base(sheet, sheet.manual.table("listed_chemical_records_2d3_5"), "§2D3.5", "all",
             given.offense.description or "recordkeeping or reporting violation (listed chemicals, machines)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D3.5 has none."""
