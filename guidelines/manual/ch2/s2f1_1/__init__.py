"""§2F1.1: fraud and deceit (Nov. 1, 1987 - Oct. 31, 2001; consolidated into §2B1.1 by
Amendment 617)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2F1.1",
    title="Fraud and Deceit",
    rules="ussg.guidelines.manual.ch2.s2f1_1.offense_level",
    table="fraud_deceit_base_offense_level",
    facts_key="fraud_deceit",
    facts="ussg.guidelines.manual.ch2.s2f1_1.facts:FraudDeceitFacts",
    summary="fraud and deceit, before Nov. 1, 2001",
    notes=("computed: (a), (b)(1) loss (or the offender's gain, the commentary's "
           "alternative estimate of the loss, its words quoted) and every other paragraph of (b) of each edition "
           "(planning or more than one victim; misrepresentation or violation of an order; risk "
           "of injury or a dangerous weapon; foreign bank accounts, 1987-1998; financial "
           "institutions from 1990; mass-marketing and sophisticated means from 1998; access "
           "devices from 2000); (c)(1), the six-month minimum guideline sentence of 1997-2001 "
           "on a § 1030(a)(4) conviction, raises the range's minimum (Chapter Five, Part A)",),
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "fraud_deceit_loss_table", "fraud_deceit_characteristics",),
)
