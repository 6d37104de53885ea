"""The case file's ``[offense.border_tunnel]``: the facts §2X7.1 (Border Tunnels and
Subterranean Passages) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class BorderTunnelFacts(Strict):
    """§2X7.1 (Border Tunnels and Subterranean Passages), from Nov. 1, 2007."""

    convicted_under: Literal["(a)", "(b)", "(c)"] = Field(
        description="The subsection of 18 U.S.C. § 555 (§ 554 before Nov. 1, 2008) of "
        "conviction: \"(c)\" ((a)(1): 4 plus the underlying smuggling offense's level, at "
        "least 16), \"(a)\" ((a)(2): 16) or \"(b)\" ((a)(3): 8).")
    underlying_guideline: str | None = Field(
        None, description="With \"(c)\": the guideline of the underlying smuggling offense "
        "(comment. (n.1): the smuggling offense committed through the use of the tunnel or "
        "passage): \"2D1.1\" (from this count's drug facts, [offense] drugs), another "
        "guideline ussg computes, its facts in its own table of this count (\"2L1.1\" with "
        "[offense.smuggling]), or \"other\" (give underlying_offense_level).")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level applicable to "
        "the underlying smuggling offense, as determined.")

    @model_validator(mode="after")
    def _check(self) -> BorderTunnelFacts:
        if self.convicted_under != "(c)":
            if self.underlying_guideline is not None or self.underlying_offense_level is not None:
                raise ValueError("underlying_guideline is for convicted_under = \"(c)\" "
                                 "(the underlying smuggling offense of (a)(1))")
            return self
        if self.underlying_guideline is None:
            raise ValueError("convicted_under = \"(c)\" needs underlying_guideline (the "
                             "underlying smuggling offense)")
        if self.underlying_guideline == "other" and self.underlying_offense_level is None:
            raise ValueError("underlying_guideline = \"other\" needs underlying_offense_level")
        if self.underlying_guideline != "other" and self.underlying_offense_level is not None:
            raise ValueError("underlying_offense_level is for underlying_guideline = "
                             "\"other\"; a computed guideline's level comes from the facts")
        return self
