"""The case file's ``[offense.material_witness]``: the facts §2J1.5 (Failure to Appear by
Material Witness) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class MaterialWitnessFacts(Strict):
    """§2J1.5 (Failure to Appear by Material Witness)."""

    in_respect_to: Literal["felony", "misdemeanor"] = Field(
        description="§2J1.5(a): the prosecution the failure to appear was in respect to: "
        "\"felony\" ((a)(1), 6) or \"misdemeanor\" ((a)(2), 4). Required.")
    substantial_interference: bool = Field(
        False, description="§2J1.5(b)(1), +3: the offense resulted in substantial interference "
        "with the administration of justice (comment. (n.1)); before Nov. 1, 1989 (Amendment "
        "177) \"substantially interfered with\" it.")
