"""Review 14: the words each round-13 table (§§2N1.1-2N3.1, §2P1.3, §2K1.1, §2H2.1, §2H3.2,
§2H4.2, §2C1.8) enters are found within the lines its ``source`` cites.

Two checks, with test_round12_cited_lines.py's reading of a ``source``:
- the version in force on Nov. 1, 2016 and on Nov. 1, 2025: every ``text`` within the lines of
  that year's Manual the source cites (as for round 12);
- every version, derived ones included: every ``text`` within the union of every line the
  source cites, in the Manuals and in Appendix C (whose page headers, like the 2025 Manual's
  page breaks, are skipped), but for the texts a version declares spliced below.
A ``text`` quoting two clauses with " ... " between them is looked for clause by clause.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import REFERENCE
from tests.manual.ch2.test_round12_cited_lines import (
    MANUALS, _without_parentheticals, cited_lines, letters, manual_words, texts)

TABLES = ("consumer_product_tampering", "tampering_threat", "tampering_to_injure_business",
          "food_drug_regulatory", "odometer", "prison_riot", "explosives_reporting_storage",
          "obstructing_election", "eavesdropping_device", "migrant_agricultural_worker",
          "election_campaign")
FILES = {"GLM2016_fulltext.txt": MANUALS[2016], "GLM2025_fulltext.txt": MANUALS[2025],
         **{f"APPENDIX_C_{part}.txt": REFERENCE / "appendix_c_2016" / f"APPENDIX_C_{part}.txt"
            for part in ("Vol_I", "Vol_II", "Vol_III", "Supplement")}}
#: (table, effective date) -> why a text of that version is not one run of cited words: a
#: derived text put together from two amendments
SPLICED = {("election_campaign", "2005-11-01"):
           "(c)(1): Amendment 648's words with Amendment 679's insertion after \"Official Right\""}
PAGE_HEADER = re.compile(r"APPENDIX C - VOLUME|Supplement to Appendix C|^\W*\d+\W*$|^=====")


def clauses(text: str) -> list[str]:
    return [part for part in text.split(" ... ") if part.strip()]


@cache
def lines_of(name: str) -> tuple[str, ...]:
    return tuple(FILES[name].read_text(encoding="utf-8").splitlines())


def every_cited_word(source: str) -> str:
    """The letters and digits of every line ``source`` cites, in any file of FILES."""
    kept = []
    for part in source.split(";"):
        for name in FILES:
            if name not in part:
                continue
            after = _without_parentheticals(part.split(name, 1)[1])
            for first, last in re.findall(r"\b(\d{3,6})(?:-(\d{3,6}))?\b", after):
                kept += [line for line in lines_of(name)[int(first) - 1:int(last or first)]
                         if not PAGE_HEADER.search(line.strip())]
    return letters(" ".join(kept))


@pytest.mark.skipif(not all(p.exists() for p in MANUALS.values()),
                    reason="the reference Manuals are not on this machine")
@pytest.mark.parametrize("year", (2016, 2025))
@pytest.mark.parametrize("name", TABLES)
def test_the_words_of_2016_and_2025_are_within_the_manual_lines_cited(name, year):
    table = load_table(name)
    version = [v for v in table.versions if v.effective <= dt.date(year, 11, 1)][-1]
    ranges = cited_lines(version.source, year)
    assert ranges, f"{name} ({version.effective}) cites no lines of the {year} Manual"
    words = manual_words(year, ranges)
    missing = [c for t in texts(version.data) for c in clauses(t) if letters(c) not in words]
    assert not missing, f"{name} ({version.effective}): not within GLM{year} {ranges}: {missing}"


@pytest.mark.skipif(not all(p.exists() for p in FILES.values()),
                    reason="the reference texts are not on this machine")
@pytest.mark.parametrize("name", TABLES)
def test_every_version_s_words_are_within_the_lines_cited(name):
    """Derived versions too: a text rebuilt from an amendment is found in the amendment's
    lines (or the Manual's) the source names."""
    for version in load_table(name).versions:
        if version.data.get("exists", True) is False:
            continue
        words = every_cited_word(version.source)
        missing = [c for t in texts(version.data) for c in clauses(t) if letters(c) not in words]
        if (name, str(version.effective)) in SPLICED:
            assert version.verification == "derived" and len(missing) == 1, (name, missing)
            continue
        assert not missing, f"{name} ({version.effective}): not within the lines cited: {missing}"
