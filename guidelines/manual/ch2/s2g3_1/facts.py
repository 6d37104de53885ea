"""The case file's ``[offense.obscene_matter]``: the facts §2G3.1 (Importing, Mailing, or
Transporting Obscene Matter; Transferring Obscene Matter to a Minor; Misleading Domain Names)
reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2g2_2.facts import ChildPornographyFacts
from ussg.guidelines.manual.ch2.s2g2_4.facts import ChildPornographyPossessionFacts


class ObsceneMatterFacts(Strict):
    """§2G3.1, from Nov. 1, 2000: the court's findings (all optional: level 10 without
    them)."""

    distribution: Literal["pecuniary_gain", "valuable_consideration", "to_minor",
                          "to_minor_for_illegal_activity",
                          "to_minor_for_prohibited_sexual_conduct",
                          "other_distribution"] | None = Field(
        None, description="(b)(1), \"Apply the Greatest\": the clause that applies: "
        "\"pecuniary_gain\" (A), \"valuable_consideration\" (B, +5; before Nov. 1, 2016 "
        "\"for the receipt, or expectation of receipt, of a thing of value\"), \"to_minor\" "
        "(C, +5), \"to_minor_for_illegal_activity\" (D, +6, from Nov. 1, 2004), "
        "\"to_minor_for_prohibited_sexual_conduct\" (+7; (D) before Nov. 1, 2004, (E) after), "
        "\"other_distribution\" (+2).")
    retail_value: Money | None = Field(
        None, description="With distribution \"pecuniary_gain\": the retail value of the "
        "material, in dollars, read on the loss table the edition names (§2F1.1's until Oct. "
        "31, 2001, §2B1.1's after), but not less than 5 levels. Give it or "
        "pecuniary_gain_levels.")
    pecuniary_gain_levels: Annotated[int, Field(ge=5, le=30)] | None = Field(
        None, description="With distribution \"pecuniary_gain\", instead of retail_value: the "
        "levels from that table for the retail value of the material, as the court found "
        "them; at least 5.")
    deceiving_minor: list[Literal["misleading_domain_name", "embedded_words_or_images"]] = \
        Field(default_factory=list, description="(b)(2), +2 once (from Nov. 1, 2004, refused "
              "before): with the intent to deceive a minor into viewing material harmful to "
              "minors, the use of a \"misleading_domain_name\" on the Internet, or (from Nov. "
              "1, 2007) \"embedded_words_or_images\" in the source code of a website.")
    computer: bool = Field(
        False, description="(b)(3), +2 (from Nov. 1, 2004, refused before): the offense "
        "involved the use of a computer or an interactive computer service.")
    portrays: list[Literal["sadistic_masochistic_or_violence"]] = Field(
        default_factory=list, description="(b)(4) ((b)(2) before Nov. 1, 2004), +4: the "
        "material portrays sadistic or masochistic conduct or other depictions of violence.")
    child_pornography: ChildPornographyFacts | None = Field(
        None, description="(c)(1): the offense involved transporting, distributing, receiving, "
        "possessing, or advertising to receive material involving the sexual exploitation of a "
        "minor: the §2G2.2 findings (the keys of [offense.child_pornography]), computed through "
        "the registry under the same Manual; §2G2.2 applies (its level replaces this one).")
    child_pornography_possession: ChildPornographyPossessionFacts | None = Field(
        None, description="(c)(1), Nov. 1, 2000 - Oct. 31, 2004 (\"or §2G2.4 ..., as "
        "appropriate\"): the §2G2.4 findings (the keys of [offense.child_pornography_possession]) "
        "instead of child_pornography; refused where §2G2.4 is not in the Manual.")
