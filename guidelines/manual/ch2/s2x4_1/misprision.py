"""§2X4.1 (Misprision of Felony) in the Chapter Two registry: (a) "9 levels lower than the
offense level for the underlying offense, but in no event less than 4, or more than 19"
(every edition; tables/misprision_of_felony.toml).

The underlying offense's level is computed through the registry from the count's facts (its
guideline's facts table beside ``[offense.misprision]``, or §2D1.1 from ``[offense] drugs``),
or stated (``"other"``), as for §2X3.1 (whose ``underlying_level`` this reuses). Comment.
(n.1) (from Nov. 1, 1989): "Apply the base offense level plus any applicable specific offense
characteristics that were known, or reasonably should have been known, by the defendant": the
facts given for it are to be those. Comment. (n.2): §3B1.2 "normally would not apply": a
mitigating role stated is applied, with a warning quoting the note. From Nov. 1, 1993
(Amendment 496) §3C1.1's note withholds the obstruction adjustment unless a significant
further obstruction occurred (``further_obstruction``).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import obstruction_adjustment_withheld
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "misprision_of_felony"
SECTION = "§2X4.1"
TITLE = "Base offense level (misprision of felony)"


def _deemed_not_carried(sheet: Worksheet, version: Version, steps: list) -> None:
    """A finding the underlying offense's guideline deems for Chapter Three (§2A3.1(d)(1))
    is that offense's: (a) takes its Chapter Two level only. A step says so."""
    for finding in sheet.withhold_deemed(steps):
        value = getattr(finding.value, "value", finding.value)
        sheet.note(CH, f"{SECTION}(a)", "Underlying offense: deemed finding not carried",
                   f"{finding.section}: {finding.adjustment} = \"{value}\" "
                   f"({finding.provision})", "not applied",
                   "the offense level for the underlying offense is a Chapter Two level; the "
                   "special instruction deems the Chapter Three finding for the underlying "
                   "offense, not for the misprision (state [adjustments] for the defendant's "
                   "own conduct)", sheet.note_version(version))


def nine_lower(sheet: Worksheet, version: Version, underlying: int, words: str) -> None:
    """(a): the decrease, then "in no event less than 4, or more than 19"."""
    source = sheet.note_version(version)
    lower = underlying - version["decrease"]
    sheet.set_level(CH, f"{SECTION}(a)", TITLE, words, lower,
                    f"{version['decrease']} levels lower than the offense level for the "
                    f"underlying offense ({underlying} - {version['decrease']}): "
                    f"“{version['text_a']}”", source)
    if lower < version["floor"]:
        sheet.move_to(CH, f"{SECTION}(a)", "Misprision of felony: least level",
                      f"{lower} is less than {version['floor']}", version["floor"],
                      f"in no event less than {version['floor']}", source)
    elif lower > version["cap"]:
        sheet.move_to(CH, f"{SECTION}(a)", "Misprision of felony: greatest level",
                      f"{lower} is more than {version['cap']}", version["cap"],
                      f"in no event ... more than {version['cap']}", source)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X4.1(a)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    level, steps, words = underlying_level(sheet, given, facts.underlying_guideline,
                                           facts.underlying_offense_level, given.facts_field)
    sheet.steps.extend(steps)
    _deemed_not_carried(sheet, version, steps)
    nine_lower(sheet, version, level, words)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X4.1 has no specific offense characteristics. Its commentary reaches Chapter Three:
    (n.2) on §3B1.2 (a warning where a mitigating role is stated) and, from Nov. 1, 1993,
    §3C1.1's note."""
    version = sheet.manual.table(TABLE)
    if given.adjustments.role.mitigating is not None:
        sheet.warn(f"{SECTION}, comment. (n.2): “{version['mitigating_role_note']}” — the "
                   f"mitigating role stated ({given.adjustments.role.mitigating.value}) is "
                   f"applied as the case states it")
    if given.facts.further_obstruction and version.get("chapter_three") is None:
        raise CaseError(f"{given.facts_field}.further_obstruction",
                        f"§3C1.1's note in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} does not list §2X4.1 "
                        f"(Amendment 496 added it on Nov. 1, 1993): the adjustment applies as "
                        f"to any offense; no such fact under it")
    obstruction_adjustment_withheld(sheet, given, version, "§3C1.1", "further_obstruction")
