"""The index of tables/README.md ("Every table file"): one row per table of tables/, read
from the files themselves (section, title, versions, first and last effective date, how
each version was verified). `python -m tests.docs.tables_index` writes it into the README;
tests/docs/test_tables_index.py checks that the README's index is the one the files give.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

TABLES = Path(__file__).resolve().parents[2] / "tables"
README = TABLES / "README.md"
HEADING = "## Every table file"
INTRO = ("Generated from the files (`python -m tests.docs.tables_index`; "
         "`tests/docs/test_tables_index.py` checks it): the section each table serves, its "
         "versions, the first and last effective dates, and how its versions were verified "
         "(`verbatim`, `derived`, `unverified`: see \"Common keys of every version\"). A "
         "folder's heading is its `table.toml`; its versions are its files.")


def _table(path: Path) -> tuple[str, dict, list[dict]]:
    """A table's name, heading and versions (a folder's: every file's versions)."""
    if path.is_dir():
        heading = tomllib.loads((path / "table.toml").read_text())
        versions = [v for f in sorted(path.glob("*.toml")) if f.name != "table.toml"
                    for v in tomllib.loads(f.read_text()).get("version", [])]
        return f"{path.name}/", heading, versions
    data = tomllib.loads(path.read_text())
    return path.name, data, data.get("version", [])


def rows() -> list[str]:
    """The index's rows, in the order of the file names."""
    found = []
    for path in sorted(TABLES.iterdir()):
        if not (path.suffix == ".toml" or (path.is_dir() and (path / "table.toml").exists())):
            continue
        name, heading, versions = _table(path)
        section = heading.get("guideline") or heading.get("section") or ""
        if section and section[0].isdigit():
            section = "§" + section
        dates = sorted(v["effective"] for v in versions)
        span = (f"{dates[0]} – {dates[-1]}" if dates[0] != dates[-1] else f"{dates[0]}") if dates else ""
        kinds = ", ".join(sorted({v.get("verification", "") for v in versions} - {""}))
        title = " ".join(str(heading.get("title", "")).split()).replace("|", "\\|")
        found.append(f"| `{name}` | {section} | {title} | {len(versions)} | {span} | {kinds} |")
    return found


def section_text() -> str:
    """The README's section, heading to last row."""
    return "\n".join([HEADING, INTRO, "",
                      "| file | section | title | versions | effective | verification |",
                      "|---|---|---|---|---|---|", *rows()]) + "\n"


def readme_section(text: str) -> str:
    """The section as the README has it (from its heading to the next heading or the end)."""
    start = text.index(HEADING)
    following = text.find("\n## ", start + 1)
    return text[start:] if following < 0 else text[start:following + 1]


def write() -> None:
    """Write the section into the README, in place of the old one or at its end."""
    text = README.read_text()
    if HEADING in text:
        text = text.replace(readme_section(text), section_text())
    else:
        text = text.rstrip("\n") + "\n\n" + section_text()
    README.write_text(text)


if __name__ == "__main__":
    write()
    sys.exit(0)
