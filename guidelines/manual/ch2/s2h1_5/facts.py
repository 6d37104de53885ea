"""The case file's ``[offense.civil_rights_other]``: the facts §2H1.5 reads. Part of the public
schema (``ussg schema``)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.s2h1_1.former_facts import PublicOfficialFacts


class CivilRightsOtherFacts(PublicOfficialFacts):
    """§2H1.5 (Other Deprivations of Rights or Benefits in Furtherance of Discrimination), Nov.
    1, 1987 - Oct. 31, 1995: the greater of 6 and 2 plus the offense level applicable to any
    underlying offense; (b)(1) +4 for a public official."""
