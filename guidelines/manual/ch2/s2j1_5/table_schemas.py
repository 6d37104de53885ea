"""The shape of §2J1.5's table (tables/material_witness_failure_to_appear.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph


class MaterialWitness(Levels):
    """One version of §2J1.5: (a)(1)-(2), (b)(1)."""

    substantial_interference: Paragraph


SCHEMAS = {"material_witness_failure_to_appear": MaterialWitness}
