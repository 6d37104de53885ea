"""The facts §2Q1.3 (Mishandling of Other Environmental Pollutants; Recordkeeping, Tampering,
and Falsification) reads: the case file's ``[offense.environmental_pollutants]``, §2Q1.2's
(b)(1)-(5) (s2q1_2/facts.py)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.s2q1_2.facts import PollutantFacts


class EnvironmentalPollutantsFacts(PollutantFacts):
    """§2Q1.3: (b)(1)-(5) (all optional)."""
