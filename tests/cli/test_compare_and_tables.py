"""`ussg compare` and `ussg tables` through the real command line."""

from __future__ import annotations

from tests.conftest import EXAMPLES, run_ussg

LEON = EXAMPLES / "leon-1994.toml"


def test_compare_marks_the_base_level_as_the_step_that_differs() -> None:
    run = run_ussg("compare", LEON, "--manual", "1993", "--manual", "1994", "--format", "json")
    assert run.code == 0, run.err
    (report,) = run.json_lines()
    first, second = report["editions"]
    base = [s for s in first["steps"] if s["chapter"] == "chapter_two"][0]
    assert base["level"] == 42
    assert [s for s in second["steps"] if s["chapter"] == "chapter_two"][0]["level"] == 38
    # The court's downward departure "to 38" moves 42 to 38 under 1993; under 1994 (base 38,
    # Amendment 505) it is not applied: the level already is 38.
    assert report["differing_steps"] == ["Base offense level (Drug Quantity Table)",
                                         "Departure after the base offense level"]
    assert report["results_differ"] is False  # both reach 43 and life


def test_compare_text_puts_editions_side_by_side() -> None:
    run = run_ussg("compare", LEON, "--manual", "1993,1994")
    assert run.code == 0, run.err
    line = next(l for l in run.out.splitlines() if "Base offense level" in l)
    assert line.startswith("*") and "= 42" in line and "= 38" in line
    weapon = next(l for l in run.out.splitlines() if "Dangerous weapon" in l)
    assert weapon.startswith(" ")


def test_compare_refuses_a_date_that_is_not_an_edition() -> None:
    run = run_ussg("compare", LEON, "--manual", "1993", "--manual", "1988-10-16")
    assert run.code == 2 and "manual" in run.err and "no edition or amendment" in run.err


def test_tables_lists_every_table() -> None:
    run = run_ussg("tables")
    assert run.code == 0
    for name in ["drug_quantity_table", "sentencing_table", "aggravating_role"]:
        assert name in run.out


def test_tables_shows_the_drug_quantity_table_of_an_edition_with_its_history() -> None:
    run = run_ussg("tables", "drug_quantity_table", "--manual", "1993")
    assert run.code == 0, run.err
    assert "Cocaine Base" in run.out
    assert "level 42  15 kg or more" in run.out
    history = run.out.split("History:")[1]
    assert "Amendment 125" in history and "* " in history


def test_tables_shows_entries_and_groups_a_line_per_field_dates_as_the_manual_writes_them(
        ) -> None:
    run = run_ussg("tables", "safety_valve_criteria", "--manual", "2018-11-01")
    assert run.code == 0, run.err
    body = run.out.split("History:")[0]
    assert "datetime" not in body and "{'" not in body
    assert "  statute_differs:\n    from = Dec. 21, 2018\n" in body
    assert "    - key = criminal_history\n      label = (a)(1)\n      text = the defendant " in body
    statutes = run_ussg("tables", "drug_statute_841", "--manual", "2018-11-01").out
    assert "    cocaine_base = {A = 280 g, B = 28 g}\n" in statutes
    assert "applies_at_sentencing = true" in statutes


def test_tables_refuses_unknown_names_and_editions() -> None:
    assert run_ussg("tables", "nope").code == 2
    assert run_ussg("tables", "sentencing_table", "--manual", "1850").code == 2


COURIER = EXAMPLES / "courier-2025.toml"


def test_compare_puts_a_step_only_one_edition_takes_between_its_own_neighbours() -> None:
    """The 2025 minimal-participant cap (Amendment 833) is a second (a)(5) step that the
    2016 Manual lacks: its row sits after the first cap and before (b)(16)/(b)(17)."""
    run = run_ussg("compare", COURIER, "--manual", "2016-11-01,2025-11-01")
    assert run.code == 0, run.err
    titles = [line[2:46].strip() for line in run.out.splitlines() if "§" in line]
    first_cap = titles.index("Mitigating-role cap")
    assert titles[first_cap + 1] == "Mitigating-role cap"
    assert titles[first_cap + 2].startswith("Minimal participant")
    extra = next(l for l in run.out.splitlines() if l.startswith("* Mitigating-role cap"))
    assert "—" in extra and "→ 30" in extra


def test_compare_rows_keep_every_editions_own_order_of_steps() -> None:
    from ussg.guidelines import calculate
    from ussg.guidelines.case.reading import load_case
    from ussg.guidelines.compare import compare

    for path, manuals in [(COURIER, ["2016-11-01", "2025-11-01", "2011-11-01"]),
                          (LEON, ["1993-11-01", "2025-11-01", "1994-11-01", "2007-11-01"])]:
        comparison = compare(load_case(path), manuals, calculate)
        for column, computation in enumerate(comparison.computations):
            in_rows = [row.cells[column] for row in comparison.rows if row.cells[column]]
            own = [s for s in computation.steps if s.chapter != "edition"]
            assert in_rows == own, (path.name, manuals[column])
