"""§2M3.5: tampering with Restricted Data Concerning Atomic Energy, in every edition from Nov. 1, 1987:
"(a) Base Offense Level: 24" (the words of (a) never amended)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M3.5",
    title="Tampering with Restricted Data Concerning Atomic Energy",
    rules="ussg.guidelines.manual.ch2.s2m3_5.offense_level",
    table="atomic_energy_restricted_data",
    summary="tampering with restricted data concerning atomic energy",
)
