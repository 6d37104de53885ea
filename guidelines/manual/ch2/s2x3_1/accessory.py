"""§2X3.1 (Accessory After the Fact) in the Chapter Two registry, and "§2X3.1 ... in respect to
that criminal offense" for a cross reference (§2J1.2(c)(1), §2C1.1(c)(2)): (a) 6 levels lower
than the offense level for the underlying offense, not less than 4, not more than 30, not more
than 20 where the conduct is limited to harboring a fugitive (from Nov. 1, 1991), unless (from
Nov. 1, 2003) (a)(3)(C) (tables/accessory_after_the_fact.toml).

The underlying offense's level is computed through the registry from the count's facts (its
guideline's facts table beside ``[offense.accessory]``, or §2D1.1 from ``[offense] drugs``), or
stated (``"other"``). Comment. (n.1): "Apply the base offense level plus any applicable specific
offense characteristics that were known, or reasonably should have been known, by the
defendant": the facts given for it are to be those.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import obstruction_adjustment_withheld

CH = "chapter_two"
TABLE = "accessory_after_the_fact"
SECTION = "§2X3.1"
TITLE = "Base offense level (accessory after the fact)"


def _refuse_not_in_edition(sheet: Worksheet, version: Version, field: str,
                           harboring: bool, terrorism: bool) -> None:
    when = format_date(sheet.manual.in_force)
    if harboring and version.get("harboring_cap") is None:
        raise CaseError(f"{field}.harboring_only",
                        f"{SECTION}(a) in the Guidelines Manual in force on {when} has no "
                        f"limit for harboring a fugitive (“{version['text_a']}”): Amendment 380 "
                        f"added it on Nov. 1, 1991")
    if terrorism and not version.get("terrorism_exception"):
        raise CaseError(f"{field}.terrorism_exception",
                        f"{SECTION}(a) in the Guidelines Manual in force on {when} has no "
                        f"subdivision (a)(3)(C): Amendment 655 added it on Nov. 1, 2003")


def underlying_level(sheet: Worksheet, given: registry.ChapterTwoCase, guideline: str,
                     stated: int | None, field: str) -> tuple[int, list, str]:
    """The offense level for the underlying offense: computed under its guideline through the
    registry (its steps, to be adopted) or as stated; and a few words naming it."""
    if guideline == "other":
        assert stated is not None
        return stated, [], f"the underlying offense: level {stated}, as determined"
    other = registry.computed_guideline(given, guideline, field, "underlying offense")
    level, steps = registry.offense_level_under(
        sheet, guideline, given.under(guideline, other.facts_of(given.offense)))
    return level, steps, f"§{guideline}: level {level}"


def _deemed_not_carried(sheet: Worksheet, version: Version, steps: list) -> None:
    """A finding the underlying offense's guideline deems for Chapter Three (§2A3.1(d)(1):
    an official victim) is that offense's: (a) takes "the offense level for the underlying
    offense", a Chapter Two level, and the accessory's Chapter Three adjustments are the
    case's own. A step says so."""
    for finding in sheet.withhold_deemed(steps):
        value = getattr(finding.value, "value", finding.value)
        sheet.note(CH, f"{SECTION}{version['where_decrease']}", "Underlying offense: deemed "
                   "finding not carried", f"{finding.section}: {finding.adjustment} = "
                   f"\"{value}\" ({finding.provision})", "not applied",
                   "the offense level for the underlying offense is a Chapter Two level; the "
                   "special instruction deems the Chapter Three finding for the underlying "
                   "offense, not for the accessory's (state [adjustments] for the accessory's "
                   "own conduct)", sheet.note_version(version))


def base_level(sheet: Worksheet, version: Version, underlying: int, words: str,
               harboring: bool, terrorism: bool) -> None:
    """(a): 6 levels lower, then the floor and the cap the edition and the findings give."""
    source = sheet.note_version(version)
    lower = underlying - version["decrease"]
    sheet.set_level(CH, f"{SECTION}{version['where_decrease']}", TITLE, words, lower,
                    f"{version['decrease']} levels lower than the offense level for the "
                    f"underlying offense ({underlying} - {version['decrease']}): "
                    f"“{version['text_a']}”", source)
    if lower < version["floor"]:
        sheet.move_to(CH, f"{SECTION}{version['where_floor']}", "Accessory after the fact: "
                      "least level", f"{lower} is less than {version['floor']}",
                      version["floor"], f"in no event less than level {version['floor']}",
                      source)
    cap, where, why = version["cap"], version["where_cap"], f"not more than level {version['cap']}"
    if harboring and terrorism:
        sheet.note(CH, f"{SECTION}{version['where_terrorism']}", "Harboring: terrorism",
                   "harboring_only = true, terrorism_exception = true",
                   f"the limit of {version['where_harboring']} does not apply",
                   f"the limitation of level {version['harboring_cap']} shall not apply: "
                   f"not more than level {version['cap']}", source)
    elif harboring:
        cap, where = version["harboring_cap"], version["where_harboring"]
        why = (f"the conduct is limited to harboring a fugitive: not more than level "
               f"{version['harboring_cap']}")
    if sheet.level > cap:
        sheet.move_to(CH, f"{SECTION}{where}", "Accessory after the fact: greatest level",
                      f"{sheet.level} is more than {cap}", cap, why, source)


def in_respect_to(sheet: Worksheet, given: registry.ChapterTwoCase, other,
                  field: str) -> tuple[int, list, str]:
    """"Apply §2X3.1 ... in respect to that criminal offense" (a cross reference): the level on
    a scratch sheet, its steps, and a few words for the step that adopts or sets it aside.
    ``other``: an :class:`~.facts.UnderlyingOffense` (or §2C1.1's facilitated offense before
    Nov. 1, 1991, which has no harboring); ``field``: where it is in the file."""
    version = sheet.manual.table(TABLE)
    harboring = getattr(other, "harboring_only", False)
    terrorism = getattr(other, "terrorism_exception", False)
    _refuse_not_in_edition(sheet, version, field, harboring, terrorism)

    def accessory(scratch: Worksheet) -> None:
        level, steps, words = underlying_level(scratch, given, other.guideline,
                                               other.offense_level, field)
        scratch.steps.extend(steps)
        _deemed_not_carried(scratch, version, steps)
        base_level(scratch, version, level, words, harboring, terrorism)

    level, steps = sheet.on_scratch(accessory)
    named = "the other offense" if other.guideline == "other" else f"§{other.guideline}"
    return level, steps, f"§2X3.1 in respect to {named}: level {level}"


# -- §2X3.1 as the offense guideline ------------------------------------------------------

def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X3.1(a)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    _refuse_not_in_edition(sheet, version, given.facts_field, facts.harboring_only,
                           facts.terrorism_exception)
    level, steps, words = underlying_level(sheet, given, facts.underlying_guideline,
                                           facts.underlying_offense_level, given.facts_field)
    sheet.steps.extend(steps)
    _deemed_not_carried(sheet, version, steps)
    base_level(sheet, version, level, words, facts.harboring_only, facts.terrorism_exception)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X3.1 has no specific offense characteristics. From Nov. 1, 1993 (Amendment 496)
    §3C1.1's note withholds the adjustment from a §2X3.1 offense unless a significant further
    obstruction occurred (``further_obstruction``)."""
    version = sheet.manual.table(TABLE)
    if given.facts.further_obstruction and version.get("chapter_three") is None:
        raise CaseError(f"{given.facts_field}.further_obstruction",
                        f"§3C1.1's note in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} does not list §2X3.1 "
                        f"(Amendment 496 added it on Nov. 1, 1993): the adjustment applies as "
                        f"to any offense; no such fact under it")
    obstruction_adjustment_withheld(sheet, given, version, "§3C1.1", "further_obstruction")
