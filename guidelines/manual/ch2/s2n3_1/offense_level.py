"""§2N3.1 (Odometer Laws and Regulations) in the Chapter Two registry (tables/odometer.toml).

(a) 6 in every edition (GLM2016_fulltext.txt line 8653; never amended). Before Nov. 1, 1989
(App. C Vol. I lines 3917-3919, the text Amendment 199 deletes): "(b) If more than one vehicle
was involved, apply §2F1.1 (Offenses Involving Fraud or Deceit)."; from then "(b) Cross
Reference (1) If the offense involved more than one vehicle, apply §2F1.1 (Fraud and Deceit).";
§2B1.1 from Nov. 1, 2001 (Amendment 617; the 2016 and 2025 words). No "if greater": the level
of §2F1.1 or §2B1.1, computed through the registry, replaces 6.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base
from ussg.guidelines.manual.ch2.s2n2_1.offense_level import (
    apply_guideline_reference, fraud_keys_not_in, refuse_wrong_fraud_guideline)

TABLE = "odometer"
SECTION = "§2N3.1"
KEYS = {"2F1.1": "vehicles_fraud", "2B1.1": "vehicles_theft_fraud"}


def facts_not_in(manual) -> set[str]:
    """The keys of [offense.odometer] the edition ``manual`` does not have (the terminal app
    shows only the others): the findings of the guideline (b) does not apply there."""
    return fraud_keys_not_in(manual.table(TABLE)["vehicles"], KEYS)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    refuse_wrong_fraud_guideline(sheet, SECTION, version["vehicles"], given.facts_field,
                                 {"fraud": facts.vehicles_fraud,
                                  "theft_fraud": facts.vehicles_theft_fraud}, KEYS)
    set_base(sheet, version, SECTION, "all",
             given.offense.description or "odometer laws and regulations (one vehicle)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2N3.1 has none."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """More than one vehicle: §2F1.1 or §2B1.1, replacing the level."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    findings = facts.vehicles_fraud or facts.vehicles_theft_fraud
    if findings is None:
        return
    rule = version["vehicles"]
    apply_guideline_reference(sheet, given, SECTION, version, rule, findings,
                              KEYS[rule["guideline"]])
