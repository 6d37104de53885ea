"""Review 13: the words each round-12 table (§§2Q1.1-2Q1.6, §§2M5.1-2M5.3, §2H3.3) enters for
the 2016 and the 2025 Manual are found within the lines of that Manual its ``source`` cites.

For each table, the version in force on Nov. 1, 2016 and the one in force on Nov. 1, 2025 are
read; every ``text`` (and ``text_a``) of the version must appear, letters and digits only,
within the union of the line ranges its ``source`` gives for GLM2016_fulltext.txt or
GLM2025_fulltext.txt (parentheticals such as "(historical note: 481, 553)" are not ranges;
the 2025 text's page breaks, "===== [PDF page ...]" down to the running head, are skipped).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import REFERENCE

MANUALS = {2016: REFERENCE / "manual_2016" / "GLM2016_fulltext.txt",
           2025: REFERENCE / "manual_2025" / "GLM2025_fulltext.txt"}
TABLES = ("knowing_endangerment", "hazardous_substances", "environmental_pollutants",
          "public_water_system", "federal_lands_devices", "export_controls_evasion",
          "arms_export", "material_support_terrorists", "obstructing_correspondence")


def _without_parentheticals(text: str) -> str:
    out, depth = [], 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def cited_lines(source: str, year: int) -> list[tuple[int, int]]:
    """The line ranges ``source`` cites in the ``year`` Manual's full text."""
    name = f"GLM{year}_fulltext.txt"
    ranges = []
    for part in source.split(";"):
        if name not in part:
            continue
        after = _without_parentheticals(part.split(name, 1)[1])
        for first, last in re.findall(r"\b(\d{3,6})(?:-(\d{3,6}))?\b", after):
            ranges.append((int(first), int(last or first)))
    return ranges


def letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def manual_words(year: int, ranges: list[tuple[int, int]]) -> str:
    lines = MANUALS[year].read_text(encoding="utf-8").splitlines()
    kept = []
    for first, last in ranges:
        skipping = False
        for line in lines[first - 1:last]:
            if line.startswith("===== [PDF page"):
                skipping = True
            elif skipping and "Guidelines Manual (November" in line:
                skipping = False
            elif not skipping:
                kept.append(line)
    return letters(" ".join(kept))


def texts(data) -> list[str]:
    """Every ``text`` (and ``text_a``) in a version's data."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("text", "text_a") and isinstance(value, str):
                found.append(value)
            else:
                found.extend(texts(value))
    elif isinstance(data, list):
        for item in data:
            found.extend(texts(item))
    return found


@pytest.mark.skipif(not all(p.exists() for p in MANUALS.values()),
                    reason="the reference Manuals are not on this machine")
@pytest.mark.parametrize("year", (2016, 2025))
@pytest.mark.parametrize("name", TABLES)
def test_the_words_entered_are_within_the_lines_cited(name, year):
    table = load_table(name)
    day = dt.date(year, 11, 1)
    version = [v for v in table.versions if v.effective <= day][-1]
    ranges = cited_lines(version.source, year)
    assert ranges, f"{name} ({version.effective}) cites no lines of the {year} Manual"
    words = manual_words(year, ranges)
    missing = [t for t in texts(version.data) if letters(t) not in words]
    assert not missing, (f"{name} ({version.effective}): not within GLM{year} lines "
                         f"{ranges}: {missing}")
