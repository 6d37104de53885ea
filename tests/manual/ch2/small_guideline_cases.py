"""A one-count case of a small guideline, computed in-process (the edges) or written for the
real CLI (the worked cases): category VI unless told, since the 1987 Sentencing Table's
zero-minimum cells are refused (Amendment 270) and the offense level does not depend on it."""

from __future__ import annotations

from pathlib import Path

from ussg.guidelines import calculate, parse_case


def case_text(guideline: str, key: str | None, manual: str, facts: str = "",
              category: str = "VI", more: str = "") -> str:
    table = f"[offense.{key}]\n{facts}\n" if key else ""
    return (f'manual = "{manual}"\n[offense]\nguideline = "{guideline}"\n{more}{table}'
            f'[criminal_history]\ncategory = "{category}"\n')


def steps(guideline: str, key: str | None, manual: str, facts: str = "",
          more: str = "") -> list[tuple[str, str, int]]:
    """(section, change, level) of each Chapter Two step."""
    computation = calculate(parse_case(case_text(guideline, key, manual, facts, more=more)))
    return [(s.section, s.change, s.level) for s in computation.steps
            if s.chapter == "chapter_two"]


def write_case(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(text)
    return path
