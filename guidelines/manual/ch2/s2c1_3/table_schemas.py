"""The shape of §2C1.3's table (tables/conflict_of_interest.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph, Reference


class ConflictOfInterest(Levels):
    """One version of §2C1.3: (a), (b)(1), (c)(1) from Nov. 1, 2001."""

    harm_to_government: Paragraph
    cross_reference: Reference | None = None


SCHEMAS = {"conflict_of_interest": ConflictOfInterest}
