"""§2T1.1: tax evasion (from Nov. 1, 1993, Amendment 491, also willful failure to file, supply
information or pay tax, and fraudulent or false returns), with the Tax Table of §2T4.1."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.1",
    title="Tax Evasion; Willful Failure to File Return, Supply Information, or Pay Tax; "
          "Fraudulent or False Returns, Statements, or Other Documents",
    rules="ussg.guidelines.manual.ch2.s2t1_1.offense_level",
    table="tax_evasion",
    facts_key="tax_evasion",
    facts="ussg.guidelines.manual.ch2.s2t1_1.facts:TaxEvasionFacts",
    summary="tax evasion, failure to file, false returns (Tax Table §2T4.1)",
    notes=("the tax loss is taken as the court found it (from Nov. 1, 1993 §2T1.1(c) and its "
           "presumptions); before Nov. 1, 1993 the §2T1.3 tax loss of (a)(B) is computed from "
           "the understatement",),
    checklist=("tax_evasion.criminal_income", "tax_evasion.sophisticated"),
)
