"""§2E5.6: prohibited payments or lending of money by employer or agent to employees,
representatives, or labor organizations (Nov. 1, 1987 - Oct. 31, 1993; a deleted guideline,
read from its successor §2E5.1's facts table)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E5.6",
    title="Prohibited Payments or Lending of Money by Employer or Agent to Employees, "
          "Representatives, or Labor Organizations",
    rules="ussg.guidelines.manual.ch2.s2e5_6.offense_level",
    table="labor_payments_2e5_6",
    shares_facts_of=("2E5.1",),  # [offense.benefit_plan_bribery]
    summary="prohibited payments to labor organizations (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a) 10 a bribe, 6 a gratuity; (b)(1) the greater value "
           "through §2F1.1's loss table of the same date (§2E5.1's [offense.benefit_plan_bribery]; "
           "fiduciary_of refused); (c) (fines for organizations, from 1991) is not applied; "
           "deleted by consolidation with §2E5.1 (Amendment 481)",),
    checklist=("labor_payments_2e5_6.value",),
)
