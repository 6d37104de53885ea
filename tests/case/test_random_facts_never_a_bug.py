"""Every guideline ussg computes, with findings drawn at random from its own facts model
(each key of its type: booleans, the words a key allows, dollar amounts, counts, nested
findings; or the table left out), under a date drawn from Nov. 1, 1987 to Oct. 31, 2025, through the batch
per-case function (`ussg calc` on JSON Lines): computed, or refused as bad input with the
field named (CaseFileError). Any other exception is a bug; none may come out.

This is how the §2B1.1/§2S1.1 internal error was found (a guideline named without the facts
its model needs); the test keeps the whole registry under the same check as it grows.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from ussg.guidelines.batch import CalculateCase
from ussg.guidelines.case.error import CaseFileError
from ussg.guidelines.manual.ch2.registry import chapter_two_guidelines

GUIDELINES = [g for g in chapter_two_guidelines() if g.rules]
SECTIONS = [g.section for g in GUIDELINES] + ["other"]
SUBSTANCES = ["heroin", "cocaine", "cocaine base", "methamphetamine", "marihuana",
              "fentanyl", "lsd"]
QUANTITIES = ["1 g", "28 g", "500 g", "5 kg", "100 kg"]
AMOUNTS = [0, 1, 100, 999, 2000, 5000, 6500, 6501, 15000, 40001, 95000, 250000, 1500000,
           10**7, 10**9]
FIRST, LAST = dt.date(1987, 11, 1), dt.date(2025, 10, 31)


def _value(draw, annotation, name: str, depth: int):
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        if "Dollars" in repr(args[0]):
            return f"${draw(st.sampled_from(AMOUNTS)):,}"
        return _value(draw, args[0], name, depth)
    if origin in (typing.Union, types.UnionType):
        return _value(draw, draw(st.sampled_from([a for a in args if a is not type(None)])),
                      name, depth)
    if origin is typing.Literal:
        return draw(st.sampled_from(args))
    if origin is list:
        inner = args[0]
        if typing.get_origin(inner) is typing.Literal:
            return draw(st.lists(st.sampled_from(typing.get_args(inner)), unique=True))
        if inner is str:
            return []
        return [_value(draw, inner, name, depth + 1)
                for _ in range(draw(st.integers(1, 2)))]
    if annotation is bool:
        return draw(st.booleans())
    if annotation is int:
        return draw(st.sampled_from([0, 1, 2, 3, 5, 8, 13, 25, 30, 43, 600]))
    if annotation is str:
        if "guideline" in name:
            return draw(st.sampled_from(SECTIONS))
        if "quantity" in name:
            return draw(st.sampled_from(QUANTITIES))
        return draw(st.sampled_from(SUBSTANCES + ["ephedrine", "x"]))
    if annotation is dt.date:
        return draw(st.dates(FIRST, LAST))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return draw(st.sampled_from(list(annotation))).value
    if "Dollars" in repr(annotation):
        return f"${draw(st.sampled_from(AMOUNTS)):,}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _findings(draw, annotation, depth + 1)
    return None


def _findings(draw, model: type[BaseModel], depth: int = 0) -> dict:
    out = {}
    for name, field in model.model_fields.items():
        if field.is_required() or (depth <= 2 and draw(st.integers(0, 2)) == 0):
            value = _value(draw, field.annotation, name, depth)
            if value is not None:
                out[name] = value
    return out


@st.composite
def cases(draw) -> dict:
    guideline = draw(st.sampled_from(GUIDELINES))
    offense: dict = {"guideline": guideline.section}
    if guideline.facts_key and guideline.facts is not None and draw(st.integers(0, 4)):
        offense[guideline.facts_key] = _findings(draw, guideline.facts)
    if guideline.uses_drugs or guideline.section == "2D1.1":
        offense["drugs"] = [{"substance": draw(st.sampled_from(SUBSTANCES)),
                             "quantity": draw(st.sampled_from(QUANTITIES))}]
    case = {"offense": offense,
            "criminal_history": {"category": draw(st.sampled_from(["I", "III", "VI"]))}}
    when = draw(st.dates(FIRST, LAST))
    if draw(st.booleans()):
        case["sentencing_date"] = when
    else:
        case["manual"] = when.isoformat()
    return case


@settings(max_examples=400, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=cases())
def test_random_findings_are_computed_or_refused_never_a_bug(case: dict) -> None:
    try:
        output = CalculateCase()(case, "<random findings>")
    except CaseFileError as error:
        assert error.problems and all(p.field or p.message for p in error.problems)
        return
    level = output.get("table_offense_level")  # the level the Sentencing Table is read at
    assert level is None or 1 <= level <= 43, level
