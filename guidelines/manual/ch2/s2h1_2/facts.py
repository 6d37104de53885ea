"""The case file's ``[offense.civil_rights_conspiracy]``: the facts §2H1.2 reads. Part of the public
schema (``ussg schema``)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.s2h1_1.former_facts import PublicOfficialFacts


class CivilRightsConspiracyFacts(PublicOfficialFacts):
    """§2H1.2 (Conspiracy to Interfere with Civil Rights), Nov. 1, 1987 - Oct. 31, 1990: the
    greater of 13 and 2 plus the offense level applicable to any underlying offense; (b)(1) +4
    for a public official."""
