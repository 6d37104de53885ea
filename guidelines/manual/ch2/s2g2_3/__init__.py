"""§2G2.3: selling or buying of children for use in the production of pornography (from
Nov. 1, 1989, Amendment 162): "(a) Base Offense Level: 38"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G2.3",
    title="Selling or Buying of Children for Use in the Production of Pornography",
    rules="ussg.guidelines.manual.ch2.s2g2_3.offense_level",
    table="selling_or_buying_children",
    summary="selling or buying of children for pornography (from 1989)",
)
