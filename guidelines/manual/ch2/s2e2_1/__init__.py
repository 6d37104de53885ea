"""§2E2.1: making or financing an extortionate extension of credit; collecting an extension of
credit by extortionate means (Nov. 1, 1987 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E2.1",
    title="Making or Financing an Extortionate Extension of Credit; Collecting an Extension "
          "of Credit by Extortionate Means",
    rules="ussg.guidelines.manual.ch2.s2e2_1.offense_level",
    table="extortionate_credit",
    facts_key="extortionate_credit",
    facts="ussg.guidelines.manual.ch2.s2e2_1.facts:ExtortionateCreditFacts",
    summary="extortionate extension of credit (loan-sharking)",
    notes=("Nov. 1, 1987 on (refused Nov. 1, 2024 - Oct. 31, 2025: Amendment 831's words not "
           "read): (a) 20; (b)(1) weapon, (b)(2) bodily injury (the degrees between two "
           "from Nov. 1, 1989), together at most 9 levels; (b)(3) abduction or restraint; "
           "(c)(1) a victim murdered, §2A1.1 (from Nov. 1, 1993)",),
    checklist=("extortionate_credit.weapon", "extortionate_credit.bodily_injury",
               "extortionate_credit.abduction_or_restraint",
               "extortionate_credit.murder_cross_reference"),
)
