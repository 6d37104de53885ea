"""Showing a table as it stood in an edition, with its amendment history. Returns text."""

from __future__ import annotations

import datetime as dt

from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import substances
from ussg.guidelines.engine.editions import (calendar, supported_dates, unsupported_because,
                                             verification)
from ussg.guidelines.manual.ch5.part_a_sentencing_table import CATEGORIES, UNKNOWN_CELL
from ussg.guidelines.engine.tables import Table, Version, format_date, load_table, table_names

_CITATION_KEYS = {"effective", "amendments", "source", "verification", "checked", "summary"}


def table_list() -> str:
    lines = ["Tables (ussg tables NAME [--manual DATE] shows one):", ""]
    width = max(24, *(len(name) for name in table_names()))
    for name in table_names():
        table = load_table(name)
        count = len(table.versions)
        lines.append(f"  {name:<{width}} {table.section:<28} {table.title}"
                     f"  ({count} version{'' if count == 1 else 's'}, {_began(table)})")
    return "\n".join(lines) + "\n"


def _began(table: Table) -> str:
    """The date the provision began: the first version in which it exists (a table whose
    first versions say `exists = false` records a section added later, e.g. §3B1.5 on Nov. 1,
    2003), not the date of the table's first version."""
    for version in table.versions:
        if version.get("exists", True) is not False:
            return f"from {version.effective.isoformat()}"
    return "in no edition entered"


def edition_list() -> str:
    """`ussg editions`: every date the Manual changed, what changed it, and how far ussg
    has entered and checked its tables."""
    known = calendar()
    newest = max(supported_dates())
    lines = ["Editions of the Guidelines Manual (and amendments in force between them)",
             f"This list is reviewed through {format_date(known.reviewed_through)}: "
             f"{known.reviewed_reason}.", "",
             "Tables: the verification of each table's version in force (tables/README.md).",
             ""]
    for change in known.dates:
        if change.supported:
            status = "computed"
        elif change.effective > newest:
            status = ("NOT ENTERED: refused (--assume-latest computes under the "
                      f"{format_date(newest)} edition, marked not verified for this date)")
        else:
            status = f"not computed: {unsupported_because(change.effective)}"
        lines.append(f"{change.effective.isoformat()}  {change.kind:<8}  {change.described}")
        lines.append(f"{'':<22}{status}")
        lines.append(f"{'':<22}tables: {verification(change.effective)}")
    return "\n".join(lines) + "\n"


def guideline_list() -> str:
    """`ussg guidelines`: every offense guideline of Chapter Two that ussg computes (the
    registry, guidelines/manual/ch2/registry.py), its case-file table, and from when it is
    entered."""
    from ussg.guidelines.manual.ch2.registry import chapter_two_guidelines
    lines = ["Chapter Two offense guidelines ussg computes",
             "(case file: [offense] guideline = \"<section>\", its facts in [offense.<table>])",
             ""]
    for guideline in chapter_two_guidelines():
        if guideline.table:
            since = "entered " + _entered(load_table(guideline.table))
        elif guideline.rules is None:
            since = "the term the statute sets (§5G1.2(a))"
        else:
            since = "entered for every supported edition (`ussg editions`)"
        facts = f"[offense.{guideline.facts_key}]" if guideline.facts_key else "[offense]"
        lines.append(f"§{guideline.section:<7} {guideline.summary}")
        lines.append(f"{'':<9}{facts}; {since}")
    lines += ["", "Any other guideline: guideline = \"other\" with the Chapter Two offense_level "
                  "as determined."]
    return "\n".join(lines) + "\n"


def _entered(table: Table) -> str:
    """The dates a guideline's table computes it: each run of its versions that do not say
    the guideline does not exist (deleted or not yet written: ``exists = false``), less the
    table's gaps (spans whose versions are not entered): "from Nov. 1, 1990", "Nov. 1, 1987 –
    Oct. 31, 1993", or several such runs."""
    day = dt.timedelta(days=1)
    runs: list[list] = []  # [start, end or None]
    for version in table.versions:
        if version.get("exists", True):
            if not runs or runs[-1][1] is not None:
                runs.append([version.effective, None])
        elif runs and runs[-1][1] is None:
            runs[-1][1] = version.effective - day
    for gap_start, gap_end in table.gaps:
        cut: list[list] = []
        for start, end in runs:
            if gap_end < start or (end is not None and gap_start > end):
                cut.append([start, end])
                continue
            if start < gap_start:
                cut.append([start, gap_start - day])
            if end is None or gap_end < end:
                cut.append([gap_end + day, end])
        runs = cut
    if not runs:
        return "for no date"
    return ", ".join(f"from {format_date(start)}" if end is None
                     else f"{format_date(start)} – {format_date(end)}" for start, end in runs)


def table_in_edition(name: str, on: dt.date, label: str) -> str:
    table = load_table(name)
    version = table.in_force(on)
    lines = [f"{table.section} {table.title}", f"as in force under the {label}",
             f"version: {version.citation} ({version.verification})",
             f"source: {version.source}", ""]
    lines += _body(name, version)
    lines += ["", "History:"] + _history(table, version)
    why = unsupported_because(on)
    if why:  # shown for reference: cases are refused under this edition
        lines += ["", f"Cases cannot be computed under this edition: {why}."]
    return "\n".join(lines) + "\n"


def _body(name: str, version: Version) -> list[str]:
    if name == "drug_quantity_table":
        return _drug_quantity_body(version)
    if name == "sentencing_table":
        return _sentencing_body(version)
    if name == "drug_equivalency":
        from ussg.guidelines.manual.ch2.s2d1_1.drug_conversion import describe

        return describe(version)
    lines: list[str] = []
    for key, value in version.data.items():
        if key not in _CITATION_KEYS:
            lines += _entry(key, value)
    return lines


def _entry(key: str, value: object) -> list[str]:
    """One key of a version: a list of entries or a group one per line, anything else inline."""
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        lines = [f"  {key}:"]
        for item in value:
            fields = [f"{name} = {_scalar(field)}" for name, field in item.items()]
            lines += [f"    - {fields[0]}"] + [f"      {field}" for field in fields[1:]]
        return lines
    if isinstance(value, dict):
        return [f"  {key}:"] + [f"    {name} = {_scalar(item)}" for name, item in value.items()]
    return [f"  {key} = {_scalar(value)}"]


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dict):
        return "{" + _inline(value) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    return str(value)


def _inline(entry: dict) -> str:
    return ", ".join(f"{name} = {_scalar(item)}" for name, item in entry.items())


def _drug_quantity_body(version: Version) -> list[str]:
    lines = []
    for substance in substances(version):
        lines.append(f"  {substance.name} ({substance.key})")
        for row in substance.rows:
            lines.append(f"    ({row.subdivision:>2}) level {row.level:>2}  "
                         f"{substance.threshold_text(row)}")
    return lines


def _sentencing_body(version: Version) -> list[str]:
    zones = version.get("zones")
    lines = ["  level " + "".join(f"{c:>12}" for c in CATEGORIES)]
    for level in range(1, 44):
        cells = version["cells"][str(level)]
        marks = zones[str(level)] if zones else [""] * 6
        lines.append(f"  {level:>5} " + "".join(
            f"{(cell + (' ' + z if z else '')):>12}" for cell, z in zip(cells, marks)))
    if any(UNKNOWN_CELL in version["cells"][str(level)] for level in range(1, 44)):
        lines.append(f'  "{UNKNOWN_CELL}": one of 0-1 ... 0-6 months, not known (Amendment 270 '
                     f'made each 0-6); a case on such a cell is refused')
    return lines


def _history(table: Table, current: Version) -> list[str]:
    lines = []
    for version in table.versions:
        mark = "*" if version is current else " "
        lines.append(f" {mark} {format_date(version.effective):<16} {version.citation:<40} "
                     f"{version.verification}")
    return lines
