"""The schema of §2E2.1's table (tables/extortionate_credit.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, Cap, CrossReference, NotInEdition)


class ExtortionateCredit(Common):
    base_level: int
    base_text: str
    weapon: Alternatives  # (b)(1)
    bodily_injury: Alternatives  # (b)(2)
    cap: Cap  # "the combined increase from (1) and (2) shall not exceed 9 levels"
    abduction_or_restraint: Alternatives  # (b)(3)
    murder_cross_reference: CrossReference | NotInEdition  # (c)(1) from Nov. 1, 1993 (479)


SCHEMAS = {"extortionate_credit": ExtortionateCredit}
