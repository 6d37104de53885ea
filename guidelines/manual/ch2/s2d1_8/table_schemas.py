"""The schema of §2D1.8's table (tables/drug_establishment.toml)."""

from pydantic import Field

from ussg.guidelines.engine.table_schemas import MayNotExist


class DrugEstablishment(MayNotExist):
    """A version of §2D1.8: a fixed level and its weapon characteristic (1987-1992), or the
    §2D1.1 level and the (a)(2) reduction with its ceiling (from Nov. 1, 1992)."""

    level: int | None = Field(None, ge=1, le=43)  # (a) until Oct. 31, 1992
    weapon_text: str | None = None  # (b)(1) until Oct. 31, 1992
    weapon_levels: int | None = Field(None, ge=1, le=10)
    underlying_text: str | None = None  # (a)(1) from Nov. 1, 1992
    premises_text: str | None = None  # (a)(2)
    premises_less: int | None = Field(None, ge=1, le=10)
    premises_ceiling: int | None = Field(None, ge=1, le=43)
    instruction_text: str | None = None  # (b)(1) from Nov. 1, 1992: no §3B1.2 with (a)(2)


SCHEMAS = {"drug_establishment": DrugEstablishment}
