"""The facts §2D2.1 asks for (``[offense.possession]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2p1_2.facts import PrisonContrabandFacts

#: What the case file may say the substance is: the substance itself (read under the
#: category of (a) that names it in the edition applied), or, where the edition's category
#: alone decides the guideline, the category of the Nov. 1, 2010 text.
PossessedSubstance = Literal[
    "heroin_or_opiate", "cocaine_base", "cocaine", "lsd", "pcp", "flunitrazepam",
    "list_i_chemical", "other", "opiate_or_cocaine_base", "cocaine_flunitrazepam_lsd_or_pcp"]


class PossessionFacts(Strict):
    """§2D2.1, each fact from the edition that asks it."""

    substance: PossessedSubstance = Field(
        description="§2D2.1(a): the substance possessed (of several, the one of the highest "
        "level): \"heroin_or_opiate\" (heroin or any Schedule I or II opiate, or an analogue "
        "of these), \"cocaine_base\", \"cocaine\" (other than cocaine base), \"lsd\", \"pcp\", "
        "\"flunitrazepam\", \"list_i_chemical\" (from Nov. 1, 1997, Amendment 558) or "
        "\"other\" (any other controlled substance), each read under the edition's category: "
        "LSD is in (a)(1), 8, until Jan. 14, 1988 (Amendment 24), then in (a)(2), 6; cocaine "
        "base is \"cocaine\", (a)(2), 6, until Oct. 31, 1990, then in (a)(1), 8 (Amendment "
        "321); flunitrazepam is \"any other controlled substance\", (a)(3), 4, until Oct. 31, "
        "1997, then in (a)(2), 6 (Amendment 556). From Nov. 1, 2010 the category may be given "
        "instead: \"opiate_or_cocaine_base\" ((a)(1), 8), "
        "\"cocaine_flunitrazepam_lsd_or_pcp\" ((a)(2), 6; from Nov. 1, 1997) or \"other\" "
        "((a)(3), 4).")
    in_prison: bool = Field(
        False, description="§2D2.1(b)(1) ((b)(2) Nov. 1, 1995 - Oct. 31, 2010, Amendment 514; "
        "an error before): the offense involved possession of a controlled substance in a "
        "prison, correctional facility, or detention facility: \"apply §2P1.2 (Providing or "
        "Possessing Contraband in Prison)\", its level replacing (a)'s, from the §2P1.2 "
        "findings in [offense.possession.prison_contraband] (required with it).")
    prison_contraband: PrisonContrabandFacts | None = Field(
        None, description="With in_prison = true: the §2P1.2 findings (the keys of "
        "[offense.prison_contraband]); `object` is the controlled substance possessed as "
        "§2P1.2(a) names it (\"lsd\", \"pcp\", \"methamphetamine\", \"narcotic_drug\" or "
        "\"other_controlled_substance\"; LSD and PCP as `substance` names them).")
