"""The shape of §2K3.1's table (tables/hazardous_materials_transport_1987.toml)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist


class ApplyAnother(MayNotExist):
    """A version of a guideline that is only an instruction to apply another: its words
    (``instruction``) and the guideline (``applies``), or why it does not exist (``text``)."""

    instruction: str | None = None
    applies: str | None = None
    text: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> ApplyAnother:
        if self.exists and None in (self.instruction, self.applies):
            raise ValueError("a version where the guideline exists needs instruction, applies")
        if not self.exists and self.text is None:
            raise ValueError("a version with exists = false needs text")
        return self


SCHEMAS = {"hazardous_materials_transport_1987": ApplyAnother}
