"""The shape of §2Q1.2's table (tables/hazardous_substances.toml) and of §2Q1.3's, which has
(a)-(b)(5) of the same shape (tables/environmental_pollutants.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph, Reference
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition


class Pollutants(Levels):
    """(a), (b)(1)(A)-(B), (b)(2)-(4) of fixed levels, (b)(5) the substantive offense's level."""

    ongoing_discharge: Paragraph  # (b)(1)(A)
    other_discharge: Paragraph  # (b)(1)(B)
    death_or_injury_likely: Paragraph  # (b)(2)
    disruption_evacuation_or_cleanup: Paragraph  # (b)(3)
    permit: Paragraph  # (b)(4)
    concealment: Reference  # (b)(5)


class HazardousSubstances(Pollutants):
    """§2Q1.2: also (b)(6) -2 and, from Nov. 1, 2004, (b)(7) +2."""

    simple_recordkeeping: Paragraph  # (b)(6)
    hazmat_conviction: Paragraph | NotInEdition  # (b)(7), Amendment 672


SCHEMAS = {"hazardous_substances": HazardousSubstances}
