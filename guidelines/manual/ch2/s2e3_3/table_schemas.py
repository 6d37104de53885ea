"""The shape of §2E3.3's table (tables/other_gambling_2e3_3.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph


class OtherGambling(Levels):
    """One version of §2E3.3: (a), (b)(1), and the facts of §2E3.1's table it does not read."""

    commercial_gambling: Paragraph | None = None
    not_in_edition: dict[str, str] = {}


SCHEMAS = {"other_gambling_2e3_3": OtherGambling}
