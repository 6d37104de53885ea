"""The case file's ``[offense.covert_agent_disclosure]``: the finding §2M3.9 (Disclosure of
Information Identifying a Covert Agent) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class CovertAgentDisclosureFacts(Strict):
    """§2M3.9(a): the access of the person who disclosed the information."""

    access: Literal["covert_agent_information", "other_classified_information"] = Field(
        description="§2M3.9(a): the information was disclosed by a person with, or who had, "
        "authorized access to classified information identifying a covert agent "
        "(\"covert_agent_information\", (a)(1), 30), or with authorized access only to other "
        "classified information (\"other_classified_information\", (a)(2), 25). The guideline "
        "does not apply to a person without such access (comment. (n.2): §2X5.1).")
