"""A fact the applied edition has no provision for: an error naming the field, except in
the earlier Manual that §1B1.11(b) weighs, where it is shown as a step (the absence is what
that comparison is about). The same rule as for §2D1.1 (guidelines/manual/ch2/s2d1_1/drug_characteristics.py).
"""

from __future__ import annotations

from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.engine.computation import Chapter
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet


@frozen_record(slots=True)
class Where:
    """Where a group of facts sits in the case file, and whether absence is an error."""

    prefix: str  # e.g. "adjustments" or "counts[2].adjustments"
    strict: bool = True

    def field(self, name: str) -> str:
        return f"{self.prefix}.{name}"


def not_in_edition(sheet: Worksheet, where: Where, name: str, section: str, title: str,
                   words: str, message: str, source: str = "",
                   chapter: Chapter = "chapter_three") -> None:
    if where.strict:
        raise CaseError(where.field(name), f"{message}; not in this edition")
    sheet.note(chapter, section, title, words, "not in this edition",
               f"{message}; this Manual is applied in its entirety (§1B1.11(b)(2))", source)


def step_title(version, title: str) -> str:
    """A step's title: the edition's ``section_title`` where the version has one ("International
    Terrorism" -> "International terrorism", as step titles are written), else ``title``."""
    printed = version.get("section_title")
    return printed[0] + printed[1:].lower() if printed else title
