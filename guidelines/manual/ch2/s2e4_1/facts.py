"""The case file's ``[offense.contraband_cigarettes]``: the facts §2E4.1 (Unlawful Conduct
Relating to Contraband Cigarettes and Smokeless Tobacco) reads. Part of the public schema
(``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class ContrabandCigarettesFacts(Strict):
    """§2E4.1 (Unlawful Conduct Relating to Contraband Cigarettes and Smokeless Tobacco)."""

    tax_evaded: Money = Field(
        description="(a)(2): the amount of the tax evaded, as the court found it, exact "
        "dollars (\"$45,000\"; \"0\" for none): state excise tax (comment. (n.1)), from Nov. "
        "1, 2008 (Amendment 724) state and local excise taxes; read in the §2T4.1 Tax Table "
        "of the same date, the greater of its level and 9.")
