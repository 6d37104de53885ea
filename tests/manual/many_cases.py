"""Many audit cases through one real `ussg calc --format json` run: each case written as its
own TOML file, the JSON line of each computed one and the error line of each refused one read
back by file. Used by the audits of the editions (tests/manual/ch2/s2d1_1, ch3, ch4, ch5)."""

from __future__ import annotations

from pathlib import Path

import tomli_w

from tests.conftest import run_ussg


def calc_many(folder: Path, cases: list[tuple[str, dict]]) -> dict[str, tuple[dict | None, str]]:
    """{name: (the computation's JSON or None, the error line or "")} for each (name, case
    file data); every line on stderr is an error line, never a traceback."""
    paths = []
    for index, (_, data) in enumerate(cases):
        path = folder / f"case{index:03}.toml"
        path.write_text(tomli_w.dumps(data))
        paths.append(path)
    run = run_ussg("calc", *paths, "--format", "json")
    assert run.code in (0, 2), run.err
    outputs = {line["file"]: line for line in run.json_lines()}
    errors = {}
    for line in run.err.splitlines():
        assert line.startswith("ussg: "), line  # never a traceback
        errors[line.removeprefix("ussg: ").split(": ", 1)[0]] = line
    return {name: (outputs.get(str(path)), errors.get(str(path), ""))
            for (name, _), path in zip(cases, paths)}


def steps_in_order(result: dict, want, matches) -> None:
    """Each wanted (section, level, *detail) is a step of the result, in that order (the
    edition's steps left out); ``matches(step, section, level, detail)`` says whether one is."""
    steps = [s for s in result["steps"] if s["chapter"] != "edition"]
    remaining = iter(steps)
    for section, level, *detail in want:
        assert any(matches(s, section, level, tuple(detail)) for s in remaining), (
            (section, level, *detail),
            [(s["section"], s["level"], s["change"], s["input"][:60]) for s in steps])


def refused_naming(result: dict | None, error: str, field: str, words: str) -> None:
    """The case was refused (no result), its error naming ``field`` and saying ``words``."""
    assert result is None, (result and result["total_offense_level"])
    assert f": {field}: " in error, error
    assert words in error, error
