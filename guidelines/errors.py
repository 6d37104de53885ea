"""Errors a user can fix: each names the field of the case that is wrong."""

from __future__ import annotations


class CaseError(ValueError):
    """Bad input in a case. ``field`` is a dotted path such as ``offense.drugs[0].substance``."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message
