"""The running worksheet: the current offense level and the steps taken so far.

The Manual applied rides beside it, read-only (``sheet.manual``, guidelines/engine/manual.py):
rules ask it for their tables; the worksheet itself only collects the level and the steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ussg.guidelines.engine.computation import Chapter, Step
from ussg.guidelines.engine.editions import Edition
from ussg.guidelines.engine.manual import Manual
from ussg.guidelines.engine.tables import Version


@dataclass(frozen=True)
class DeemedFinding:
    """A finding a Chapter Two special instruction deems for a Chapter Three adjustment
    (§2A3.1(d)(1): the offense "shall be deemed to have an official victim for purposes of
    subsection (c)(2) of §3A1.2"), handed to Chapter Three with the words that deem it.
    Recorded by :meth:`Worksheet.deem`; it belongs to the offense whose Chapter Two steps
    hold its ``step`` (a cross reference's findings come with its steps, where adopted)."""

    adjustment: str  # the finding's place under [adjustments]: "victim.official_victim"
    value: Any  # the value deemed, of that field's type (OfficialVictim.assault)
    provision: str  # the Chapter Three provision named: "§3A1.2(c)(2)"
    section: str  # the instruction: "§2A3.1(d)(1)"
    text: str  # the instruction's words
    fact: str  # the case-file field that brought it: "offense.criminal_sexual_abuse.prison_..."
    step: Step  # the Chapter Two step that records it


@dataclass(frozen=True)
class GuidelineReference:
    """From ``step`` on, the offense level on a sheet is the one another guideline
    determined: a cross reference or an instruction to use another guideline's offense level
    whose steps were adopted (§1B1.5(a), (b)(1)), or the guideline itself again where it
    expressly takes Chapter Three back (§2S1.1, comment. (n.2(C))). Recorded by
    :meth:`Worksheet.refer_to`; read by :meth:`Worksheet.finish_chapter_two`, which counts it
    only if ``step`` is on the sheet (a reference computed on a scratch sheet and set
    aside is not)."""

    guideline: str  # "2A1.1"; "2A1" where only the Subpart is known (the "most analogous
    # guideline from Chapter Two, Part A, Subpart 1 (Homicide)", its level as determined)
    step: Step


@dataclass
class Worksheet:
    manual: Manual
    level: int | None = None
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    scope: str | None = None  # the count or Group whose level this sheet carries
    # §2K2.4(d)(1), comment. (n.7): the computation "absent a conviction under 18 U.S.C.
    # § 844(h), § 924(c), or § 929(a)" (the weapon applied), for the fine and the range
    absent_2k2_4: bool = False
    # the characteristics §2K2.4's note left out (shared by every scope of the computation);
    # written and read only through §2K2.4's module (manual/ch2/s2k2_4/underlying_offense.py)
    withheld_2k2_4: list[str] = field(default_factory=list)
    # a Chapter Two special instruction setting "the minimum guideline sentence" (§2F1.1(c)(1),
    # §2B1.3(d)(1) 1997-2001, §2B1.1(d)(1) 2001-2002): each (section, months, words, source),
    # recorded by the guideline and applied where the range is determined (Chapter Five,
    # Part A: manual/ch5/part_a_sentencing_table.py's minimum_guideline_sentence)
    minimum_guideline_sentences: list[tuple[str, int, str, str]] = field(default_factory=list)
    # the findings Chapter Two's special instructions deem for Chapter Three on this sheet's
    # offense (its own: a count's sheet does not share another's); see ``deem``
    deemed: list[DeemedFinding] = field(default_factory=list)
    # the references to other guidelines made on this sheet (``refer_to``), from which
    # ``finish_chapter_two`` gives the Chapter Two guideline in respect to which Chapter
    # Three is determined (§1B1.5(c): the referenced guideline where the level is
    # "determined by a reference to another guideline"; §3A1.2(b)'s "applicable Chapter Two
    # guideline")
    references: list[GuidelineReference] = field(default_factory=list)
    # §2D1.1's Drug Quantity Table read the count's drugs on this sheet or a scratch sheet
    # of it (``read_drugs``): a guideline outside Chapter Two, Part D reads a count's drug
    # facts only so (manual/offense_level.py refuses them where none did)
    drugs_read: bool = False

    def for_scope(self, scope: str) -> Worksheet:
        """A sheet for one count or Group: its own level, the same steps and warnings."""
        return Worksheet(self.manual, None, self.steps, self.warnings, scope,
                         absent_2k2_4=self.absent_2k2_4, withheld_2k2_4=self.withheld_2k2_4,
                         minimum_guideline_sentences=self.minimum_guideline_sentences)

    def on_scratch(self, compute: Callable[[Worksheet], object],
                   scope: str | None = None) -> tuple[int, list[Step]]:
        """Run ``compute`` on a scratch sheet of the same Manual (and the same reading of
        §2K2.4's note): the level it reached and its steps, for the caller to adopt or set
        aside (a cross reference, "the offense level from §2D1.1"); its warnings are the
        computation's own."""
        scratch = Worksheet(self.manual, None, [], [], scope if scope is not None else self.scope,
                            absent_2k2_4=self.absent_2k2_4, withheld_2k2_4=self.withheld_2k2_4,
                            minimum_guideline_sentences=self.minimum_guideline_sentences)
        compute(scratch)
        for warning in scratch.warnings:
            self.warn(warning)
        self.deemed.extend(scratch.deemed)  # they hold where the caller adopts their steps
        self.references.extend(scratch.references)  # the same
        self.drugs_read |= scratch.drugs_read  # read, whether adopted or set aside
        assert scratch.level is not None
        return scratch.level, scratch.steps

    def __post_init__(self) -> None:
        if isinstance(self.manual, Edition):  # an edition alone: every table at its date
            self.manual = Manual(self.manual)

    @property
    def edition(self) -> Edition:
        """The edition applied (read-only; ask ``manual.table(name)`` for a table)."""
        return self.manual.edition

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def note_version(self, version: Version) -> str:
        """Cite a table version, and warn if it is not verified."""
        if version.verification == "unverified":
            message = (
                f"{version.section} ({version.citation}) is marked unverified in tables/: "
                f"{version.get('checked', '')}".strip()
            )
            if message not in self.warnings:
                self.warnings.append(message)
        return version.citation

    def set_level(self, chapter: Chapter, section: str, title: str, input: str,
                  level: int, reason: str, source: str = "") -> None:
        self.level = level
        # Step's fields in order (chapter, section, title, input, change, delta, level,
        # reason, source, scope): a class called with keywords builds a dict of them and
        # unpacks it again for its __init__ (about a third of making a step)
        self.steps.append(Step(chapter, section, title, input, f"= {level}", None, level,
                               reason, source, self.scope))

    def adjust(self, chapter: Chapter, section: str, title: str, input: str,
               delta: int, reason: str, source: str = "") -> None:
        assert self.level is not None, "a base offense level comes first"
        self.level += delta
        self.steps.append(Step(chapter, section, title, input, f"{delta:+d}", delta, self.level,
                               reason, source, self.scope))  # in order, as in set_level

    def move_to(self, chapter: Chapter, section: str, title: str, input: str,
                level: int, reason: str, source: str = "") -> None:
        assert self.level is not None, "a base offense level comes first"
        delta = level - self.level
        self.level = level
        self.steps.append(Step(chapter, section, title, input, f"→ {level}", delta, level,
                               reason, source, self.scope))  # in order, as in set_level

    def deem(self, adjustment: str, value: Any, provision: str, section: str, text: str,
             fact: str, title: str, input: str, source: str = "") -> None:
        """A Chapter Two special instruction that deems a Chapter Three finding: a step on
        this sheet says so, and Chapter Three applies the finding to this offense
        (``deemed_findings``) unless the case states another (refused there)."""
        self.note("chapter_two", section, title, input,
                  f"deemed: {adjustment.rsplit('.', 1)[-1]} = \"{getattr(value, 'value', value)}\" "
                  f"({provision})", f"“{text}”", source)
        self.deemed.append(DeemedFinding(adjustment, value, provision, section, text, fact,
                                         self.steps[-1]))

    def withhold_deemed(self, steps: list[Step]) -> list[DeemedFinding]:
        """Drop, and return, the deemed findings ``steps`` record: another offense's level
        adopted as a Chapter Two level only (§2X3.1's underlying offense), whose special
        instructions deem Chapter Three findings for that offense, not this one."""
        withheld = [d for d in self.deemed if any(step is d.step for step in steps)]
        self.deemed = [d for d in self.deemed if not any(d is w for w in withheld)]
        return withheld

    def deemed_findings(self) -> list[DeemedFinding]:
        """The deemed findings of this sheet's offense: those whose step is on it (a cross
        reference's, computed on a scratch sheet, only where its steps were adopted)."""
        return [d for d in self.deemed if any(step is d.step for step in self.steps)]

    def read_drugs(self) -> None:
        """§2D1.1's Drug Quantity Table read the count's drugs (``drugs_read``)."""
        self.drugs_read = True

    def refer_to(self, guideline: str) -> None:
        """The level the last step set is the one ``guideline`` determined (a reference to
        it, §1B1.5(a) or (b)(1)): Chapter Three is then determined in respect to it
        (§1B1.5(c)), if the step is kept on this sheet (:class:`GuidelineReference`)."""
        self.references.append(GuidelineReference(guideline, self.steps[-1]))

    def finish_chapter_two(self, guideline: str | None) -> str | None:
        """Chapter Two is done: the guideline in respect to which Chapter Three is
        determined: ``guideline`` (the offense's own: None or "other" where ussg does not
        compute it), or the guideline of the last reference whose step is on this sheet, in
        the order of the steps (one made in a referenced guideline's own computation comes
        before that computation's own reference, which it decided)."""
        if not self.references:  # most cases: no reference made, the offense's own guideline
            return guideline
        referred: dict[int, list[str]] = {}
        for reference in self.references:
            referred.setdefault(id(reference.step), []).append(reference.guideline)
        applied = guideline
        for step in self.steps:
            for other in referred.get(id(step), ()):
                applied = other
        return applied

    def note(self, chapter: Chapter, section: str, title: str, input: str, change: str,
             reason: str, source: str = "") -> None:
        """A step that decides something other than the level (edition, category, range)."""
        self.steps.append(Step(chapter, section, title, input, change, None, self.level,
                               reason, source, self.scope))  # in order, as in set_level
