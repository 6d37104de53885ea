"""§2N2.1: violations of statutes and regulations dealing with any food, drug, biological
product, device, cosmetic, agricultural product, or consumer product, in every edition from
Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2N2.1",
    title="Violations of Statutes and Regulations Dealing With Any Food, Drug, Biological "
          "Product, Device, Cosmetic, Agricultural Product, or Consumer Product",
    rules="ussg.guidelines.manual.ch2.s2n2_1.offense_level",
    table="food_drug_regulatory",
    facts_key="food_drug_regulatory",
    facts="ussg.guidelines.manual.ch2.s2n2_1.facts:FoodDrugRegulatoryFacts",
    summary="food, drug, agricultural or consumer product regulatory offenses",
    notes=("entered from Nov. 1, 1987 (derived before Nov. 1, 2008 and Nov. 1, 2023 - Oct. 31, "
           "2025); the fraud cross reference through §2F1.1 or §2B1.1 by date, the other "
           "offense through the registry or as stated; before Nov. 1, 1992 comment. (n.2)'s "
           "\"rather than this guideline\" is the case's choice of guideline; the departures "
           "of comment. (n.1) and (n.3) are not computed",),
    checklist=("food_drug_regulatory.repeat_331",),
)
