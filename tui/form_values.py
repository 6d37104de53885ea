"""Between widget text and case-file values, both ways, without judging them.

The form never decides whether a value is valid: text that reads as a date or a whole
number becomes one, anything else goes to the case model as typed, so that pydantic names
the problem. Empty fields are ABSENT (left out of the case).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .evaluation import ABSENT

_INTEGER = re.compile(r"^\s*[+-]?\d+\s*$")


def text_of(value: Any) -> str:
    """What a field shows for a loaded value."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def date_value(text: str) -> Any:
    text = text.strip()
    if not text:
        return ABSENT
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return text


def int_value(text: str) -> Any:
    if not text.strip():
        return ABSENT
    return int(text) if _INTEGER.match(text) else text.strip()


def str_value(text: str) -> Any:
    return text if text.strip() else ABSENT


def combine(*patches: dict[str, Any]) -> dict[str, Any]:
    """Merge form patches table by table, keeping ABSENT markers for the overlay."""
    merged: dict[str, Any] = {}
    for patch in patches:
        for key, value in patch.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = combine(merged[key], value)
            else:
                merged[key] = value
    return merged


def as_dict(value: Any) -> dict[str, Any]:
    """A loaded table, or an empty one if the file had something else there."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
