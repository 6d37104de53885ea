"""The shape of §2M5.1's table (tables/export_controls_evasion.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Alternative(Closed):
    """A base level of (a): its paragraph, level, words and (for the controls) the case
    file's values of ``controls_evaded`` it names."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    text: str
    reaches: list[str] = []


class ExportControlsEvasion(MayNotExist):
    """One version of §2M5.1 (every edition from Nov. 1, 1987)."""

    heading: str  # "Base Offense Level (Apply the greater):"
    controls: Alternative  # (a)(1) ((a)(1)(A) from 2002)
    terrorism_country: Alternative | None = None  # (a)(1)(B), from Nov. 1, 2002
    otherwise: Alternative  # (a)(2)

    @model_validator(mode="after")
    def _complete(self) -> "ExportControlsEvasion":
        if not self.exists or not self.controls.reaches:
            raise ValueError("§2M5.1 exists in every edition; (a)(1) names the controls it "
                             "reaches")
        return self


SCHEMAS = {"export_controls_evasion": ExportControlsEvasion}
