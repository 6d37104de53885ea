"""Exact quantities: Decimal with units, no floats anywhere."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ussg.guidelines.engine.quantity import QuantityError, parse_quantity


@pytest.mark.parametrize(
    "text, grams",
    [("51 kg", "51000"), ("27.999 g", "27.999"), ("28 g", "28"), ("250 mg", "0.25"),
     ("1,500 mg", "1.5"), ("1 lb", "453.59237"), ("16 oz", "453.59237"), ("0.001 g", "0.001")],
)
def test_units_convert_exactly(text: str, grams: str) -> None:
    assert parse_quantity(text).amount == Decimal(grams)


def test_counted_units_are_their_own_dimension() -> None:
    assert parse_quantity("400 units").dimension == "units"
    assert parse_quantity("100 plants").dimension == "plants"


@pytest.mark.parametrize("text", ["-1 g", "0 g", "1 gram", "g", "1.2.3 g", "", "1e3 g", "nan g"])
def test_bad_quantities_are_refused(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_quantity(text)


def test_a_float_is_refused() -> None:
    with pytest.raises(QuantityError, match="string"):
        parse_quantity(28.0)  # type: ignore[arg-type]


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("100000"), places=3))
def test_grams_and_milligrams_agree(amount: Decimal) -> None:
    assert parse_quantity(f"{amount} g").amount == parse_quantity(f"{amount * 1000} mg").amount
    assert parse_quantity(f"{amount} kg").amount == amount * 1000


def _plain_as_written_before(value):
    """guidelines/engine/quantity.py's _plain before it grouped the digits with format's ","
    (kept here to show the two agree on every amount)."""
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    whole = f"{int(whole):,}" if whole.lstrip("-").isdigit() else whole
    return f"{whole}.{frac}" if frac else whole


@given(st.decimals(allow_nan=False, allow_infinity=False, places=None,
                   min_value=Decimal("-1e16"), max_value=Decimal("1e16")))
def test_plain_amount_as_before(value):
    from ussg.guidelines.engine.quantity import _plain
    assert _plain(value) == _plain_as_written_before(value)


@given(st.from_regex(r"[1-9][0-9]{0,8}(\.[0-9]{1,6})?|0\.[0-9]{0,5}[1-9]", fullmatch=True),
       st.sampled_from(["g", "units", "plants", "ml", "plant", "unit", "kg", "mg", "lb", "l"]),
       st.integers(1, 28))
def test_an_amount_in_its_base_unit_is_the_amount_as_read(number: str, unit: str,
                                                          precision: int) -> None:
    """A quantity in a base unit is not multiplied by its factor of 1 (parse_quantity); the
    product, made exactly, is the same Decimal digit for digit, whatever the caller's context:
    the amount read is kept exact as every other unit's is."""
    from decimal import Context, localcontext

    from ussg.guidelines.engine.quantity import UNITS

    dimension, factor = UNITS[unit]
    with localcontext(Context(prec=60)):
        exact = Decimal(number) * factor
    parse_quantity.cache_clear()
    with localcontext(Context(prec=precision)):
        read = parse_quantity(f"{number} {unit}")
    assert read.dimension == dimension
    assert read.amount.as_tuple() == exact.as_tuple()
