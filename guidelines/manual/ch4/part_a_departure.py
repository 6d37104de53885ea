"""§4A1.3 (policy statement): departure from the criminal history category.

"If reliable information indicates that the defendant's criminal history category
substantially under-represents [over-represents] the seriousness of the defendant's criminal
history or the likelihood that the defendant will commit other crimes, an upward [a downward]
departure may be warranted." ussg applies the court's departure as a move to the category the
court chose, with its reason, and enforces the limits the edition writes as rules: from
Oct. 27, 2003 (Amendment 651) a career offender's downward departure "may not exceed one
criminal history category" and none is allowed for an armed career criminal (§4B1.4) or a
repeat and dangerous sex offender (§4B1.5). §4A1.3 was deleted on Nov. 1, 2025 (Amendment 836):
a departure stated for that Manual is an error, and "not applied" in it when it is only the
Manual §1B1.11(b) weighs (guidelines/engine/edition_facts.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.ch5.part_a_sentencing_table import CATEGORIES
from ussg.guidelines.engine.worksheet_builder import Worksheet

if TYPE_CHECKING:
    from ussg.guidelines.manual.ch4.chapter_four import ChapterFour

WHERE = "criminal_history.departure"


def criminal_history_departure(sheet: Worksheet, ctx: ChapterFour, category: str, *,
                               career_offender: bool = False,
                               armed_career_criminal: bool = False,
                               repeat_sex_offender: bool = False) -> str:
    """The category after a §4A1.3 departure (``category`` if there is none)."""
    departure = ctx.case.criminal_history.departure
    if departure is None:
        return category
    table = sheet.manual.table("criminal_history_departure")
    source = sheet.note_version(table)
    if not table["available"]:
        not_in_edition(sheet, ctx.where, "departure", "§4A1.3", "Criminal history departure",
                       f"to category {departure.to_category}",
                       "§4A1.3 was deleted effective Nov. 1, 2025 (Amendment 836): no criminal "
                       "history departure", source, chapter="chapter_four")
        return category
    steps = CATEGORIES.index(departure.to_category) - CATEGORIES.index(category)
    if steps == 0:
        raise CaseError(f"{WHERE}.to_category", f"the category is already {category}")
    if steps < 0:
        barred = [name for name, applies in (("armed_career_criminal", armed_career_criminal),
                                              ("repeat_sex_offender", repeat_sex_offender))
                  if applies and name in table["no_downward_for"]]
        if barred:
            who = "an armed career criminal (§4B1.4)" if barred[0] == "armed_career_criminal" \
                else "a repeat and dangerous sex offender against minors (§4B1.5)"
            raise CaseError(f"{WHERE}.to_category", f"§4A1.3(b)(2)(B): a downward departure is "
                            f"prohibited for {who}")
        limit = table["career_offender_down_limit"]
        if career_offender and limit and -steps > limit:
            raise CaseError(f"{WHERE}.to_category", f"§4A1.3(b)(3)(A): a career offender's "
                            f"downward departure may not exceed {limit} criminal history "
                            f"category ({category} to {departure.to_category} is {-steps})")
    direction = "upward" if steps > 0 else "downward"
    sheet.note("chapter_four", departure.section, f"Criminal history departure ({direction})",
               f"from category {category}", departure.to_category, departure.reason, source)
    return departure.to_category
