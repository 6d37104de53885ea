"""§2T1.2 as it stood Nov. 1, 1987 - Oct. 31, 1993: Willful Failure To File Return, Supply
Information, or Pay Tax (deleted by consolidation with §2T1.1, Amendment 491)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.2",
    title="Willful Failure To File Return, Supply Information, or Pay Tax (Nov. 1, 1987 - "
          "Oct. 31, 1993)",
    rules="ussg.guidelines.manual.ch2.s2t1_2.offense_level",
    table="tax_failure_to_file",
    facts_key="tax_failure_to_file",
    facts="ussg.guidelines.manual.ch2.s2t1_2.facts:TaxFailureToFileFacts",
    summary="willful failure to file, supply information or pay tax, 1987-1993",
    notes=("§2T1.2 exists only from Nov. 1, 1987 to Oct. 31, 1993 (deleted by Amendment 491)",
           "the tax loss, with its minimum for a year without a return, is taken as found"),
    checklist=("tax_failure_to_file.criminal_income", "tax_failure_to_file.sophisticated",
               "tax_failure_to_file.cross_reference"),
)
