"""Problems in the terminal app are said in the form's words (issue #18, "Usability"): the
field named as the form labels it ("Drug 1, quantity"), never by its case-file path
(``offense.drugs[0].quantity``); a message about what was typed or chosen, never the
library's case-file wording (TOML types, pydantic's "Datetimes provided to dates should
have zero time", table names such as ``[counts.adjustments]``, `ussg` commands, the raw
list of every allowed value).

Each case below is the Leon example (examples/leon-1994.toml) with one mistake, opened in
the real app; the test reads what the screen shows: the result line at the top and the
message under the field.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.drug_list import DrugRow
from ussg.tui.widgets.field_message import FieldMessage

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import settled, shown_text, type_into

LEON = EXAMPLES / "leon-1994.toml"
COUNTS = EXAMPLES / "leon-1994-counts.toml"
#: what the screen must never show: case-file paths, TOML and pydantic wording, table names,
#: commands, a list of every allowed value
NEVER = ["offense.", "criminal_history.", "adjustments.", "counts[", "[counts", "TOML",
         "Datetimes", "got the", "expected", "`ussg", "ussg schema", "'misdemeanor'",
         "supported: 19", "_"]


def leon_with(old: str, new: str) -> str:
    text = LEON.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


# (what the case file says wrongly, the text it gets, where the message shows, and what
# the message says)
CASES = {
    # a date with a time of day (TOML date-time): pydantic says "Datetimes provided to
    # dates should have zero time"; the form has a date field
    "date-time": (leon_with("sentencing_date = 1994-09-28",
                            "sentencing_date = 1994-09-28T10:30:00"),
                  "sentencing_date", "Sentenced",
                  "not a date: type it as year-month-day, e.g. 1994-09-28"),
    # a prior sentence's kind (§4A1.2(c)) that is not one of the 24 the model lists
    "prior kind": (leon_with('category = "I"',
                             '[[criminal_history.priors]]\ndescription = "theft"\n'
                             'kind = "jail"\nsentence_date = 1990-03-01\n'
                             'offense_date = 1989-12-01\nimprisonment = "2 years"'),
                   "criminal_history.priors[0].kind", "Criminal history, prior sentence 1, kind",
                   "not one of the choices: pick one from the list"),
    # §3B1.1(a) participants as words: a whole number of at least 1 is asked for
    "participants": (leon_with("participants = 5", 'participants = "five"'),
                     "adjustments.role.participants", "Role, participants",
                     "must be a whole number of at least 1"),
    # a key the model does not have
    "unknown key": (leon_with("dangerous_weapon = true", "dangerous_weapon = true\nweapon = 1"),
                    "offense.weapon", "Weapon",
                    "not a fact the form knows: correct it in the case file"),
    # Chapter Three both for the whole case and for a count (the three-count Leon example,
    # Count Two with a role of its own): the library names the tables "[adjustments]" and
    # "([counts.adjustments])"
    "both ways": (COUNTS.read_text(encoding="utf-8").replace(
                      'guideline = "2D1.1"\n\n[[counts]]\nname = "Count Four"',
                      'guideline = "2D1.1"\nadjustments = { role = { aggravating = '
                      '"manager_or_supervisor", participants = 5 } }\n\n[[counts]]\n'
                      'name = "Count Four"', 1),
                  "adjustments", "Chapter Three",
                  "either for the whole case or per count, not both"),
    # §2F1.1 chosen (examples/fraud-deceit-2000.toml, the 2000 Manual) without its facts
    # table: the library asks for "this table (`ussg schema` lists its keys)"; the form
    # shows the guideline's fields
    "facts not stated": ((EXAMPLES / "fraud-deceit-2000.toml").read_text(encoding="utf-8")
                         .replace('[offense.fraud_deceit]\nloss = "$600,000"\n', "")
                         .replace("more_than_minimal_planning = true\n", "", 1)
                         .replace("scheme_to_defraud_more_than_one_victim = true\n", "", 1)
                         .replace("mass_marketing = true\n", "", 1)
                         .replace("scheme_outside_united_states = true\n", "", 1),
                         "offense.fraud_deceit", "Fraud deceit",
                         "§2F1.1 needs its facts: give them in its fields here"),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_a_mistake_in_the_file_is_said_in_the_forms_words(tmp_path: Path, case: str) -> None:
    text, path, label, message = CASES[case]
    file = tmp_path / "case.toml"
    file.write_text(text, encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(file))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, WorksheetScreen)
        assert path in {p.field for p in screen.outcome.problems}
        summary = shown_text(screen.query_one("#result-text"))
        shown = [shown_text(m) for m in screen.query(FieldMessage) if m.display]
        assert f"{label}: {message}" in summary or any(message in s for s in shown)
        assert any(message in s for s in shown), shown
        for text_shown in (summary, *shown):
            for never in NEVER:
                assert never not in text_shown, (never, text_shown)


async def test_a_negative_quantity_typed_is_said_so() -> None:
    """"-5" in the drug's amount: "the quantity is negative", under the field and in the
    result line, the field named "Drug 1, quantity"."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        row = screen.query_one(DrugRow)
        await type_into(pilot, row.query_one(".amount", Input), "-5", clear=True)
        await settled(pilot)
        summary = shown_text(screen.query_one("#result-text"))
        assert "Drug 1, quantity: the quantity is negative" in summary
        message = row.query_one(".quantity-message", FieldMessage)
        assert shown_text(message) == "✗ the quantity is negative"
