"""§2B1.6 (Aggravated Identity Theft) on a case's counts (tables/aggravated_identity_theft.toml).

§2B1.6(a) (2016, 2025): "If the defendant was convicted of violating 18 U.S.C. § 1028A, the
guideline sentence is the term of imprisonment required by statute. Chapters Three
(Adjustments) and Four (Criminal History and Criminal Livelihood) shall not apply to that count
of conviction." The term is the count's consecutive term (§5G1.2(a); the count is excluded from
grouping, §3D1.1(b)(1)), computed as any such count; this module checks the count (the edition
has §2B1.6, the statute is § 1028A, the term is stated as consecutive) and applies comment.
(n.2): "do not apply any specific offense characteristic for the transfer, possession, or use of
a means of identification when determining the sentence for the underlying offense". ussg
computes §2B1.1's such paragraph, (b)(11)(C) ((b)(10)(C) 2004-2011): a finding of it stated on an
underlying count is refused, naming it, rather than applied or silently dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

if TYPE_CHECKING:
    from ussg.guidelines.case.counts import Conviction

TABLE = "aggravated_identity_theft"
SECTION = "§2B1.6"
#: §2B1.1's findings for the use of a means of identification ((b)(11)(C)(i) and (ii))
MEANS_OF_IDENTIFICATION = ("identification_used_to_obtain_other_identification",
                           "unlawfully_produced_means_of_identification")


def counts_under_2b1_6(sheet: Worksheet, counts: list[Conviction]) -> None:
    """Each count stated under §2B1.6: checked, shown, and comment. (n.2) applied to the
    counts it names as underlying."""
    for count in counts:
        if count.facts.guideline == "2B1.6":
            _count(sheet, count, counts)


def _count(sheet: Worksheet, count: Conviction, counts: list[Conviction]) -> None:
    guideline = registry.chapter_two_guideline("2B1.6")
    assert guideline is not None
    registry.guideline_in_force(guideline, sheet.manual, f"{count.field}.guideline")
    version = sheet.manual.table(TABLE)
    if "1028A" not in count.statute.text.replace(" ", ""):
        raise CaseError(f"{count.field}.statute", f"{SECTION}(a) applies to a conviction "
                        f"under 18 U.S.C. § 1028A: “{version['a_text']}”")
    if not count.consecutive:
        raise CaseError(f"{count.field}.consecutive_months",
                        f"{SECTION}(a): “{version['a_text']}” State the term 18 U.S.C. § 1028A "
                        "requires to run consecutively (24 months; 60 under § 1028A(a)(2)): "
                        "consecutive_months, with statutory_minimum_months and "
                        "statutory_maximum_months")
    facts = count.facts.aggravated_identity_theft
    if facts is None:
        raise CaseError(f"{count.field}.aggravated_identity_theft.underlying_counts",
                        f"{SECTION}, comment. (n.2): name the counts of the underlying "
                        f"offense: “{version['note2_text']}”")
    source = sheet.note_version(version)
    sheet.note("chapter_two", f"{SECTION}(a)", "Aggravated identity theft: the term required "
               "by statute", f"{count.name}: {count.statute.text}", "statutory term",
               f"“{version['a_text']}”", source)
    by_name = {c.name: c for c in counts}
    for i, name in enumerate(facts.underlying_counts):
        field = f"{count.field}.aggravated_identity_theft.underlying_counts[{i}]"
        underlying = by_name.get(name)
        if underlying is None or underlying is count or underlying.consecutive:
            raise CaseError(field, f"{name!r} is not a count of this case sentenced under the "
                                   "guidelines")
        _no_means_of_identification(sheet, underlying, version, source)


def _no_means_of_identification(sheet: Worksheet, underlying: Conviction, version,
                                source: str) -> None:
    """Comment. (n.2) on an underlying count: a §2B1.1 finding for the use of a means of
    identification is refused; otherwise a step says the note applies."""
    theft = getattr(underlying.facts, "theft_fraud", None)
    if underlying.facts.guideline == "2B1.1" and theft is not None:
        for key in MEANS_OF_IDENTIFICATION:
            if getattr(theft, key):
                raise CaseError(f"{underlying.field}.theft_fraud.{key}",
                                f"{SECTION}, comment. (n.2): “{version['note2_text']}” "
                                f"This count is the underlying offense of a § 1028A count: "
                                f"leave the finding out")
    sheet.note("chapter_two", f"{SECTION}, comment. (n.2)", "Underlying offense: no "
               "means-of-identification characteristic", underlying.name, "applies",
               f"“{version['note2_text']}”", source)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.6 has no offense level: a count stated under it that is sentenced under the
    guidelines (not a consecutive count of [[counts]]) is refused with (a)'s words."""
    version = sheet.manual.table(TABLE)
    raise CaseError(f"{given.field}.consecutive_months",
                    f"{SECTION}(a): “{version['a_text']}” §2B1.6 gives no offense level: list "
                    "the § 1028A count in [[counts]] beside the underlying offense, with its "
                    "statute, statutory_minimum_months, statutory_maximum_months and "
                    "consecutive_months (24; 60 under § 1028A(a)(2))")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """None: (a) sets the term (``base_offense_level`` refuses a level first)."""
