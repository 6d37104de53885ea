"""The case file's ``[offense.firearms]``: the facts §2K2.1 reads, as the court found them.

Facts only; the edition applied decides what they mean for the level. A fact one edition's
§2K2.1 does not have (the 2023 trafficking tiers under the 2016 Manual, the 2016 "engaged in
the trafficking of firearms" under the 2025 Manual) is refused under that edition
(guidelines/manual/ch2/s2k2_1/offense_level.py). Part of the public schema (``ussg schema``).
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2k2_1.other_offense import OtherOffense
from ussg.guidelines.manual.ch2.s2k2_2.statutes import STATUTES as TRAFFICKING_STATUTES

#: Statutes §2K2.1 names, as the case file gives them: sections of title 18 (and 26 U.S.C.
#: § 5861(g)/(h)), written as the Manual cites them after "18 U.S.C. §".
STATUTES = (
    "922(a)(6)", "922(c)", "922(d)", "922(e)", "922(f)", "922(g)", "922(i)", "922(j)",
    "922(k)", "922(m)", "922(n)", "922(s)", "922(t)", "922(u)", "922(x)(1)", "924(a)(1)(A)",
    "924(j)", "924(k)", "924(l)", "924(m)", "932", "933(a)(1)", "933(a)(2)", "933(a)(3)", "1715",
    "922(h)", "922(o)", "26 U.S.C. § 5861",  # named by the §2K2.1 of Nov. 1, 1989 - Oct. 31, 1991
    "26 U.S.C. § 5861(g)", "26 U.S.C. § 5861(h)", "other",
)
Statute = Literal[STATUTES]  # type: ignore[valid-type]


class DestructiveDevice(str, Enum):
    none = "none"
    portable_rocket_or_missile = "portable_rocket_or_missile"
    other = "other"


class Distribution(Strict):
    """§2K2.1(c)(1) of Nov. 1, 1989 - Oct. 31, 1991: the distribution of a firearm or
    possession with intent to distribute, as §2K2.2 (b)(1)-(3) reads it."""

    convicted_under: list[Literal[TRAFFICKING_STATUTES]] = Field(  # type: ignore[valid-type]
        default_factory=list, description="§2K2.2(a)(1), (b)(3): the statutes of conviction: "
        "\"922(b)(1)\", \"922(b)(2)\", \"922(d)\", \"922(o)\" (18 U.S.C.), \"26 U.S.C. § 5861\", "
        "\"other\".")
    number_of_firearms: Annotated[int, Field(ge=0, le=1_000_000)] = Field(
        0, description="§2K2.2(b)(1): the firearms unlawfully distributed, or to be distributed.")
    stolen: bool = Field(False, description="§2K2.2(b)(2): any of the firearms was stolen.")
    altered_or_obliterated_serial_number: bool = Field(
        False, description="§2K2.2(b)(2): any of the firearms had an altered or obliterated "
        "serial number.")

    @model_validator(mode="after")
    def _coherent(self) -> Distribution:
        if len(set(self.convicted_under)) != len(self.convicted_under):
            raise ValueError("convicted_under names a statute twice")
        return self


class FirearmFacts(Strict):
    """§2K2.1 (Unlawful Receipt, Possession, or Transportation of Firearms or Ammunition;
    Prohibited Transactions Involving Firearms or Ammunition)."""

    convicted_under: list[Statute] = Field(
        default_factory=list,
        description="The statutes of conviction §2K2.1(a) and its notes name, as sections of "
        "18 U.S.C.: " + ", ".join(f"\"{s}\"" for s in STATUTES[:-4]) + "; or \"26 U.S.C. § "
        "5861(g)\", \"26 U.S.C. § 5861(h)\", \"26 U.S.C. § 5861\" (another subsection: the "
        "1989-1991 (a)(1)); \"other\" for any other. \"924(j)\", \"924(k)\" only Nov. 1, "
        "1995 - Oct. 31, 1998 and \"924(l)\", \"924(m)\" only from Nov. 1, 1998, as the note on "
        "(b)(4) of the edition applied numbers the stolen-firearm offenses (Amendments 522, "
        "578); elsewhere an error naming the field.")
    semiautomatic_large_capacity: bool = Field(
        False, description="§2K2.1(a)(1), (3), (4)(B) (from Nov. 1, 2006): the offense involved "
        "a semiautomatic firearm capable of accepting a large capacity magazine (comment. "
        "(n.2): a magazine of more than 15 rounds attached or in close proximity).")
    semiautomatic_assault_weapon: bool = Field(
        False, description="§2K2.1(a)(1), (3), (4)(B), (5) (before Nov. 1, 2006, Amendment "
        "691): the offense involved a firearm described in 18 U.S.C. § 921(a)(30) (a "
        "semiautomatic assault weapon; not one exempted by 18 U.S.C. § 922(v)(3)).")
    nfa_firearm: bool = Field(
        False, description="§2K2.1(a)(1), (3), (4)(B), (5): the offense involved a firearm "
        "described in 26 U.S.C. § 5845(a) (machinegun, short-barreled rifle or shotgun, silencer, "
        "destructive device, ...).")
    prohibited_person: bool = Field(
        False, description="§2K2.1(a)(4)(B), (a)(6): the defendant was a prohibited person (18 "
        "U.S.C. § 922(g) or (n)) when the offense was committed.")
    knew_transfer_to_prohibited_person: bool = Field(
        False, description="§2K2.1(a)(4)(B)(ii)(III), (a)(6)(C) (from Nov. 1, 2011): convicted "
        "under 18 U.S.C. § 922(a)(6) or § 924(a)(1)(A), and committed the offense with knowledge, "
        "intent, or reason to believe that it would result in the transfer of a firearm or "
        "ammunition to a prohibited person.")
    qualifying_prior_felony_convictions: Annotated[int, Field(ge=0, le=99)] | None = Field(
        None, description="§2K2.1(a)(1)-(4)(A), with a criminal history stated as a category or "
        "points: prior felony convictions of a crime of violence or controlled substance offense "
        "sustained before the offense, counted as comment. (n.10) says. With "
        "[[criminal_history.priors]] they are counted from the record instead.")
    number_of_firearms: Annotated[int, Field(ge=0, le=1_000_000)] = Field(
        0, description="§2K2.1(b)(1): firearms unlawfully sought to be obtained, possessed or "
        "distributed (comment. (n.5)).")
    lawful_sporting_or_collection: bool = Field(
        False, description="§2K2.1(b)(2): all ammunition and firearms possessed solely for lawful "
        "sporting purposes or collection, none unlawfully discharged or used.")
    destructive_device: DestructiveDevice = Field(
        DestructiveDevice.none, strict=False,
        description="§2K2.1(b)(3): \"portable_rocket_or_missile\" (a portable rocket, a missile, "
        "or a device for launching one), \"other\" destructive device, or \"none\".")
    stolen: bool = Field(False, description="§2K2.1(b)(4)(A): any firearm was stolen.")
    altered_or_obliterated_serial_number: bool = Field(
        False, description="§2K2.1(b)(4)(B) before Nov. 1, 2024: any firearm had an altered or "
        "obliterated serial number.")
    serial_number_illegible: bool = Field(
        False, description="§2K2.1(b)(4)(B)(i) from Nov. 1, 2024: any firearm had a serial number "
        "modified such that the original information is rendered illegible or unrecognizable to "
        "the unaided eye.")
    knew_not_marked_with_serial_number: bool = Field(
        False, description="§2K2.1(b)(4)(B)(ii) from Nov. 1, 2023: the defendant knew (or was "
        "willfully blind) that a firearm involved was not marked with a serial number (one made "
        "after the Gun Control Act of 1968).")
    machinegun_conversion_devices_possessed: Annotated[int, Field(ge=0, le=1_000_000)] = Field(
        0, description="§2K2.1(b)(5) from Nov. 1, 2025: machinegun conversion devices possessed.")
    transferred_machinegun_conversion_device: bool = Field(
        False, description="§2K2.1(b)(5)(A)(ii) from Nov. 1, 2025: transferred or sold any "
        "machinegun conversion device (or attempted or conspired to).")
    trafficking: bool = Field(
        False, description="§2K2.1(b)(5) before Nov. 1, 2023: the defendant engaged in the "
        "trafficking of firearms (comment. (n.13)).")
    transferred_to_prohibited_or_unlawful_user: bool = Field(
        False, description="§2K2.1(b)(5)(B) from Nov. 1, 2023 ((b)(6)(B) from 2025): transported, "
        "transferred, sold or otherwise disposed of (or received with intent to) a firearm or "
        "ammunition knowing or having reason to believe it would be received by a prohibited "
        "person or one intending to use or dispose of it unlawfully (or attempted, conspired, or "
        "received it by inducing that conduct).")
    transferred_two_or_more_to_listed_individual: bool = Field(
        False, description="§2K2.1(b)(5)(C) from Nov. 1, 2023 ((b)(6)(C) from 2025): the same for "
        "two or more firearms, to an individual with a prior conviction for a crime of violence, "
        "controlled substance offense or misdemeanor crime of domestic violence, under a criminal "
        "justice sentence, or intending to use or dispose of them unlawfully.")
    leaving_united_states: bool = Field(
        False, description="§2K2.1(b)(6)(A) (from Nov. 1, 2011; (b)(7)(A) from 2025): possessed a "
        "firearm or ammunition while leaving the United States, or possessed or transferred one "
        "believing it would be transported out of the United States.")
    in_connection_with_another_felony: bool = Field(
        False, description="§2K2.1(b)(6)(B) ((b)(7)(B) from 2025): used or possessed a firearm or "
        "ammunition in connection with another felony offense (or transferred one believing it "
        "would be so used).")
    recordkeeping_concealed_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2K2.1(b)(7) ((b)(8) from 2025): a recordkeeping offense reflected an "
        "effort to conceal a substantive firearms offense: that offense's level.")
    criminal_group: bool = Field(
        False, description="§2K2.1(b)(8) from Nov. 1, 2023 ((b)(9) from 2025): the offense was "
        "committed in connection with the defendant's participation in a group of five or more "
        "persons knowing one of its primary purposes was the commission of criminal offenses.")
    motivated_by_relationship_or_threats: bool = Field(
        False, description="§2K2.1(b)(9)(C)(i) from Nov. 1, 2023 ((b)(10) from 2025): motivated "
        "by an intimate or familial relationship or by threats or fear to commit the offense, and "
        "otherwise unlikely to commit it.")
    unusually_vulnerable: bool = Field(
        False, description="§2K2.1(b)(9)(C)(ii) from Nov. 1, 2023 ((b)(10) from 2025): unusually "
        "vulnerable to being persuaded or induced to commit the offense due to a physical or "
        "mental condition.")
    sport_or_recreation: bool = Field(
        False, description="§2K2.1(b)(2) of Nov. 1, 1987 - Oct. 31, 1989 only: obtained or "
        "possessed the firearm solely for sport or recreation (decrease by 4 levels).")
    prior_felony_conviction: bool = Field(
        False, description="§2K2.1(a)(2) of Nov. 1, 1989 - Oct. 31, 1991 only: at the time of "
        "the offense, had been convicted in any court of an offense punishable by imprisonment "
        "for a term exceeding one year.")
    distribution: Distribution | None = Field(
        None, description="§2K2.1(c)(1) of Nov. 1, 1989 - Oct. 31, 1991 only: the offense "
        "involved the distribution of a firearm or possession with intent to distribute; §2K2.2 "
        "is applied to these facts ([offense.firearms.distribution]).")
    other_offense: OtherOffense | None = Field(
        None, description="§2K2.1(c)(1): a firearm or ammunition cited in the offense of "
        "conviction (from Nov. 1, 2014, Amendment 784; before, any firearm or ammunition) was "
        "used or possessed in connection with another offense ([offense.firearms.other_offense]).")

    @model_validator(mode="after")
    def _coherent(self) -> FirearmFacts:
        if self.destructive_device != DestructiveDevice.none and not self.nfa_firearm:
            raise ValueError("a destructive device is a firearm described in 26 U.S.C. "
                             "§ 5845(a) (§ 5845(a)(8), (f)): give nfa_firearm = true "
                             "(§2K2.1 comment. (n.7))")
        if self.knew_transfer_to_prohibited_person and not (
                {"922(a)(6)", "924(a)(1)(A)"} & set(self.convicted_under)):
            raise ValueError("knew_transfer_to_prohibited_person is a fact of a conviction "
                             "under 18 U.S.C. § 922(a)(6) or § 924(a)(1)(A): add it to "
                             "convicted_under")
        if len(set(self.convicted_under)) != len(self.convicted_under):
            raise ValueError("convicted_under names a statute twice")
        if self.transferred_two_or_more_to_listed_individual and self.number_of_firearms == 1:
            raise ValueError("transferred_two_or_more_to_listed_individual, but "
                             "number_of_firearms = 1")
        return self
