"""§2E5.2: theft or embezzlement from employee pension and welfare benefit plans (Nov. 1, 1987 - Oct. 31, 1993; from Nov. 1, 1989
"Apply §2B1.1"; a deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E5.2",
    title="Theft or Embezzlement from Employee Pension and Welfare Benefit Plans",
    rules="ussg.guidelines.manual.ch2.s2e5_2.offense_level",
    table="benefit_plan_theft_2e5_2",
    shares_facts_of=("2B1.1",),  # [offense.theft_fraud]
    summary="theft from employee benefit plans (1987-1993, through §2B1.1)",
    notes=("Nov. 1, 1989 - Oct. 31, 1993: \"Apply §2B1.1\", computed from §2B1.1's "
           "[offense.theft_fraud]; Nov. 1, 1987 - Oct. 31, 1989 (its own (a) 4 and (b)(1)-(3)) "
           "refused; deleted by consolidation with §2B1.1 (Amendment 481)",),
)
