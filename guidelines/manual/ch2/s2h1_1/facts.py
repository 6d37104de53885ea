"""The case file's ``[offense.individual_rights]``: the facts §2H1.1 reads (from Nov. 1, 1995
Offenses Involving Individual Rights; before, Going in Disguise to Deprive of Rights, from
Nov. 1, 1990 also Conspiracy to Interfere with Civil Rights). Part of the public schema
(``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.manual.ch2.s2h1_1.former_facts import PublicOfficialFacts

_FROM_1995 = " (from Nov. 1, 1995, Amendment 521; refused before)"


class IndividualRightsFacts(PublicOfficialFacts):
    """§2H1.1: the findings that choose among (a)'s alternative base offense levels, and
    (b)(1). All optional: none of them is (a)(4), 6 (before Nov. 1, 1995, (a)(1), 15)."""

    two_or_more_participants: bool = Field(
        False, description="§2H1.1(a)(2), 12: the offense involved two or more participants "
        "(\"participant\" as in the Commentary to §3B1.1)" + _FROM_1995 + ".")
    force_or_threat_against_person: bool = Field(
        False, description="§2H1.1(a)(3)(A), 10: the offense involved the use or threat of "
        "force against a person (comment. (n.3): the burning or defacement of a religious "
        "symbol with an intent to intimidate is deemed a threat of force against a person)"
        + _FROM_1995 + ".")
    property_damage_or_threat: bool = Field(
        False, description="§2H1.1(a)(3)(B), 10: the offense involved property damage or the "
        "threat of property damage" + _FROM_1995 + ".")
    under_color_of_law: bool = Field(
        False, description="§2H1.1(b)(1)(B), +6: the offense was committed under color of "
        "law" + _FROM_1995 + ". With (b)(1), §3B1.3 (comment. (n.5)) and §3A1.1(a) (comment. "
        "(n.4)) stated are refused.")
