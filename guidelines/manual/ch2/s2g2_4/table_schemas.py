"""The schema of §2G2.4's table (tables/child_pornography_possession.toml), checked when it
is loaded."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Kinds, Paragraph
from ussg.guidelines.manual.ch2.s2g2_2.table_schemas import ImagesTable


class Items(Paragraph):
    """(b)(2): "ten or more books, magazines, periodicals, films, video tapes, or other
    items"."""

    at_least: int
    note: str | None = None  # the commentary on what is one item (from Nov. 1, 2000)


class ChildPornographyPossession(MayNotExist):
    text: str | None = None  # exists = false: why (the registry quotes it)
    base_level: Paragraph | None = None
    prepubescent: Paragraph | None = None
    items: Items | None = None  # from Nov. 27, 1991 (Amendment 436)
    computer: Paragraph | None = None  # from Nov. 1, 1996 (Amendment 537)
    portrayal: Kinds | None = None  # from Apr. 30, 2003 (Amendment 649)
    images: ImagesTable | None = None  # from Apr. 30, 2003 (Amendment 649)
    production_cross_reference: CrossReference | None = None
    trafficking_cross_reference: CrossReference | None = None

    @model_validator(mode="after")
    def _complete(self) -> ChildPornographyPossession:
        needed = ("base_level", "prepubescent", "production_cross_reference",
                  "trafficking_cross_reference")
        if self.exists:
            missing = [name for name in needed if getattr(self, name) is None]
            if missing:
                raise ValueError(f"a version where §2G2.4 exists needs {', '.join(missing)}")
        elif self.text is None:
            raise ValueError("a version where §2G2.4 does not exist says why (text)")
        return self


SCHEMAS = {"child_pornography_possession": ChildPornographyPossession}
