"""The schema of §2D1.7's table (tables/drug_paraphernalia.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions


class Paraphernalia(LevelOptions):
    """A version of §2D1.7: (a), and the words of the (b)(1) cross reference where the
    edition has it."""

    cross_reference: str | None = None


SCHEMAS = {"drug_paraphernalia": Paraphernalia}
