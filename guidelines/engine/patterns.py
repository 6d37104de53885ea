"""Regular expressions compiled when first used, not at import (issue #17: most of a start's
patterns only serve an error message, a citation or a rarer statute, and compiling them cost
every start a few million instructions)."""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)``: the pattern is compiled at its first
    use (``.search``, ``.match``, ``.finditer`` ...) and kept."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)
