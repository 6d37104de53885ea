"""The case file's ``[offense.escape]``: the facts §2P1.1 (Escape, Instigating or Assisting
Escape) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2p1_2.facts import Position

#: By virtue of what the custody or confinement was, in the words of (a) of every edition.
Custody = Literal["conviction", "felony_arrest", "misdemeanor_arrest", "extradition",
                  "recalcitrant_witness", "other"]

#: Where the defendant escaped from: (b)(2) "non-secure custody"; (b)(3) "the non-secure
#: custody of a community corrections center, community treatment center, 'halfway house,'
#: or similar facility".
EscapedFrom = Literal["secure_custody", "non_secure_custody", "community_corrections"]


class EscapeFacts(Strict):
    """§2P1.1 (Escape, Instigating or Assisting Escape): the custody (required) and the
    findings of (b)."""

    custody: Custody = Field(
        description="§2P1.1(a): the custody or confinement was by virtue of \"conviction\" (of "
        "any offense), \"felony_arrest\" (an arrest on a charge of felony): (a)(1) 13; "
        "\"misdemeanor_arrest\", \"extradition\" (awaiting extradition), "
        "\"recalcitrant_witness\", \"other\": (a)(2) 8. Before Nov. 1, 1989 (Amendment 200) "
        "(a) named only the first five (\"other\" is refused).")
    use_or_threat_of_force: bool = Field(
        False, description="§2P1.1(b)(1): the use or the threat of force against any person "
        "was involved: +5.")
    escaped_from: EscapedFrom = Field(
        "secure_custody", description="Where the defendant escaped from: \"secure_custody\" "
        "(the default), \"non_secure_custody\" (comment. (n.1): custody with no significant "
        "physical restraint), or \"community_corrections\" (the non-secure custody of a "
        "community corrections center, community treatment center, \"halfway house,\" or "
        "similar facility: (b)(3), from Nov. 1, 1990; refused before, where it is "
        "\"non_secure_custody\").")
    returned_voluntarily_within_96_hours: bool = Field(
        False, description="§2P1.1(b)(2): returned voluntarily (comment. (n.2)) within ninety-six "
        "hours; with non-secure custody: -7 under (a)(1), -4 under (a)(2).")
    offense_while_away: bool = Field(
        False, description="The proviso of (b)(2) and (b)(3) (from Nov. 1, 1990, Amendment 341; "
        "an error before): while away from the facility the defendant committed a federal, "
        "state, or local offense punishable by a term of imprisonment of one year or more: no "
        "decrease.")
    defendant_was: list[Position] = Field(
        default_factory=list, description="§2P1.1(b)(4) ((b)(3) before Nov. 1, 1990), +2: what "
        "the defendant was at the time of the offense, every one found: "
        "\"correctional_officer\", \"correctional_employee\", \"law_enforcement_officer\", "
        "\"law_enforcement_employee\", \"department_of_justice_employee\". Before Nov. 1, 1989 "
        "(Amendment 201) only \"a correctional officer or other employee of the Department of "
        "Justice\" is reached (the others: not applied). With it, §3B1.3 is refused.")
    force_involved_official_victim: bool = Field(
        False, description="From Nov. 1, 1991 (Amendment 406; an error before): the (b)(1) "
        "adjustment applies as a result of conduct that involves an official victim (comment. "
        "(n.6); (n.5) from Nov. 1, 2025): then §3A1.2 is not applied ([adjustments.victim] "
        "official_victim refused). Must be stated (true or false) with (b)(1) and "
        "official_victim.")
