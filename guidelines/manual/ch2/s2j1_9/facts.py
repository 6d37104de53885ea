"""The case file's ``[offense.payment_to_witness]``: the facts §2J1.9 (Payment to Witness)
reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class PaymentToWitnessFacts(Strict):
    """§2J1.9 (Payment to Witness)."""

    payment_for: Literal["refusing_to_testify", "absenting_to_avoid_testifying"] | None = Field(
        None, description="§2J1.9(b)(1), +4: the payment was made or offered for the witness "
        "\"refusing_to_testify\" or for the witness \"absenting_to_avoid_testifying\" "
        "(absenting himself to avoid testifying). Before Nov. 1, 1989 (Amendment 181) (b)(1) "
        "reads \"for refusing to testify\", and its comment. (n.1) says that includes absenting "
        "oneself to avoid testifying: both reach it.")
