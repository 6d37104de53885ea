"""The facts §2G2.2 reads: the case file's ``[offense.child_pornography]``."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2g2_1.facts import Portrayal, ProductionFacts

#: The provisions of 18 U.S.C. that §2G2.2's Statutory Provisions name (§§ 1466A, 2252,
#: 2252A(a)-(b), 2260(b)), as the case file writes them.
Provision = Literal["1466A(a)", "1466A(b)", "2252(a)(1)", "2252(a)(2)", "2252(a)(3)",
                    "2252(a)(4)", "2252A(a)(1)", "2252A(a)(2)", "2252A(a)(3)", "2252A(a)(4)",
                    "2252A(a)(5)", "2252A(a)(6)", "2252A(a)(7)", "2252A(b)", "2260(b)"]

Distribution = Literal["pecuniary_gain", "valuable_consideration", "to_minor",
                       "to_minor_for_illegal_activity", "to_minor_for_prohibited_sexual_conduct",
                       "other_distribution"]


class ChildPornographyFacts(Strict):
    """§2G2.2: the statute of conviction and the court's findings."""

    convicted_under: Provision = Field(
        description="The provision of 18 U.S.C. of conviction (§2G2.2(a)): level 18 for those "
        "(a)(1) names in the edition (\"1466A(b)\", \"2252(a)(4)\", \"2252A(a)(5)\", and from "
        "Nov. 1, 2009 \"2252A(a)(7)\"), 22 otherwise. Before Nov. 1, 2004 (Amendment 664) the "
        "level is 17 and a conviction of possession (\"1466A(b)\", \"2252(a)(4)\", "
        "\"2252A(a)(5)\") is refused: §2G2.4 covered it (guideline = \"2G2.4\", "
        "[offense.child_pornography_possession]).")
    receipt_only_no_intent_to_distribute: bool = Field(
        False, description="§2G2.2(b)(1), -2 where (a)(2) applies: the defendant's conduct was "
        "limited to the receipt or solicitation of the material and the defendant did not "
        "intend to traffic in, or distribute, it (from Nov. 1, 2004, Amendment 664; refused "
        "before).")
    prepubescent_minor: bool = Field(
        False, description="§2G2.2(b)(2), +2: a prepubescent minor or a minor under 12.")
    distribution: Distribution | None = Field(
        None, description="§2G2.2(b)(3), the greatest that applies: \"pecuniary_gain\" (A), "
        "\"valuable_consideration\" (B), \"to_minor\" (C), \"to_minor_for_illegal_activity\" "
        "(D), \"to_minor_for_prohibited_sexual_conduct\" (E), \"other_distribution\" (F). "
        "Before Nov. 1, 2000 one increase, (b)(2), \"pecuniary_gain\" only.")
    retail_value: Money | None = Field(
        None, description="With distribution \"pecuniary_gain\" (§2G2.2(b)(3)(A)): the retail "
        "value of the material, in dollars: \"increase by the number of levels from the table "
        "in §2B1.1 ... corresponding to the retail value of the material, but by not less than "
        "5 levels\" (the §2B1.1(b)(1) table of the same Manual). Give it or "
        "pecuniary_gain_levels.")
    pecuniary_gain_levels: Annotated[int, Field(ge=5, le=30)] | None = Field(
        None, description="With distribution \"pecuniary_gain\", instead of retail_value: the "
        "levels from the §2B1.1 table for the retail value of the material, as the court "
        "found them; at least 5.")
    portrays: list[Portrayal] = Field(
        default_factory=list, description="§2G2.2(b)(4), +4 once: the material portrays "
        "\"sadistic_masochistic_or_violence\" (A) or the sexual abuse or exploitation of an "
        "\"infant_or_toddler\" ((B), from Nov. 1, 2016, Amendment 801); from Nov. 1, 1990 "
        "(Amendment 325), refused before.")
    pattern_of_activity: bool = Field(
        False, description="§2G2.2(b)(5), +5: a pattern of activity involving the sexual "
        "abuse or exploitation of a minor (from Nov. 27, 1991, Amendment 435; refused before).")
    computer: Literal["possession_transmission_receipt_or_distribution",
                      "accessing_with_intent_to_view", "transmission_or_notice",
                      "transmission_receipt_distribution_or_notice"] | None = Field(
        None, description="§2G2.2(b)(6), +2: a computer or an interactive computer service "
        "was used for the possession, transmission, receipt, or distribution of the material, "
        "or (from Nov. 1, 2009, Amendment 733) for \"accessing_with_intent_to_view\" it. "
        "Before Nov. 1, 2004 ((b)(5)): \"transmission_or_notice\", a computer used for the "
        "transmission of the material or a notice or advertisement of it, and from Nov. 1, "
        "2003 (Amendment 661) \"transmission_receipt_distribution_or_notice\", for its "
        "transmission, receipt, or distribution or a notice or advertisement; each refused in "
        "an edition whose words do not cover it; none before Nov. 1, 1996 (Amendment 537).")
    images: Annotated[int, Field(ge=0, le=100_000_000)] = Field(
        0, description="§2G2.2(b)(7): the number of still images (each photograph, picture, "
        "computer or computer-generated image, or similar visual depiction is one image); from "
        "Apr. 30, 2003 ((b)(6) until Oct. 31, 2004; ten or more refused before).")
    videos: Annotated[int, Field(ge=0, le=1_000_000)] = Field(
        0, description="§2G2.2(b)(7): the number of videos, video-clips, movies or similar "
        "visual depictions; each counts as 75 images (comment. (n.6(B)(ii)), 2025); refused "
        "before Nov. 1, 2004 (no rule for videos before Amendment 664).")
    production_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2G2.2(c)(1): the offense involved causing a minor to engage in "
        "sexually explicit conduct to produce a visual depiction: the §2G2.1 offense level "
        "as the court found it; applied if greater. Or give the §2G2.1 findings instead "
        "(production).")
    production: ProductionFacts | None = Field(
        None, description="§2G2.2(c)(1): the §2G2.1 findings (its keys as in "
        "[offense.production], from Nov. 1, 2009); §2G2.1 is computed through the registry and "
        "applied if the resulting offense level is greater.")
