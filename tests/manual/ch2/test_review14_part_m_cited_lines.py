"""Review 14: the words each round-13 Part M table (§§2M1.1-2M4.1, 2M6.1, 2M6.2) enters are found
within the lines of the Manual its ``source`` cites (the method of
tests/manual/ch2/test_round12_cited_lines.py; a ``text`` that quotes two parts with " ... "
between them is looked for part by part, and the ``heading`` too).

Checked: the version in force on Nov. 1, 2016 against GLM2016_fulltext.txt, the one in force
on Nov. 1, 2025 against GLM2025_fulltext.txt, and §2M4.1's version of Nov. 1, 2023, which
cites the 2025 Manual's words ("words of lines ...") for its (unverified) text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.manual.ch2.test_round12_cited_lines import (MANUALS, cited_lines, letters,
                                                        manual_words, texts)

TABLES = ("treason", "war_material_destruction", "defense_material_destruction",
          "defense_information_foreign_government", "defense_information_gathering",
          "defense_information_transmitting", "defense_information_losing",
          "atomic_energy_restricted_data", "covert_agent_disclosure",
          "military_service_evasion", "mass_destruction_weapons", "atomic_energy_violation")
CHECKS = [(name, dt.date(year, 11, 1), year) for name in TABLES for year in (2016, 2025)]
CHECKS.append(("military_service_evasion", dt.date(2023, 11, 1), 2025))


@pytest.mark.skipif(not all(p.exists() for p in MANUALS.values()),
                    reason="the reference Manuals are not on this machine")
@pytest.mark.parametrize("name,day,year", CHECKS)
def test_the_words_entered_are_within_the_lines_cited(name, day, year):
    version = [v for v in load_table(name).versions if v.effective <= day][-1]
    ranges = cited_lines(version.source, year)
    assert ranges, f"{name} ({version.effective}) cites no lines of the {year} Manual"
    words = manual_words(year, ranges)
    entered = texts(version.data) + [version.data["heading"]]
    missing = [t for t in entered
               if not all(letters(part) in words for part in t.split("..."))]
    assert not missing, (f"{name} ({version.effective}): not within GLM{year} lines "
                         f"{ranges}: {missing}")
