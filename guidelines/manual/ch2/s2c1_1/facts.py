"""The facts §2C1.1 (Offering, Giving, Soliciting, or Receiving a Bribe; Extortion Under Color
of Official Right; ...) reads: the case file's ``[offense.bribery]`` (and, under §2B3.3(c)(1),
``[offense.blackmail.extortion_under_color_of_official_right]``)."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2b3_2.facts import ExtortionFacts
from ussg.guidelines.manual.ch2.s2j1_2.facts import ObstructionFindings
from ussg.guidelines.manual.ch2.s2x3_1.facts import UnderlyingOffense

Facilitated = Literal["entry", "immigration_document", "identification_document"]


class FacilitatedOffense(Strict):
    """§2C1.1(c)(1) (from Nov. 1, 1991): the other criminal offense the offense was committed
    to facilitate; "the offense guideline applicable to a conspiracy to commit that other
    offense" is §2X1.1 in respect to it (or the guideline that expressly covers the
    conspiracy, §2X1.1(c))."""

    guideline: str = Field(description="The other offense's guideline: \"2D1.1\" (computed from "
        "this count's drug facts, [offense] drugs), another guideline ussg computes (its facts "
        "in its own table of this count), or \"other\" (give offense_level).")
    offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="guideline = \"other\": §2X1.1(a), the base offense level from the "
        "guideline for the other offense plus its adjustments for intended offense conduct "
        "established with reasonable certainty, as determined (§2X1.1(b)(2) then applies).")
    all_acts_completed: bool = Field(
        False, description="§2X1.1(b)(2): the co-conspirators completed all the acts they "
        "believed necessary for the other offense (or were about to, but for apprehension or "
        "interruption): no 3-level decrease.")

    @model_validator(mode="after")
    def _coherent(self) -> FacilitatedOffense:
        if self.guideline == "other" and self.offense_level is None:
            raise ValueError("guideline = \"other\" needs offense_level (the level of a "
                             "conspiracy to commit the other offense)")
        if self.guideline != "other" and self.offense_level is not None:
            raise ValueError(f"offense_level is only for guideline = \"other\"; §{self.guideline} "
                             f"is computed from the case's facts")
        return self

    # what §2X1.1 in respect to the other offense reads (s2x1_1.inchoate.in_respect_to)
    inchoate: ClassVar[str] = "conspiracy"
    solicitation_treated_identically: ClassVar[bool] = False


class ConcealedOffense(UnderlyingOffense):
    """§2C1.1(c)(2) (1987-1991: (c)(1)): the other criminal offense the offense was committed
    to conceal, or to obstruct justice in respect to (its guideline, or "other" with its
    level), and which guideline applies "as appropriate"."""

    apply: Literal["2X3.1", "2J1.2"] = Field(
        description="\"2X3.1\" (Accessory After the Fact: concealing the offense) or "
        "\"2J1.2\" (Obstruction of Justice: obstructing justice in respect to it), as "
        "appropriate. Before Nov. 1, 1991 (c)(1) names §2X3.1 only.")
    obstruction: ObstructionFindings | None = Field(
        None, description="apply = \"2J1.2\": §2J1.2's findings (the keys of "
        "[offense.obstruction] but obstructed_offense, which is this offense; an empty table "
        "for none).")

    @model_validator(mode="after")
    def _findings(self) -> ConcealedOffense:
        if self.obstruction is not None and self.apply != "2J1.2":
            raise ValueError("obstruction (the §2J1.2 findings) is for apply = \"2J1.2\"")
        if self.obstruction is not None and self.obstruction.obstructed_the_obstruction_count:
            raise ValueError("obstructed_the_obstruction_count is for §2J1.2 as the count's "
                             "guideline (its comment. (n.2))")
        return self


class BriberyFacts(Strict):
    """§2C1.1: the findings on the bribery or extortion under color of official right (all
    optional: the base offense level without them)."""

    public_official: bool = Field(
        False, description="§2C1.1(a)(1) (from Nov. 1, 2004): the defendant was a public "
        "official (comment. (n.1) defines it): base 14, otherwise 12. Before Nov. 1, 2004 the "
        "base offense level is 10 for every defendant and this fact is refused.")
    more_than_one_bribe: bool = Field(
        False, description="§2C1.1(b)(1) (from Nov. 1, 1989): the offense involved more than "
        "one bribe or extortion (\"or extortion\" from Nov. 1, 1991): +2.")
    payment: Money | None = Field(
        None, description="§2C1.1(b)(2): the value of the payment (before Nov. 1, 1991: of the "
        "bribe), exact dollars; with several bribes, the incidents' amounts added (comment. "
        "(n.2)).")
    benefit: Money | None = Field(
        None, description="§2C1.1(b)(2): the net value of the benefit received or to be "
        "received in return for the payment (before Nov. 1, 1989: the action received).")
    obtained_by_official: Money | None = Field(
        None, description="§2C1.1(b)(2) (from Nov. 1, 2004): the value of anything obtained or "
        "to be obtained by a public official or others acting with a public official.")
    loss_to_government: Money | None = Field(
        None, description="§2C1.1(b)(2) (from Nov. 1, 1991): the loss to the government from "
        "the offense (§2B1.1's definition of loss).")
    high_level_official: bool = Field(
        False, description="§2C1.1(b)(3) (from Nov. 1, 2004: an elected public official or any "
        "public official in a high-level decision-making or sensitive position, +4, at least "
        "level 18); before: (b)(2)(B) (1987: (b)(2)), a payment to influence such an official, "
        "+8, the greater of it and the value's levels.")
    facilitated: list[Facilitated] = Field(
        [], description="§2C1.1(b)(4) (from Nov. 1, 2004): the defendant, a public official, "
        "facilitated \"entry\" into the United States (A), the obtaining of a passport or an "
        "\"immigration_document\" (B), or of a government \"identification_document\" (C): +2 "
        "once.")
    facilitated_offense: FacilitatedOffense | None = Field(
        None, description="§2C1.1(c)(1) (from Nov. 1, 1991): the offense was committed to "
        "facilitate another criminal offense: the guideline for a conspiracy to commit it, if "
        "greater. Before Nov. 1, 1991 (c)(1) applies §2X3.1, which ussg does not compute: "
        "refused.")
    concealed_offense: ConcealedOffense | None = Field(
        None, description="§2C1.1(c)(2) (1987-1991: (c)(1)): the offense was committed to "
        "conceal, or obstruct justice in respect to, another criminal offense: §2X3.1 or "
        "§2J1.2, as appropriate (apply), in respect to that offense, if greater.")
    threat: ExtortionFacts | None = Field(
        None, description="§2C1.1(c)(3) (1987-1991: (c)(2)): the offense involved a threat of "
        "physical injury or property destruction: §2B3.2 applies if greater; give its "
        "findings here (the keys of [offense.extortion]; an empty table for none).")
