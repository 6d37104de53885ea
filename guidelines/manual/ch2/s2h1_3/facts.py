"""The case file's ``[offense.civil_rights_force]``: the facts §2H1.3 reads. Part of the public
schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.manual.ch2.s2h1_1.former_facts import PublicOfficialFacts


class CivilRightsForceFacts(PublicOfficialFacts):
    """§2H1.3 (Use of Force or Threat of Force to Deny Benefits or Rights in Furtherance of
    Discrimination; from Nov. 1, 1989 also Damage to Religious Real Property), Nov. 1, 1987 -
    Oct. 31, 1995: the greatest of 10 if no injury occurred, 15 if injury occurred, and 2 plus
    the offense level applicable to any underlying offense; (b)(1) +4 for a public official."""

    injury: bool = Field(
        False, description="§2H1.3(a)(2), 15: injury occurred (comment. (n.2): \"bodily "
        "injury,\" \"serious bodily injury,\" or \"permanent or life-threatening bodily "
        "injury\" as §1B1.1 defines them); otherwise (a)(1), 10.")
