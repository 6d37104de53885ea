"""README.md, "Many cases": the CSV columns it lists are the columns `ussg calc` reads (each
with the type README gives) and writes, through the real command line."""

import csv
import io
import re

from ussg.guidelines.api import CSV_COLUMNS

from tests.conftest import EXAMPLES, ROOT, run_ussg


def _readme_columns() -> dict[str, str]:
    """README's CSV column table: column name -> its type (text, integer, boolean, date)."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("| column | type | the case-file key it gives |")
    columns: dict[str, str] = {}
    for line in lines[start + 2:]:
        if not line.startswith("| "):
            break
        names_cell, type_cell = [c.strip() for c in line.strip().strip("|").split("|")][:2]
        names = re.findall(r"`([a-z_]+)`", names_cell)
        types = [t.strip() for t in type_cell.split(",")]
        if len(types) == 1:
            types *= len(names)
        assert len(types) == len(names), line
        columns.update(zip(names, types))
    return columns


def test_readme_lists_every_csv_column_with_its_type() -> None:
    readme = _readme_columns()
    assert readme == {column.name: column.kind for column in CSV_COLUMNS}


def test_a_csv_with_every_column_readme_lists_is_read(tmp_path) -> None:
    """A header naming every README column is accepted (an unknown one would stop the file,
    line 1); empty cells leave their keys out."""
    names = list(_readme_columns())
    row = {name: "" for name in names}
    row.update(name="Every column", manual="2025", guideline="other", offense_level="20",
               criminal_history_category="I")
    path = tmp_path / "every-column.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=names)
        writer.writeheader()
        writer.writerow(row)
    run = run_ussg("calc", path, "--format", "csv")
    assert run.code == 0, run.err
    (result,) = csv.DictReader(io.StringIO(run.out))
    assert (result["status"], result["range_min_months"], result["range_max_months"]) == (
        "computed", "33", "41")  # level 20, category I: 33-41 months (Sentencing Table)
    bad = tmp_path / "unknown-column.csv"
    bad.write_text("name,manual,guideline,offense_level,criminal_history_categori\n"
                   "x,2025,other,20,I\n", encoding="utf-8")
    run = run_ussg("calc", bad, "--format", "csv")
    assert run.code == 2 and "criminal_history_categori" in run.err and "line 1" in run.err


def test_the_csv_output_has_the_columns_readme_lists() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"output has the columns (.*?) and `error`", text, re.S).group(1)
    listed = re.findall(r"`([a-z_,\s]+)`", said)
    readme = [name.strip() for group in listed for name in group.split(",") if name.strip()]
    readme = [n for n in readme if n not in ("computed", "error")] + ["error"]
    run = run_ussg("calc", EXAMPLES / "batch" / "cases.csv", "--format", "csv")
    assert run.code == 0, run.err
    header = next(csv.reader(io.StringIO(run.out)))
    assert header == readme


def test_the_reduce_csv_output_has_the_columns_readme_lists() -> None:
    """README, "Sentence reductions": `--format csv` gives, after `file, line, case_name,
    status`, the columns ... `warnings` and `error` (`x_min/max/life` are three columns)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("`--format csv` gives, after") + len("`--format csv`")
    said = text[start:text.index("A bad line is reported", start)]
    readme = []
    for group in re.findall(r"`([^`]+)`", said):
        for name in (n.strip() for n in group.split(",") if n.strip()):
            stem, _, ends = name.partition("_min/")
            readme += ([f"{stem}_min"] + [f"{stem}_{e}" for e in ends.split("/")]
                       if ends else [name])
    run = run_ussg("reduce", ROOT / "tests" / "cases" / "reductions" / "reductions.csv",
                   "--format", "csv")
    assert run.code == 0, run.err
    assert next(csv.reader(io.StringIO(run.out))) == readme
