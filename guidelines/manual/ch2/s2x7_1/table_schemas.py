"""The shape of §2X7.1's table (tables/border_tunnels.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Smuggling(Closed):
    """(a)(1): N plus the underlying smuggling offense's level, at least ``floor``."""

    paragraph: str
    plus: int
    floor: int
    text: str


class Fixed(Closed):
    """(a)(2), (a)(3): a level for a subsection of the statute."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    text: str


class BorderTunnels(MayNotExist):
    """One version of §2X7.1 (``exists = false`` with ``text`` before Nov. 1, 2007)."""

    statute: str | None = None  # "18 U.S.C. § 555" (§ 554 until Oct. 31, 2008)
    smuggling: Smuggling | None = None
    subsection_a: Fixed | None = None
    subsection_b: Fixed | None = None
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "BorderTunnels":
        needed = (["statute", "smuggling", "subsection_a", "subsection_b"] if self.exists
                  else ["text"])
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version {'where the guideline exists' if self.exists else 'with exists = false'} "
                             f"needs {', '.join(missing)}")
        return self


SCHEMAS = {"border_tunnels": BorderTunnels}
