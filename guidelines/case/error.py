"""The one exception for bad input: :class:`CaseFileError`, raised by reading a case
(:func:`guidelines.load_case`, :func:`guidelines.parse_case`) and by computing it
(:func:`ussg.guidelines.calculate`) alike. It lists every problem found, each with its field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

#: At most this many problems are listed; the rest are counted ("and 7 more").
SHOWN_PROBLEMS = 20


class Problem(NamedTuple):
    """One thing wrong with a case: the field (a key path such as
    ``departures[0].to_level``; "" for the file as a whole), what is wrong, and the line of
    the case file where the key stands (None where it is not known)."""

    field: str
    message: str
    line: int | None = None


class CaseFileError(ValueError):
    """A case that cannot be used as written. ``where`` is the file ("" if not known),
    ``problems`` every :class:`Problem` found; ``field`` and ``message`` are the first one's.

    ``CaseFileError(where, field, message)`` states one problem; ``problems=`` several.
    """

    def __init__(self, where: str, field: str = "", message: str = "",
                 problems: Iterable[Problem | tuple] | None = None) -> None:
        listed = [Problem(*p) for p in problems] if problems else [Problem(field, message)]
        self.where, self.problems = where, listed
        self.field, self.message = listed[0].field, listed[0].message
        super().__init__(self._text())

    def in_file(self, where: str, lines: dict[str, int] | None = None) -> CaseFileError:
        """The same problems, said of the file ``where``; with ``lines`` (key path -> line,
        see guidelines/case/reading.py) each problem gets the line of its key."""
        problems = [p if p.line is not None or lines is None
                    else p._replace(line=line_of(p.field, lines)) for p in self.problems]
        if lines is not None:  # in the order of the file
            problems.sort(key=lambda p: (p.line is None, p.line or 0))
        return CaseFileError(where or self.where, problems=problems)

    def _text(self) -> str:
        if len(self.problems) == 1:
            return self._one(self.problems[0])
        shown = [f"  {self._one(p)}" for p in self.problems[:SHOWN_PROBLEMS]]
        more = len(self.problems) - SHOWN_PROBLEMS
        if more > 0:
            shown.append(f"  and {more} more")
        head = f"{self.where}: " if self.where else ""
        return "\n".join([f"{head}{len(self.problems)} problems:", *shown])

    def _one(self, problem: Problem) -> str:
        parts = [part for part in (self.where, problem.field, problem.message) if part]
        line = f" (line {problem.line})" if problem.line is not None else ""
        return ": ".join(parts) + line


def line_of(field: str, lines: dict[str, int]) -> int | None:
    """The line of ``field``'s key, else of the nearest enclosing key or table that has one
    (a key inside an inline table is found at the line of the table's key)."""
    path = field
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None
