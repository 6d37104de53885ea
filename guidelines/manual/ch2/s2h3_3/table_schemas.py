"""The shape of §2H3.3's table (tables/obstructing_correspondence.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Base(Closed):
    paragraph: str
    level: int = Field(ge=1, le=43)
    text: str


class Applies(Closed):
    """A paragraph that applies another guideline: its paragraph, the guideline, its words."""

    paragraph: str
    guideline: str
    text: str


class ObstructingCorrespondence(MayNotExist):
    """One version of §2H3.3 (every edition from Nov. 1, 1987)."""

    heading: str
    base: Base  # (a)(1)
    theft: Applies  # (a)(2)
    destruction: Applies  # (a)(3) before Nov. 1, 2001; (a)(2) from then

    @model_validator(mode="after")
    def _complete(self) -> "ObstructingCorrespondence":
        if not self.exists:
            raise ValueError("§2H3.3 exists in every edition from Nov. 1, 1987")
        return self


SCHEMAS = {"obstructing_correspondence": ObstructingCorrespondence}
