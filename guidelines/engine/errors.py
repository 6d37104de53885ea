"""Errors a user can fix: each names the field of the case that is wrong."""

from __future__ import annotations

import reprlib

from ussg.guidelines.case.error import CaseFileError


class CaseError(CaseFileError):
    """Bad input in a case, found by the engine. ``field`` is a dotted path such as
    ``offense.drugs[0].substance``. A :class:`CaseFileError` with no file yet:
    :func:`ussg.guidelines.calculate` names the file when it is given one (``where``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__("", field, message)



_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxlong, _SHORT.maxother = 3, 80, 40, 80


def shorten(value: object, limit: int = 80) -> str:
    """``repr(value)`` cut to about ``limit`` characters (and three levels of nesting), so an
    error message never echoes a whole hostile value, such as a 10 MB substance name or a
    table nested 5,000 deep, back to the user."""
    if isinstance(value, str) and len(value) > limit:
        return f"{value[:limit]!r}… ({len(value):,} characters)"
    if isinstance(value, int) and abs(value).bit_length() > 128:  # repr fails past 4,300 digits
        return f"an integer of about {int(abs(value).bit_length() * 0.30103) + 1:,} digits"
    text = _SHORT.repr(value)
    return text if len(text) <= limit + 2 else f"{text[:limit]}…"


def shorten_text(text: str, limit: int = 80) -> str:
    """``text`` as written (no quotes) when short, else cut like :func:`shorten`."""
    return text if len(text) <= limit else shorten(text, limit)
