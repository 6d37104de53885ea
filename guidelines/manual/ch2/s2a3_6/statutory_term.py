"""§2A3.6 (Aggravated Offenses Relating to Registration as a Sex Offender) on a case's counts
(tables/aggravated_registration_offense.toml).

§2A3.6 (2016): "If the defendant was convicted under— (a) 18 U.S.C. § 2250(c), the guideline
sentence is the minimum term of imprisonment required by statute; or (b) 18 U.S.C. § 2260A,
the guideline sentence is the term of imprisonment required by statute. Chapters Three
(Adjustments) and Four (Criminal History and Criminal Livelihood) shall not apply to any count
of conviction covered by this guideline." (2025: § 2250(d).) As §2B1.6 (``s2b1_6``), the count
is one of ``[[counts]]`` whose statute requires a consecutive term: it is excluded from
grouping (§3D1.1(b)(1)) and its term added under §5G1.2(a). This module checks the count (the
edition has §2A3.6, the statute is one the edition names, the consecutive term is the
statutory minimum it states) and shows comment. (n.3) on the counts named as underlying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

if TYPE_CHECKING:
    from ussg.guidelines.case.counts import Conviction

TABLE = "aggravated_registration_offense"
SECTION = "§2A3.6"
#: the § 2250 subsections some edition of §2A3.6 names (2250(c) until Oct. 31, 2018, then (d))
ANY_EDITION = ("2250(c)", "2250(d)", "2260A")


def counts_under_2a3_6(sheet: Worksheet, counts: list[Conviction]) -> None:
    """Each count stated under §2A3.6: checked, shown, and comment. (n.3) shown on the counts
    it names as underlying."""
    for count in counts:
        if count.facts.guideline == "2A3.6":
            _count(sheet, count, counts)


def _quoted(version: Version) -> str:
    """(a) and (b) as the Manual words them: "If the defendant was convicted under— (a) ...;
    or (b) ... ."""
    last = len(version["statutes"]) - 1
    return "“" + version["heading"] + " " + " ".join(
        f"{p['paragraph']} {p['text']}{'.' if i == last else '; or'}"
        for i, p in enumerate(version["statutes"])) + "”"


def _named(text: str, statute: str) -> bool:
    return statute.lower() in text.replace(" ", "").lower()


def _paragraph(version: Version, count: Conviction) -> dict:
    """(a) or (b), by the statute the count names; any other statute refused."""
    text = count.statute.text
    for paragraph in version["statutes"]:
        if _named(text, paragraph["statute"]):
            return paragraph
    names = " or ".join(f"18 U.S.C. § {p['statute']}" for p in version["statutes"])
    other = next((s for s in ANY_EDITION if _named(text, s)), None)
    why = (f" (§ {other} is not a statute this edition of §2A3.6 names)" if other else "")
    raise CaseError(f"{count.field}.statute", f"{SECTION} applies to a conviction under "
                    f"{names}{why}: {_quoted(version)}")


def _count(sheet: Worksheet, count: Conviction, counts: list[Conviction]) -> None:
    guideline = registry.chapter_two_guideline("2A3.6")
    assert guideline is not None
    registry.guideline_in_force(guideline, sheet.manual, f"{count.field}.guideline")
    version = sheet.manual.table(TABLE)
    paragraph = _paragraph(version, count)
    words = f"{paragraph['paragraph']}: “{paragraph['text']}”"
    required = ("the minimum term of imprisonment required by statute"
                if paragraph["term"] == "minimum" else "the term of imprisonment required by "
                                                       "statute")
    months = count.facts.consecutive_months
    minimum = count.facts.statutory_minimum_months
    if months is None or minimum is None:
        missing = "consecutive_months" if months is None else "statutory_minimum_months"
        raise CaseError(f"{count.field}.{missing}",
                        f"{SECTION}{words}: state the statute's minimum term "
                        "(statutory_minimum_months, with statutory_maximum_months) and the "
                        "term required to run consecutively (consecutive_months), the same "
                        f"number of months. {SECTION}, comment. (n.1): "
                        f"“{version['note1_text']}”")
    if months != minimum:
        raise CaseError(f"{count.field}.consecutive_months",
                        f"{SECTION}{words}: the guideline sentence is {required}, "
                        f"statutory_minimum_months = {minimum}, not {months} months (a "
                        "sentence above it is the court's, under [sentence])")
    facts = count.facts.aggravated_registration_offense
    if facts is None:
        raise CaseError(f"{count.field}.aggravated_registration_offense.underlying_counts",
                        f"{SECTION}, comment. (n.3): name the counts of the underlying "
                        f"offense: “{version['note3_text']}”")
    source = sheet.note_version(version)
    sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Aggravated offense "
               "relating to registration as a sex offender: the term required by statute",
               f"{count.name}: {count.statute.text}", "statutory term",
               f"“{paragraph['text']}”: {months} months, consecutive. "
               f"“{version['closing_text']}”", source)
    by_name = {c.name: c for c in counts}
    for i, name in enumerate(facts.underlying_counts):
        field = f"{count.field}.aggravated_registration_offense.underlying_counts[{i}]"
        underlying = by_name.get(name)
        if underlying is None or underlying is count or underlying.consecutive:
            raise CaseError(field, f"{name!r} is not a count of this case sentenced under the "
                                   "guidelines")
        _note_3(sheet, underlying, version, source)


def _note_3(sheet: Worksheet, underlying: Conviction, version: Version, source: str) -> None:
    """Comment. (n.3) on an underlying count: shown; which characteristic is "based on the
    same conduct" is the court's finding (the findings stated on that count are taken as
    made with it). A §2A3.5(b)(1) finding (an offense committed while in a failure to
    register status) stated on it is warned of: it may rest on the same conduct."""
    sheet.note("chapter_two", f"{SECTION}, comment. (n.3)", "Underlying offense: no "
               "characteristic based on the same conduct", underlying.name, "applies",
               f"“{version['note3_text']}” (the characteristics stated on {underlying.name} "
               "are taken as not based on that conduct)", source)
    failure = getattr(underlying.facts, "failure_to_register", None)
    if underlying.facts.guideline == "2A3.5" and failure is not None and \
            failure.offense_while_failing_to_register is not None:
        sheet.warn(f"{underlying.name}: §2A3.5(b)(1) is applied for an offense committed while "
                   f"in a failure to register status; {SECTION}, comment. (n.3): do not apply "
                   "it if it is based on the same conduct as the §2A3.6 count")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.6 has no offense level: a count stated under it that is sentenced under the
    guidelines (not a consecutive count of [[counts]]) is refused with its words."""
    version = sheet.manual.table(TABLE)
    raise CaseError(f"{given.field}.consecutive_months",
                    f"{SECTION}: {_quoted(version)} {SECTION} gives no offense level: list "
                    "the count in [[counts]] beside the underlying offense, with its statute, "
                    "statutory_minimum_months, statutory_maximum_months and consecutive_months "
                    "(the statutory minimum)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """None: the statute sets the term (``base_offense_level`` refuses a level first)."""
