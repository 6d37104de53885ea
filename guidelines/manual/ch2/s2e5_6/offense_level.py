"""§2E5.6 (Prohibited Payments or Lending of Money by Employer or Agent to Employees,
Representatives, or Labor Organizations), Nov. 1, 1987 - Oct. 31, 1993, in the Chapter Two
registry (tables/labor_payments_2e5_6.toml). Amendment 481 quoted it whole as it deleted it:
"(a) Base Offense Level: (1) 10, if a bribe; or (2) 6, if a gratuity. (b) Specific Offense
Characteristic (1) Increase by the number of levels from the table in §2F1.1 (Fraud and
Deceit) corresponding to the value of the prohibited payment or the value of the improper
benefit to the payer, whichever is greater." (c) (fines for organizations) is not applied.

Its facts are its successor's, §2E5.1's ``[offense.benefit_plan_bribery]`` (``given.facts``);
``fiduciary_of`` (§2E5.1(b)(1)) is refused: §2E5.6 has no such characteristic.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2e5_1.facts import BenefitPlanBriberyFacts
from ussg.guidelines.manual.ch2.s2e5_1.offense_level import apply_greater_value

CH = "chapter_two"
TABLE = "labor_payments_2e5_6"
SECTION = "§2E5.6"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): (1) 10 if a bribe, (2) 6 if a gratuity; a fiduciary stated is refused first."""
    facts: BenefitPlanBriberyFacts = given.facts
    version = sheet.manual.table(TABLE)
    if facts.fiduciary_of is not None:
        raise CaseError(f"{given.facts_field}.fiduciary_of",
                        f"{SECTION} has no characteristic for a fiduciary (Amendment 481 "
                        f"quotes it: (a) and (b)(1) only); the fiduciary of §2E5.1(b)(1) is "
                        f"§2E5.1's, for a bribe or gratuity affecting a benefit plan: leave "
                        f"fiduciary_of out or use guideline = \"2E5.1\"")
    paragraph = "(a)(1)" if facts.payment == "bribe" else "(a)(2)"
    sheet.set_level(CH, f"{SECTION}{paragraph}", "Base offense level", facts.payment,
                    version[facts.payment], f"“{version['text_a']}”",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): the greater value through §2F1.1's table (no step where neither is stated)."""
    apply_greater_value(sheet, given, sheet.manual.table(TABLE), SECTION)
