"""The case file's ``[offense.involuntary_manslaughter]``: the facts §2A1.4 (Involuntary
Manslaughter) reads. A kind of conduct, or the special instruction, that the edition applied
does not have is refused, naming its field."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict

#: What the offense involved, as (a) names it: (a)(1), (a)(2) ((a)(2)(A) from Nov. 1, 2004)
#: and, from Nov. 1, 2004 (Amendment 663), (a)(2)(B)
Conduct = Literal["criminally_negligent", "reckless",
                  "reckless_operation_of_means_of_transportation"]


class InvoluntaryManslaughterFacts(Strict):
    """§2A1.4: the conduct the offense involved (required) and the special instruction."""

    conduct: Conduct = Field(
        description="§2A1.4(a), what the offense involved: \"criminally_negligent\" ((a)(1): "
        "12; 10 before Nov. 1, 2003), \"reckless\" ((a)(2), (a)(2)(A) from Nov. 1, 2004: 18; "
        "14 before Nov. 1, 2003) or \"reckless_operation_of_means_of_transportation\" ((a)(2)(B), "
        "22, the greater of (a)(2); from Nov. 1, 2004, Amendment 663: refused before, where "
        "such a homicide is \"reckless\"). Comment. (n.1) defines the terms.")
    more_than_one_person: bool = Field(
        False, description="§2A1.4(b)(1) (from Nov. 1, 2004, Amendment 663; refused before): "
        "the offense involved the involuntary manslaughter of more than one person: Chapter "
        "Three, Part D applies as if each person's had been a separate count; this count is "
        "one person's (give each other as a count of its own).")
