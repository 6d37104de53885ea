"""Golden outputs: speed work must not change a byte of what ussg prints.

    python benchmarks/golden_outputs.py record   # before a change: write the digests
    python benchmarks/golden_outputs.py check    # after it: compare, byte for byte

What is compared (outputs are hashed; benchmarks/golden.sha256 holds the digests, and
`record` also keeps the full text under benchmarks/.golden/, not committed, so that `check`
can show the first differing line):

- `ussg calc --format json` for the case each tests/cases/*.toml names (with its manual and
  drop_departures), and for every example;
- `ussg calc` in text, Markdown and JSON for every case file under examples/ and tests/
  (test specs excepted), as written and under every supported edition (`--manual`);
- `ussg compare` of every example across several editions, `ussg tables` for every table
  in every supported edition, and both `ussg schema`s;
- the benchmark's generated batch (benchmarks/bench_calculate.py), each case's
  `Computation.to_json_dict()` serialized as the CLI serializes it, and the same batch
  given a sentencing date (and an offense date, so §1B1.11(b)(1) compares two Manuals)
  instead of a named edition; an error is recorded by its type and message.

The command line is run in-process (ussg.guidelines.cli.main), all items in one process, so a
cache that leaked one case's state into another would show here too. The digests depend on
the tables: after new table data is merged, record again from the code before the change.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import random
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_calculate import generate  # noqa: E402

from ussg.guidelines import calculate  # noqa: E402
from ussg.guidelines.case.model import Case  # noqa: E402
from ussg.guidelines.cli import main as ussg  # noqa: E402
from ussg.guidelines.engine.editions import supported_dates  # noqa: E402
from ussg.guidelines.engine.tables import table_names  # noqa: E402

DIGESTS = ROOT / "benchmarks" / "golden.sha256"
FULL = ROOT / "benchmarks" / ".golden"
GENERATED = 3000


def run_cli(*args: str) -> str:
    """What `ussg ARGS` prints (stdout, stderr) and its exit code."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = ussg(list(args))
    return f"exit {code}\n--- stdout\n{out.getvalue()}--- stderr\n{err.getvalue()}"


def run_cli_in(cwd: Path, *args: str) -> str:
    """`ussg ARGS` run from ``cwd`` (the path a case is given by is part of the JSON)."""
    here = os.getcwd()
    os.chdir(cwd)
    try:
        return run_cli(*args)
    finally:
        os.chdir(here)


def case_files() -> list[str]:
    specs = ROOT / "tests" / "cases"
    found = [*ROOT.glob("examples/*.toml"), *ROOT.glob("tests/**/*.toml")]
    return sorted(str(p.relative_to(ROOT)) for p in found if specs not in p.parents)


def spec_items(scratch: Path) -> Iterator[tuple[str, Callable[[], str]]]:
    for spec_path in sorted((ROOT / "tests" / "cases").glob("*.toml")):
        spec = tomllib.loads(spec_path.read_text())
        case = spec["case"]
        if spec.get("drop_departures"):
            import tomli_w

            data = tomllib.loads((ROOT / case).read_text())
            data.pop("departures", None)
            target = scratch / f"{spec_path.stem}.toml"
            target.write_text(tomli_w.dumps(data))
            case = str(target.relative_to(scratch.parent))
        args = ["calc", case, "--format", "json"]
        if "manual" in spec:
            args += ["--manual", spec["manual"]]
        cwd = scratch.parent if spec.get("drop_departures") else ROOT
        yield f"spec {spec_path.name}", lambda args=args, cwd=cwd: run_cli_in(cwd, *args)


def cli_items() -> Iterator[tuple[str, Callable[[], str]]]:
    manuals = [d.isoformat() for d in supported_dates()]
    for path in case_files():
        for form in ("json", "text", "markdown"):
            yield f"calc {form} {path}", lambda p=path, f=form: run_cli("calc", p, "--format", f)
        for manual in manuals:
            yield (f"calc json {path} --manual {manual}",
                   lambda p=path, m=manual: run_cli("calc", p, "--format", "json", "--manual", m))
    for path in sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("examples/*.toml")):
        for form in ("text", "json"):
            yield (f"compare {form} {path}",
                   lambda p=path, f=form: run_cli("compare", p, "--manual",
                                                  "1989,1993,2007,2016,2025", "--format", f))
    yield "schema", lambda: run_cli("schema")
    yield "schema --computation", lambda: run_cli("schema", "--computation")
    yield "tables", lambda: run_cli("tables")
    for name in table_names():
        for manual in manuals:
            yield (f"tables {name} --manual {manual}",
                   lambda n=name, m=manual: run_cli("tables", n, "--manual", m))


def computed(raw: dict) -> str:
    """A generated case as the CLI would serialize it, or the error it raises."""
    try:
        computation = calculate(Case.model_validate(raw))
    except Exception as error:  # noqa: BLE001 - the error is part of the output
        return f"error {type(error).__name__}: {error}"
    return json.dumps(computation.to_json_dict(), ensure_ascii=False)


def dated(raw: dict, rng: random.Random, days: list) -> dict:
    """The same case given dates instead of an edition (§1B1.11)."""
    case = {k: v for k, v in raw.items() if k != "manual"}
    sentenced, committed = sorted(rng.sample(days, 2), reverse=True)
    case["sentencing_date"] = sentenced  # TOML dates: the case model takes dates, not strings
    if rng.random() < 0.7:
        case["offense_date"] = committed
    return case


def generated_items() -> Iterator[tuple[str, Callable[[], str]]]:
    batch = generate(GENERATED)
    rng = random.Random(7)
    # supported dates, the days before them, and some that no Manual supports
    days = [*supported_dates(), *(d - dt.timedelta(days=1) for d in supported_dates()),
            dt.date(1987, 11, 1), dt.date(1988, 6, 15), dt.date(2030, 1, 1)]
    for index, raw in enumerate(batch):
        yield f"generated {index}", lambda raw=raw: computed(raw)
        yield f"generated {index} dated", lambda case=dated(raw, rng, days): computed(case)


def items(scratch: Path) -> Iterator[tuple[str, Callable[[], str]]]:
    yield from spec_items(scratch)
    yield from cli_items()
    yield from generated_items()


def group(name: str) -> str:
    """Items are hashed in groups (one case file, one table, a hundred generated cases), so
    that the committed record stays small; benchmarks/.golden/ keeps each item's text."""
    words = name.split()
    if words[0] == "generated":
        return f"generated {int(words[1]) // 100 * 100}+"
    if words[0] in ("calc", "compare"):
        return f"{words[0]} {words[2]}"
    if words[0] == "tables" and len(words) > 1:
        return f"tables {words[1]}"
    return words[0] if words[0] != "spec" else name


def digests(records: list[tuple[str, str]]) -> dict[str, str]:
    hashes: dict[str, hashlib._Hash] = {}
    for name, output in records:
        text = f"=== {name}\n{output}\n"
        hashes.setdefault(group(name), hashlib.sha256()).update(text.encode("utf-8"))
    return {key: value.hexdigest() for key, value in hashes.items()}


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "check"
    if mode not in ("record", "check"):
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "dropped"
        scratch.mkdir()
        here = os.getcwd()
        os.chdir(ROOT)  # case paths are relative, as the tests pass them
        try:
            records = [(name, produce()) for name, produce in items(scratch)]
        finally:
            os.chdir(here)
    found = digests(records)
    if mode == "record":
        DIGESTS.write_text("".join(f"{d}  {n}\n" for n, d in found.items()))
        FULL.mkdir(exist_ok=True)
        (FULL / "outputs.json").write_text(json.dumps(dict(records), ensure_ascii=False))
        print(f"recorded {len(records)} outputs in {len(found)} groups: "
              f"{DIGESTS.relative_to(ROOT)}")
        return 0
    expected = dict(reversed(line.split("  ", 1)) for line in DIGESTS.read_text().splitlines())
    differing = [name for name, value in found.items() if expected.get(name) != value]
    missing = sorted(set(expected) - set(found))
    before = {}
    if differing and (FULL / "outputs.json").exists():
        before = json.loads((FULL / "outputs.json").read_text())
    shown = 0
    for name, output in records:
        if group(name) in differing and before.get(name, output) != output and shown < 5:
            shown += 1
            print(f"DIFFERS: {name}")
            old_lines, new_lines = before[name].splitlines(), output.splitlines()
            for old, new in zip(old_lines + [""], new_lines + [""]):
                if old != new:
                    at = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b),
                              min(len(old), len(new)))
                    start = max(0, at - 150)
                    print(f"  before: …{old[start:at + 150]}\n  after:  …{new[start:at + 150]}")
                    break
    every = "--all" in sys.argv[2:]  # check --all: every group named, new ones marked
    for name in differing if every else differing[:10]:
        print(f"group differs: {name}" + ("" if name in expected else " (new)"))
    for name in missing[:10]:
        print(f"missing: {name}")
    if differing or missing:
        print(f"{len(differing)} of {len(found)} groups differ, {len(missing)} missing")
        return 1
    print(f"all {len(records)} outputs ({len(found)} groups) identical to the golden record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
