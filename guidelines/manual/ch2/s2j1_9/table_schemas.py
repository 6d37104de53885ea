"""The shape of §2J1.9's table (tables/payment_to_witness.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph


class PaymentToWitness(Levels):
    """One version of §2J1.9: (a), (b)(1)."""

    payment: Paragraph


SCHEMAS = {"payment_to_witness": PaymentToWitness}
