"""§2J1.9: payment to witness, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.9",
    title="Payment to Witness",
    rules="ussg.guidelines.manual.ch2.s2j1_9.offense_level",
    table="payment_to_witness",
    facts_key="payment_to_witness",
    facts="ussg.guidelines.manual.ch2.s2j1_9.facts:PaymentToWitnessFacts",
    summary="payment to witness",
    checklist=("payment_to_witness.payment",),
    notes=("comment. (n.1) (from Nov. 1, 1989): §3C1.1 does not apply unless the defendant "
           "obstructed the investigation or trial of the payment to witness count: the case's "
           "to follow",),
)
