"""The checklist trail in the case file: which guidelines an edition offers, how the trail
prints on the worksheet, bad entries named by field, and case files written back by the
terminal app read the same.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import parse_case
from ussg.guidelines.case.model import Case, ChecklistItem
from ussg.guidelines.case.writing import case_to_toml
from ussg.guidelines.manual.checklist import checklist_items
from ussg.guidelines.case.facts import hidden_character

from tests.conftest import EXAMPLES, ROOT, run_ussg
from tests.strategies import cases

LEON = (EXAMPLES / "leon-1994.toml").read_text()

TRAIL = """
[[checklist]]
item = "dangerous_weapon"
status = "applied"
note = "gun in the stash house"

[[checklist]]
item = "mitigating_role_cap"
status = "not_applicable"

[[checklist]]
item = "mitigating_role"
status = "review"
note = "co-defendant says he only drove\\nask about the Bronx trips"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "case.toml"
    path.write_text(text)
    return path


def test_items_follow_the_edition() -> None:
    """The 1993 Manual: the weapon is (b)(1), aircraft (b)(2), no violence paragraph (added
    by Amendment 748, 2010) and no mitigating-role cap (Amendment 640, 2002); the §3147
    enhancement is §2J1.7 (§3C1.3 from 2006). The 2025 Manual numbers the cap (a)(5), the
    violence paragraph (b)(2) and the safety valve (b)(18).
    """
    in_1993 = {i.item: i.section for i in checklist_items(dt.date(1993, 11, 1))}
    assert in_1993["dangerous_weapon"] == "§2D1.1(b)(1)"
    assert in_1993["drug_aircraft_or_vessel"] == "§2D1.1(b)(2)"
    assert in_1993["offense_on_release"] == "§2J1.7"
    assert in_1993["aggravating_role"] == "§3B1.1"
    assert "drug_violence" not in in_1993 and "mitigating_role_cap" not in in_1993
    items_2025 = checklist_items(dt.date(2025, 11, 1))
    in_2025 = {i.item: i.section for i in items_2025}
    assert in_2025["mitigating_role_cap"] == "§2D1.1(a)(5)"
    assert in_2025["drug_violence"] == "§2D1.1(b)(2)"
    assert in_2025["drug_safety_valve"] == "§2D1.1(b)(18)"
    assert in_2025["offense_on_release"] == "§3C1.3"
    cap = next(i for i in items_2025 if i.item == "mitigating_role_cap")
    assert "decrease to level 32" in cap.text
    # in the Manual's order: Chapter Two by paragraph, then Chapter Three, §3E1.1 last
    sections = [i.section for i in items_2025]
    assert sections.index("§2D1.1(b)(2)") < sections.index("§2D1.1(b)(18)") \
        < sections.index("§3A1.1") < sections.index("§3E1.1") == len(sections) - 1


def test_text_worksheet_prints_the_trail(tmp_path: Path) -> None:
    run = run_ussg("calc", _write(tmp_path, LEON + TRAIL))
    assert run.code == 0, run.err
    trail = run.out[run.out.index("\nChecklist\n"):].splitlines()

    def line(section: str) -> int:
        return next(i for i, text in enumerate(trail) if f" {section} — " in text)

    weapon = line("§2D1.1(b)(1)")
    assert trail[weapon].split()[:2] == ["applied", "§2D1.1(b)(1)"]
    assert trail[weapon + 1].strip() == "gun in the stash house"
    assert trail[line("§3B1.1")].split()[:3] == ["not", "checked", "§3B1.1"]
    assert trail[line("§2D1.1(b)(2)")].split()[:2] == ["not", "checked"]  # aircraft, 1993
    role = line("§3B1.2")
    assert trail[role].split()[:2] == ["REVIEW", "§3B1.2"]
    assert [s.strip() for s in trail[role + 1:role + 3]] == ["co-defendant says he only drove",
                                                             "ask about the Bronx trips"]
    # marked, but the 1993 Manual has no mitigating-role cap: kept and said so
    cap = next(i for i, text in enumerate(trail)
               if "not applicable  §2D1.1(a) — Mitigating-role cap" in text)
    entry = " ".join(t.strip() for t in [trail[cap]] + [
        t for t in trail[cap + 1:cap + 2] if t.startswith(" " * 20)])  # wrapped at 100
    assert "(not in this edition)" in entry
    # the range is the same as without the trail
    assert "Guideline range            life imprisonment" in run.out


def test_markdown_worksheet_prints_the_trail(tmp_path: Path) -> None:
    run = run_ussg("calc", _write(tmp_path, LEON + TRAIL), "--format", "markdown")
    assert run.code == 0, run.err
    assert "## Checklist" in run.out
    assert ("| applied | §2D1.1(b)(1) | Dangerous weapon (including a firearm) possessed "
            "| gun in the stash house |") in run.out
    assert "| not checked | §3B1.1 | Aggravating Role |  |" in run.out
    assert "co-defendant says he only drove ask about the Bronx trips" in run.out


def test_no_trail_no_section(ussg) -> None:
    run = ussg("calc", EXAMPLES / "leon-1994.toml")
    assert "Checklist" not in run.out


BAD = {
    "twice": (TRAIL + '[[checklist]]\nitem = "dangerous_weapon"\nstatus = "review"\n',
              "checklist", "more than once"),
    "unknown_item": ('[[checklist]]\nitem = "dangerous_weapn"\nstatus = "applied"\n',
                     "checklist[0].item", "dangerous_weapn"),
    "unknown_status": ('[[checklist]]\nitem = "dangerous_weapon"\nstatus = "done"\n',
                       "checklist[0].status", "done"),
    "no_status": ('[[checklist]]\nitem = "dangerous_weapon"\n', "checklist[0].status",
                  "missing"),
}


def test_bad_entries_name_their_field(tmp_path: Path) -> None:
    for name, (extra, field, words) in BAD.items():
        run = run_ussg("calc", _write(tmp_path, LEON + extra))
        assert run.code == 2, name
        assert f"case.toml: {field}: " in run.err, (name, run.err)
        assert words in run.err, (name, run.err)


def test_schema_documents_the_checklist(ussg) -> None:
    run = ussg("schema")
    assert "ChecklistEntry" in run.out and "not_applicable" in run.out


# printable text: control and invisible characters, and digits other than 0-9, are refused
# in a case (guidelines/case/facts.py, hidden_character)
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Co", "Cn", "Zl", "Zp")),
                max_size=40).filter(lambda t: hidden_character(t) is None)


@st.composite
def cases_with_trails(draw) -> Case:
    case = draw(cases())
    items = draw(st.lists(st.sampled_from(list(get_args(ChecklistItem))), unique=True,
                          max_size=6))
    trail = [{"item": item, "status": draw(st.sampled_from(["applied", "not_applicable",
                                                             "review"])),
              "note": draw(texts)} for item in items]
    info = {"name": draw(texts), "notes": draw(texts), "defendant": draw(texts)}
    return Case.model_validate({**case.model_dump(mode="python"), "checklist": trail,
                                "case": info,
                                "sentencing_date": draw(st.none() | st.dates(
                                    dt.date(1990, 1, 1), dt.date(2030, 1, 1)))})


@settings(max_examples=200, deadline=None)
@given(cases_with_trails())
def test_written_case_files_read_back_the_same(case: Case) -> None:
    assert parse_case(case_to_toml(case)) == case


def test_written_example_reads_back_the_same() -> None:
    leon = parse_case(LEON + TRAIL)
    assert parse_case(case_to_toml(leon)) == leon


def test_cli_loads_the_app_only_for_tui() -> None:
    import subprocess

    code = ("import sys, ussg.guidelines.cli; ussg.guidelines.cli.main(['schema']);"
            "assert 'textual' not in sys.modules")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         check=False)
    assert out.returncode == 0, out.stderr


def test_tui_refuses_a_file_that_is_not_toml(tmp_path: Path, ussg) -> None:
    run = ussg("tui", _write(tmp_path, 'sentencing_date = 1994-09-28\n[case\n'))
    assert run.code == 2
    assert "case.toml" in run.err and "not valid TOML" in run.err
    assert "Traceback" not in run.err


def _trail_sections(tmp_path: Path, example: str, trail: str) -> str:
    """The worksheet's checklist trail for an example case with ``trail`` appended."""
    path = _write(tmp_path, (EXAMPLES / example).read_text() + trail)
    run = run_ussg("calc", str(path))
    assert run.code == 0, run.err
    return run.out[run.out.index("Checklist"):]


def test_trail_offers_the_guidelines_the_case_applies(tmp_path: Path) -> None:
    """The Chapter Two items come from the registry entry of each guideline the case applies
    (§2D1.1 declares its characteristics; a §2K2.1 case is not asked about §2D1.1's), and a
    mark the case's guidelines do not offer is kept, marked as not offered."""
    trail = '\n[[checklist]]\nitem = "dangerous_weapon"\nstatus = "applied"\n'
    firearm = _trail_sections(tmp_path, "firearm-2k2.1-2025.toml", trail)
    drugs = _trail_sections(tmp_path, "leon-1994.toml", trail)
    # Leon (§2D1.1): every §2D1.1 characteristic of the 1993 Manual is listed, "not checked"
    # where unmarked; §2K2.1's case lists none of them but keeps the mark it was given
    assert "§2D1.1(b)(2)" in drugs and "§3B1.1" in drugs
    assert "§2D1.1(b)(2)" not in firearm and "§3B1.1" in firearm
    assert "§2D1.1(b)(1)" in firearm  # the mark itself, never dropped
    assert "(not under the offense guideline applied)" in " ".join(firearm.split())
    assert "(not under" not in drugs


def test_a_guideline_on_top_of_2d1_1_offers_its_items() -> None:
    """§2D1.2 takes "the offense level from §2D1.1" from the same drug facts: its case is asked
    about §2D1.1's characteristics; a §2B1.1 case is not."""
    from ussg.guidelines.manual.checklist import guidelines_of
    protected = parse_case((EXAMPLES / "protected-location-2025.toml").read_text())
    fraud = parse_case((EXAMPLES / "fraud-2025.toml").read_text())
    assert "2D1.1" in guidelines_of(protected) and "2D1.2" in guidelines_of(protected)
    assert guidelines_of(fraud) == ("2B1.1",)
    on = dt.date(2025, 11, 1)
    assert "dangerous_weapon" in {i.item for i in checklist_items(on, guidelines_of(protected))}
    fraud_items = {i.item for i in checklist_items(on, guidelines_of(fraud))}
    assert "dangerous_weapon" not in fraud_items and "aggravating_role" in fraud_items


def test_2x1_1_offers_the_items_of_the_guideline_it_applies() -> None:
    """§2X1.1 applies "the base offense level from the guideline for the substantive offense"
    from the count's facts: a conspiracy over §2K2.1 (examples/conspiracy-firearms-2x1.1-2025
    .toml) is asked about §2K2.1's characteristics, the number of firearms among them."""
    from ussg.guidelines.manual.checklist import guidelines_of
    conspiracy = parse_case((EXAMPLES / "conspiracy-firearms-2x1.1-2025.toml").read_text())
    assert guidelines_of(conspiracy) == ("2X1.1", "2K2.1")
    items = {i.item for i in checklist_items(dt.date(2025, 11, 1), guidelines_of(conspiracy))}
    assert "firearm_offense.number_of_firearms" in items


def test_a_guideline_table_offers_each_characteristic_as_the_edition_numbers_it(
        tmp_path: Path) -> None:
    """§2K2.1's characteristics are entries of one table (tables/firearm_offense.toml), each
    with its paragraph per version: "stolen" is (b)(4)(A) in 2016 and 2025; trafficking is
    (b)(5) in 2016 and (b)(6) in the 2025 Manual, whose (b)(5) is the machinegun conversion
    paragraph of the 2025 amendments (GLM2025_fulltext.txt, §2K2.1(b)(5)-(6))."""
    in_2016 = {i.item: i.section for i in checklist_items(dt.date(2016, 11, 1), ["2K2.1"])}
    in_2025 = {i.item: i.section for i in checklist_items(dt.date(2025, 11, 1), ["2K2.1"])}
    assert in_2016["firearm_offense.stolen"] == in_2025["firearm_offense.stolen"] == \
        "§2K2.1(b)(4)(A)"
    assert in_2016["firearm_offense.trafficking"] == "§2K2.1(b)(5)"
    assert in_2016["firearm_offense.number_of_firearms"] == "§2K2.1(b)(1)"
    assert in_2025["firearm_offense.trafficking"] == "§2K2.1(b)(6)"
    assert "firearm_offense.machinegun_conversion" not in in_2016
    assert "dangerous_weapon" not in in_2025
    trail = '\n[[checklist]]\nitem = "firearm_offense.stolen"\nstatus = "applied"\n'
    out = " ".join(_trail_sections(tmp_path, "firearm-2k2.1-2025.toml", trail).split())
    assert "applied §2K2.1(b)(4)(A) — Stolen" in out
    assert "not checked §2K2.1(b)(6) — Trafficking" in out


def test_a_deleted_guideline_reading_anothers_table_offers_its_own_items_if_it_has_any() -> None:
    """``shares_facts_of``: §2K3.1 ("Apply ... §2Q1.2"), with no items of its own, is asked
    about §2Q1.2's; §2J1.8, §2E5.6 and §2C1.6, with their own, only about those (not §2J1.3's,
    §2E5.1's or §2C1.2's, whose characteristics they do not apply)."""
    from ussg.guidelines.manual.checklist import guidelines_of

    def case(guideline: str, table: str, facts: str) -> Case:
        return parse_case(f'manual = "1990"\n[offense]\nguideline = "{guideline}"\n'
                          f'[offense.{table}]\n{facts}\n[criminal_history]\ncategory = "I"\n')

    assert guidelines_of(case("2K3.1", "hazardous_substances", "")) == ("2K3.1", "2Q1.2")
    assert guidelines_of(case("2J1.8", "perjury", 'offense = "witness_bribery"')) == ("2J1.8",)
    assert guidelines_of(case("2E5.6", "benefit_plan_bribery", 'payment = "bribe"')) == ("2E5.6",)
    assert guidelines_of(case("2C1.6", "gratuity", "")) == ("2C1.6",)
