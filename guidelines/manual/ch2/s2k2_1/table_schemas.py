"""The shape of §2K2.1's table (tables/firearm_offense.toml; tables/README.md, "§2K2.1")."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common

Rule = Literal["two_priors_and_weapon", "two_priors", "one_prior_and_weapon",
               "one_prior_or_weapon_and_prohibited", "nfa_firearm", "listed_weapon",
               "prohibited", "otherwise", "regulatory"]
# the facts that are "the firearm" of (a)(1), (a)(3), (a)(4)(B) (and, before Nov. 1, 2006,
# (a)(5): rule "listed_weapon"): a semiautomatic firearm capable of accepting a large capacity
# magazine from Amendment 691 (2006); a firearm described in 18 U.S.C. § 921(a)(30) before
Weapon = Literal["semiautomatic_large_capacity", "nfa_firearm", "semiautomatic_assault_weapon"]


class BaseLevel(Closed):
    subsection: str
    level: int = Field(ge=1, le=43)
    rule: Rule
    text: str


class FirearmsRow(Closed):
    row: str
    at_least: int = Field(ge=1)
    at_most: int | None = None
    add: int = Field(ge=1)


class LawfulSporting(Closed):
    subsection: str
    level: int
    not_with: list[str]
    text: str


class DestructiveDevice(Closed):
    subsection: str
    rocket_or_missile: int | None = None  # (A), from Nov. 1, 2004 (Amendment 669)
    other: int
    text: str | None = None  # before 669: one paragraph for any destructive device


class Increase(Closed):
    subsection: str
    levels: int
    text: str


class SerialNumber(Closed):
    subsection: str
    levels: int
    fact: Literal["altered_or_obliterated_serial_number", "serial_number_illegible"]
    unmarked: bool = False  # (B)(ii): knew a firearm was not marked with a serial number
    text: str


class MachinegunConversion(Closed):
    subsection: str
    possessed_at_least: int
    levels: int
    many_at_least: int
    many_levels: int
    text: str


class Cap(Closed):
    level: int
    through: str
    unless: str | None = None  # "except if subsection (b)(3)(A) applies" (from 2004)
    text: str


class Trafficking(Closed):
    subsection: str
    kind: Literal["single", "tiered"]
    levels: int | None = None  # single
    convicted_933: list[str] = []  # tiered: (A)
    convicted_933_levels: int | None = None
    prohibited_receipt_levels: int | None = None  # (B)
    two_or_more_levels: int | None = None  # (C)
    text: str


class AnotherFelony(Closed):
    subsection: str
    levels: int
    floor: int
    leaving_united_states: bool = True  # (A), added Nov. 1, 2011 (Amendment 753)
    text: str


class Provision(Closed):
    subsection: str
    text: str


class CriminalGroup(Closed):
    subsection: str
    levels: int
    requires: str
    text: str


class ReducedCulpability(Closed):
    subsection: str
    decrease: int
    max_points: int
    requires: str
    text: str


class NumberOfFirearms(Closed):
    subsection: str  # "(b)(1)"


class FirearmOffense(Common):
    """One version of §2K2.1."""

    prohibited_transfer_statutes: list[str]
    straw_statutes: list[str]  # (a)(4)(B)(ii)(III), (a)(6)(C) (from Nov. 1, 2011); [] before
    level_six_statutes: list[str]
    stolen_offenses: list[str]
    serial_offenses: list[str]
    base_levels: list[BaseLevel] = Field(min_length=8, max_length=8)
    number_of_firearms: NumberOfFirearms  # (b)(1): its paragraph
    firearms_table: list[FirearmsRow] = Field(min_length=1)
    lawful_sporting: LawfulSporting
    destructive_device: DestructiveDevice
    stolen: Increase
    serial_number: SerialNumber
    machinegun_conversion: MachinegunConversion | None = None
    cap: Cap
    trafficking: Trafficking | None = None  # from Nov. 1, 2006 (Amendment 691)
    weapons: list[Weapon] = ["semiautomatic_large_capacity", "nfa_firearm"]
    stolen_note: str = "comment. (n.8)(A)"  # the note on (b)(4) with a base level from (a)(7)
    priors_from_record: bool = True  # False before Amendment 630 (2001): the count is stated
    stolen_note_withholds_b4: bool = False  # True before Amendment 522 (1995): any base level
    another_felony: AnotherFelony
    recordkeeping: Provision
    criminal_group: CriminalGroup | None = None
    reduced_culpability: ReducedCulpability | None = None
    cross_reference: Provision


# -- before the 1991 consolidation (Amendment 374) ------------------------------------------

EarlyRule = Literal["nfa_statute", "prohibited_statute_or_felony", "otherwise"]


class EarlyBaseLevel(Closed):
    subsection: str
    level: int = Field(ge=1, le=43)
    rule: EarlyRule
    text: str


class EarlySporting(Closed):
    subsection: str
    fact: Literal["sport_or_recreation", "lawful_sporting_or_collection"]
    decrease: int | None = None  # 1987: "decrease by 4 levels"
    to_level: int | None = None  # 1989: "decrease the offense level determined above to level 6"
    not_nfa_firearm: bool = False  # 1990 (Amendment 333): "other than a firearm covered in
    text: str  # 26 U.S.C. § 5845(a)"


class FirearmOffenseBefore1991(Common):
    """One version of §2K2.1 before Amendment 374 (Nov. 1, 1987 - Oct. 31, 1991)."""

    before_consolidation: Literal[True]
    title_then: str
    base_levels: list[EarlyBaseLevel] = Field(min_length=1)
    stolen: Increase  # the firearm stolen or with an altered or obliterated serial number
    lawful_sporting: EarlySporting
    distribution: Provision | None = None  # 1989: (c)(1), to §2K2.2
    cross_reference: Provision  # to the other offense (§2X1.1)
    facts: list[str]  # the keys of [offense.firearms] this text reads (others are refused)


class FirearmOffenseVersion(FirearmOffense):
    """A version of tables/firearm_offense.toml: the consolidated §2K2.1 (from Nov. 1, 1991)
    or, marked ``before_consolidation = true``, the §2K2.1 it replaced."""

    #: the shapes a version is checked as (the table's schema dispatches to one of them)
    SHAPES: ClassVar[tuple[type, ...]] = (FirearmOffense, FirearmOffenseBefore1991)

    @classmethod
    def model_validate(cls, obj, *args, **kwargs):  # type: ignore[override]
        if isinstance(obj, dict) and "before_consolidation" in obj:
            return FirearmOffenseBefore1991.model_validate(obj, *args, **kwargs)
        return FirearmOffense.model_validate(obj, *args, **kwargs)


SCHEMAS = {"firearm_offense": FirearmOffenseVersion}
