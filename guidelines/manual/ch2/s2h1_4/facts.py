"""The case file's ``[offense.civil_rights_color_of_law]``: the facts §2H1.4 reads. Part of the public
schema (``ussg schema``)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.s2h1_1.former_facts import UnderlyingOffenseFacts


class CivilRightsColorOfLawFacts(UnderlyingOffenseFacts):
    """§2H1.4 (Interference with Civil Rights Under Color of Law), Nov. 1, 1987 - Oct. 31,
    1995: the greater of 10 and 6 plus (before Nov. 1, 1989, Amendment 166: 2 plus) the offense
    level applicable to any underlying offense; no (b); §3B1.3 never applied (comment.
    (n.2))."""
