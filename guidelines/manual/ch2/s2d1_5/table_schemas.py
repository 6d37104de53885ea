"""The schema of §2D1.5's table (tables/continuing_criminal_enterprise.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions


class ContinuingCriminalEnterprise(LevelOptions):
    """A version of §2D1.5(a), and its Application Note 1 where the source has its words."""

    role_note: str | None = None  # "Do not apply any adjustment from Chapter Three, Part B"
    role_note_citation: str | None = None  # "§2D1.5, comment. (n.1)"


SCHEMAS = {"continuing_criminal_enterprise": ContinuingCriminalEnterprise}
