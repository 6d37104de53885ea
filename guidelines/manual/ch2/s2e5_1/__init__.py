"""§2E5.1: a bribe or gratuity affecting the operation of an employee welfare or pension
benefit plan; prohibited payments or lending of money to employees, representatives, or labor
organizations (Nov. 1, 1987 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E5.1",
    title="Offering, Accepting, or Soliciting a Bribe or Gratuity Affecting the Operation of "
          "an Employee Welfare or Pension Benefit Plan; Prohibited Payments or Lending of "
          "Money by Employer or Agent to Employees, Representatives, or Labor Organizations",
    rules="ussg.guidelines.manual.ch2.s2e5_1.offense_level",
    table="benefit_plan_bribery",
    facts_key="benefit_plan_bribery",
    facts="ussg.guidelines.manual.ch2.s2e5_1.facts:BenefitPlanBriberyFacts",
    summary="bribery affecting an employee benefit plan or labor organization",
    notes=("Nov. 1, 1987 on: (a) 10 a bribe, 6 a gratuity; (b)(1) a fiduciary +2; (b)(2) the "
           "greater value through the §2F1.1 or §2B1.1 loss table of the same date; comment. "
           "(n.5). (c) (fines for organizations, from 1991) is not applied",),
    checklist=("benefit_plan_bribery.fiduciary", "benefit_plan_bribery.value"),
)
