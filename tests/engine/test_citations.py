"""Every table version's citation as a value (section, edition, amendments, effective date,
source document), carried by the steps that use it and shown in the JSON; the documents are
named as a reader finds them, never by a file of ussg's reference copy.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from ussg.guidelines.cli import main as ussg
from ussg.guidelines.engine.computation import computation_json_schema
from ussg.guidelines.engine.editions import manual_dates
from ussg.guidelines.engine.tables import NOT_RECORDED, load_table, table_names

from tests.conftest import EXAMPLES, ROOT, run_ussg

VERSIONS = [(name, v) for name in table_names() for v in load_table(name).versions]
MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
REPOSITORY_PATH = re.compile(r"\.\./|shared/reference|reference/ussg|\.txt\b|\.csv\b|https?://")


@pytest.mark.parametrize("name,version", VERSIONS,
                         ids=[f"{n}-{v.effective}" for n, v in VERSIONS])
def test_every_version_cites_a_document_a_reader_can_look_up(name, version) -> None:
    citation = version.citation.citation  # the words carry the value
    assert (citation.section, citation.effective, citation.amendments) == (
        version.section, version.effective, version.amendments)
    document = citation.document
    assert document and document != NOT_RECORDED, (name, version.source)
    assert not REPOSITORY_PATH.search(document), document
    if version.get("law"):  # a statute: the Public Law that made the version
        assert document == version["law"] and citation.edition is None
        return
    assert citation.edition == version.effective
    manual = re.fullmatch(r"Guidelines Manual, Nov\. 1, (\d{4}), (.+)", document)
    if manual:  # read from that edition's text: the version's source names it
        year, section = manual.groups()
        assert section == version.section
        assert re.search(rf"{year}|sentencing_table_", version.source), (document, version.source)
        return
    appendix = re.fullmatch(r"Appendix C, Amendments? ([\d, ]+)", document)
    assert appendix, document
    numbers = [int(n) for n in appendix.group(1).split(", ")]
    if version.amendments:  # the amendments that made the version
        assert tuple(numbers) == version.amendments
    else:  # the original text, as the amendment that changed it quotes it
        assert str(numbers[0]) in version.source


def test_a_guidelines_version_takes_effect_with_an_edition_of_the_manual() -> None:
    """The citation's edition is the Manual date the version took effect with: every
    version that is not a statute's is dated on a day the Manual changed (editions.toml)."""
    editions = {d.effective for d in manual_dates()}
    for name, version in VERSIONS:
        if not version.get("law"):
            assert version.effective in editions, (name, version.effective)


def _words_agree(words: str, citation: dict) -> None:
    """A step's `source` words ("Amendment 394, eff. Nov. 1, 1991") and its citation
    value say the same amendments and date."""
    said = re.search(r"eff\. (\w+\.?) (\d+), (\d{4})", words)
    assert said, words
    month, day, year = said.groups()
    effective = dt.date(int(year), MONTHS.index(month) + 1, int(day))
    assert citation["effective"] == effective.isoformat(), (words, citation)
    numbers = re.match(r"Amendments? ([\d, ]+), eff\.", words)
    if numbers:
        assert citation["amendments"] == [int(n) for n in numbers.group(1).split(", ")]
    elif words.startswith("original text"):
        assert citation["amendments"] == [] and effective == dt.date(1987, 11, 1)


def test_the_json_steps_carry_the_citation_of_the_version_they_used() -> None:
    """Leon (1994): the Drug Quantity Table of Amendments 369, 370 and 395 (Nov. 1, 1991),
    §2D1.1(b)(1) as Amendment 394 left it (Nov. 1, 1991), §3B1.1's original text."""
    run = run_ussg("calc", "--format", "json", EXAMPLES / "leon-1994.toml")
    assert run.code == 0, run.err
    steps = run.json_lines()[0]["steps"]
    cited = {step["section"]: step["citation"] for step in steps if "citation" in step}
    assert cited["§2D1.1(c)(1)"]["amendments"] == [369, 370, 395]
    assert cited["§2D1.1(c)(1)"]["document"] == "Appendix C, Amendments 369, 370, 395"
    assert cited["§2D1.1(b)(1)"] == {
        "section": "§2D1.1(b)(1)", "edition": "1991-11-01", "amendments": [394],
        "effective": "1991-11-01", "document": "Guidelines Manual, Nov. 1, 2016, §2D1.1(b)(1)"}
    assert cited["§3B1.1(a)"]["amendments"] == [] and cited["§3B1.1(a)"]["effective"] == (
        "1987-11-01")
    for step in steps:
        if "citation" in step:
            _words_agree(step["source"], step["citation"])
        else:  # a step that cites no single table version (the edition, a departure)
            assert not re.search(r"^Amendments? \d|^original text", step["source"]), step


CASE_FILES = sorted([*EXAMPLES.glob("*.toml"), *(ROOT / "tests" / "data").rglob("*.toml"),
                     *(ROOT / "tests" / "worksheets").glob("*.toml")])


@pytest.mark.parametrize("path", CASE_FILES, ids=[str(p.relative_to(ROOT)) for p in CASE_FILES])
def test_no_worksheet_prints_a_path_of_the_reference_copy(path: Path, capsys) -> None:
    """Every example and test case file, through the command line (in-process), in every
    format: no step names a file of ussg's reference copy."""
    for form in ("text", "markdown", "json"):
        ussg(["calc", "--format", form, str(path)])
        out = capsys.readouterr().out
        assert "../shared" not in out and "reference/ussg" not in out, (form, path)
        if form == "json":
            for line in filter(None, out.splitlines()):
                for step in json.loads(line)["steps"]:
                    document = step.get("citation", {}).get("document", "")
                    assert not REPOSITORY_PATH.search(f"{step['source']} {document}"), step


def test_the_computation_schema_publishes_the_citation() -> None:
    schema = computation_json_schema()
    citation = schema["$defs"]["Citation"]
    assert set(citation["properties"]) == {"section", "edition", "amendments", "effective",
                                           "document"}
    assert "citation" in schema["$defs"]["Step"]["properties"]
