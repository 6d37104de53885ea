"""The shape of §2X6.1's table (tables/use_of_minor_crime_of_violence.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist


class MinorCrimeOfViolence(MayNotExist):
    """One version of §2X6.1 (``exists = false`` with ``text`` before Nov. 1, 2004)."""

    plus: int | None = Field(None, ge=1)  # "4 plus the offense level from the guideline ..."
    text_a: str | None = None
    note_3b1_4: str | None = None  # comment. (n.2)
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "MinorCrimeOfViolence":
        needed = ["plus", "text_a", "note_3b1_4"] if self.exists else ["text"]
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version {'where the guideline exists' if self.exists else 'with exists = false'} "
                             f"needs {', '.join(missing)}")
        return self


SCHEMAS = {"use_of_minor_crime_of_violence": MinorCrimeOfViolence}
