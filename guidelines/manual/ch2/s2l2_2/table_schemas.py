"""The shape of §2L2.2's table (tables/document_own_use.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common


class DocumentOwnUse(Common):
    base: int
    text_a: str
    deported: int | None = None  # (b)(1) from Nov. 1, 1989 (Amendment 196)
    text_b1: str | None = None
    felony_prior: int | None = None  # Amendment 544, May 1, 1997
    felony_priors: int | None = None
    us_passport: int | None = None  # (b)(3), Nov. 1, 2004 on
    foreign_passport: int | None = None  # (b)(3)(B), Nov. 1, 2006 on
    # (b)(4), Nov. 1, 2012 on (Amendment 765): concealing a serious human rights offense
    human_rights_membership: int | None = None
    human_rights_membership_floor: int | None = None
    incitement_to_genocide: int | None = None
    other_human_rights_offense: int | None = None
    other_human_rights_floor: int | None = None
    text_b4: str | None = None


SCHEMAS = {"document_own_use": DocumentOwnUse}
