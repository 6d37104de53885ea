"""A required choice not picked yet is a value still needed, not a wrong one: the library
says "still needed: one of …" for a choice given as nothing (``ussg.guidelines.case.reading``,
reported as pydantic's "missing"), and the form shows it quietly ("·"), in its words; a value
that is really not one of the choices keeps its error."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from textual.widgets import Input, Select

from ussg.guidelines.api import Case, field_errors
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.evaluation import Problem, evaluate
from ussg.tui.widgets.field_message import FieldMessage
from ussg.tui.widgets.result_summary import result_text
from ussg.tui.wording import in_form_words

from tests.tui.test_tui_guideline_facts import field_widget, opened
from tests.tui.tui_pilot import choose, settled, type_into, until


def _errors(inchoate: dict) -> list[tuple[str, str, str]]:
    data = {"manual": "2025", "offense": {"guideline": "2X1.1", "inchoate": inchoate},
            "criminal_history": {"category": "I"}}
    with pytest.raises(ValidationError) as raised:
        Case.model_validate(data)
    return field_errors(raised.value)


def test_the_library_says_a_choice_given_as_nothing_is_still_needed() -> None:
    """§2X1.1's kind given as None (the form's empty list; JSON's null): "missing", with the
    choices; given as a value not among them: the choice error, naming what was given."""
    errors = _errors({"kind": None, "substantive_guideline": "2A2.2"})
    assert errors == [("offense.inchoate.kind",
                       "still needed: one of 'attempt', 'conspiracy' or 'solicitation'",
                       "missing")]
    wrong = _errors({"kind": "plot", "substantive_guideline": "2A2.2"})
    assert wrong == [("offense.inchoate.kind", "expected one of 'attempt', 'conspiracy' or "
                      "'solicitation', got the string \"plot\"", "literal_error")]


def test_the_form_words() -> None:
    needed = Problem("offense.inchoate.kind", "still needed: one of 'attempt', 'conspiracy' "
                     "or 'solicitation'", True, "missing")
    assert in_form_words(needed) == ("still needed: pick one of 'attempt', 'conspiracy' or "
                                     "'solicitation'")
    assert in_form_words(Problem("x", "required key is missing", True, "missing")) == "required"
    wrong = Problem("offense.inchoate.kind", "expected one of 'attempt', 'conspiracy' or "
                    "'solicitation', got the string \"plot\"", kind="literal_error")
    assert in_form_words(wrong) == "\"plot\": not one of the choices: pick one from the list"
    outcome = evaluate({"manual": "2025", "offense": {"guideline": "2X1.1", "inchoate": {
        "kind": None, "substantive_guideline": "other", "substantive_offense_level": 20}},
        "criminal_history": {"category": "I"}})
    assert [p.missing for p in outcome.problems] == [True]
    assert "Incomplete" in result_text(outcome).plain


async def test_a_fresh_2x1_1_form_says_kind_is_still_needed(tmp_path: Path) -> None:
    """§2X1.1 chosen, nothing else: the kind (attempt, conspiracy, solicitation) is shown as
    still needed, not "nothing: not one of the choices"; the substantive offense typed first
    is kept; picking "conspiracy" clears the message and the case computes."""
    path = tmp_path / "inchoate.toml"
    path.write_text('# §2X1.1 chosen, nothing else stated\nmanual = "2025"\n\n'
                    '[offense]\nguideline = "2X1.1"\n\n[criminal_history]\ncategory = "I"\n',
                    encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        await until(pilot, lambda: field_widget(screen, "kind") is not None)
        message = next(m for m in screen.query(FieldMessage) if m.path == "offense.inchoate.kind")
        await until(pilot, lambda: bool(message.problems))
        assert [in_form_words(p) for p in message.problems] == [
            "still needed: pick one of 'attempt', 'conspiracy' or 'solicitation'"]
        assert all(p.missing for p in message.problems)
        assert "nothing" not in str(message.content)
        assert str(message.content).startswith("· still needed")

        guideline = field_widget(screen, "substantive_guideline")
        assert isinstance(guideline, Input)
        await type_into(pilot, guideline, "other")
        level = field_widget(screen, "substantive_offense_level")
        await type_into(pilot, level, "20")
        await settled(pilot)
        kind = field_widget(screen, "kind")
        assert isinstance(kind, Select)
        await choose(pilot, kind, "c")
        await settled(pilot)
        assert kind.value == "conspiracy"
        await until(pilot, lambda: not message.problems)
        assert not message.display
        assert guideline.value == "other" and level.value == "20"  # nothing typed is lost
        assert screen.outcome.computation is not None, screen.outcome.problems
