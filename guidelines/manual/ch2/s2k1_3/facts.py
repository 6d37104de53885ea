"""The case file's ``[offense.explosives]``: the facts §2K1.3 reads, as the court found them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.quantity import QuantityError, parse_quantity
from ussg.guidelines.manual.ch2.s2k2_1.facts import OtherOffense


class SubstantiveOffense(Strict):
    """§2K1.3(b)(5) of Nov. 1, 1987 - Oct. 31, 1991: the substantive offense a recordkeeping
    offense reflected an effort to conceal."""

    guideline: str = Field(description="The substantive offense's guideline: one ussg computes "
        "from its facts table in this count's [offense] (e.g. \"2K1.6\", [offense.explosives_2k1_6]), "
        "or \"other\" (give offense_level).")
    offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="guideline = \"other\": the offense level under the guideline for "
        "the substantive offense, as the court determined it (ussg does not compute it).")

    @model_validator(mode="after")
    def _coherent(self) -> SubstantiveOffense:
        if self.guideline == "other" and self.offense_level is None:
            raise ValueError("guideline = \"other\" needs offense_level (the level under the "
                             "guideline for the substantive offense)")
        if self.guideline != "other" and self.offense_level is not None:
            raise ValueError(f"offense_level is only for guideline = \"other\"; §{self.guideline} "
                             "is computed from the case's facts")
        if self.guideline == "2K1.3":
            raise ValueError("the substantive offense's guideline cannot be §2K1.3 itself")
        return self


class ExplosiveFacts(Strict):
    """§2K1.3 (Unlawful Receipt, Possession, or Transportation of Explosive Materials;
    Prohibited Transactions Involving Explosive Materials)."""

    convicted_under: list[Literal["842(h)", "842(p)(2)", "other"]] = Field(
        default_factory=list, description="Statutes of conviction §2K1.3 names, as sections "
        "of 18 U.S.C.: \"842(p)(2)\" ((a)(3), (b)(3)(A), (c)(1)(A)), \"842(h)\" (stolen "
        "explosive materials, comment. (n.7)), \"other\".")
    qualifying_prior_felony_convictions: Annotated[int, Field(ge=0, le=99)] | None = Field(
        None, description="(a)(1)-(2), with a criminal history stated as a category or points: "
        "prior felony convictions of a crime of violence or controlled substance offense "
        "counted as comment. (n.9) says. With [[criminal_history.priors]] they are counted "
        "from the record instead.")
    prohibited_person: bool = Field(
        False, description="(a)(4)(A): a prohibited person (18 U.S.C. § 842(i)) when the "
        "offense was committed.")
    distributed_to_prohibited_person: bool = Field(
        False, description="(a)(4)(B): knowingly distributed explosive materials to a "
        "prohibited person.")
    explosive_weight: str | None = Field(
        None, description="(b)(1): the weight of the explosive materials (comment. (n.5), "
        "(n.6)), exactly, with its unit: \"120 lb\", \"40 kg\".")
    stolen: bool = Field(
        False, description="(b)(2): any explosive material the defendant knew or had reason "
        "to believe was stolen.")
    in_connection_with_another_felony: bool = Field(
        False, description="(b)(3)(B): used or possessed explosive material in connection "
        "with another felony offense (or transferred it believing it would be).")
    other_offense: OtherOffense | None = Field(
        None, description="(c)(1): the other offense ([offense.explosives.other_offense], the "
        "keys of §2K2.1's); with an 18 U.S.C. § 842(p)(2) conviction, the underlying federal "
        "crime of violence (comment. (n.11)).")

    # -- Nov. 1, 1987 - Oct. 31, 1991 (the guideline Amendment 373 deleted): an error after --
    false_statement: bool = Field(
        False, description="1987-1991 (b)(1): the defendant's conduct involved any written or "
        "oral false or fictitious statement, false record, or misrepresented identification.")
    distributed_to_barred_person: bool = Field(
        False, description="1987-1991 (b)(3): knowingly distributed explosives to a person under "
        "twenty-one, to a person prohibited by state law or ordinance from receiving them at the "
        "place of distribution, or to one the defendant had reason to believe intended to "
        "transport them into a state in violation of its law.")
    concealed_substantive_offense: SubstantiveOffense | None = Field(
        None, description="1987-1991 (b)(5): a recordkeeping offense reflected an effort to "
        "conceal a substantive offense (1987: \"firearm offense\"; 1989: \"offense involving "
        "explosives\"): the guideline for it.")

    @field_validator("explosive_weight")
    @classmethod
    def _weight(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            quantity = parse_quantity(value)
        except QuantityError as error:
            raise ValueError(str(error)) from None
        if quantity.dimension != "mass":
            raise ValueError(f"{value!r} is not a weight: give it in lb, kg or g")
        return value
