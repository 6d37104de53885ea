"""A term is read once per text (guidelines/engine/term.py, ``_term_of``: a prior record's
terms are read at each rule that measures one): what the kept reading gives is what reading
the text anew gives, and a text that is no term is refused every time it is read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.engine.term import TermError, _term_of, parse_term

UNITS = ["year", "years", "month", "months", "mo", "week", "weeks", "day", "days", "decades"]
_part = st.tuples(st.integers(-3, 10**7), st.sampled_from(UNITS)).map(lambda p: f"{p[0]} {p[1]}")
TEXTS = st.one_of(
    st.lists(_part, min_size=1, max_size=3).map(" and ".join),
    st.sampled_from(["life", "none", "", "1.5 years", "18", "18 months 2", "LIFE"]),
    st.text(max_size=12))


def _read(text: str) -> object:
    """What reading ``text`` anew gives (the function under the cache), or its refusal."""
    try:
        return _term_of.__wrapped__(text)
    except TermError as error:
        return ("refused", str(error))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_a_term_read_again_is_the_term_read_anew(text) -> None:
    expected = _read(text)
    for _ in range(2):  # the first reading may be kept, the second served from it
        try:
            got: object = parse_term(text)
        except TermError as error:
            got = ("refused", str(error))
        assert got == expected


def test_a_term_that_is_not_a_string_is_refused_before_the_cache() -> None:
    for value in (18, ["18 months"], None, 1.5):
        with pytest.raises(TermError, match="write a term as a string"):
            parse_term(value)  # type: ignore[arg-type]
