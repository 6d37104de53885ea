"""§2C1.5: payments to obtain public office, in every edition from Nov. 1, 1987 (never
amended): "(a) Base Offense Level: 8"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2C1.5",
    title="Payments to Obtain Public Office",
    rules="ussg.guidelines.manual.ch2.s2c1_5.offense_level",
    table="payments_to_obtain_public_office",
    summary="payments to obtain public office",
)
