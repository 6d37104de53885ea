"""§2Q1.1: knowing endangerment resulting from mishandling hazardous or toxic substances,
pesticides or other pollutants, in every edition from Nov. 1, 1987: "(a) Base Offense Level:
24"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2Q1.1",
    title="Knowing Endangerment Resulting From Mishandling Hazardous or Toxic Substances, "
          "Pesticides or Other Pollutants",
    rules="ussg.guidelines.manual.ch2.s2q1_1.offense_level",
    table="knowing_endangerment",
    summary="knowing endangerment (environmental)",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 2025 derived); comment. (n.1)'s upward "
           "departure if death or serious bodily injury resulted (to Oct. 31, 2025) is not "
           "computed",),
)
