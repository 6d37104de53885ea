"""§2H3.2: manufacturing, distributing, advertising, or possessing an eavesdropping device, in
every edition from Nov. 1, 1987 (never amended)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H3.2",
    title="Manufacturing, Distributing, Advertising, or Possessing an Eavesdropping Device",
    rules="ussg.guidelines.manual.ch2.s2h3_2.offense_level",
    table="eavesdropping_device",
    facts_key="eavesdropping_device",
    facts="ussg.guidelines.manual.ch2.s2h3_2.facts:EavesdroppingDeviceFacts",
    summary="eavesdropping devices",
    checklist=("eavesdropping_device.pecuniary_gain",),
)
