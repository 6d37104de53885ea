"""§2N1.1 (Tampering or Attempting to Tamper Involving Risk of Death or Bodily Injury) in the
Chapter Two registry (tables/consumer_product_tampering.toml).

(a) 25 in every edition (GLM2016_fulltext.txt line 8545; never amended). Nov. 1, 1987 - Oct. 31,
1990: (a) only. Nov. 1, 1990 (Amendment 338, App. C Vol. I lines 7191-7198): "(b) Cross
Reference (1) If the offense involved extortion, apply §2B3.2 ... if the resulting offense level
is greater than that determined above." From Nov. 1, 1991 (Amendment 376, Vol. I lines
9082-9113; the 2016 and 2025 words): (b)(1) a victim's injury +4/+2/+3; (c)(1) death: "apply
§2A1.1 ... if the death was caused intentionally or knowingly, or §2A1.2 ... in any other case"
(no "if greater": its level replaces the one above); (c)(2) §2A2.1 and (c)(3) §2B3.2, each "if
the resulting offense level is greater than that determined above". (d)(1), the special
instruction treating a single count with several victims as several counts, is shown as a note,
not applied (state each victim's count); the departures of comment. (n.1) are not computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import CH, set_base
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_harm_cross_references, refuse_paragraphs_not_in_edition)

TABLE = "consumer_product_tampering"
SECTION = "§2N1.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 25."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("injury", "injury", facts.injury is not None),
        ("death", "death", facts.death is not None),
        ("attempted_murder", "attempted_murder", facts.attempted_murder is not None),
        ("extortion", "extortion", facts.extortion is not None)))
    set_base(sheet, version, SECTION, "all",
             given.offense.description or "tampering involving risk of death or bodily injury")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) from Nov. 1, 1991: the victim's injury."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    if facts.injury is None:
        return
    rule = version["injury"]
    sheet.adjust(CH, f"{SECTION}{rule['paragraph']}{rule['clauses'][facts.injury]}",
                 rule["title"], f"injury = \"{facts.injury}\"", rule["levels"][facts.injury],
                 f"“{rule['text']}”", sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) outright, then (c)(2) and (c)(3) if greater (from Nov. 1, 1991); the extortion
    cross reference (b)(1) if greater, Nov. 1, 1990 - Oct. 31, 1991. (d)(1) as a note where the
    death or injury, or the attempted murder, is found."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    apply_harm_cross_references(sheet, given, version, SECTION, death_if_greater=False)
    several = version["several_victims"]
    if several.get("exists", True) and (facts.death is not None or facts.injury is not None
                                        or facts.attempted_murder is not None):
        sheet.note(CH, f"{SECTION}{several['paragraph']}", several["title"],
                   "death, injury or attempted murder found", "not applied",
                   f"a single count with more than one such victim is to be treated as a "
                   f"count for each victim: state each victim's count (“{several['text']}”)",
                   source)
