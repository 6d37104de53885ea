"""The shape of §2N1.1's table (tables/consumer_product_tampering.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Reference
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition
from ussg.guidelines.manual.ch2.s2q1_4.table_schemas import VictimInjury


class ConsumerProductTampering(Levels):
    """A version of §2N1.1: (a) 25; (b) and (c) by edition; (d)(1) from Nov. 1, 1991."""

    injury: VictimInjury | NotInEdition  # (b)(1) from 1991
    death: Reference | NotInEdition  # (c)(1) from 1991
    attempted_murder: Reference | NotInEdition  # (c)(2) from 1991
    extortion: Reference | NotInEdition  # (b)(1) 1990-1991, (c)(3) from 1991
    several_victims: Reference | NotInEdition  # (d)(1) from 1991 (a note)


SCHEMAS = {"consumer_product_tampering": ConsumerProductTampering}
