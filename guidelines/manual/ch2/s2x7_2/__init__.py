"""§2X7.2: submersible and semi-submersible vessels (from Nov. 1, 2009)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X7.2",
    title="Submersible and Semi-Submersible Vessels",
    rules="ussg.guidelines.manual.ch2.s2x7_2.offense_level",
    table="submersible_vessels",
    facts_key="submersible_vessel",
    facts="ussg.guidelines.manual.ch2.s2x7_2.facts:SubmersibleVesselFacts",
    summary="submersible and semi-submersible vessels (from Nov. 1, 2009)",
    notes=("entered from Nov. 1, 2009 (Amendment 728)",),
    checklist=("submersible_vessels.vessel",),
)
