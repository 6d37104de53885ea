"""The shape of §2M4.1's table (tables/military_service_evasion.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph


class MilitaryServiceEvasion(Levels):
    """One version of §2M4.1: (a) ``bases``, (b)(1) ``induction``; ``not_in_wartime``: the
    1987 words "other than in time of war or armed conflict" (Amendment 336 deleted them)."""

    induction: Paragraph
    not_in_wartime: bool


SCHEMAS = {"military_service_evasion": MilitaryServiceEvasion}
