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
    notes=("computed: (a), (b)(1) loss, (b)(2) more than minimal planning or a scheme to "
           "defraud more than one victim, and from Nov. 1, 1998 mass-marketing and sophisticated "
           "means; not the other characteristics (misrepresentation of a charity or a violation "
           "of an order, from 1989 (b)(3)/(b)(4); risk of injury; foreign bank accounts before "
           "1998; financial institutions; access devices), nor (c)",),
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "fraud_deceit_loss_table", "fraud_deceit_characteristics",),
)
