"""§2Q1.2 (Mishandling of Hazardous or Toxic Substances or Pesticides; Recordkeeping,
Tampering, and Falsification; Unlawfully Transporting Hazardous Materials in Commerce) in the
Chapter Two registry (tables/hazardous_substances.toml), and the steps §2Q1.3 shares
(tables/environmental_pollutants.toml).

2016 text (GLM2016_fulltext.txt lines 8791-8809; the 2025 Manual's lines 16215-16251 the
same): "(a) Base Offense Level: 8 (b)(1)(A) If the offense resulted in an ongoing, continuous,
or repetitive discharge, release, or emission of a hazardous or toxic substance or pesticide
into the environment, increase by 6 levels; or (B) if the offense otherwise involved a
discharge, release, or emission of a hazardous or toxic substance or pesticide, increase by 4
levels. (2) If the offense resulted in a substantial likelihood of death or serious bodily
injury, increase by 9 levels. (3) If the offense resulted in disruption of public utilities or
evacuation of a community, or if cleanup required a substantial expenditure, increase by 4
levels. (4) If the offense involved transportation, treatment, storage, or disposal without a
permit or in violation of a permit, increase by 4 levels. (5) If a recordkeeping offense
reflected an effort to conceal a substantive environmental offense, use the offense level for
the substantive offense. (6) If the offense involved a simple recordkeeping or reporting
violation only, decrease by 2 levels. (7) If the defendant was convicted under 49 U.S.C. § 5124
or § 46312, increase by 2 levels." (b)(7) from Nov. 1, 2004 (Amendment 672).

The characteristics are applied in the order listed (§1B1.1): (b)(5) sets the level to the
substantive offense's, as determined; (b)(7) then adds to it. The commentary's departures
("a departure of up to two levels in either direction", upward departures) are judgment calls,
not computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import CH, apply_paragraph, set_base
from ussg.guidelines.manual.ch2.offense_characteristics import refuse_paragraphs_not_in_edition

TABLE = "hazardous_substances"
SECTION = "§2Q1.2"


def base_level(sheet: Worksheet, given: registry.ChapterTwoCase, table: str,
               section: str) -> None:
    """(a): 8 (§2Q1.2) or 6 (§2Q1.3); a finding for (b)(7) before Amendment 672 is refused."""
    version = sheet.manual.table(table)
    if version.get("hazmat_conviction") is not None:
        refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
            ("hazmat_conviction", "hazmat_conviction", given.facts.hazmat_conviction),))
    set_base(sheet, version, section, "all",
             given.offense.description or "the offense of conviction")


def characteristics(sheet: Worksheet, given: registry.ChapterTwoCase, table: str,
                    section: str) -> None:
    """(b)(1)-(5), and §2Q1.2's (b)(6)-(7), in the order listed."""
    facts = given.facts
    version = sheet.manual.table(table)
    if facts.discharge is not None:
        name = ("ongoing_discharge" if facts.discharge == "ongoing_continuous_or_repetitive"
                else "other_discharge")
        apply_paragraph(sheet, version, section, name, "true",
                        f"discharge = \"{facts.discharge}\"")
    for name, key in (("death_or_injury_likely", "death_or_injury_likely"),
                      ("disruption_evacuation_or_cleanup", "disruption_evacuation_or_cleanup"),
                      ("permit", "permit_violation")):
        if getattr(facts, key):
            apply_paragraph(sheet, version, section, name, "true", f"{key} = true")
    if facts.concealed_offense_level is not None:
        rule = version["concealment"]
        sheet.set_level(CH, f"{section}{rule['paragraph']}", rule["title"],
                        f"concealed_offense_level = {facts.concealed_offense_level} (the "
                        f"substantive offense's level, as determined)",
                        facts.concealed_offense_level, f"“{rule['text']}”",
                        sheet.note_version(version))
    for name in ("simple_recordkeeping", "hazmat_conviction"):
        key = "simple_recordkeeping_only" if name == "simple_recordkeeping" else name
        if getattr(facts, key, False):
            apply_paragraph(sheet, version, section, name, "true", f"{key} = true")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 8."""
    base_level(sheet, given, TABLE, SECTION)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)-(7)."""
    characteristics(sheet, given, TABLE, SECTION)
