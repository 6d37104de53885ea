"""The schema of §2D2.1's table (tables/drug_possession.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions


class Possession(LevelOptions):
    """A version of §2D2.1: (a)'s options and the words of the (b)(1) cross reference."""

    cross_reference: str | None = None


SCHEMAS = {"drug_possession": Possession}
