"""The shape of §2G2.6's table (tables/child_exploitation_enterprise.toml), checked when it
is loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import Alternatives, Paragraph


class Enterprise(MayNotExist):
    """One version of §2G2.6 (``exists = false`` with ``text`` before Nov. 1, 2007)."""

    base_level: int | None = Field(None, ge=1, le=43)
    base_text: str | None = None
    age: Alternatives | None = None
    custodian: Paragraph | None = None
    # comment. (n.2(B)): "If the enhancement under subsection (b)(2) applies, do not apply
    # §3B1.3 (Abuse of Position of Trust or Use of Special Skill)."
    custodian_note: str | None = None
    conduct_2241: Paragraph | None = None
    computer: Paragraph | None = None
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "Enterprise":
        needed = (["base_level", "base_text", "age", "custodian", "custodian_note",
                   "conduct_2241", "computer"] if self.exists else ["text"])
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version {'where the guideline exists' if self.exists else 'with exists = false'} "
                             f"needs {', '.join(missing)}")
        return self


SCHEMAS = {"child_exploitation_enterprise": Enterprise}
