"""The shape of §2K1.3's table (tables/explosive_materials.toml)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common


class BaseLevel(Closed):
    subsection: str
    level: int = Field(ge=1, le=43)
    rule: Literal["two_priors", "one_prior", "842p2", "prohibited", "otherwise"]
    text: str


class WeightRow(Closed):
    row: str
    at_least: str  # a weight with its unit: "25 lb"
    less_than: str | None = None
    add: int


class ExplosiveMaterials(Common):
    """One version of §2K1.3."""

    base_levels: list[BaseLevel] = Field(min_length=4, max_length=5)
    weight_table: list[WeightRow] = Field(min_length=1)
    stolen_levels: int
    text_stolen: str
    cap: int
    text_cap: str
    another_felony_levels: int
    another_felony_floor: int
    text_another_felony: str
    text_cross_reference: str
    # (a)(3), (b)(3)(A) and (c)(1)(A) for a conviction under 18 U.S.C. § 842(p)(2): from
    # Nov. 1, 2003 (Amendment 655); before, (b)(3) has no subdivisions
    conviction_842p2: bool = True
    # (a)(1)-(2) counted from the prior record as comment. (n.9) says (from Nov. 1, 2001,
    # Amendment 630); before, "had at least two prior felony convictions", counted as the
    # court determined (the count is stated)
    priors_from_record: bool = True


# -- before the 1991 consolidation (Amendment 373) ------------------------------------------

class EarlyBaseLevel(Closed):
    subsection: str
    level: int = Field(ge=1, le=43)
    text: str


class EarlyClause(Closed):
    clause: str
    rule: Literal["false_statement", "stolen", "distributed_to_barred_person", "prohibited",
                  "substantive_offense"]
    levels: int | None = Field(None, ge=1)  # None: (b)(5) applies another guideline
    text: str


class EarlyCharacteristics(Closed):
    """(b): alternatives of which the greatest applies."""
    subsection: str
    text: str
    rows: list[EarlyClause] = Field(min_length=1)


class ExplosivesBefore1991(Common):
    """One version of §2K1.3 before Amendment 373 (Nov. 1, 1987 - Oct. 31, 1991)."""

    before_consolidation: Literal[True]
    title_then: str
    base_level: EarlyBaseLevel
    characteristics: EarlyCharacteristics
    facts: list[str]  # the keys of [offense.explosives] this text reads (others are refused)


class ExplosiveMaterialsVersion(ExplosiveMaterials):
    """A version of tables/explosive_materials.toml: the consolidated §2K1.3 (from Nov. 1,
    1991) or, marked ``before_consolidation = true``, the §2K1.3 it replaced."""

    #: the shapes a version is checked as (the table's schema dispatches to one of them)
    SHAPES: ClassVar[tuple[type, ...]] = (ExplosiveMaterials, ExplosivesBefore1991)

    @classmethod
    def model_validate(cls, obj, *args, **kwargs):  # type: ignore[override]
        if isinstance(obj, dict) and "before_consolidation" in obj:
            return ExplosivesBefore1991.model_validate(obj, *args, **kwargs)
        return ExplosiveMaterials.model_validate(obj, *args, **kwargs)


SCHEMAS = {"explosive_materials": ExplosiveMaterialsVersion}
