"""Every bundled example (examples/*.toml) runs through the real `ussg calc`, and the numbers
its comments work by hand are the ones ussg prints: the Sentencing Table range, the range
after the statutory limits and any consecutive term, and the offense level read in the
table. README.md's own figures for an example ("`examples/robbery-2025.toml` ... 151–188
months", "level 13") are checked against the same output. A difference is a wrong comment,
a wrong README sentence or a wrong computation: each is looked at by hand, never re-recorded."""

import functools
import json
import re

import pytest

from tests.conftest import EXAMPLES, ROOT, run_ussg

PATHS = sorted(EXAMPLES.glob("*.toml"))


@functools.cache
def outputs() -> dict[str, dict]:
    run = run_ussg("calc", "--format", "json", *PATHS)
    assert run.code == 0, run.err
    results = [json.loads(line) for line in run.out.splitlines()]
    assert len(results) == len(PATHS)
    return {path.stem: result for path, result in zip(PATHS, results)}


def _months(found: dict | None) -> str | None:
    if not found:
        return None
    if found["life"]:
        return "life"
    return f"{found['min_months']}–{found['max_months']} months"


def _said(text: str, months: str) -> bool:
    if months == "life":
        return "life" in text
    low, high = months.split(" ")[0].split("–")
    return re.search(rf"\b{low}\s*[-–]\s*{high}\s+months", text) is not None


def _comments(path) -> str:
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if line.lstrip().startswith("#"))


def test_every_example_computes() -> None:
    assert set(outputs()) == {p.stem for p in PATHS} and len(PATHS) > 60


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_the_comments_work_the_range_ussg_prints(path) -> None:
    result = outputs()[path.stem]
    comments = _comments(path)
    for name in ("range", "statutory_range", "total_range"):
        months = _months(result.get(name))
        if months is not None:
            assert _said(comments, months), f"{path.name}: {name} {months} not in its comments"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_the_comments_reach_the_level_ussg_reads_in_the_table(path) -> None:
    level = outputs()[path.stem]["table_offense_level"]
    assert re.search(rf"(level|->|→|=|as|:)\s*{level}\b", _comments(path)), (
        f"{path.name}: level {level} not in its comments")


def _readme_figures() -> list[tuple[str, str, str]]:
    """README's "`examples/NAME.toml` works ... (level N; A–B months)": (name, months, text)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.finditer(r"`examples/([a-z0-9.\-]+)\.toml`((?:(?!`examples/)[^|]){0,200}?)"
                        r"\b(\d+)–(\d+)\s+months", text)
    return [(m.group(1), f"{m.group(3)}–{m.group(4)} months", m.group(2)) for m in found]


def test_readme_quotes_the_examples_figures() -> None:
    figures = _readme_figures()
    assert len(figures) >= 10
    for name, months, between in figures:
        result = outputs()[name]
        printed = {_months(result.get(k)) for k in ("range", "statutory_range", "total_range")}
        assert months in printed, (name, months, printed)
        for level in re.findall(r"level (\d+)", between):
            assert int(level) in (result["total_offense_level"],
                                  result["table_offense_level"]), (name, level)
        category = re.search(r"category ([IV]+)", between)
        if category:
            assert category.group(1) == result["criminal_history_category"], name
