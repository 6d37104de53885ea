"""§2T1.7: failing to deposit collected taxes in trust account as required after notice (the
greater of 4 and 5 less than the Tax Table level of §2T4.1 for the amount not deposited)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.7",
    title="Failing to Deposit Collected Taxes in Trust Account as Required After Notice",
    rules="ussg.guidelines.manual.ch2.s2t1_7.offense_level",
    table="tax_trust_deposit",
    facts_key="tax_trust_deposit",
    facts="ussg.guidelines.manual.ch2.s2t1_7.facts:TaxTrustDepositFacts",
    summary="failing to deposit collected taxes in trust account (Tax Table §2T4.1)",
    notes=("the amount not deposited is taken as the court found it (funds deposited and "
           "withdrawn without being paid to the IRS count as never deposited, comment. (n.1))",),
)
