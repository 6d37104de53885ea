"""The facts §2G2.4 reads: the case file's ``[offense.child_pornography_possession]``."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2g2_1.facts import Portrayal, ProductionFacts
from ussg.guidelines.manual.ch2.s2g2_2.facts import ChildPornographyFacts


class ChildPornographyPossessionFacts(Strict):
    """§2G2.4 (Nov. 1, 1991 - Oct. 31, 2004): the court's findings (all optional)."""

    prepubescent_minor: bool = Field(
        False, description="§2G2.4(b)(1), +2: the material involved a prepubescent minor or a "
        "minor under the age of twelve years.")
    items: Annotated[int, Field(ge=0, le=100_000_000)] = Field(
        0, description="§2G2.4(b)(2), +2 at ten or more: the number of books, magazines, "
        "periodicals, films, video tapes, or other items containing a visual depiction "
        "involving the sexual exploitation of a minor, as found (from Nov. 1, 2000 a computer "
        "file is one item, comment. (n.2)); from Nov. 27, 1991 (Amendment 436), ten or more "
        "refused before.")
    computer: bool = Field(
        False, description="§2G2.4(b)(3), +2: the defendant's possession of the material "
        "resulted from the defendant's use of a computer; from Nov. 1, 1996 (Amendment 537), "
        "refused before.")
    portrays: list[Portrayal] = Field(
        default_factory=list, description="§2G2.4(b)(4), +4: the material portrays "
        "\"sadistic_masochistic_or_violence\"; from Apr. 30, 2003 (Amendment 649), refused "
        "before (\"infant_or_toddler\" is never §2G2.4's).")
    images: Annotated[int, Field(ge=0, le=100_000_000)] = Field(
        0, description="§2G2.4(b)(5): the number of images (at least 10 +2, 150 +3, 300 +4, "
        "600 or more +5); from Apr. 30, 2003 (Amendment 649), ten or more refused before. The "
        "edition has no rule for videos: give the images as found.")
    production_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2G2.4(c)(1): the offense involved causing, transporting, "
        "permitting, or offering or seeking a minor to engage in sexually explicit conduct to "
        "produce a visual depiction: the §2G2.1 level as the court found it, applied (not "
        "only if greater). Or give the §2G2.1 findings (production).")
    production: ProductionFacts | None = Field(
        None, description="§2G2.4(c)(1): the §2G2.1 findings (the keys of [offense.production]), "
        "computed through the registry.")
    trafficking_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2G2.4(c)(2): the offense involved trafficking in the material "
        "(including receiving, transporting, shipping, advertising, or possessing it with "
        "intent to traffic): the §2G2.2 level as the court found it, applied (not only if "
        "greater). Or give the §2G2.2 findings (trafficking).")
    trafficking: ChildPornographyFacts | None = Field(
        None, description="§2G2.4(c)(2): the §2G2.2 findings (the keys of "
        "[offense.child_pornography]; convicted_under names the trafficking provision the "
        "conduct comes under, e.g. \"2252(a)(2)\"), computed through the registry.")
