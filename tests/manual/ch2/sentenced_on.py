"""A Chapter Two case sentenced on a given day, with no ``manual`` stated: the Manual in force
on ``sentencing_date`` applies (18 U.S.C. § 3553(a)(4); §1B1.11(a)). The audits of the
editions before 2016 run each amendment's edge this way, the day before and the day of its
effective date, through the real command line."""

from __future__ import annotations

from pathlib import Path

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps


def dated_case(tmp_path: Path, guideline: str, key: str, facts: str, day: str,
               more: str = "", category: str = "I") -> Path:
    """A one-count case file for ``guideline`` sentenced on ``day`` (``"1989-10-31"``) with
    the findings ``facts`` in ``[offense.<key>]``, then ``more``, criminal history
    ``category`` (category VI where a level below 9 meets the 1987 Sentencing Table, whose
    zero-minimum cells in the lower categories are refused: Amendment 270)."""
    path = tmp_path / f"{key}-{day}.toml"
    path.write_text(f"# §{guideline} sentenced on {day} (see the test that wrote this file)\n"
                    f"sentencing_date = {day}\n[offense]\nguideline = \"{guideline}\"\n"
                    f"[offense.{key}]\n{facts}\n{more}"
                    f"[criminal_history]\ncategory = \"{category}\"\n")
    return path


def level_on(capsys, tmp_path: Path, guideline: str, key: str, facts: str, day: str,
             more: str = "", category: str = "I") -> int:
    """The total offense level of the case sentenced on ``day``."""
    path = dated_case(tmp_path, guideline, key, facts, day, more, category)
    return calc_json(capsys, path)["total_offense_level"]


def steps_on(capsys, tmp_path: Path, guideline: str, key: str, facts: str, day: str,
             more: str = "", category: str = "I") -> list[tuple[str, int]]:
    """(section, level) of each Chapter Two step of the case sentenced on ``day``."""
    path = dated_case(tmp_path, guideline, key, facts, day, more, category)
    return chapter_two_steps(calc_json(capsys, path))


def refused_on(capsys, tmp_path: Path, guideline: str, key: str, facts: str, day: str,
               more: str = "", category: str = "I") -> str:
    """The message (exit 2) refusing the case sentenced on ``day``."""
    return calc_refused(capsys, dated_case(tmp_path, guideline, key, facts, day, more, category))


def reasons_on(capsys, tmp_path: Path, guideline: str, key: str, facts: str, day: str,
               more: str = "", category: str = "I") -> str:
    """Every Chapter Two step's reason of the case sentenced on ``day``, one a line."""
    path = dated_case(tmp_path, guideline, key, facts, day, more, category)
    return "\n".join(s["reason"] for s in calc_json(capsys, path)["steps"]
                     if s["chapter"] == "chapter_two")


def with_offense_keys(path: Path, keys: str) -> Path:
    """``path`` (a ``dated_case``) with ``keys`` (TOML lines) added to its [offense] table,
    before the guideline's facts table."""
    text = path.read_text()
    marker = "[offense]\n"
    path.write_text(text.replace(marker, marker + keys.rstrip("\n") + "\n", 1))
    return path
