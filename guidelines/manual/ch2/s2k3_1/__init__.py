"""§2K3.1: unlawfully transporting hazardous materials in commerce, Nov. 1, 1987 - Oct. 31, 1993
(deleted by consolidation with §2Q1.2, Amendment 481): "Apply the guideline provision for
§2Q1.2"; it reads §2Q1.2's facts table."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K3.1",
    title="Unlawfully Transporting Hazardous Materials in Commerce",
    rules="ussg.guidelines.manual.ch2.s2k3_1.offense_level",
    table="hazardous_materials_transport_1987",
    shares_facts_of=("2Q1.2",),
    summary="unlawfully transporting hazardous materials (1987-1993), facts in "
            "[offense.hazardous_substances]",
    notes=("Nov. 1, 1987 - Oct. 31, 1993 (refused after: §2Q1.2); computed through §2Q1.2 "
           "from §2Q1.2's facts table",),
)
