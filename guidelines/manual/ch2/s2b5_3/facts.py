"""The facts §2B5.3 (Criminal Infringement of Copyright or Trademark) reads: the case file's
``[offense.copyright_trademark]``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money

RetailValueOf = Literal["infringing_items", "infringed_items"]
Risk = Literal["serious_bodily_injury", "death"]


class CopyrightTrademarkFacts(Strict):
    """§2B5.3: the amount and which retail value it is (required), the findings (optional)."""

    infringement_amount: Money = Field(
        description="(b)(1), in dollars (\"$48,000\"): until Apr. 30, 2000 the retail value "
        "of the infringing items; from May 1, 2000 the infringement amount as comment. (n.2) "
        "determines it. Until Oct. 31, 2001 over $2,000 the levels of §2F1.1's loss table; "
        "from Nov. 1, 2001 1 level over $2,000 up to $5,000 and §2B1.1's table above it (from "
        "Nov. 1, 2015 $2,500 and $6,500); each table as in force on the same date.")
    retail_value_of: RetailValueOf = Field(
        description="Which retail value the amount is, multiplied by the number of infringing "
        "items: \"infringing_items\" or \"infringed_items\" (comment. (n.2(A)), from May 1, "
        "2000; before, the guideline read the retail value of the infringing items only and "
        "\"infringed_items\" is refused).")
    pre_release_work: bool = Field(
        False, description="(b)(2), +2: the display, performance, publication, reproduction, "
        "or distribution of a work being prepared for commercial distribution (from Oct. 24, "
        "2005, Amendment 675; refused before).")
    manufacture_importation_or_uploading: bool = Field(
        False, description="(b)(2) from May 1, 2000 (Amendment 590), (b)(3) from Oct. 24, "
        "2005: the manufacture, importation, or uploading of infringing items, +2 and at least "
        "level 12 (refused before May 1, 2000).")
    circumvention_devices_trafficking_conviction: bool = Field(
        False, description="(b)(3)(B) from Nov. 1, 2007 (Amendment 704): convicted under 17 "
        "U.S.C. §§ 1201 and 1204 for trafficking in circumvention devices, +2 and at least "
        "level 12 (once with the manufacture; refused before).")
    not_for_commercial_advantage_or_private_financial_gain: bool = Field(
        False, description="(b)(3) from May 1, 2000, (b)(4) from Oct. 24, 2005: the offense "
        "was not committed for commercial advantage or private financial gain, -2 but not "
        "less than level 8 (refused before May 1, 2000).")
    counterfeit_drug: bool = Field(
        False, description="(b)(5) from Nov. 1, 2013 (Amendment 773): a counterfeit drug "
        "(from Nov. 1, 2018, Amendment 812: a drug that uses a counterfeit mark on or in "
        "connection with the drug), +2 (refused before).")
    conscious_or_reckless_risk_of: Risk | None = Field(
        None, description="(b)(4) from May 1, 2000, (b)(5) from 2005, (b)(6) from 2013: the "
        "conscious or reckless risk of \"serious_bodily_injury\" or (from Nov. 1, 2009, "
        "Amendment 735) \"death\": +2 and at least level 13 (14 from Nov. 1, 2009), once with "
        "the weapon (refused before May 1, 2000).")
    dangerous_weapon_possessed: bool = Field(
        False, description="The same paragraph (B): possession of a dangerous weapon "
        "(including a firearm) in connection with the offense (refused before May 1, 2000).")
    counterfeit_military_good_or_service: bool = Field(
        False, description="(b)(7) from Nov. 1, 2013 (Amendment 773): a counterfeit military "
        "good or service the use, malfunction, or failure of which is likely to cause the "
        "disclosure of classified information, impairment of combat operations, or other "
        "significant harm to a combat operation, a member of the Armed Forces, or national "
        "security: +2 and at least level 14 (refused before).")
