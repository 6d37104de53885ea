"""The schema of §2D1.3's table (tables/drug_distribution_protected_1987.toml)."""

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class DistributionOption(Closed):
    """An option of §2D1.3(a): the §2D1.1 level "corresponding to" ``times`` the drug
    amount, not less than ``at_least``, when the case file's ``requires`` is true."""

    paragraph: str = Field(min_length=1)
    text: str = Field(min_length=1)
    requires: str = Field(min_length=1)
    times: int = Field(ge=2, le=4)
    at_least: int = Field(ge=1, le=43)
    except_marihuana_grams: int | None = Field(None, ge=1)  # "other than five grams or less"


class DistributionProtected(MayNotExist):
    """A version of §2D1.3: its options and Application Note 1's rule on (a)(1) with (a)(2):
    ``cumulative_times`` (Amendment 23: "four times"), or none (the original Note 1, quoted
    in ``note_1``, which the calculator refuses to turn into a multiplier)."""

    text: str | None = None  # exists = false: why (the registry quotes it)
    options: list[DistributionOption] = []
    cumulative_times: int | None = Field(None, ge=2, le=4)
    note_1: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> "DistributionProtected":
        if self.exists and not (self.options and self.note_1):
            raise ValueError("a version where §2D1.3 exists needs options and note_1")
        return self


SCHEMAS = {"drug_distribution_protected_1987": DistributionProtected}
