"""The forms of §2N2.1 and §2N3.1 show only the fraud findings of the guideline the edition
applies (the library's ``facts_not_in_edition``): §2F1.1's before Nov. 1, 2001, §2B1.1's from
then (Amendment 617 replaced §2F1.1 with §2B1.1: tables/food_drug_regulatory.toml,
tables/odometer.toml); a key the file states stays shown whatever the edition (the library's
refusal shows under it). Driven by Pilot, the edition changed in the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.evaluation import facts_not_offered
from ussg.tui.widgets.fact_fields import FactField
from ussg.tui.widgets.guideline_facts import GuidelineFacts

from tests.tui.test_tui_guideline_facts import opened
from tests.tui.tui_pilot import settled, until


def _shown(facts: GuidelineFacts) -> set[str]:
    section = facts.shown
    assert section is not None
    return {f.name_in_model for f in section.query(FactField)
            if f.path == f"{section.path}.{f.name_in_model}" and f.display}


def test_the_library_names_the_keys_by_edition() -> None:
    # 2000: §2F1.1 applies ((b)(1) of 1992, Amendment 451; (b)(1) of §2N3.1 from 1989); 2001
    # on: §2B1.1; before Nov. 1, 1992 §2N2.1 has no cross reference at all, and (b)(1)'s
    # prior § 331 conviction only from Nov. 1, 2008 (Amendment 723)
    assert facts_not_offered("2N2.1", dt.date(2000, 11, 1)) == {"theft_fraud",
                                                                "prior_331_conviction"}
    assert facts_not_offered("2N2.1", dt.date(2025, 11, 1)) == {"fraud"}
    assert facts_not_offered("2N2.1", dt.date(1991, 11, 1)) == {
        "fraud", "theft_fraud", "prior_331_conviction", "other_offense_guideline",
        "other_offense_level"}
    assert facts_not_offered("2N3.1", dt.date(2000, 11, 1)) == {"vehicles_theft_fraud"}
    assert facts_not_offered("2N3.1", dt.date(2001, 11, 1)) == {"vehicles_fraud"}
    assert facts_not_offered("2K2.1", dt.date(2025, 11, 1)) == frozenset()


@pytest.mark.parametrize("guideline,key,old,new", [
    ("2N2.1", "food_drug_regulatory", "fraud", "theft_fraud"),
    ("2N3.1", "odometer", "vehicles_fraud", "vehicles_theft_fraud")])
async def test_the_form_follows_the_edition(tmp_path: Path, guideline, key, old, new) -> None:
    path = tmp_path / f"{key}.toml"
    path.write_text(f'manual = "2000"\n[offense]\nguideline = "{guideline}"\n'
                    f'[criminal_history]\ncategory = "I"\n', encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        facts = screen.query_one(GuidelineFacts)
        await until(pilot, lambda: facts.shown is not None and facts.on is not None)
        await until(pilot, lambda: new not in _shown(facts))
        assert old in _shown(facts)
        screen.query_one("#manual").value = "2025"
        await settled(pilot)
        await until(pilot, lambda: old not in _shown(facts))
        assert new in _shown(facts)
        screen.query_one("#manual").value = "2000"
        await settled(pilot)
        await until(pilot, lambda: new not in _shown(facts))
        assert old in _shown(facts)


async def test_a_key_the_file_states_stays_shown(tmp_path: Path) -> None:
    # §2F1.1's findings stated under the 2025 Manual: shown, and refused by the library
    path = tmp_path / "odometer.toml"
    path.write_text('manual = "2025"\n[offense]\nguideline = "2N3.1"\n[offense.odometer]\n'
                    '[offense.odometer.vehicles_fraud]\nloss = "$5,000"\n'
                    '[criminal_history]\ncategory = "I"\n', encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        facts = screen.query_one(GuidelineFacts)
        await until(pilot, lambda: facts.on is not None)
        await settled(pilot)
        assert {"vehicles_fraud", "vehicles_theft_fraud"} <= _shown(facts)
        assert "offense.odometer.vehicles_fraud" in {p.field for p in screen.outcome.problems}
