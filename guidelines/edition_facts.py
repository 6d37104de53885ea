"""A fact stated for a provision the edition does not have.

In the Manual the case asks for (named, or in force at sentencing) that is an error naming the
field: a stated fact is never silently ignored. In the earlier Manual that §1B1.11(b)(1)
weighs against it, the fact is shown as a step "not applied", since that Manual "shall be
applied in its entirety" (§1B1.11(b)(2)) — the convention of guidelines/drug_characteristics.py.
"""

from __future__ import annotations

from .case import Case
from .computation import Chapter
from .drug_characteristics import asked_for
from .errors import CaseError
from .worksheet_builder import Worksheet


def not_in_edition(sheet: Worksheet, case: Case, field: str, chapter: Chapter, section: str,
                   title: str, given: str, message: str, source: str = "") -> None:
    """Raise for the Manual asked for; note "not applied" for the §1B1.11(b) comparison."""
    if asked_for(case, sheet.edition):
        raise CaseError(field, message)
    sheet.note(chapter, section, title, given, "not applied",
               f"{message}; this Manual is applied in its entirety (§1B1.11(b)(2))", source)
