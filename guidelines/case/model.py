"""The case file: what the user states, validated. This model is the public schema.

The same model is read from a TOML file by the CLI, built by the TUI and passed to
:func:`ussg.guidelines.calculate` by API users. Field descriptions are the documentation
(``ussg schema`` prints them as JSON Schema).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator, model_validator
from pydantic_core import core_schema

from ussg.guidelines.case.dates import impossible_dates
from ussg.guidelines.case.criminal_record import CriminalHistory, CriminalHistoryCategory  # noqa: F401
from ussg.guidelines.case.drug_offense_facts import DrugTraffickingFacts
from ussg.guidelines.case.facts import (
    Acceptance,
    Date,
    FactsInConflict,
    BUILT_WHEN_STATED,
    BuiltWhenStated,
    FactsTable,
    ImposedSentence,
    ObstructionFacts,
    ReductionFacts,
    StatutoryFacts,
    Strict,
    Variance,
    VictimFacts,
    no_items,
    shared_default,
)
from ussg.guidelines.engine.quantity import Quantity, parse_quantity
from ussg.guidelines.manual.ch2.registry import (
    OffenseGuideline,
    chapter_two_guideline,
    chapter_two_guidelines,
    guidelines_whose_facts_apply,
    takes_drug_facts,
)


__all__ = ["Acceptance", "CriminalHistory", "ObstructionFacts", "StatutoryFacts", "Strict",
           "Variance", "VictimFacts"]  # re-exported: the whole schema is importable from here


class CaseInfo(Strict):
    name: str = Field("", description="Case caption, e.g. \"United States v. Leon\".")
    docket: str = Field("", description="Docket number and court.")
    defendant: str = Field("", description="Defendant's name, if wanted on the worksheet.")
    notes: str = Field("", description="Free text carried onto the worksheet.")


class Drug(Strict):
    substance: str = Field(
        description="Substance as the Drug Quantity Table names it (e.g. \"cocaine base\", "
        "\"heroin\", \"methamphetamine (actual)\"); `ussg tables drug_quantity_table` lists them."
    )
    quantity: str | None = Field(
        None,
        description="Exact quantity with unit, as a string: \"51 kg\", \"27.999 g\", "
        "\"250 mg\", \"2 lb\", \"16 oz\", \"400 units\", \"100 plants\", \"30 ml\". "
        "Units of a substance weighed by the table are doses (LSD: each dose 0.4 mg; others: "
        "the Typical Weight Per Unit Table). Or give quantity_at_least or quantity_between."
    )
    quantity_at_least: str | None = Field(
        None,
        description="§2D1.1(c): the quantity as the court found it, \"at least\" this much "
        "(e.g. \"15 kg\"): read at that amount, the row it reaches.")
    quantity_between: list[str] | None = Field(
        None,
        description="§2D1.1(c): the quantity as the court found it, between two amounts "
        "(e.g. [\"5 g\", \"20 g\"], both ends included); both ends must fall in one row of "
        "the edition's Drug Quantity Table, else an error naming the rows.")
    also_contains: list[str] = Field(
        default_factory=no_items,
        description="§2D1.1(c), Note (A) to the Drug Quantity Table: the other controlled "
        "substances this one mixture contains; its whole weight is assigned to the substance "
        "that results in the greater offense level (from Nov. 1, 1989).")
    purity: str | None = Field(
        None,
        description="Purity of the mixture, as a percentage string (\"50%\"): gives the "
        "\"actual\" weight of §2D1.1(c) note (B) (PCP, amphetamine, methamphetamine: the "
        "greater of mixture and actual applies; hydrocodone, oxycodone: actual only).",
    )

    @field_validator("quantity", "quantity_at_least")
    @classmethod
    def _readable(cls, value: str | None) -> str | None:
        if value is not None:
            parse_quantity(value)
        return value

    @field_validator("quantity_between")
    @classmethod
    def _two_ends(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return value
        if len(value) != 2:
            raise ValueError(f"give the two ends of the bracket, e.g. [\"5 g\", \"20 g\"] "
                             f"({len(value)} given)")
        low, high = (parse_quantity(end) for end in value)
        if low.dimension != high.dimension:
            raise ValueError(f"the two ends are in different measures ({value[0]!r}, "
                             f"{value[1]!r})")
        if low.amount >= high.amount:
            raise ValueError(f"the first end must be less than the second ({value[0]!r}, "
                             f"{value[1]!r})")
        return value

    @model_validator(mode="after")
    def _one_quantity(self) -> Drug:
        if self.also_contains and self.purity is not None:
            raise ValueError("purity with also_contains: say which substance the purity is of "
                             "by stating that substance alone")
        if self.quantity_at_least is None and self.quantity_between is None \
                and self.quantity is not None:
            return self  # an exact quantity alone: the common case
        given = [name for name in ("quantity", "quantity_at_least", "quantity_between")
                 if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give one of quantity, quantity_at_least, quantity_between"
                             + (f" (not {' and '.join(given)})" if given else ""))
        return self

    @property
    def bracketed(self) -> bool:
        """The quantity is a finding "at least" or "between", not an exact amount."""
        return self.quantity is None

    def at_end(self, upper: bool = False) -> Drug:
        """The drug with its found quantity as an exact one: the lower end of a bracket (the
        amount "at least" found), or with ``upper`` the upper end of a "between"."""
        if not self.bracketed:
            return self
        if self.quantity_between is not None:
            end = self.quantity_between[1 if upper else 0]
        else:
            assert self.quantity_at_least is not None
            end = self.quantity_at_least
        return self.model_copy(update={"quantity": end, "quantity_at_least": None,
                                       "quantity_between": None})

    @property
    def found_words(self) -> str:
        """The quantity as the court found it, in words."""
        if self.quantity_between is not None:
            return f"between {self.quantity_between[0]} and {self.quantity_between[1]}"
        if self.quantity_at_least is not None:
            return f"at least {self.quantity_at_least}"
        return str(self.quantity)

    @field_validator("purity")
    @classmethod
    def _percentage(cls, value: str | None) -> str | None:
        if value is None:
            return value
        if not re.fullmatch(r"\s*(100(\.0+)?|[0-9]{1,2}(\.[0-9]+)?|\.[0-9]+)\s*%\s*", value):
            raise ValueError(f"{value!r} is not a purity such as \"50%\" or \"92.5%\" "
                             "(a percentage above 0 and at most 100)")
        if Decimal(value.strip().rstrip("%")) <= 0:
            raise ValueError(f"{value!r}: a purity must be greater than 0%")
        return value

    @property
    def amount(self) -> Quantity:
        """The exact quantity (a bracket: its lower end, see :meth:`at_end`)."""
        if self.quantity is not None:  # exact: at_end() is the drug itself
            return parse_quantity(self.quantity)
        return parse_quantity(self.at_end().quantity or "")


_DRUG_FACTS = frozenset(DrugTraffickingFacts.model_fields)


class FirearmConduct(str, Enum):
    used_carried_or_possessed = "used_carried_or_possessed"
    brandished = "brandished"
    discharged = "discharged"


class FirearmType(str, Enum):
    firearm = "firearm"
    short_barreled_rifle_or_shotgun = "short_barreled_rifle_or_shotgun"
    semiautomatic_assault_weapon = "semiautomatic_assault_weapon"
    machinegun_destructive_device_silencer = "machinegun_destructive_device_silencer"


_GUIDELINE_WORDS = ("Offense guideline: \"2D1.1\" (drug trafficking, computed), \"other\" (any "
                    "other guideline: give offense_level), or \"2K2.4\" (an 18 U.S.C. § 924(c) "
                    "count, whose term the statute sets).")


class _OffenseFactsBase(DrugTraffickingFacts):
    # the facts every offense has; OffenseFacts (below) adds each registered guideline's
    # own facts table and the list of guidelines, from guidelines/manual/ch2/registry.py

    guideline: str = Field("2D1.1", description=_GUIDELINE_WORDS)
    description: str = Field("", description="What the offense is, shown on the worksheet.")
    drugs: list[Drug] = Field(
        default_factory=no_items,
        description="Each controlled substance and quantity attributed to the defendant "
        "(§1B1.3 relevant conduct). Several entries of one substance add up.",
    )
    dangerous_weapon: bool = Field(
        False, description="§2D1.1(b)(1): a dangerous weapon (including a firearm) was possessed."
    )
    base_offense_level: Annotated[int, Field(ge=1, le=43)] | None = Field(
        None, description="§2D1.1: the base offense level under subsection (c) as the court "
        "found it (instead of drugs): a level of the edition's Drug Quantity Table; the rest "
        "of §2D1.1 (the mitigating-role cap, (a)(1)-(4), each characteristic, the safety "
        "valve) still applies.")
    offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="guideline = \"other\": the Chapter Two offense level (base level "
        "and specific offense characteristics) as determined for this offense; ussg does not "
        "compute that guideline.")
    statute: str = Field(
        "", description="Statute of conviction, e.g. \"21 U.S.C. § 841(b)(1)(B)\", \"21 "
        "U.S.C. § 960(b)(2)\", \"18 U.S.C. § 924(c)\". Needed for every count when there are "
        "several; gives the statutory range, supervised release and fine.")
    statutory_quantity: Drug | None = Field(
        None, description="21 U.S.C. § 841/§ 960 without a subparagraph: the drug and quantity "
        "charged and found (or admitted) that set the statutory tier.")
    statutory_minimum_months: Annotated[int, Field(ge=0, le=1200)] | None = Field(
        None, description="Any other statute: its minimum term of imprisonment, in months "
        "(alone, the maximum is \"not stated\": no cap from it, and nothing that needs the "
        "class of offense is determined).")
    statutory_maximum_months: Annotated[int, Field(ge=1, le=1200)] | None = Field(
        None, description="Any other statute: its maximum term of imprisonment, in months.")
    statutory_maximum_life: bool = Field(
        False, description="Any other statute: the maximum is life imprisonment.")
    statutory_mandatory_life: bool = Field(
        False, description="Any other statute: a mandatory term of life imprisonment, as "
        "stated (no minimum or maximum in months with it).")
    statutory_maximum_fine: Annotated[int, Field(ge=0)] | None = Field(
        None, description="Any other statute: its maximum fine in dollars (default: 18 U.S.C. "
        "§ 3571(b)).")
    supervised_release_minimum_years: Annotated[int, Field(ge=1, le=99)] | None = Field(
        None, description="Any other statute requiring a term of supervised release: its "
        "minimum, in years.")
    supervised_release_maximum_life: bool = Field(
        False, description="Any other statute: it authorizes a term of supervised release of "
        "any term of years or life (e.g. 18 U.S.C. § 3583(j), (k)). From Nov. 1, 2025 the "
        "class maximum of §5D1.2(a) yields to it (\"Except as otherwise provided by "
        "statute\"); before, the guideline term goes up to life only under §5D1.2(b).")
    supervised_release_sex_offense: bool = Field(
        False, description="§5D1.2: the offense is a \"sex offense\" as the commentary "
        "defines it (comment. (n.1): an offense perpetrated against a minor under chapter "
        "109A, 110 or 117 of title 18, and from Nov. 1, 2007 chapter 109B, § 1201 or § 1591, "
        "as each edition words it). Nov. 1, 2001 - Oct. 31, 2025: the statutory maximum term is "
        "recommended; from Nov. 1, 2004 the term may be up to life (§5D1.2(b)(2)).")
    supervised_release_terrorism_risk: bool = Field(
        False, description="§5D1.2 (Nov. 1, 2002 - Oct. 31, 2025): an offense listed in 18 "
        "U.S.C. § 2332b(g)(5)(B) whose commission resulted in, or created a foreseeable risk "
        "of, death or serious bodily injury to another person: the term may be up to life.")
    consecutive_months: Annotated[int, Field(ge=1, le=1200)] | None = Field(
        None, description="Any other statute that specifies a term and requires it to run "
        "consecutively (§3D1.1(b)(1)), e.g. 24 for 18 U.S.C. § 1028A.")
    firearm_conduct: FirearmConduct | None = Field(
        None, strict=False,
        description="18 U.S.C. § 924(c): \"used_carried_or_possessed\", \"brandished\" "
        "or \"discharged\".")
    firearm_type: FirearmType = Field(
        FirearmType.firearm, strict=False, description="18 U.S.C. § 924(c): \"firearm\", "
        "\"short_barreled_rifle_or_shotgun\", \"semiautomatic_assault_weapon\" or "
        "\"machinegun_destructive_device_silencer\".")
    second_or_subsequent: bool = Field(
        False, description="18 U.S.C. § 924(c): a second or subsequent conviction.")

    @model_validator(mode="after")
    def _consistent(self) -> _OffenseFactsBase:
        stated = self.model_fields_set  # read once (a property of pydantic's)
        _guideline_facts_consistent(self, stated)
        if self.guideline == "other" and self.offense_level is None:
            raise ValueError("guideline = \"other\" needs offense_level (the Chapter Two level)")
        if self.guideline != "other" and self.offense_level is not None:
            raise ValueError(f"offense_level is only for guideline = \"other\"; "
                             f"§{self.guideline} is computed or set by statute")
        drug_facts = stated & _DRUG_FACTS
        # the guideline is looked up only when a §2D1.1 fact is stated (the error is the same)
        if (self.drugs or self.dangerous_weapon or drug_facts) and not takes_drug_facts(self):
            named = ", ".join(["drugs"] * bool(self.drugs)
                              + ["dangerous_weapon"] * self.dangerous_weapon + sorted(drug_facts))
            raise ValueError(f"{named}: §2D1.1 facts, but this offense's guideline is "
                             f"{self.guideline!r}")
        if self.base_offense_level is not None:
            if self.guideline != "2D1.1":
                raise ValueError(f"base_offense_level is the §2D1.1 level as found; this "
                                 f"offense's guideline is {self.guideline!r}")
            if self.drugs:
                raise ValueError("give the drugs and quantities or the base_offense_level as "
                                 "the court found it, not both")
        if self.statutory_quantity is not None and self.statutory_quantity.also_contains:
            raise ValueError("statutory_quantity: state the substance that sets the statutory "
                             "tier, without also_contains")
        if self.statutory_quantity is not None and self.statutory_quantity.bracketed:
            raise ValueError("statutory_quantity: the quantity charged and found sets the "
                             "statutory tier: give it as quantity, exactly")
        if self.statutory_maximum_life and self.statutory_maximum_months is not None:
            raise ValueError("give statutory_maximum_months or statutory_maximum_life, not both")
        if self.statutory_mandatory_life:
            named = [name for name in ("statutory_minimum_months", "statutory_maximum_months",
                                       "consecutive_months") if getattr(self, name) is not None]
            if named:
                raise ValueError(f"statutory_mandatory_life is the whole term: give no "
                                 f"{', '.join(named)}")
        if (self.statutory_minimum_months is not None and self.statutory_maximum_months
                is not None and self.statutory_minimum_months > self.statutory_maximum_months):
            raise ValueError("statutory_minimum_months is greater than statutory_maximum_months")
        return self


def _guideline_facts_consistent(offense: _OffenseFactsBase, fields_stated: set[str]) -> None:
    """Each guideline's facts table only with that guideline, and given where it is needed
    (``fields_stated``: the offense's fields the case states, its model_fields_set)."""
    own = chapter_two_guideline(offense.guideline)
    if (own is None or not (own.facts_key or own.shares_facts_of)) \
            and _facts_keys().keys().isdisjoint(fields_stated):
        # most offenses (§2D1.1, "other"...): no table stated, and a guideline without a
        # table of its own needs none (only one with its own table applies another's:
        # registry.guidelines_whose_facts_apply); nothing below could find a problem
        return
    problems = []
    stated_keys = fields_stated & _facts_keys().keys()
    applying = guidelines_whose_facts_apply(offense)
    # the guidelines whose keys name others: the count's own, and one it applies in turn
    # (§2M6.1's own (c)(2) where §2M5.3(c)(3) applies it)
    naming = [g for s in sorted(applying) if (g := chapter_two_guideline(s)) is not None
              and g.applies_facts_of and g.facts_key]
    with_facts = _facts_of_section()
    looked_at = [with_facts[s] for s in applying if s in with_facts]
    looked_at += [g for key in stated_keys if (g := _facts_keys()[key]) not in looked_at]
    # in the registry's order, as before (only the guidelines with facts named or stated:
    # every other one is passed over, without walking the whole registry for each case)
    order = _registry_order()
    for guideline in sorted(looked_at, key=lambda g: order[g.section]):
        key = guideline.facts_key
        stated = getattr(offense, key, None)
        named = "guideline" if offense.guideline == guideline.section else next(
            (key for g in naming for key, section in
             g.applied_in(getattr(offense, g.facts_key)).items()
             if section == guideline.section), None)
        if stated is not None and guideline.section not in applying:
            through = own.key_naming(guideline.section) if own is not None else None
            also = f" (or {through} = \"{guideline.section}\")" if through else ""
            problems.append((key, f"the facts of §{guideline.section} ({guideline.summary}), but "
                                  f"this offense's guideline is {offense.guideline!r}: give "
                                  f"guideline = \"{guideline.section}\"{also}, or leave [{key}] "
                                  f"out"))
        elif stated is None and guideline.section in applying and guideline.facts_required:
            if own is not None and own.shares_facts_of:
                if len(own.shares_facts_of) == 1:
                    problems.append((key, f"guideline = \"{own.section}\" reads the facts of "
                                          f"§{guideline.section} ({guideline.summary}): give "
                                          f"this table (`ussg schema` lists its keys)"))
                continue  # of several, one is given (below)
            problems.append((key, f"{named} = \"{guideline.section}\" needs its facts: give "
                                  f"this table (`ussg schema` lists its keys)"))
    if own is not None and len(own.shares_facts_of) > 1:
        shared = [with_facts[s] for s in own.shares_facts_of if s in with_facts]
        given = [g for g in shared if getattr(offense, g.facts_key, None) is not None]
        if len(given) != 1:
            tables = ", ".join(f"[{g.facts_key}] (§{g.section})" for g in shared)
            problems.append(("guideline", f"guideline = \"{own.section}\" applies the "
                                          f"guideline of the conduct: give exactly one of the "
                                          f"tables {tables}, that guideline's facts"))
    if problems:
        raise FactsInConflict(problems)


@cache
def _facts_of_section() -> dict[str, OffenseGuideline]:
    """The guidelines with a facts table of their own, by section."""
    return {g.section: g for g in chapter_two_guidelines() if g.facts_key}


@cache
def _registry_order() -> dict[str, int]:
    return {g.section: i for i, g in enumerate(chapter_two_guidelines())}


@cache
def _facts_keys() -> dict[str, OffenseGuideline]:
    """The guidelines' own facts tables ([offense.<facts_key>]) and their guidelines."""
    return {g.facts_key: g for g in chapter_two_guidelines() if g.facts_key}


#: False while cases are read: a guideline's facts table is validated by its own model, built
#: the first time a case states that table; True once the JSON Schema was asked for
#: (:meth:`Case.model_json_schema`).
_EVERY_FACTS_MODEL_BUILT = False


class _GuidelineFactsTable(FactsTable):
    """A guideline's ``[offense.<facts_key>]`` table: a subclass per guideline (made by
    :func:`_facts_table`), ``guideline`` its registry entry. The field's type is the table
    alone, not a union with None (cheaper to build at every start): None is in its schema."""

    guideline: ClassVar[OffenseGuideline]

    @classmethod
    def model(cls) -> type[BaseModel]:
        return cls.guideline.facts  # type: ignore[return-value]

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        guideline = cls.guideline
        if _EVERY_FACTS_MODEL_BUILT:
            return core_schema.nullable_schema(handler.generate_schema(guideline.facts))

        def validate(value: Any) -> Any:  # the model imported at the first table stated
            return guideline.facts.model_validate(value)  # type: ignore[union-attr]

        return core_schema.nullable_schema(core_schema.no_info_plain_validator_function(validate))


def _facts_table(guideline: OffenseGuideline) -> type[FactsTable]:
    """The type of the case file's ``[offense.<facts_key>]`` table of ``guideline``: its facts
    model, built and validated only when a case states the table (start-up builds no
    guideline's model, README "Speed"). The table is read exactly as by the model itself:
    the same errors at the same places (``offense.firearms.ammunition``), the same instance."""
    name = f"FactsTable[{guideline.facts_key}]"
    return type(name, (_GuidelineFactsTable,), {"guideline": guideline, "__qualname__": name,
                                                "__module__": __name__})


def _offense_facts_model() -> tuple[type[_OffenseFactsBase], type[_OffenseFactsBase]]:
    """The offense model with the guidelines of the registry: `guideline` names one of them
    (or "other"), and each guideline with facts of its own has its table (``[offense.<key>]``);
    and beside it the same model without those tables' fields, which reads an offense that
    states none of them (:class:`_OffenseAsStated`)."""
    guidelines = chapter_two_guidelines()
    sections = ("2D1.1", "other", *(g.section for g in guidelines if g.section != "2D1.1"))
    words = _GUIDELINE_WORDS
    more = [g for g in guidelines if g.section not in ("2D1.1", "2K2.4")]
    if more:
        words += " Also computed: " + "; ".join(
            f"\"{g.section}\" ({g.summary}{', facts in [offense.' + g.facts_key + ']' if g.facts_key else ''})"
            for g in more) + "."
    fields: dict = {"guideline": (Literal[sections], Field("2D1.1", description=words))}
    # each guideline that applies another's level from its facts table, in words, once (the
    # descriptions below name every one but the table's own: built for each, that was about
    # 1% of a start)
    applying = [(g, f" (or with guideline = \"{g.section}\" and [offense.{g.facts_key}] "
                    f"{' or '.join(g.applies_facts_keys)} = that guideline)")
                for g in guidelines if g.applies_facts_of]
    every = "".join(words for _, words in applying)

    def through(own: OffenseGuideline) -> str:
        """The guidelines that apply another's level from its facts table, but itself."""
        if not own.applies_facts_of:
            return every
        return "".join(words for g, words in applying if g is not own)

    without_tables = create_model("Offense", __base__=_OffenseFactsBase, __module__=__name__,
                                  __doc__=_OFFENSE_DOC, **fields)
    for g in guidelines:
        if g.facts_key and (g.facts_declared_lazily or g.facts is not None):
            fields[g.facts_key] = (_facts_table(g), Field(
                None, description=f"§{g.section} ({g.title}): its facts, with guideline = "
                                  f"\"{g.section}\"{through(g)}."))
    offense = create_model("Offense", __base__=_OffenseFactsBase, __module__=__name__,
                           __doc__=_OFFENSE_DOC, **fields)
    return offense, without_tables


_OFFENSE_DOC = """Chapter Two: the offense guideline and its specific offense characteristics (the
single-count form, `[offense]`; the §2D1.1 facts besides drugs and the weapon are
those of DrugOffenseFacts)."""

#: The single-count form, `[offense]`. It is also the facts every count has (OffenseFacts),
#: which `Count` extends: one model, not a subclass, since pydantic copies each field of a
#: subclass (about 1% of a start with every guideline's facts table).
Offense, _OffenseStatingNoTable = _offense_facts_model()
OffenseFacts = Offense

#: Each guideline's facts table absent (None), in the offense model's order of fields.
_NO_TABLES = {name: None for name in Offense.model_fields
              if name not in _OffenseStatingNoTable.model_fields}

#: Every field of the offense, in the full model's order (the fields of
#: :data:`_OffenseStatingNoTable`, then each table), each None: an offense stating no table
#: is a copy of it with the stated model's values written over. Copied whole and 41 values
#: replaced, it costs about a fifth of adding the 153 tables' keys to the stated model's dict
#: (which grew it twice: a quarter of validating a case).
_OFFENSE_FIELDS = dict.fromkeys(Offense.model_fields)


def _offense_stating_no_table(stated: _OffenseFactsBase) -> Offense:  # type: ignore[valid-type]
    """The `Offense` the full model makes of an offense that states no guideline's facts
    table, from what :data:`_OffenseStatingNoTable` made of it: the same fields in the same
    order (each table None, after the others), the same fields stated."""
    values = _OFFENSE_FIELDS.copy()
    values.update(stated.__dict__)
    return _made_as(Offense, values, stated)


def offense_of(values: dict[str, Any]) -> Offense:  # type: ignore[valid-type]
    """``Offense(**values)``: the offense the engine makes of facts taken together (a count's,
    counts grouped by aggregate quantity). Where ``values`` state no guideline's facts table,
    read by :data:`_OffenseStatingNoTable` and made what the full model makes, as a case's
    offense is (the same validators, fields, order and fields stated): the full model fills
    in a default for each of its tables, most of the cost of making one."""
    if _NO_TABLES.keys().isdisjoint(values):
        return _offense_stating_no_table(_OffenseStatingNoTable(**values))
    return Offense(**values)


def _made_as(model: type[BaseModel], values: dict[str, Any], stated: BaseModel) -> Any:
    """An instance of ``model`` holding ``values`` (its fields, in its order), with the
    fields ``stated`` was given: what ``model`` itself would have made."""
    made = object.__new__(model)
    object.__setattr__(made, "__dict__", values)
    object.__setattr__(made, "__pydantic_fields_set__", stated.__pydantic_fields_set__)
    object.__setattr__(made, "__pydantic_extra__", None)
    object.__setattr__(made, "__pydantic_private__", None)
    return made


def _read_stating_no_table(without_tables: type[BaseModel], made_full: Any,
                           validate_full: Any) -> Any:
    """The validator of a field that holds an offense's facts (the case's offense, a count):
    a table of the case file that states no guideline's facts table is read by the model
    ``without_tables`` and made what the full model would make (``made_full``); anything else
    (a table stated, an instance given) by the full model (``validate_full``)."""
    tables = frozenset(_NO_TABLES)
    validate_stated = without_tables.__pydantic_validator__.validate_python

    def validate(value: Any) -> Any:
        if type(value) is dict and tables.isdisjoint(value):
            return made_full(validate_stated(value))
        return validate_full(value)

    return core_schema.no_info_plain_validator_function(validate)


class _OffenseAsStated:
    """The marker of the case's ``offense`` field (``Annotated[Offense, _OFFENSE_AS_STATED]``).
    Most offenses state no guideline's facts table (§2D1.1, "other"): such an offense is
    validated by the offense model without the tables' fields (:data:`_OffenseStatingNoTable`,
    the same validators) and made an `Offense` with each table None, as the full model makes
    it; pydantic would otherwise fill in a default for each of the 134 tables at every case
    (about a third of validating a case) and build them all into the case's validator at
    every start. An offense that states a table, or an `Offense` given as such, is validated
    by the full model, built the first time one is. The same errors at the same places
    (pydantic places a validator's errors under the field). ``ussg schema`` has the field in
    full: :meth:`Case.model_json_schema` sets ``BuiltWhenStated.every_model_built``."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        if BuiltWhenStated.every_model_built:
            return handler(source)
        return _read_stating_no_table(_OffenseStatingNoTable, _offense_stating_no_table,
                                      Offense.model_validate)


_OFFENSE_AS_STATED = _OffenseAsStated()


def _no_offense_stated() -> Offense:  # type: ignore[valid-type]
    """The case's offense when it states none (a new one each case: it holds lists)."""
    return _offense_stating_no_table(_OffenseStatingNoTable())


class AggravatingRole(str, Enum):
    organizer_or_leader = "organizer_or_leader"
    manager_or_supervisor = "manager_or_supervisor"


class MitigatingRole(str, Enum):
    minimal_participant = "minimal_participant"
    minor_participant = "minor_participant"
    between_minimal_and_minor = "between_minimal_and_minor"


class Role(Strict):
    """Chapter Three, Part B: the defendant's role in the offense (§3B1.1 or §3B1.2)."""

    aggravating: AggravatingRole | None = Field(
        None, strict=False,
        description="§3B1.1: \"organizer_or_leader\" or \"manager_or_supervisor\".",
    )
    participants: int | None = Field(
        None, ge=1, description="§3B1.1: number of participants in the criminal activity."
    )
    otherwise_extensive: bool = Field(
        False, description="§3B1.1(a)/(b): the criminal activity was otherwise extensive."
    )
    mitigating: MitigatingRole | None = Field(
        None, strict=False,
        description="§3B1.2: \"minimal_participant\", \"minor_participant\" or "
        "\"between_minimal_and_minor\".",
    )
    abuse_of_trust: bool = Field(
        False, description="§3B1.3: abused a position of public or private trust in a manner "
        "that significantly facilitated the offense.")
    special_skill: bool = Field(
        False, description="§3B1.3: used a special skill in a manner that significantly "
        "facilitated the offense.")
    used_minor: bool = Field(
        False, description="§3B1.4: used or attempted to use a person under 18 to commit the "
        "offense or avoid detection (from Nov. 1, 1995).")
    body_armor: Literal["involved", "used"] | None = Field(
        None, description="§3B1.5 (from Nov. 1, 2003; a drug trafficking crime or crime of "
        "violence): \"involved\" (the offense involved the use of body armor) or \"used\" "
        "(the defendant used it).")

    @model_validator(mode="after")
    def _one_role(self) -> Role:
        if self.aggravating is None:
            if self.participants or self.otherwise_extensive:  # set: stated (defaults None, False)
                stated = [name for name in ("participants", "otherwise_extensive")
                          if name in self.model_fields_set and getattr(self, name)]
                # stated, it would be silently dropped
                raise FactsInConflict([(name, "a §3B1.1 fact, read only with an aggravating "
                                        "role (organizer or leader, manager or supervisor): "
                                        "state aggravating, or leave it out")
                                       for name in stated])
        elif self.mitigating:
            raise ValueError(
                "a defendant cannot receive both an aggravating (§3B1.1) and a mitigating "
                "(§3B1.2) role adjustment"
            )
        return self


class Adjustments(Strict):
    """Chapter Three adjustments, Parts A-C."""

    # frozen models: one shared default instance each (cheaper than a factory per case)
    victim: VictimFacts = VictimFacts()
    role: Role = Field(default_factory=shared_default(Role))
    obstruction: ObstructionFacts = ObstructionFacts()


class Stage(str, Enum):
    """Where in the Manual's order (§1B1.1) a departure is applied."""

    base_offense_level = "base_offense_level"
    chapter_two = "chapter_two"
    chapter_three = "chapter_three"
    total = "total"


class Departure(Strict):
    """A departure in offense levels: to a level, or up or down by some levels."""

    after: Stage = Field(strict=False,
        description="Apply after this stage: base_offense_level, chapter_two, "
        "chapter_three or total."
    )
    to_level: Annotated[int, Field(ge=1, le=43)] | None = Field(
        None, description="Depart to this offense level (1-43)."
    )
    levels: int | None = Field(
        None, ge=-43, le=43, description="Depart by this many levels (negative = downward)."
    )
    direction: Literal["downward", "upward"] | None = Field(
        None, description="The way the court departed (optional). With to_level, a level this "
        "edition already puts at or beyond to_level the other way is left as it is, with a "
        "note, never departed from in the opposite direction.")
    reason: str = Field(min_length=1, description="The court's reason, shown on the worksheet.")
    section: str = Field("", description="Section relied on, e.g. \"§5K2.0\", \"§5K1.1\" "
                         "(substantial assistance), \"§5K3.1\" (early disposition) (optional).")
    count: str | None = Field(
        None, description="Several counts: the count (its name) whose offense level the court "
        "departed from, for departures after base_offense_level, chapter_two or chapter_three.")

    @model_validator(mode="after")
    def _one_amount(self) -> Departure:
        if (self.to_level is None) == (self.levels is None):
            raise ValueError("give exactly one of to_level or levels")
        if self.levels == 0:
            raise ValueError("levels = 0 is not a departure")
        if self.levels is not None and self.direction is not None \
                and (self.levels < 0) != (self.direction == "downward"):
            article = "a" if self.direction == "downward" else "an"
            raise ValueError(f"levels = {self.levels} is not {article} {self.direction} departure")
        return self


def _count_class(base: type[BaseModel]) -> type[BaseModel]:
    """The count model over ``base``: the offense model (`Count`) or the offense model
    without the guidelines' facts tables (:func:`_count_stating_no_table_model`)."""

    class Count(base):  # type: ignore[valid-type,misc]
        """One count of conviction in the multi-count form (`[[counts]]`)."""

        __qualname__ = "Count"  # as it was at the module's top level (ussg schema names it)

        name: str = Field("", description="How the count is called, e.g. \"Count 1\" (default: "
                          "Count N in file order).")
        group: str | None = Field(
            None, description="§3D1.2: counts with the same group label form one Group of Closely "
            "Related Counts. §2D1.1 counts always form one Group (§3D1.2(d)).")
        grouping: Literal["a", "b", "c", "d"] | None = Field(
            None, description="The §3D1.2 subsection that groups this count with the others of "
            "its group (required with group, except for §2D1.1 counts).")
        adjustments: Adjustments | None = Field(
            None, description="Chapter Three, Parts A-C, for this count only.")

    return Count


@cache
def count_model() -> type[OffenseFacts]:  # type: ignore[valid-type]
    """`Count`, the model of one count in the multi-count form, made the first time it is
    asked for (``model.Count``, a case stating `[[counts]]`, ``ussg schema``): it holds every
    field of an offense again (pydantic copies each into a subclass), which a single-count
    case does not read (about 1.7% of a start)."""
    return _count_class(OffenseFacts)


@cache
def _count_stating_no_table_model() -> type[BaseModel]:
    """The count model without the guidelines' facts tables, which reads a count that states
    none of them (most counts), as :data:`_OffenseStatingNoTable` reads such an offense."""
    return _count_class(_OffenseStatingNoTable)


def _count_stating_no_table(stated: BaseModel, fields: dict[str, None]) -> Any:
    """The `Count` the full model makes of a count that states no guideline's facts table:
    the offense's fields, each table None after them, then the count's own fields, in the
    full model's order (``fields``: each of them None, in that order, copied as
    :data:`_OFFENSE_FIELDS` is); the same fields stated."""
    values = fields.copy()
    values.update(stated.__dict__)
    return _made_as(count_model(), values, stated)


class _Counts(FactsTable):
    """The type of an item of the case's `counts` (Case.counts: ``list[_Counts]``): `Count`,
    made when a case states counts (:func:`count_model`); code that walks the models reads it
    through ``facts.model_of_table``, as a guideline's facts table. A count that states no
    guideline's facts table is read by the count model without those tables and made the
    `Count` the full model would make, as the case's offense is (:class:`_OffenseAsStated`);
    one that states a table, or a `Count` given as such, by the full model."""

    @classmethod
    def model(cls) -> type[BaseModel]:
        return count_model()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        full = count_model()
        if BuiltWhenStated.every_model_built:
            return handler.generate_schema(full)
        fields = dict.fromkeys(full.model_fields)
        return _read_stating_no_table(_count_stating_no_table_model(),
                                      lambda stated: _count_stating_no_table(stated, fields),
                                      full.model_validate)


def __getattr__(name: str) -> Any:
    if name == "Count":
        return count_model()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ChecklistStatus(str, Enum):
    """What the user decided about one guideline on the checklist."""

    applied = "applied"
    not_applicable = "not_applicable"
    review = "review"


#: Every specific offense characteristic and adjustment the checklist can name (the name of
#: the table that holds it), by chapter, in the order of §1B1.1: Chapter Two's from each
#: offense guideline's ``checklist`` in the registry (guidelines/manual/ch2/), Chapter Three's
#: here. Which of them an edition offers is decided by guidelines/manual/checklist.py from
#: the tables in force, and which guidelines a case uses.
CHECKLIST_ITEMS: dict[str, tuple[str, ...]] = {
    "chapter_two": tuple(dict.fromkeys(
        item for guideline in chapter_two_guidelines() for item in guideline.checklist)),
    "chapter_three": (
        "hate_crime_vulnerable_victim", "official_victim", "restraint_of_victim", "terrorism",
        "serious_human_rights_offense", "aggravating_role", "mitigating_role", "abuse_of_trust",
        "use_of_minor", "body_armor", "obstruction", "reckless_endangerment",
        "offense_on_release", "false_domain_registration", "acceptance_of_responsibility"),
}
ChecklistItem = Literal[sum(CHECKLIST_ITEMS.values(), ())]  # type: ignore[valid-type]


class ChecklistEntry(Strict):
    """One line of the checklist trail: a guideline the user marked, so skipped ones show."""

    item: ChecklistItem = Field(
        description="The guideline checked, by the name of its table in tables/: e.g. "
        "\"dangerous_weapon\" (§2D1.1(b)(1)), \"drug_safety_valve\", \"aggravating_role\" "
        "(§3B1.1), \"acceptance_of_responsibility\" (§3E1.1)."
    )
    status: ChecklistStatus = Field(strict=False,
        description="\"applied\", \"not_applicable\" or \"review\" (flagged for review)."
    )
    note: str = Field("", description="Why, or what to check (optional).")


class Case(Strict):
    """One defendant, one sentencing: everything ussg needs to compute the range."""

    # `ussg schema`: besides criminal_history, a case needs the edition or the date of
    # sentencing (§1B1.11(a)) - one of the two, or both
    model_config = ConfigDict(json_schema_extra={
        "anyOf": [{"required": ["manual"]}, {"required": ["sentencing_date"]}],
        "description": "One defendant, one sentencing: everything ussg needs to compute the "
                       "range. Required: criminal_history, and manual or sentencing_date "
                       "(or both)."})

    manual: str | None = Field(
        None,
        description="Edition to apply: a year (\"1993\") or an effective date (\"1994-09-23\"). "
        "If absent, the Manual in force on sentencing_date (§1B1.11(a)).",
    )
    sentencing_date: Date | None = Field(None, description="Date of sentencing.")
    offense_date: Date | None = Field(None, description="Date the offense ended.")
    case: CaseInfo = Field(default_factory=shared_default(CaseInfo))
    # an offense holds lists (drugs...) a caller could change: each case its own
    offense: Annotated[Offense, _OFFENSE_AS_STATED] = Field(default_factory=_no_offense_stated)
    adjustments: Adjustments = Field(default_factory=shared_default(Adjustments))
    # counts, departures, variances, sentence, reduction and checklist: built only when a
    # case states them (BuiltWhenStated), as the prior record and each guideline's facts
    counts: Annotated[list[_Counts], BUILT_WHEN_STATED] = Field(
        default_factory=no_items, description="Several counts of conviction (instead of [offense]).")
    acceptance: Acceptance = Acceptance()
    criminal_history: CriminalHistory
    departures: Annotated[list[Departure], BUILT_WHEN_STATED] = Field(default_factory=no_items)
    statutory: StatutoryFacts = StatutoryFacts()
    variances: Annotated[list[Variance], BUILT_WHEN_STATED] = Field(default_factory=no_items)
    sentence: Annotated[ImposedSentence | None, BUILT_WHEN_STATED] = Field(
        None, description="The total punishment the court imposed (§5G1.2(b)); optional: "
        "it makes each count's sentence a point and the §5G1.2(d) apportionment follow it.")
    reduction: Annotated[ReductionFacts | None, BUILT_WHEN_STATED] = Field(
        None, description="A motion under 18 U.S.C. § 3582(c)(2) (`ussg reduce`); "
        "`ussg calc` does not use it.")
    checklist: Annotated[list[ChecklistEntry], BUILT_WHEN_STATED] = Field(
        default_factory=no_items,
        description="The checklist trail: each guideline marked applied, not applicable or "
        "flagged for review, with a note. Printed on the worksheet; does not change the range.",
    )

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The case file's JSON Schema (``ussg schema``), every guideline's facts table in
        full: the models that hold an offense's facts are rebuilt, once, with every
        guideline's facts model in them (a case being read builds only those it states)."""
        global _EVERY_FACTS_MODEL_BUILT
        if not _EVERY_FACTS_MODEL_BUILT:
            _EVERY_FACTS_MODEL_BUILT = BuiltWhenStated.every_model_built = True
            for model in (CriminalHistory, Offense, count_model(), Case):
                model.model_rebuild(force=True)
        return super().model_json_schema(*args, **kwargs)

    @field_validator("checklist")
    @classmethod
    def _each_item_once(cls, entries: list[ChecklistEntry]) -> list[ChecklistEntry]:
        seen: set[str] = set()
        for entry in entries:
            if entry.item in seen:
                raise ValueError(f"checklist item {entry.item!r} is listed more than once")
            seen.add(entry.item)
        return entries

    @field_validator("offense_date")
    @classmethod
    def _offense_before_sentencing(cls, value: dt.date | None, info) -> dt.date | None:
        sentenced = info.data.get("sentencing_date")
        if value and sentenced and value > sentenced:
            raise ValueError(f"offense_date {value} is after sentencing_date {sentenced}")
        return value

    @model_validator(mode="after")
    def _when(self) -> Case:
        if self.manual is None and self.sentencing_date is None:
            raise ValueError("give `manual` (edition) or `sentencing_date`")
        return self

    @model_validator(mode="after")
    def _dates_possible(self) -> Case:
        """Dates that cannot all be true are refused, every field involved named
        (guidelines/case/dates.py)."""
        problems = impossible_dates(self)
        if problems:
            raise FactsInConflict(problems)
        return self
