"""Writing a case back to TOML: the same format ``load_case`` reads.

``parse_case(case_to_toml(case)) == case`` for every valid case: values are written as TOML
types (dates as TOML dates, quantities as the strings the user gave), keys that hold their
default are left out, except the offense guideline, which a reader expects to see.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import tomli_w

from .case import Case


def case_to_toml(case: Case) -> str:
    data = _plain(case.model_dump(mode="python", exclude_defaults=True))
    data.setdefault("offense", {}).setdefault("guideline", case.offense.guideline)
    data["offense"] = {"guideline": data["offense"].pop("guideline"), **data["offense"]}
    return tomli_w.dumps(_ordered(data, list(Case.model_fields)))


def _plain(value: Any) -> Any:
    """Enums to their values, recursively (TOML knows strings, not Python enums)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _ordered(data: dict[str, Any], order: list[str]) -> dict[str, Any]:
    return {key: data[key] for key in order if key in data}
