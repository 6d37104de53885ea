"""The words of §3B1.1, §3B1.2, §3E1.1 and §4A1.1 in the tables, checked against the 2016 and 2025 Manuals in
the reference (../shared/reference/ussg/sections/): the version in force on Nov. 1, 2016 and on
Nov. 1, 2025 must be, word for word, that edition's text. The versions derived in between from
the official text of Amendments 820 and 821 (read through the search tool; see their
`source`) are checked against what the amendments did: 821 relettered the 2016 (e) as (d) and
inserted the (e) the 2025 Manual prints; 820 appended to the 2016 (b) the sentences the 2025
Manual prints after it.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ussg.guidelines.engine.tables import in_force

from tests.conftest import REFERENCE

SECTIONS = REFERENCE / "sections"
NOV_2016, NOV_2023, NOV_2025 = dt.date(2016, 11, 1), dt.date(2023, 11, 1), dt.date(2025, 11, 1)

pytestmark = pytest.mark.skipif(not SECTIONS.is_dir(), reason="reference texts not present")

# what each table quotes: (table, keys, section file)
QUOTED = [("aggravating_role", ("text_a", "text_b", "text_c"), "3B1.1"),
          ("mitigating_role", ("text_a", "text_b", "text_between"), "3B1.2"),
          ("criminal_history_points", ("text_a", "text_b", "text_c"), "4A1.1"),
          ("status_points", ("text_status",), "4A1.1"),
          ("crime_of_violence_points", ("text",), "4A1.1"),
          ("acceptance_of_responsibility", ("text_a", "text_b"), "3E1.1")]


def _normal(text: str) -> str:
    """One line: PDF page furniture, hyphenation and split words removed, quotes straight."""
    text = re.sub(r"===== \[PDF page file[^\n]*\n(?:[^\n]*\n){5}", "", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    text = text.translate(str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"}))
    text = re.sub(r"\s+", " ", text)
    for broken, whole in (("resou rces", "resources"), ("(s uch", "(such"),
                          ('trial "', 'trial"'), ('trial ."', 'trial."')):
        text = text.replace(broken, whole)
    return text


def _manual(year: int, section: str) -> str:
    return _normal((SECTIONS / str(year) / f"USSG_{section}_{year}.txt").read_text("utf-8"))


@pytest.mark.parametrize("day", [NOV_2016, NOV_2025], ids=["2016", "2025"])
@pytest.mark.parametrize(("name", "keys", "section"), QUOTED, ids=[q[0] for q in QUOTED])
def test_text_in_force_is_the_manuals(name: str, keys: tuple[str, ...], section: str,
                                      day: dt.date) -> None:
    manual = _manual(day.year, section)
    version = in_force(name, day)
    for key in keys:
        assert _normal(version[key]) in manual, (name, day, key)


def test_amendment_821_relettered_the_crime_of_violence_point() -> None:
    """2023: the 2016 (e), word for word, as (d)."""
    derived = in_force("crime_of_violence_points", NOV_2023)
    before = in_force("crime_of_violence_points", NOV_2016)
    assert (derived.verification, derived["subsection"]) == ("derived", "§4A1.1(d)")
    assert before["text"].startswith("(e) ") and derived["text"].startswith("(d) ")
    assert derived["text"][4:] == before["text"][4:]
    assert _normal("(e) " + derived["text"][4:]) in _manual(2016, "4A1.1")


def test_amendment_821_inserted_the_2025_status_point() -> None:
    derived = in_force("status_points", NOV_2023)
    assert derived.verification == "derived"
    assert (derived["status_points"], derived["status_min_other_points"]) == (1, 7)
    assert _normal(derived["text_status"]) in _manual(2025, "4A1.1")
    assert _normal(derived["text_status"]) not in _manual(2016, "4A1.1")


def test_amendment_821_left_points_a_to_c_as_in_2016() -> None:
    version = in_force("criminal_history_points", NOV_2023)
    manual = _manual(2016, "4A1.1")
    assert all(_normal(version[key]) in manual for key in ("text_a", "text_b", "text_c"))


def test_amendment_382_and_742_are_the_only_changes_to_the_words_of_4a1_1_c() -> None:
    """1987 (c) read "not included in (a) or (b) ... for this item": Amendment 382 (1991) put
    "counted" for "included", Amendment 742 (2010) "subsection" for "item"."""
    appendix = _normal((REFERENCE / "appendix_c_2016" / "APPENDIX_C_Vol_I.txt").read_text("utf-8"))
    assert ('Section 4A1.1(c) is amended by deleting "included" and inserting in lieu thereof '
            '"counted".') in appendix
    original = in_force("criminal_history_points", dt.date(1987, 11, 1))
    after_382 = in_force("criminal_history_points", dt.date(1991, 11, 1))
    before_382 = in_force("criminal_history_points", dt.date(1991, 10, 31))
    assert before_382["text_c"] == original["text_c"]
    assert after_382.amendments == (382,)
    assert after_382["text_c"] == original["text_c"].replace("included", "counted")
    in_2016 = after_382["text_c"].replace("this item", "this subsection")
    assert _normal(in_2016) in _manual(2016, "4A1.1")


def test_amendment_820_appended_the_definition_of_preparing_for_trial() -> None:
    derived = in_force("acceptance_of_responsibility", NOV_2023)
    before = in_force("acceptance_of_responsibility", dt.date(2023, 10, 31))
    assert derived["text_b"].startswith(before["text_b"] + " The term \"preparing for trial\"")
    assert _normal(before["text_b"]) in _manual(2016, "3E1.1")
    assert _normal(derived["text_b"]) in _manual(2025, "3E1.1")
    assert _normal(derived["text_b"]) not in _manual(2016, "3E1.1")
    for key in ("decrease", "additional_decrease", "additional_threshold",
                "additional_requires"):
        assert derived[key] == before[key]
