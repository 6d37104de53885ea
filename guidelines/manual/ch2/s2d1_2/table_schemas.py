"""The schema of §2D1.2's table (tables/drug_protected_location.toml)."""

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed
from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions


class JuvenileOption(Closed):
    """An option of the §2D1.2 of Nov. 1, 1987 - Oct. 31, 1989 ("Involving Juveniles"):
    the §2D1.1 level "corresponding to" ``times`` the drug amount, not less than
    ``at_least``, for an individual ``youngest``-``oldest`` years of age (inclusive)."""

    paragraph: str = Field(min_length=1)
    text: str = Field(min_length=1)
    times: int = Field(ge=2, le=4)
    at_least: int | None = Field(None, ge=1, le=43)
    youngest: int = Field(ge=0, le=17)
    oldest: int = Field(ge=0, le=17)


class ProtectedLocation(LevelOptions):
    """A version of §2D1.2(a): the options of the texts from Nov. 1, 1989, or the
    ``juvenile_options`` (and ``guideline_title``) of the original guideline."""

    guideline_title: str | None = None
    juvenile_options: list[JuvenileOption] = []


SCHEMAS = {"drug_protected_location": ProtectedLocation}
