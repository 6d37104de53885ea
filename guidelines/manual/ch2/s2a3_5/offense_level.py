"""§2A3.5 (Failure to Register as a Sex Offender) in the Chapter Two registry: (a) the base
offense level by the tier, (b)(1) the greatest offense committed while in a failure to
register status, (b)(2) the decrease for a voluntary correction (not with (b)(1)), as the
edition applied has them (tables/failure_to_register.toml; from Nov. 1, 2007).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import apply_alternative, apply_kinds
from ussg.guidelines.manual.ch2.s2a3_5.facts import FailureToRegisterFacts

TABLE = "failure_to_register"
SECTION = "§2A3.5"
TIERS = {"tier_i": "Tier I", "tier_ii": "Tier II", "tier_iii": "Tier III"}


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.5(a): "Apply the greatest": the level of the tier the defendant was required to
    register as."""
    facts: FailureToRegisterFacts = given.facts
    version = sheet.manual.table(TABLE)
    base = next(b for b in version["base_levels"] if b["applies_to"] == facts.tier)
    sheet.set_level("chapter_two", f"{SECTION}{base['paragraph']}",
                    f"Base offense level (failure to register: {TIERS[facts.tier]} offender)",
                    f"tier = \"{facts.tier}\"", base["level"],
                    f"“{version['heading']} ... {base['text']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.5(b)(1), then (b)(2) unless (b)(1) applied."""
    facts: FailureToRegisterFacts = given.facts
    version = sheet.manual.table(TABLE)
    found = facts.offense_while_failing_to_register
    if found is not None:
        paragraph = version["offense_while_failing_to_register"]
        note = version.get("status_note")
        apply_alternative(sheet, version, SECTION, "Offense committed while in a failure to "
                          "register status", paragraph, found,
                          f"offense_while_failing_to_register = \"{found}\"")
        if note is not None:
            sheet.note("chapter_two", f"{SECTION}{note['paragraph']}", "Failure to register "
                       "status", f"offense_while_failing_to_register = \"{found}\"", "applies",
                       f"“{note['text']}”", sheet.note_version(version))
    if facts.voluntary_correction is None:
        return
    paragraph = version["voluntary_correction"]
    if found is not None:
        note = version["interaction_note"]
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Voluntary correction "
                   "of the failure to register", f"voluntary_correction = "
                   f"\"{facts.voluntary_correction}\"", "not applied",
                   f"(b)(1) applies: {SECTION}{note['paragraph']}: “{note['text']}”",
                   sheet.note_version(version))
        return
    apply_kinds(sheet, version, SECTION, "voluntary_correction", "Voluntary correction of the "
                "failure to register", [facts.voluntary_correction],
                f"{given.facts_field}.voluntary_correction")
