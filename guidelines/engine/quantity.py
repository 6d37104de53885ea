"""Exact drug quantities: a Decimal with a unit, never a float.

The Drug Quantity Table of §2D1.1(c) compares weights against thresholds such as
"at least 28 G"; a float could put 28 g on the wrong side of that line. Every
quantity here is a :class:`decimal.Decimal` in a base unit (grams for weight,
units for counted doses, plants for marihuana plants).
"""

from __future__ import annotations

import re
from decimal import Decimal, DecimalException, Inexact, localcontext
from functools import lru_cache

from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.engine.errors import shorten

# Exact legal definitions: 1 lb = 453.59237 g (avoirdupois pound), 1 oz = lb / 16.
_POUND_G = Decimal("453.59237")
_OUNCE_G = _POUND_G / 16

_ONE = Decimal(1)  # the factor of a base unit (one object: parse_quantity asks for it)

#: unit spelled by the user -> (dimension, factor to the base unit of that dimension)
UNITS: dict[str, tuple[str, Decimal]] = {
    "mg": ("mass", Decimal("0.001")),
    "g": ("mass", _ONE),
    "kg": ("mass", Decimal(1000)),
    "oz": ("mass", _OUNCE_G),
    "lb": ("mass", _POUND_G),
    "lbs": ("mass", _POUND_G),
    "unit": ("units", _ONE),
    "units": ("units", _ONE),
    "plant": ("plants", _ONE),
    "plants": ("plants", _ONE),
    # Liquids the Drug Conversion Tables measure by volume (GHB, 1,4-butanediol, GBL) and
    # liquid pills of §2D1.1(c) note (F) ("one 'unit' means 0.5 milliliters").
    "ml": ("volume", _ONE),
    "l": ("volume", Decimal(1000)),
}

BASE_UNIT = {"mass": "g", "units": "units", "plants": "plants", "volume": "ml"}

#: At most this many digits in a quantity: more than any real quantity needs, and few enough
#: that the arithmetic on it stays exact (a longer string is refused before Decimal sees it).
MAX_QUANTITY_DIGITS = 15

_QUANTITY = re.compile(r"^\s*([0-9][0-9,_]*(?:\.[0-9]+)?|\.[0-9]+)\s*([A-Za-z]+)\s*$")


class QuantityError(ValueError):
    """A quantity that cannot be read: the message says what was wrong."""


@frozen_record(slots=True)
class Quantity:
    """An exact amount in the base unit of its dimension (g, units or plants)."""

    amount: Decimal
    dimension: str

    @property
    def unit(self) -> str:
        return BASE_UNIT[self.dimension]

    def __add__(self, other: Quantity) -> Quantity:
        if other.dimension != self.dimension:
            raise QuantityError(f"cannot add {other.dimension} to {self.dimension}")
        return Quantity(self.amount + other.amount, self.dimension)

    def __str__(self) -> str:
        return format_amount(self.amount, self.dimension)


@lru_cache(maxsize=65536)
def parse_quantity(text: str) -> Quantity:
    """Read "51 kg", "27.999 g", "1,500 mg", "40 plants", "250 ml" exactly."""
    if not isinstance(text, str):
        raise QuantityError(
            "a quantity is written as a string with its unit, e.g. \"51 kg\" "
            "(a bare number would lose exactness)"
        )
    match = _QUANTITY.match(text)
    if not match:
        raise QuantityError(f"{shorten(text)} is not a quantity such as \"51 kg\" or "
                            f"\"27.999 g\"")
    number, unit = match.group(1).replace(",", "").replace("_", ""), match.group(2).lower()
    if unit not in UNITS:
        known = ", ".join(sorted({u for u in UNITS if not u.endswith("s") or u == "lbs"}))
        raise QuantityError(f"unknown unit {shorten(match.group(2))} in {shorten(text)} (known "
                            f"units: {known})")
    digits = len(number) - ("." in number)
    if digits > MAX_QUANTITY_DIGITS:
        raise QuantityError(f"{shorten(text)} has {digits:,} digits; a quantity has at most "
                            f"{MAX_QUANTITY_DIGITS}")
    value = Decimal(number)
    if value <= 0:
        raise QuantityError(f"{shorten(text)}: a quantity must be greater than zero")
    dimension, factor = UNITS[unit]
    if factor is _ONE:  # already in the base unit (g, units, plants, ml): the amount as read,
        return Quantity(value, dimension)  # which is what multiplying it exactly by 1 gives
    with localcontext(prec=60) as context:  # exact: 15 digits times a factor of at most 11
        context.traps[Inexact] = True
        try:
            return Quantity(value * factor, dimension)
        except DecimalException as exc:  # pragma: no cover - the digit limit prevents it
            raise QuantityError(f"{shorten(text)} is not a quantity ussg can compute "
                                f"exactly") from exc


@lru_cache(maxsize=65536)
def format_amount(amount: Decimal, dimension: str) -> str:
    """Render an amount the way the Manual writes it: kg from 1,000 g, mg below 1 g."""
    if dimension == "mass":
        if amount >= 1000:
            return f"{_plain(amount / 1000)} kg"
        if 0 < amount < 1:
            return f"{_plain(amount * 1000)} mg"
        return f"{_plain(amount)} g"
    return f"{_plain(amount)} {BASE_UNIT[dimension]}"


def _plain(value: Decimal) -> str:
    if not value.is_signed():  # every quantity: the whole part grouped by thousands in C
        return format(value.normalize(), ",f")
    # (a negative amount, which no quantity is, as before: "-0.5" was written "0.5")
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    whole = f"{int(whole):,}" if whole.lstrip("-").isdigit() else whole
    return f"{whole}.{frac}" if frac else whole
