"""§2M6.2: violation of other federal atomic energy agency statutes, rules, and regulations, in
every edition from Nov. 1, 1987: (a) "(Apply the greater)" (1) 30 with intent to injure the
United States or to aid a foreign nation, (2) 6."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M6.2",
    title="Violation of Other Federal Atomic Energy Agency Statutes, Rules, and Regulations",
    rules="ussg.guidelines.manual.ch2.s2m6_2.offense_level",
    table="atomic_energy_violation",
    facts_key="atomic_energy_violation",
    facts="ussg.guidelines.manual.ch2.s2m6_2.facts:AtomicEnergyViolationFacts",
    summary="violation of other federal atomic energy agency statutes, rules, and regulations",
)
