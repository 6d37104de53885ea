"""§2G2.5: recordkeeping offenses involving the production of sexually explicit materials;
failure to provide required marks in commercial electronic email (from Nov. 1, 1991)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G2.5",
    title="Recordkeeping Offenses Involving the Production of Sexually Explicit Materials; "
          "Failure to Provide Required Marks in Commercial Electronic Email",
    rules="ussg.guidelines.manual.ch2.s2g2_5.offense_level",
    table="recordkeeping_sexually_explicit",
    facts_key="recordkeeping",
    facts="ussg.guidelines.manual.ch2.s2g2_5.facts:RecordkeepingFacts",
    summary="recordkeeping offenses, sexually explicit materials (from Nov. 1, 1991)",
    notes=("entered from Nov. 1, 1991 (Amendment 372); refused before",),
    # the checklist trail: the two cross references
    checklist=("recordkeeping_sexually_explicit.production_cross_reference",
               "recordkeeping_sexually_explicit.trafficking_cross_reference"),
)
