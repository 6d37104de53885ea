"""Chapter Two as a registry (guidelines/manual/ch2/registry.py): every registered offense
guideline is complete — its rules give the Manual's parts, its facts model is strict and
documented, its table names it, README and an example show it — and the case model, the
schema and the guideline list take it from the registry alone."""

import datetime as dt
import functools
import importlib
import json
import re
import tomllib
from pathlib import Path
from importlib import resources

import pytest
from pydantic import ValidationError

from ussg.guidelines.api import CaseFileError, EditionError, edition_in_force, supported_dates
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.manual import Manual
from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.manual.ch2.registry import (chapter_two_guideline, chapter_two_guidelines,
                                                 guideline_in_force)

from tests.conftest import EXAMPLES, ROOT, run_ussg

GUIDELINES = chapter_two_guidelines()
COMPUTED = [g for g in GUIDELINES if g.rules is not None]
WITH_FACTS = [g for g in GUIDELINES if g.facts_key is not None]


def test_the_registry_finds_the_packages_in_the_manuals_order() -> None:
    sections = [g.section for g in GUIDELINES]
    assert "2D1.1" in sections and "2K2.4" in sections
    assert sections == sorted(sections, key=lambda s: (s[0], s[1], int(s[2:].split(".")[0]),
                                                       int(s.split(".")[1])))
    for guideline in GUIDELINES:
        assert chapter_two_guideline(guideline.section) is guideline
        package = importlib.import_module(f"ussg.guidelines.manual.ch2.s{guideline.section.lower().replace('.', '_')}")
        assert guideline in (*getattr(package, "GUIDELINES", ()), getattr(package, "GUIDELINE", None))


@pytest.mark.parametrize("guideline", COMPUTED, ids=lambda g: g.section)
def test_each_computed_guideline_gives_the_manuals_parts(guideline) -> None:
    rules = guideline.load_rules()
    for part in ("base_offense_level", "specific_offense_characteristics"):
        assert callable(getattr(rules, part)), (guideline.section, part)
    assert guideline.title and guideline.summary


@pytest.mark.parametrize("guideline", WITH_FACTS, ids=lambda g: g.section)
def test_each_guidelines_facts_are_strict_and_documented(guideline) -> None:
    model = guideline.facts
    assert model.model_config.get("extra") == "forbid" and model.model_config.get("strict")
    for name, field in model.model_fields.items():
        assert field.description, f"§{guideline.section} [{guideline.facts_key}] {name}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"[offense.{guideline.facts_key}]" in readme or f"offense.{guideline.facts_key}" in readme


@pytest.mark.parametrize("guideline", [g for g in GUIDELINES if g.checklist],
                         ids=lambda g: g.section)
def test_each_checklist_item_is_offered_by_some_edition_as_the_guidelines(guideline) -> None:
    """A checklist item the registry declares names a table of this guideline ("table" or
    "table.entry"), and some version of it offers the item, numbered within the guideline."""
    from ussg.guidelines.manual.checklist import checklist_items
    for item in guideline.checklist:
        table = load_table(item.split(".", 1)[0])
        assert table.section.startswith(f"§{guideline.section}"), (item, table.section)
        offered = [found for version in table.versions
                   for found in checklist_items(version.effective, [guideline.section])
                   if found.item == item]
        assert offered, f"{item}: no version of {table.name} offers it"
        assert all(o.section.startswith(f"§{guideline.section}(") for o in offered), item


@pytest.mark.parametrize("guideline", [g for g in GUIDELINES if g.table], ids=lambda g: g.section)
def test_each_guidelines_table_names_it_and_cites_its_source(guideline) -> None:
    table = load_table(guideline.table)
    assert table.versions
    for version in table.versions:
        assert version.source and version.get("checked")
    raw = tomllib.loads((resources.files("ussg.tables") / f"{guideline.table}.toml").read_text())
    assert raw.get("guideline") == guideline.section


@functools.cache
def _sections_each_example_computes() -> dict[str, set[str]]:
    """For each bundled example, the sections its steps cite (through the real CLI)."""
    paths = sorted(EXAMPLES.glob("*.toml"))
    run = run_ussg("calc", "--format", "json", *map(str, paths))  # one JSON object a file
    assert run.code == 0, run.err
    results = [json.loads(line) for line in run.out.splitlines()]
    assert [Path(r["file"]).name for r in results] == [p.name for p in paths]
    return {Path(r["file"]).name: {step["section"] for step in r["steps"]} for r in results}


@pytest.mark.parametrize("guideline", [g for g in COMPUTED if g.section != "2D1.1"],
                         ids=lambda g: g.section)
def test_an_example_works_each_guideline_by_hand(guideline) -> None:
    """Each computed guideline is worked in at least one bundled example (alone, or reached
    by a cross reference) whose steps cite it."""
    examples = [name for name, sections in _sections_each_example_computes().items()
                if any(s.startswith(f"§{guideline.section}") for s in sections)]
    assert examples, f"no example in examples/ computes §{guideline.section}"


def test_the_schema_lists_every_guideline_and_its_facts_table() -> None:
    run = run_ussg("schema")
    assert run.code == 0, run.err
    schema = run.out
    for guideline in GUIDELINES:
        assert f'"{guideline.section}"' in schema
        if guideline.facts_key:
            assert f'"{guideline.facts_key}"' in schema


@pytest.mark.parametrize("guideline", WITH_FACTS, ids=lambda g: g.section)
def test_a_guidelines_facts_under_another_guideline_are_refused(guideline) -> None:
    other = "2D1.1"
    with pytest.raises(ValidationError) as error:
        Case.model_validate({"manual": "2025", "criminal_history": {"category": "I"},
                             "offense": {"guideline": other, guideline.facts_key: {}}})
    assert guideline.facts_key in str(error.value)


def _spans(described: str) -> list[tuple[dt.date, dt.date | None]]:
    """The dates a `ussg guidelines` line says a guideline is entered: "from Nov. 1, 1990",
    "Nov. 1, 1987 – Oct. 31, 1993", comma-separated."""
    def day(words: str) -> dt.date:
        return dt.datetime.strptime(words.replace("Sept.", "Sep.").replace(".", ""),
                                    "%b %d, %Y").date()

    spans = []
    for run in re.findall(r"(from [A-Z][a-z]+\.? \d+, \d{4}|[A-Z][a-z]+\.? \d+, \d{4} – "
                          r"[A-Z][a-z]+\.? \d+, \d{4})", described.split("entered ", 1)[1]):
        if run.startswith("from "):
            spans.append((day(run[5:]), None))
        else:
            start, end = run.split(" – ")
            spans.append((day(start), day(end)))
    return spans


def test_ussg_guidelines_lists_each_one_with_its_table_and_the_dates_it_is_computed() -> None:
    """Each line names the guideline's facts table and the dates ussg computes it: on every
    supported edition's date, the guideline is accepted exactly where a listed span holds it
    (a deleted guideline ends; one not yet written, or a span not entered, is left out)."""
    run = run_ussg("guidelines")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    for guideline in GUIDELINES:
        (at,) = [i for i, line in enumerate(lines) if line.startswith(f"§{guideline.section} ")]
        described = lines[at + 1]
        if guideline.facts_key:
            assert f"[offense.{guideline.facts_key}]" in described
        if not guideline.table:
            continue
        spans = _spans(described)
        assert spans, described
        for on in supported_dates():
            listed = any(start <= on and (end is None or on <= end) for start, end in spans)
            try:
                guideline_in_force(guideline, Manual(edition_in_force(on)), "guideline")
                accepted = True
            except (CaseFileError, EditionError):
                accepted = False
            assert listed == accepted, (guideline.section, on, described)
