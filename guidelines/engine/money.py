"""Money: exact dollar amounts (loss, gain, value laundered, fines), never floats.

A case file states an amount as a TOML string with the dollar sign or without, with or
without thousands separators and cents: "$1,250,000", "1250000", "$95,000.50". A TOML
integer of whole dollars is accepted too (1_250_000). A float is refused (0.1 is not exact in
binary), as is a boolean, a negative amount, or more than two decimal places. In the library
an amount is :class:`Dollars` (a :class:`decimal.Decimal` subclass that prints as "$1,250,000"
or "$95,000.50"), compared exactly against a table's thresholds.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema

_AMOUNT = re.compile(r"\$?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?")
#: An amount of more than this many digits before the point is a mistake (the largest loss
#: tables end at "more than $550,000,000"; a trillion dollars is 13 digits).
MAX_DIGITS = 15


class Dollars(Decimal):
    """An exact amount of dollars, shown as the Manual writes amounts ("$1,250,000")."""

    def __str__(self) -> str:
        whole = self.to_integral_value()
        if whole == self:
            return f"${int(whole):,}"
        return f"${self:,.2f}"

    def __repr__(self) -> str:
        return f"Dollars({str(self)!r})"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Dollars alone as a pydantic type, as :data:`Money` reads and writes it: pydantic
        writes a field's default through it (``ussg schema`` shows a default of "$0")."""
        from pydantic_core import core_schema
        return core_schema.no_info_plain_validator_function(
            dollars, serialization=core_schema.plain_serializer_function_ser_schema(
                str, return_schema=core_schema.str_schema()))


def dollars(value: Any) -> Dollars:
    """``value`` as exact dollars: "$1,250,000", "1250000.50", or an integer of dollars."""
    if isinstance(value, Dollars):
        return value
    if isinstance(value, (bool, float)) or not isinstance(value, (int, str, Decimal)):
        from ussg.guidelines.case.reading import given  # the case file's words for a value
        exact = " (a float is not exact)" if isinstance(value, float) else ""
        raise ValueError(f"expected an amount of dollars, a string such as \"$1,250,000\" or "
                         f"an integer of dollars, got {given(value)}{exact}")
    if isinstance(value, int):
        if value < 0:
            raise ValueError("an amount of money cannot be negative")
        if len(str(value)) > MAX_DIGITS:
            raise ValueError(f"more than {MAX_DIGITS} digits of dollars")
        return Dollars(value)
    if isinstance(value, Decimal):
        value = str(value)
    text = value.strip()
    if text.startswith("-") or text.startswith("$-"):
        raise ValueError(f"{value!r}: an amount of money cannot be negative")
    if not _AMOUNT.fullmatch(text):
        raise ValueError(f"{value!r} is not an amount of dollars such as \"$1,250,000\" or "
                         f"\"95000.50\" (digits, optional thousands commas, at most two "
                         f"decimal places)")
    digits = text.lstrip("$").strip().replace(",", "")
    if len(digits.split(".")[0]) > MAX_DIGITS:
        raise ValueError(f"{value!r}: more than {MAX_DIGITS} digits of dollars")
    return Dollars(digits)


#: A pydantic field type for an amount in a case file: exact, strict about what it accepts,
#: written back as the string "$1,250,000".
Money = Annotated[
    Dollars,
    PlainValidator(dollars),
    PlainSerializer(lambda amount: str(amount), return_type=str),
    WithJsonSchema({"anyOf": [{"type": "string", "pattern": r"^\$?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$"},
                              {"type": "integer", "minimum": 0}],
                    "description": "an exact amount of dollars: \"$1,250,000\", \"95000.50\", "
                                   "or an integer of dollars"}),
]
