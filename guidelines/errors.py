"""Errors a user can fix: each names the field of the case that is wrong."""

from __future__ import annotations

from .casefile_error import CaseFileError


class CaseError(CaseFileError):
    """Bad input in a case, found by the engine. ``field`` is a dotted path such as
    ``offense.drugs[0].substance``. A :class:`CaseFileError` with no file yet:
    :func:`guidelines.calculate` names the file when it is given one (``where``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__("", field, message)
