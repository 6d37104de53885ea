"""In-process computation of a tax case (no command line): the Chapter Two level of one count
under a guideline and edition, for the many threshold edges of the tax tests."""

from __future__ import annotations

from ussg import calculate
from ussg.guidelines.case.model import Case


def chapter_two(manual: str, guideline: str, key: str | None, facts: dict,
                category: str = "VI") -> list[tuple[str, int]]:
    """(section, level) of each Chapter Two step. Category VI by default: the 1987 Sentencing
    Table's cells of category I at low levels are not known (Amendment 270) and refused."""
    offense: dict = {"guideline": guideline}
    if key is not None:
        offense[key] = facts
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": category},
                                "offense": offense})
    return [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"]


def level(manual: str, guideline: str, key: str | None, facts: dict) -> int:
    """The Chapter Two offense level (the last Chapter Two step's)."""
    found = chapter_two(manual, guideline, key, facts)[-1][1]
    assert 1 <= found <= 43
    return found
