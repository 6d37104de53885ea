"""Chapter Three, Part E: acceptance of responsibility (§3E1.1), and Part F (2025): early
disposition programs (§3F1.1, formerly the §5K3.1 departure).
"""

from __future__ import annotations

from ussg.guidelines.case.facts import Acceptance
from ussg.guidelines.engine.worksheet_builder import Worksheet


def acceptance_of_responsibility(sheet: Worksheet, acceptance: Acceptance) -> None:
    """§3E1.1(a): "If the defendant clearly demonstrates acceptance of responsibility for his
    offense, decrease the offense level by 2 levels." (b) (from Nov. 1, 1992): if (a) applies,
    "the offense level determined prior to the operation of subsection (a) is level 16 or
    greater", and — until Apr. 30, 2003 — the defendant timely assisted authorities, or — from
    then — "upon motion of the government", "decrease the offense level by 1 additional
    level". Levels below 16 never get (b)."""
    if not acceptance.accepted:
        return
    table = sheet.manual.table("acceptance_of_responsibility")
    source = sheet.note_version(table)
    before = sheet.level
    assert before is not None
    sheet.adjust("chapter_three", "§3E1.1(a)", "Acceptance of responsibility",
                 "the defendant clearly demonstrates acceptance of responsibility",
                 table["decrease"], "decrease the offense level by 2 levels", source)
    extra = table.get("additional_decrease")
    asked = acceptance.government_motion or acceptance.timely_assistance
    if extra is None:
        if asked:
            sheet.note("chapter_three", "§3E1.1(b)", "Acceptance: additional level",
                       "timely assistance or government motion stated", "not in this edition",
                       "§3E1.1(b) was added by Amendment 459, eff. Nov. 1, 1992; no further "
                       "decrease", source)
        return
    threshold = table["additional_threshold"]
    requires = table["additional_requires"]
    given = getattr(acceptance, requires)
    words = {"government_motion": "upon motion of the government",
             "timely_assistance": "the defendant timely assisted authorities (complete "
                                  "information or timely notice of a plea)"}[requires]
    if before < threshold:
        if asked:
            sheet.note("chapter_three", "§3E1.1(b)", "Acceptance: additional level",
                       f"level {before} before §3E1.1(a)", "not applied",
                       f"the level before subsection (a) must be {threshold} or greater", source)
        return
    if not given:
        if asked:
            sheet.note("chapter_three", "§3E1.1(b)", "Acceptance: additional level",
                       f"level {before} before §3E1.1(a)", "not applied",
                       f"this edition requires: {words} (acceptance.{requires})", source)
        return
    sheet.adjust("chapter_three", "§3E1.1(b)", "Acceptance: additional level",
                 f"level {before} before §3E1.1(a) (at least {threshold}); {words}", extra,
                 "decrease the offense level by 1 additional level", source)
