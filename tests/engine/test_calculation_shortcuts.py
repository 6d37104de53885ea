"""The calculation's shortcuts for what a case leaves out (issue #17, round 17, README
"Speed") decide nothing themselves: a case gives the same computation whether a table is
left out (the shared default instance the shortcut recognises), stated empty or stated with
each default; a fact stated is still applied or refused.

The shortcuts: `[adjustments.victim]` and `[adjustments.obstruction]` left out
(manual/ch3/part_a_victim.py, part_c_obstruction.py), no finding deemed
(manual/ch3/deemed_findings.py), no departure to place (manual/offense_level.py,
calculation.py), no §3A1.4(a) for Chapter Four (calculation.py), and no statute and no
statutory fact stated (case/counts.py ``_check_statute_facts``).
"""

from __future__ import annotations

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Adjustments, Case
from ussg.guidelines.engine.errors import CaseError


def _case(**more) -> dict:
    case = {"manual": "2016", "criminal_history": {"category": "I"},
            "offense": {"drugs": [{"substance": "heroin", "quantity": "1 kg"}]}}
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(case.get(key), dict):
            case[key] = {**case[key], **value}
        else:
            case[key] = value
    return case


def _computed(raw: dict) -> dict:
    return calculate(Case.model_validate(raw)).to_json_dict()


VICTIM_DEFAULTS = {"hate_crime": False, "vulnerable_victim": False,
                   "large_number_of_vulnerable_victims": False, "restrained": False,
                   "terrorism": False}
OBSTRUCTION_DEFAULTS = {"obstructed_justice": False, "reckless_endangerment_during_flight": False,
                        "offense_while_on_release": False, "false_domain_registration": False}


def test_tables_left_out_are_the_shared_instances_the_shortcuts_recognise() -> None:
    case = Case.model_validate(_case())
    assert case.adjustments.victim is Adjustments.model_fields["victim"].default
    assert case.adjustments.obstruction is Adjustments.model_fields["obstruction"].default
    stated = Case.model_validate(_case(adjustments={"victim": {}, "obstruction": {}}))
    assert stated.adjustments.victim is not case.adjustments.victim
    assert stated.adjustments.obstruction is not case.adjustments.obstruction


@pytest.mark.parametrize("adjustments", [
    {"victim": {}, "obstruction": {}},
    {"victim": VICTIM_DEFAULTS, "obstruction": OBSTRUCTION_DEFAULTS},
])
def test_left_out_stated_empty_or_at_defaults_compute_alike(adjustments: dict) -> None:
    assert _computed(_case(adjustments=adjustments)) == _computed(_case())


@pytest.mark.parametrize(("adjustments", "section"), [
    ({"victim": {"restrained": True}}, "§3A1.3"),
    ({"victim": {"vulnerable_victim": True}}, "§3A1.1(b)(1)"),
    ({"obstruction": {"obstructed_justice": True}}, "§3C1.1"),
    ({"obstruction": {"offense_while_on_release": True}}, "§3C1.3"),
])
def test_a_chapter_three_fact_stated_is_applied(adjustments: dict, section: str) -> None:
    steps = _computed(_case(adjustments=adjustments))["steps"]
    assert [s["section"] for s in steps if s["section"] == section] == [section]


def test_terrorism_makes_the_category_vi() -> None:
    computed = _computed(_case(adjustments={"victim": {"terrorism": True}}))
    assert computed["criminal_history_category"] == "VI"
    assert any(s["section"] == "§3A1.4(b)" for s in computed["steps"])


@pytest.mark.parametrize(("stage", "before", "after"), [
    ("base_offense_level", "Base offense level (Drug Quantity Table)", "chapter_two"),
    ("chapter_two", "chapter_two", "chapter_three"),
    ("chapter_three", "chapter_three", "chapter_five"),  # (a category stated: no Chapter
    ("total", "chapter_three", "chapter_five"),  # Four step)
])
def test_a_departure_is_placed_after_its_stage(stage: str, before: str, after: str) -> None:
    case = _case(offense={"dangerous_weapon": True},
                 adjustments={"role": {"mitigating": "minor_participant"}})
    steps = _computed({**case, "departures": [{"after": stage, "levels": -1, "reason": "r"}]})[
        "steps"]
    (i,) = [i for i, s in enumerate(steps) if s["chapter"] == "departure"]
    assert before in (steps[i - 1]["chapter"], steps[i - 1]["title"])
    assert steps[i + 1]["chapter"] == after
    assert steps[i]["level"] == steps[i - 1]["level"] - 1
    assert len(steps) == len(_computed(case)["steps"]) + 1


@pytest.mark.parametrize(("fact", "value"), [
    ("supervised_release_minimum_years", 3), ("supervised_release_maximum_life", True),
    ("supervised_release_sex_offense", True), ("supervised_release_terrorism_risk", True),
    ("firearm_conduct", "brandished"),
    ("statutory_quantity", {"substance": "heroin", "quantity": "1 kg"}),
])
def test_a_statutory_fact_without_a_statute_is_refused(fact: str, value: object) -> None:
    with pytest.raises(CaseError) as refused:
        _computed(_case(offense={fact: value}))
    assert refused.value.field == f"offense.{fact}"


@pytest.mark.parametrize("fact", ["supervised_release_maximum_life",
                                  "supervised_release_sex_offense",
                                  "supervised_release_terrorism_risk"])
def test_a_statutory_fact_stated_at_its_default_without_a_statute_is_read(fact: str) -> None:
    assert _computed(_case(offense={fact: False})) == _computed(_case())
