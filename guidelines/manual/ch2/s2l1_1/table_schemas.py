"""The shape of §2L1.1's table (tables/alien_smuggling.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.s2l2_1.table_schemas import Row


class Paragraphs(Closed):
    """Where each provision stands in the version (they moved with Amendment 692, 2006)."""

    a_security: str | None = None
    a_aggravated: str | None = None  # before Nov. 1, 1991 (a) is one level
    a_otherwise: str
    # from May 1, 1997 (Amendment 543):
    weapon: str | None = None
    risk: str | None = None
    injury: str | None = None
    injury_labels: list[str] | None = None  # the (b)(7) lines: ["(A)", ...] or ["(1)", ...]
    cross: str | None = None
    # the subsection (b)(1)(B) names when it is not a_otherwise: a misprint applied as printed
    # (Nov. 1, 2006 - Oct. 31, 2007: "(a)(2)", the level 23; b1_misprint says what corrected it)
    b1_names: str | None = None


class AlienSmuggling(Common):
    era: Literal["1987", "1997"] = "1997"  # "1987": before Amendment 543 (May 1, 1997)
    paragraph: Paragraphs
    cross_reference: Literal["homicide_if_greater", "murder"] | None = None
    base_security: int | None = None  # (a)(1) § 1327, alien inadmissible under § 1182(a)(3)
    base_aggravated_felon: int | None = None  # § 1327, alien deported after an aggravated felony
    base_otherwise: int  # (a)(3); the one level of (a) before Nov. 1, 1991
    text_a: str
    profit_increase: int | None = None  # (b)(1), Nov. 1, 1987 - Jan. 14, 1988: "for profit"
    profit_decrease: int | None = None
    subversive_knowledge: bool = False  # (b)(1) names knowledge of § 1182(a)(27)-(29)
    text_b1: str
    b1_misprint: str | None = None  # with paragraph.b1_names: the later correction, for the warning
    smuggling_prior: int | None = None  # (b)(2) until Oct. 31, 1992 (Amendment 450)
    text_b2: str | None = None
    aliens: list[Row] | None = None  # (b)(2) from Nov. 1, 1992
    deported_floor: int | None = None  # (b)(3) Nov. 1, 1989 - Apr. 30, 1997 (Amendment 192)
    text_b3: str | None = None
    felony_prior: int | None = None
    felony_priors: int | None = None
    minor: int | None = None  # (b)(4), Nov. 1, 2006 on
    text_b4: str | None = None
    discharged: int | None = None
    discharged_floor: int | None = None
    brandished: int | None = None
    brandished_floor: int | None = None
    possessed: int | None = None
    possessed_floor: int | None = None
    risk: int | None = None
    risk_floor: int | None = None
    bodily_injury: int | None = None
    serious_bodily_injury: int | None = None
    permanent_or_life_threatening_bodily_injury: int | None = None
    death: int | None = None
    detained: int | None = None  # (b)(8) Nov. 1, 2006 - Oct. 31, 2009, then (b)(8)(A)
    detained_floor: int | None = None
    prostitution: int | None = None  # (b)(8)(B), Nov. 1, 2009 on
    prostitution_minor: int | None = None
    convicted_1324a4: int | None = None  # (b)(9), Nov. 1, 2006 on
    text_c1: str | None = None

    @model_validator(mode="after")
    def _whole_for_its_era(self) -> AlienSmuggling:
        """From May 1, 1997 every paragraph of Amendment 543's guideline is there; before it,
        none of them."""
        since_1997 = ("cross_reference", "base_aggravated_felon", "profit_decrease", "aliens",
                      "felony_prior", "felony_priors", "discharged", "discharged_floor",
                      "brandished", "brandished_floor", "possessed", "possessed_floor", "risk",
                      "risk_floor", "bodily_injury", "serious_bodily_injury",
                      "permanent_or_life_threatening_bodily_injury", "death", "text_c1")
        where = ("weapon", "risk", "injury", "injury_labels", "cross")
        if (self.paragraph.b1_names is None) != (self.b1_misprint is None):
            raise ValueError("paragraph.b1_names and b1_misprint go together")
        if self.era == "1997":
            missing = [n for n in since_1997 if getattr(self, n) is None] + \
                [f"paragraph.{n}" for n in where + ("a_aggravated",)
                 if getattr(self.paragraph, n) is None]
            if missing:
                raise ValueError(f"a version from May 1, 1997 needs {', '.join(missing)}")
        else:
            present = [n for n in since_1997[4:] if getattr(self, n) is not None] + \
                [f"paragraph.{n}" for n in where if getattr(self.paragraph, n) is not None]
            if present:
                raise ValueError(f"a version before May 1, 1997 has no {', '.join(present)}")
            if (self.profit_increase is None) == (self.profit_decrease is None):
                raise ValueError("(b)(1) is an increase (1987) or a decrease")
            if (self.smuggling_prior is None) == (self.aliens is None):
                raise ValueError("(b)(2) is a prior conviction (to 1992) or the number of aliens")
        return self


SCHEMAS = {"alien_smuggling": AlienSmuggling}
