"""§2Q1.4 (Tampering or Attempted Tampering with a Public Water System; Threatening to Tamper
with a Public Water System) in the Chapter Two registry (tables/public_water_system.toml).

Nov. 1, 1987 - Oct. 31, 2003 (App. C Vol. II lines 15865-15888, the text Amendment 655
strikes): "(a) Base Offense Level: 18 (b)(1) If a risk of death or serious bodily injury was
created, increase by 6 levels. (2) If the offense resulted in disruption of a public water
system or evacuation of a community, or if cleanup required a substantial expenditure, increase
by 4 levels. (3) If the offense resulted in an ongoing, continuous, or repetitive release of a
contaminant into a public water system or lasted for a substantial period of time, increase by
2 levels. (4) If the purpose of the offense was to influence government action or to extort
money, increase by 6 levels." ("serious injury" before Amendment 206, Nov. 1, 1989.)

From Nov. 1, 2003 (Amendment 655; the 2016 Manual lines 8889-8917, the 2025 Manual the same):
(a) "(Apply the greatest)": (1) 26; (2) 22 for a threat with conduct evidencing an intent to
carry it out; (3) 16 for a threat without; (b)(1) a victim's injury +4/+2/+3; (b)(2) +4; (b)(3)
+2; (c)(1) §2A1.1 (death caused intentionally or knowingly) or §2A1.2, (c)(2) §2A2.1, (c)(3)
§2B3.2, each "if the resulting offense level is greater than that determined above". (a)(1) is
the level of tampering or an attempt: Amendment 655's reason (Vol. II lines 16101-16104) gives
"three alternative base offense levels ... for the substantive offense and for a threat to carry
out the substantive offense, either accompanied or unaccompanied by other conduct evidencing an
intent to carry out the threat". (d), the special instruction for a single count with several
victims, is not applied (README Known gaps); the departures are not computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import CH, apply_paragraph, set_base
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_harm_cross_references, refuse_paragraphs_not_in_edition)

TABLE = "public_water_system"
SECTION = "§2Q1.4"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 18 before Nov. 1, 2003; from then 26, 22 or 16 by the conduct."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("risk", "risk_of_death_or_serious_injury", facts.risk_of_death_or_serious_injury),
        ("injury", "injury", facts.injury is not None),
        ("purpose", "purpose_influence_government_or_extort",
         facts.purpose_influence_government_or_extort),
        ("death", "death", facts.death is not None),
        ("attempted_murder", "attempted_murder", facts.attempted_murder is not None),
        ("extortion", "extortion", facts.extortion is not None)))
    if not any(b["applies_to"] == facts.conduct for b in version["bases"]):
        raise CaseError(f"{given.facts_field}.conduct",
                        f"{facts.conduct!r}: §2Q1.4 in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} covers tampering or attempted "
                        f"tampering only; a threat to tamper is §2Q1.5's (Threatened Tampering "
                        f"with Public Water System) until Amendment 655 (Nov. 1, 2003) "
                        f"consolidated it: guideline = \"2Q1.5\"")
    set_base(sheet, version, SECTION, facts.conduct, f"conduct = \"{facts.conduct}\"")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)-(4) before Nov. 1, 2003; (b)(1)-(3) from then."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    if facts.risk_of_death_or_serious_injury:
        apply_paragraph(sheet, version, SECTION, "risk", "true",
                        "risk_of_death_or_serious_injury = true")
    if facts.injury is not None:
        rule = version["injury"]
        sheet.adjust(CH, f"{SECTION}{rule['paragraph']}{rule['clauses'][facts.injury]}",
                     rule["title"], f"injury = \"{facts.injury}\"", rule["levels"][facts.injury],
                     f"“{rule['text']}”", sheet.note_version(version))
    if facts.disruption_or_cleanup:
        apply_paragraph(sheet, version, SECTION, "disruption", "true",
                        "disruption_or_cleanup = true")
    if facts.ongoing_release:
        apply_paragraph(sheet, version, SECTION, "ongoing_release", "true",
                        "ongoing_release = true")
    if facts.purpose_influence_government_or_extort:
        apply_paragraph(sheet, version, SECTION, "purpose", "true",
                        "purpose_influence_government_or_extort = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1)-(3) from Nov. 1, 2003, each through the registry, if greater (in order: the
    greatest of them and the level above results)."""
    apply_harm_cross_references(sheet, given, sheet.manual.table(TABLE), SECTION,
                                death_if_greater=True)
