"""Hand-written threshold edges for every Drug Quantity Table version.

Each file in tests/data/dqt_edges/ was written from the Manual's text (each edge cites its
source line), not generated from tables/: just below, at and just above every threshold of
every substance. They run through the public API, so a wrong threshold in tables/ fails here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case, Drug
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import drug_quantity
from ussg.guidelines.engine.editions import edition_named, supported_dates
from ussg.guidelines.engine.tables import load_table
from tests.conftest import TESTS

EDGE_FILES = sorted((TESTS / "data" / "dqt_edges").glob("*.toml"))


def test_every_table_version_has_hand_written_edges() -> None:
    tested = {tomllib.loads(p.read_text())["version"] for p in EDGE_FILES}
    versions = {v.effective for v in load_table("drug_quantity_table").versions}
    assert versions <= tested, f"versions without edge cases: {sorted(versions - tested)}"


@pytest.mark.parametrize("path", EDGE_FILES, ids=[p.stem for p in EDGE_FILES])
def test_edges(path: Path) -> None:
    """Every edge of one file, each against the table version it names; every wrong level
    is reported, with the edge's source line."""
    spec = tomllib.loads(path.read_text())
    table = load_table("drug_quantity_table").in_force(spec["version"])
    assert table.effective == spec["version"]
    wrong = []
    for i, edge in enumerate(spec["edge"]):
        drug = Drug(substance=edge["substance"], quantity=edge["quantity"])
        level = drug_quantity(table, [drug]).row.level
        if level != edge["level"]:
            wrong.append(f"edge {i}: {edge['substance']} {edge['quantity']}: level {level}, "
                         f"expected {edge['level']} ({edge['source']})")
    assert not wrong, "\n".join(wrong)


SUPPORTED = set(supported_dates())


@pytest.mark.parametrize("path", EDGE_FILES, ids=[p.stem for p in EDGE_FILES])
def test_edges_through_the_whole_engine_where_the_edition_is_supported(path: Path) -> None:
    spec = tomllib.loads(path.read_text())
    edition = edition_named(spec["manual"]) if spec["manual"][:10] in {
        d.isoformat() for d in SUPPORTED} else None
    if edition is None:
        pytest.skip(f"edition {spec['manual']} is not supported yet (other tables missing)")
    assert load_table("drug_quantity_table").in_force(edition.in_force).effective == spec["version"]
    for edge in spec["edge"]:
        case = Case.model_validate({
            # category VI: the 1987 table's unknown cells (levels 1-6) are in the low
            # categories, and only the base offense level is asserted here
            "manual": spec["manual"], "criminal_history": {"category": "VI"},
            "offense": {"drugs": [{"substance": edge["substance"], "quantity": edge["quantity"]}]},
        })
        base = next(s for s in calculate(case).steps if s.chapter == "chapter_two")
        assert base.level == edge["level"], edge["source"]
