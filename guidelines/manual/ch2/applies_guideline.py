"""What the deleted guidelines whose whole text was "Apply §X" share (§2B5.2 "Apply §2F1.1",
§2D1.4 "the offense level shall be the same as if the object of the conspiracy or attempt had
been completed" (§2D1.1 from the count's drugs), §§2E5.2 and 2E5.4 "Apply §2B1.1" from Nov. 1,
1989, §2E1.5 "Apply §2B3.1 ..., §2B3.2 ..., §2B3.3 ..., or §2C1.1 ..., as applicable", §2K3.1
"Apply the guideline provision for §2Q1.2"): they have no facts table of their own
(``OffenseGuideline.shares_facts_of``); the count gives the facts table of the guideline
applied, which is computed through the registry, its steps shown first, then one step quoting
the deleted guideline's words. A version whose words give a level of their own that ussg
does not compute from those facts is refused, saying why (``refused``)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

CH = "chapter_two"


class Applies(MayNotExist):
    """One version of a guideline that applies another: its words, the guidelines they name
    (sections, "2F1.1"), or why the version is refused; or ``exists = false`` and why."""

    text: str | None = None  # exists = false: why (the registry quotes it)
    words: str | None = None  # the guideline's words in this edition
    applies: list[str] = []  # the guidelines the words apply
    refused: str | None = None  # words of a level of their own, not computed: why

    @model_validator(mode="after")
    def _complete(self) -> Applies:
        if self.exists and (self.words is None or not (self.applies or self.refused)):
            raise ValueError("a version where the guideline exists needs words and applies "
                             "(or refused)")
        if not self.exists and self.text is None:
            raise ValueError("a version where the guideline does not exist says why (text)")
        return self


def apply_guideline(sheet: Worksheet, given: registry.ChapterTwoCase, table: str,
                    section: str, title: str) -> None:
    """The deleted guideline's level: the guideline its words apply, computed from that
    guideline's facts table in this count (its steps adopted), then a step quoting the words."""
    version = sheet.manual.table(table)
    when = format_date(sheet.manual.in_force)
    if version.get("refused"):
        raise CaseError(f"{given.field}.guideline",
                        f"{section} ({title}) in the Guidelines Manual in force on {when}: "
                        f"“{version['words']}” {version['refused']}")
    own = registry.chapter_two_guideline(given.offense.guideline)
    assert own is not None
    # its facts are the applied guideline's table, or (§2D1.4, §2D1.1 from [offense] drugs)
    # the count's own facts, the one guideline its words apply
    other = own.shared_facts_stated(given.offense) if own.shares_facts_of else \
        registry.chapter_two_guideline(version["applies"][0])
    assert other is not None  # the case model asks for one table of several
    if other.section not in version["applies"]:
        named = ", ".join(f"§{s}" for s in version["applies"])
        raise CaseError(f"{given.field}.{other.facts_key}",
                        f"{section} in the Guidelines Manual in force on {when} applies "
                        f"{named}, not §{other.section}: “{version['words']}”")
    level, steps = registry.offense_level_under(
        sheet, other.section, given.under(other.section, given.facts))
    sheet.steps.extend(steps)
    facts = f"[{given.field}.{other.facts_key}]" if other.facts_key else f"[{given.field}] drugs"
    sheet.set_level(CH, section, f"Offense level (§{other.section}, as {section} directs)",
                    f"the offense under §{other.section} ({facts}): level {level}", level,
                    f"“{version['words']}”",
                    sheet.note_version(version))
