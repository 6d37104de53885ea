"""README.md's case-file reference ("## The case file", up to "## Sentence reductions") read
as data, and `ussg schema` (the real command line) flattened, so that tests can compare the
two: every key README documents exists in the schema under the name and type README gives,
and every key a user can state is documented.

README's rows are `| key | type | meaning |`. A key cell lists backticked names: a table
(`[offense.firearms]`, `[[offense.drugs]]`) sets the place of the names after it; a bare name
is a key at that place (`guideline = "2K2.4"` is the key `guideline`). A row with no table
takes the table its section heading names (`### §2K2.1 (firearms): `[offense.firearms]``),
or, where the heading names several, the one that has the key. In the §2K2.2/§2K2.3 section a
row begins with the facts key itself (`firearms_2k2_2` `convicted_under`)."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field

from tests.conftest import ROOT, run_ussg

README = ROOT / "README.md"

# README's words for a type, and the JSON Schema kinds each stands for ("money" and
# "dollars": a string "$1,250,000" or an integer of dollars).
TYPE_WORDS = {
    "string": {"string"}, "strings": {"string"},
    "integer": {"integer"}, "integers": {"integer"},
    "bool": {"boolean"}, "bools": {"boolean"},
    "date": {"date"}, "dates": {"date"},
    "table": {"object"}, "tables": {"object", "array"},  # tables, or an array of tables
    "list of strings": {"array"}, "list of tables": {"array"}, "list of dates": {"array"},
    "list of two strings": {"array"}, "list": {"array"}, "array": {"array"},
    "money": {"integer", "string"}, "dollars": {"integer", "string"},
}
PLURAL = {"strings", "integers", "bools", "dates", "tables"}


# --- the schema -------------------------------------------------------------------------

@dataclass(frozen=True)
class SchemaKey:
    path: str     # "offense.firearms.convicted_under" (arrays of tables are stepped through)
    model: str    # the $defs model that holds the key ("FirearmFacts")
    key: str
    kinds: frozenset[str]  # "string", "integer", "boolean", "date", "object", "array"


@functools.cache
def schema() -> dict:
    run = run_ussg("schema")
    assert run.code == 0, run.err
    return json.loads(run.out)


def _resolve(node: dict) -> tuple[dict, str | None]:
    name = None
    defs = schema()["$defs"]
    while "$ref" in node:
        name = node["$ref"].split("/")[-1]
        node = {**defs[name], **{k: v for k, v in node.items() if k != "$ref"}}
    return node, name


def _kinds(node: dict) -> set[str]:
    node, _ = _resolve(node)
    if "anyOf" in node:
        return set().union(*(_kinds(a) for a in node["anyOf"]))
    kind = node.get("type")
    if kind == "array":
        return {"array"}
    if kind == "object" or "properties" in node:
        return {"object"}
    if kind == "string" and node.get("format") == "date":
        return {"date"}
    if kind == "null":
        return set()
    return {kind or ("string" if "enum" in node or "const" in node else "any")}


def _tables_in(node: dict) -> list[tuple[dict, str]]:
    """The object models a value may be: itself, one of its anyOf, or an array's items."""
    node, name = _resolve(node)
    found = []
    for alternative in [node, *node.get("anyOf", [])]:
        alternative, alt_name = _resolve(alternative)
        if alternative.get("type") == "array" and "items" in alternative:
            found += _tables_in(alternative["items"])
        elif "properties" in alternative:
            found.append((alternative, alt_name or name or "?"))
    return found


@functools.cache
def schema_keys() -> dict[str, SchemaKey]:
    """Every key a case file can state, by its path."""
    out: dict[str, SchemaKey] = {}

    def walk(table: dict, model: str, path: str, within: tuple[str, ...]) -> None:
        for key, value in table["properties"].items():
            here = f"{path}.{key}" if path else key
            if here in out:
                continue
            out[here] = SchemaKey(here, model, key, frozenset(_kinds(value)))
            for inner, inner_model in _tables_in(value):
                # a model inside itself (§2B1.1's facts nest §2K1.4's, which nest §2B1.1's):
                # its keys are those of the table it repeats, walked once
                if inner_model not in within:
                    walk(inner, inner_model, here, (*within, inner_model))

    walk(schema(), "Case", "", ("Case",))
    return out


# --- README -------------------------------------------------------------------------------

@dataclass
class Row:
    line: int
    keys: list[str]          # schema paths the row names
    kinds: list[set[str] | None]  # README's type for each (None: not said)
    text: str


@dataclass
class Section:
    heading: str
    line: int
    tables: list[str]        # the tables the heading names ("offense.firearms")
    rows: list[Row] = field(default_factory=list)
    prose: set[str] = field(default_factory=set)  # backticked names outside the tables


def _table_name(token: str) -> str | None:
    match = re.fullmatch(r"\[\[?([a-z0-9_.]+)\]?\]", token)
    return match.group(1) if match else None


def _name(token: str) -> str | None:
    match = re.fullmatch(r"([a-z][a-z0-9_]*)(\s*=.*)?", token)
    return match.group(1) if match else None


def _type_sets(cell: str, groups: list[int]) -> list[set[str] | None]:
    """README's type cell for the keys of a row: one type for all; one per key (`integer /
    bool` for `imposed_months` / `imposed_life`); one per group of keys, keys joined by " / "
    being one group (`months` / `to_months`, `reason`: integer, string); or a plural type
    standing for several ("bools, integer" for three booleans and an integer)."""
    count = len(groups)
    cell = re.sub(r"\*\*|,? *(all )?required", "", cell).strip()
    if not cell:
        return [None] * count
    parts = [p.strip() for p in re.split(r",|/", cell) if p.strip()]
    if any(p not in TYPE_WORDS for p in parts):
        raise AssertionError(f"README type {cell!r}: not one of {sorted(TYPE_WORDS)}")
    if len(parts) == 1:
        return [TYPE_WORDS[parts[0]]] * count
    if len(parts) == count:
        return [TYPE_WORDS[p] for p in parts]
    if len(parts) == len(set(groups)):
        return [TYPE_WORDS[parts[g]] for g in groups]
    plural = [i for i, p in enumerate(parts) if p in PLURAL]
    if len(plural) == 1 and len(parts) < count:
        i = plural[0]
        widened = parts[:i] + [parts[i]] * (count - len(parts) + 1) + parts[i + 1:]
        return [TYPE_WORDS[p] for p in widened]
    raise AssertionError(f"README type {cell!r} for {count} keys")


def _row_keys(cell: str, section: Section) -> tuple[list[str], list[int]]:
    """The schema paths a key cell names, and the group of each (keys joined by " / ")."""
    pieces = re.split(r"`([^`]+)`", cell)  # text, token, text, token, ...
    tokens = pieces[1::2]
    joined = [sep.strip() == "/" for sep in pieces[0:-1:2]]  # the text before each token
    heading_keys = {t.rsplit(".", 1)[-1]: t for t in section.tables}
    if len(tokens) >= 2 and tokens[0] in heading_keys and _table_name(tokens[0]) is None:
        tokens[0] = f"[{heading_keys[tokens[0]]}]"  # `firearms_2k2_2` `convicted_under`
    prefixes: list[str] = []
    last_was_table = False
    names: list[tuple[list[str], str, bool]] = []
    for token, after_slash in zip(tokens, joined):
        table = _table_name(token)
        if table is not None:
            prefixes = (prefixes if last_was_table else []) + [table]
            last_was_table = True
            continue
        last_was_table = False
        name = _name(token)
        if name is not None:
            names.append((list(prefixes), name, after_slash))
    if not names:  # the row is a table itself: `[counts.adjustments]`
        return prefixes, list(range(len(prefixes)))
    keys: list[str] = []
    groups: list[int] = []
    group = -1
    for places, name, after_slash in names:
        if not (after_slash and groups):
            group += 1
        if not places:
            candidates = [f"{t}.{name}" for t in section.tables] or [name]
            found = [c for c in candidates if c in schema_keys()]
            places_keys = [found[0] if found else candidates[0]]
        else:
            places_keys = [f"{p}.{name}" for p in places]
        keys += places_keys
        groups += [group] * len(places_keys)
    return keys, groups


@functools.cache
def readme_sections() -> tuple[Section, ...]:
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("## The case file")
    end = lines.index("## Sentence reductions (`ussg reduce`)")
    sections = [Section("## The case file", start + 1, [])]
    for number, line in enumerate(lines[start + 1:end], start + 2):
        if line.startswith("### "):
            tables = [_table_name(t) for t in re.findall(r"`([^`]+)`", line)]
            sections.append(Section(line, number, [t for t in tables if t]))
            continue
        section = sections[-1]
        if line.startswith("| ") and not line.startswith(("| key ", "|---")):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            key_cell, type_cell = cells[0], cells[1]
            keys, groups = _row_keys(key_cell, section)
            section.rows.append(Row(number, keys, _type_sets(type_cell, groups), line))
        elif not line.startswith("|"):
            section.prose.update(t for t in re.findall(r"`([a-z][a-z0-9_]*)`", line))
    return tuple(sections)


def _children(path: str) -> dict[str, SchemaKey]:
    depth = path.count(".") + 1
    return {k: v for k, v in schema_keys().items()
            if k.startswith(path + ".") and k.count(".") == depth}


def _mentioned(text: str) -> set[str]:
    """The names a text gives in backticks: `name`, and the keys of an inline table
    (`{ substance = "...", quantity = "..." }`)."""
    names = set(re.findall(r"`([a-z][a-z0-9_]*)`", text))
    for code in re.findall(r"`([^`]+)`", text):
        names.update(re.findall(r"([a-z][a-z0-9_]*) = ", code))
    return names


@functools.cache
def documented() -> frozenset[tuple[str, str]]:
    """The (model, key) pairs README documents: a key named in a row (and the tables it is
    in); a table a section heading names; a key the text of a row names beside the row's own
    (`"other"` with `offense_level`) or inside the row's table; the keys of a table a row
    says takes "the keys of `[offense.Y]`" that `[offense.Y]` has; a key a section's prose
    names in a table its heading names (§2K2.5's `school_zone`). A key of both `[offense]`
    and `[[counts]]` is documented for both ("Each count takes every `[offense]` key")."""
    keys = schema_keys()
    found: set[tuple[str, str]] = set()

    def mark(path: str) -> None:
        parts = path.split(".")
        for i in range(1, len(parts) + 1):
            here = keys.get(".".join(parts[:i]))
            if here is not None:
                found.add((here.model, here.key))

    for section in readme_sections():
        for table in section.tables:
            mark(table)
            found.update((v.model, v.key) for v in _children(table).values()
                         if v.key in section.prose)
        for row in section.rows:
            meaning = row.text.strip().strip("|").split("|", 2)[-1]
            names = _mentioned(meaning)
            for path in row.keys:
                if path not in keys:
                    continue
                mark(path)
                parent = path.rsplit(".", 1)[0] if "." in path else ""
                nearby = {**_children(path), **(_children(parent) if parent else {})}
                found.update((v.model, v.key) for v in nearby.values() if v.key in names)
                for like in re.findall(r"keys of `\[\[?([a-z0-9_.]+)\]?\]`", meaning):
                    theirs = {v.key for v in _children(like).values()}
                    found.update((v.model, v.key) for k, v in keys.items()
                                 if k.startswith(path + ".") and v.key in theirs)
    shared = {key for model, key in found if model in ("Offense", "Count")}
    found.update((model, key) for model in ("Offense", "Count") for key in shared)
    return frozenset(found)
