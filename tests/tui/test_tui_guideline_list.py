"""The count's *Guideline* list offers only the guidelines the edition applied has (issue
#18): the others are greyed, say from when (or until when) ussg has them, and cannot be
picked — the library refuses them (`ussg calc` exits 2 naming offense.guideline), and the list
says so before.

Leon (examples/leon-1994.toml) is under the Nov. 1, 1993 Manual as amended Sept. 23, 1994;
ussg enters §2D1.11 from the Nov. 1, 2000 text (README "Known gaps"), §2G1.3 and §2K2.6 from
their first texts (Nov. 1, 2004), §2B1.2 until Amendment 481 consolidated it into §2B1.1 (Nov.
1, 1993) and §2F1.1 until Amendment 617 deleted it (Nov. 1, 2001: fraud went to §2B1.1).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.api import chapter_two_guidelines, supported_dates
from ussg.guidelines.cli import main
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.evaluation import guidelines_not_offered
from ussg.tui.widgets.guideline_select import GuidelineSelect

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import settled, until

LEON = EXAMPLES / "leon-1994.toml"
BODY_ARMOR = EXAMPLES / "body-armor-2k2.6-2025.toml"


async def options(select: GuidelineSelect) -> dict[str, tuple[str, bool]]:
    """Each guideline's label in the list (made if it was not yet: LazySelect makes it after
    the first frame, or when first opened), and whether it is greyed (not pickable)."""
    overlay = await select.open_list()
    return {value: (str(getattr(option.prompt, "plain", option.prompt)), option.disabled)
            for option, (_, value) in zip(overlay.options, select._options)}


async def test_leon_greys_the_guidelines_the_1993_manual_lacks() -> None:
    """§2D1.11 offered (computed from Nov. 1, 1991), §2G1.3 greyed "from Nov. 1, 2004", §2B1.2 (consolidated
    into §2B1.1 by Amendment 481) "before Nov. 1, 1993", §2K2.2 (merged into §2K2.1 by
    Amendment 374) "before Nov. 1, 1991"; §2D1.1, §2K2.1, §2G2.2, §2A3.1, §2B3.2 and §2B1.1
    offered; typing "2G1.3" in the open list and Enter does not choose it."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        select = app.screen.query_one(GuidelineSelect)
        await until(pilot, lambda: bool(select.unavailable))
        shown = await options(select)
        assert shown["2D1.11"] == ("§2D1.11 listed chemicals", False)
        assert shown["2G1.3"][0].endswith(" — from Nov. 1, 2004") and shown["2G1.3"][1]
        assert shown["2B1.2"][0].endswith(" — before Nov. 1, 1993") and shown["2B1.2"][1]
        assert shown["2K2.2"][0].endswith(" — before Nov. 1, 1991") and shown["2K2.2"][1]
        assert shown["2D1.1"] == ("§2D1.1 drug trafficking", False)
        assert not shown["2B1.1"][1] and not shown["2K2.1"][1] and not shown["other"][1]
        assert not shown["2G2.2"][1] and not shown["2A3.1"][1] and not shown["2B3.2"][1]
        select.focus()
        await pilot.press("enter", *"2G1.3", "enter")
        await settled(pilot)
        assert select.value == "2D1.1"
        assert app.screen.outcome.data["offense"].get("guideline", "2D1.1") == "2D1.1"


async def test_the_list_follows_the_edition_and_keeps_a_stated_guideline(
        tmp_path: Path) -> None:
    """The §2K2.6 example under the 2025 Manual: only the guidelines deleted before it are
    greyed (§2F1.1, §2F1.2, §2S1.2 and §2B1.3 on Nov. 1, 2001, §2G2.4 on Nov. 1, 2004, §§2K2.2-2K2.3 and the former §2K1.6 on
    Nov. 1, 1991, §§2L2.3-2L2.4, §2B1.2, §2B2.2, §2B5.4, §§2T1.2, 2T1.3, 2T1.5 and §2S1.4 on Nov. 1, 1993,
    §2D1.3 on Nov. 1, 1989, §2H1.2 on Nov. 1, 1990, §§2H1.3-2H1.5 on Nov. 1, 1995, §2T3.2 on Nov. 1, 1992,
    §2Q1.5 on Nov. 1, 2003; §2D1.4 on Nov. 1, 1992, §§2B5.2, 2D3.3-2D3.5, 2E1.5, 2E3.2-2E3.3,
    2E5.2, 2E5.4, 2E5.6 on Nov. 1, 1993, §2C1.4 on Nov. 1, 2001, §2C1.6 on Nov. 1, 2004). Its Manual set to the edition of Nov. 1, 2003: §2K2.6 is greyed yet
    stays chosen (the file states it; still pickable, as the value chosen), the library's
    refusal is under it."""
    path = tmp_path / "body-armor.toml"
    path.write_text(BODY_ARMOR.read_text(encoding="utf-8"), encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = app.screen
        select = screen.query_one(GuidelineSelect)
        await until(pilot, lambda: bool(select.unavailable))
        assert set(select.unavailable) == {"2F1.1", "2F1.2", "2S1.2", "2B1.3", "2G2.4", "2K1.6",
                                           "2K2.2", "2K2.3", "2L2.3", "2L2.4", "2B1.2", "2D1.3",
                                           "2B2.2", "2B5.4", "2T1.2", "2T1.3", "2T1.5",
                                           "2S1.4", "2H1.2", "2H1.3", "2H1.4", "2H1.5", "2T3.2",
                                           "2Q1.5", "2B5.2", "2C1.4", "2C1.6", "2D1.4", "2D3.3",
                                           "2D3.4", "2D3.5", "2E1.5", "2E3.2", "2E3.3", "2E5.2",
                                           "2E5.4", "2E5.6",  # and deleted-b's:
                                           "2K1.2", "2M2.2", "2M2.4", "2M3.6", "2M3.7", "2M3.8",
                                           "2K3.1", "2J1.8", "2J1.7", "2L1.3", "2P1.4"}
        assert (await options(select))["2F1.1"] == (
            "§2F1.1 fraud and deceit, before Nov. 1, 2001 — before Nov. 1, 2001", True)
        screen.query_one("#manual").value = "2003"  # the Nov. 1, 2003 edition
        await settled(pilot)
        await until(pilot, lambda: "2K2.6" in select.unavailable)
        assert select.value == "2K2.6"
        label, greyed = (await options(select))["2K2.6"]
        assert label.endswith(" — from Nov. 1, 2004") and not greyed
        assert "offense.guideline" in {p.field for p in screen.outcome.problems}


def test_the_greyed_dates_are_where_the_library_starts_accepting(capsys) -> None:
    """`ussg calc` on the §2K2.6 example: refused under the edition of Nov. 1, 2003 (exit 2,
    offense.guideline), computed under that of Nov. 1, 2004 — the date the list shows."""
    assert guidelines_not_offered(dt.date(2003, 11, 1))["2K2.6"] == "from Nov. 1, 2004"
    assert main(["calc", str(BODY_ARMOR), "--manual", "2003-11-01"]) == 2
    assert "offense.guideline" in capsys.readouterr().err
    assert main(["calc", str(BODY_ARMOR), "--manual", "2004-11-01"]) == 0
    assert "2K2.6" not in guidelines_not_offered(dt.date(2004, 11, 1))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(supported_dates()), st.sampled_from(
    [g.section for g in chapter_two_guidelines()]))
def test_a_greyed_guideline_is_offered_from_the_date_it_names(on, section) -> None:
    """Over the real tables: a guideline greyed "from D" is offered under D's edition and
    greyed under every edition between; one greyed "before D" was offered under the edition
    before D and is greyed from D on."""
    dates = supported_dates()
    refused = guidelines_not_offered(on)
    if section not in refused:
        return
    when = refused[section]
    named = next(d for d in dates if when.endswith(_words(d)))
    if when.startswith("from "):
        assert named > on and section not in guidelines_not_offered(named)
        assert all(section in guidelines_not_offered(d) for d in dates if on <= d < named)
    else:
        assert when.startswith("before ") and named <= on
        assert section not in guidelines_not_offered(dates[dates.index(named) - 1])
        assert all(section in guidelines_not_offered(d) for d in dates if named <= d <= on)


def _words(day: dt.date) -> str:
    from ussg.guidelines.api import format_date
    return format_date(day)
