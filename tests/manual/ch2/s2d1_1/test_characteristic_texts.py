"""The words of §2D1.1(a), (b), (d) and §5C1.2(a) in the tables, checked against the 2016
and 2025 Manuals in the reference (../shared/reference/ussg/sections/): the version in force
on Nov. 1, 2016 and on Nov. 1, 2025 must be, word for word, the text of that edition.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ussg.guidelines.engine.tables import load_table, table_names

from tests.conftest import REFERENCE

SECTIONS = REFERENCE / "sections"
NOV_2016, NOV_2025 = dt.date(2016, 11, 1), dt.date(2025, 11, 1)

pytestmark = pytest.mark.skipif(not SECTIONS.is_dir(), reason="reference texts not present")


def _normal(text: str) -> str:
    """One line, PDF page furniture and hyphenation removed, spacing and dashes unified."""
    text = re.sub(r"===== \[PDF page file[^\n]*\n(?:[^\n]*\n){5}", "", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    text = text.replace("\u202f", "").replace("–", "-")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\( ?N ?-phenyl", "(N-phenyl", text)
    text = re.sub(r"(\w) \)", r"\1)", text)
    for broken, whole in (("20 25", "2025"), ("o ffense", "offense"), ("M urder", "Murder"),
                          ("commi tted", "committed"), ("3 -point", "3-point"),
                          ("4piperidinyl", "4-piperidinyl")):
        text = text.replace(broken, whole)
    return text


def _manual(path) -> str:
    return _normal(path.read_text(encoding="utf-8"))


MANUALS = {
    NOV_2016: {"2D1.1": SECTIONS / "2016" / "USSG_2D1.1_2016.txt",
               "5C1.2": SECTIONS / "2016" / "USSG_5C1.2_2016.txt"},
    NOV_2025: {"2D1.1": SECTIONS / "2025" / "USSG_2D1.1_2025.txt",
               "5C1.2": SECTIONS / "2025" / "USSG_5C1.2_2025.txt"},
}
TABLES = [name for name in table_names()
          if name.startswith("drug_") and name != "drug_quantity_table"
          or name in {"dangerous_weapon", "mitigating_role_cap"}]


def _texts(version) -> list[str]:
    """The words a version claims for its edition: its text, or each (a) level's."""
    if "level" in version.data:
        return [f"{level['paragraph'][-3:]} {level['text']}" for level in version["level"]]
    text = version.get("text")
    return [text] if text else []


@pytest.mark.parametrize("day", [NOV_2016, NOV_2025], ids=["2016", "2025"])
@pytest.mark.parametrize("name", TABLES)
def test_text_in_force_is_the_manuals(name: str, day: dt.date) -> None:
    version = load_table(name).in_force(day)
    manual = _manual(MANUALS[day]["2D1.1"])
    if not version.get("exists", True) or version.get("rule") == "none":
        return
    for text in _texts(version):
        assert _normal(text) in manual, (name, text[:80])


@pytest.mark.parametrize("day", [NOV_2016, NOV_2025], ids=["2016", "2025"])
def test_safety_valve_criteria_are_the_manuals(day: dt.date) -> None:
    manual = _manual(MANUALS[day]["5C1.2"])
    for criterion in load_table("safety_valve_criteria").in_force(day)["criterion"]:
        assert f"{criterion['label'][-3:]} {_normal(criterion['text'])}" in manual, criterion["key"]


def test_every_characteristic_table_is_in_force_in_2016_and_2025_or_absent() -> None:
    assert len(TABLES) >= 20
    for name in TABLES:
        for day in (NOV_2016, NOV_2025):
            load_table(name).in_force(day)  # no gap over the editions the reference holds


#: Versions in force between the two Manuals (2018-2024), each derived from an amendment's text: with
#: the edits the later amendments made (as their official texts say), its words must be the
#: 2016 or 2025 Manual's. (table, effective date, Manual, edits to reach that Manual's words)
BETWEEN = [
    # Amendment 807 renumbers (b)(13)-(b)(17) as (b)(14)-(b)(18): the words are 2016's.
    ("drug_hazards", dt.date(2018, 11, 1), NOV_2016, []),
    ("drug_marihuana_cultivation", dt.date(2018, 11, 1), NOV_2016, []),
    ("drug_aggravating_role_factors", dt.date(2018, 11, 1), NOV_2016, []),
    ("drug_minimal_role_factors", dt.date(2018, 11, 1), NOV_2016, []),
    ("drug_safety_valve", dt.date(2018, 11, 1), NOV_2016, []),
    # Amendment 833 strikes (a)(5) quoting 748's words, and "(‘minimal participant’)" in (b)(17).
    ("mitigating_role_cap", dt.date(2024, 11, 1), NOV_2016, []),
    ("drug_minimal_role_factors", dt.date(2024, 11, 1), NOV_2025,
     [("4-level (“minimal participant”) reduction", "4-level reduction")]),
    # Amendment 817: (b)(18) "striking “subdivisions” and inserting “paragraphs”".
    ("drug_safety_valve", dt.date(2018, 11, 1), NOV_2025, [("subdivisions", "paragraphs")]),
    ("drug_safety_valve", dt.date(2023, 11, 1), NOV_2025, []),
    # Amendment 818: "(A)" after "defendant", and (B) after "4 levels".
    ("drug_fentanyl_misrepresentation", dt.date(2018, 11, 1), NOV_2025,
     [("defendant knowingly", "defendant (A) knowingly"), ("4 levels.", "4 levels;")]),
    # Amendment 833, Part B: the state of mind of (B) ("What's new", 2025 Manual).
    ("drug_fentanyl_misrepresentation", dt.date(2023, 11, 1), NOV_2025,
     [("and acted with willful blindness or conscious avoidance of knowledge", "with reckless disregard")]),
    ("drug_hazards", dt.date(2018, 11, 1), NOV_2025, [("subdivision (D)", "subparagraph (D)")]),
    ("drug_hazards", dt.date(2024, 11, 1), NOV_2025, []),
]


@pytest.mark.parametrize(("name", "day", "manual_day", "edits"), BETWEEN,
                         ids=[f"{b[0]}-{b[1].year}-{b[2].year}" for b in BETWEEN])
def test_versions_between_the_manuals_reach_their_words(name, day, manual_day, edits) -> None:
    text = load_table(name).in_force(day)["text"]  # the version in force that day
    for old, new in edits:
        assert old in text, (name, old)
        text = text.replace(old, new)
    manual = _manual(MANUALS[manual_day]["2D1.1"])
    assert _normal(text) in manual, (name, text[:80])


def test_amendment_817_death_levels_keep_the_2016_words_of_a2_and_a4() -> None:
    """Amendment 817 rewrote (a)(1) and the prior conviction of (a)(3); (a)(2) and (a)(4) are
    the 2016 words, and (a)(3) is 2016's with "felony drug offense" for "similar offense"."""
    manual = _manual(MANUALS[NOV_2016]["2D1.1"])
    levels = {level["paragraph"]: level for level in
              load_table("drug_death_or_injury").in_force(dt.date(2023, 11, 1))["level"]}
    for paragraph in ("(a)(2)", "(a)(4)"):
        assert _normal(f"{paragraph[-3:]} {levels[paragraph]['text']}") in manual, paragraph
    a3 = levels["(a)(3)"]["text"].replace("felony drug offense", "similar offense")
    assert _normal(f"(3) {a3}") in manual
