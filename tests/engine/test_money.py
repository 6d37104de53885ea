"""Money is exact: engine/money.py reads "$1,250,000", "95000.50" or whole dollars, refuses
floats, booleans, negatives and a third decimal place, and writes amounts back unchanged."""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st
from pydantic import BaseModel, ConfigDict, ValidationError

from ussg.guidelines.engine.money import Dollars, Money, dollars


class Amount(BaseModel):
    model_config = ConfigDict(strict=True)
    loss: Money


@given(st.integers(min_value=0, max_value=10**14), st.integers(min_value=0, max_value=99))
def test_an_amount_written_any_way_reads_exactly_and_prints_back(whole: int, cents: int) -> None:
    exact = Decimal(whole) + Decimal(cents) / 100
    for text in (f"${whole:,}.{cents:02d}", f"{whole}.{cents:02d}", f"$ {whole}.{cents:02d}"):
        read = Amount(loss=text).loss
        assert read == exact and isinstance(read, Dollars)
        assert dollars(str(read)) == exact  # its printed form reads back to the same amount
    assert Amount(loss=whole).loss == whole


@pytest.mark.parametrize("value", [1.5, 0.1, True, False, -1, "-5", "$-5", "1,2345", "$1.234",
                                   "1e6", "", "$", "12 dollars", None, [1]])
def test_what_is_not_an_exact_amount_is_refused(value: object) -> None:
    with pytest.raises(ValidationError):
        Amount(loss=value)


def test_amounts_print_as_the_manual_writes_them() -> None:
    assert str(dollars("1250000")) == "$1,250,000"
    assert str(dollars("$95,000.5")) == "$95,000.50"
    assert Amount(loss="$6,500").model_dump() == {"loss": "$6,500"}


def test_an_amount_default_is_written_in_the_schema_as_the_case_file_writes_it() -> None:
    """A Money field whose default is an amount (§2T1.3's understatement: "$0") is written in
    the JSON Schema as the case file writes an amount, not left out with a warning that
    pydantic cannot encode a Dollars; and the whole case schema builds without one."""
    import warnings

    from ussg.guidelines.case.model import Case

    class Amounts(BaseModel):
        model_config = ConfigDict(strict=True)
        owed: Money = Dollars(0)
        paid: Money = Dollars("1250.50")

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        schema = Amounts.model_json_schema()
        Case.model_json_schema()
    assert schema["properties"]["owed"]["default"] == "$0"
    assert schema["properties"]["paid"]["default"] == "$1,250.50"
