"""Throughput of `ussg.guidelines.calculate` over a generated batch of varied drug cases.

    python benchmarks/bench_calculate.py [N [RUNS]]

Prints cases per second (one core), the median of RUNS runs (default 3), in the process's
CPU time and in wall-clock time. Case construction (pydantic validation) is timed separately
from the calculation, since a batch run pays both. Issue #17's second aim, cases with several
counts and a prior record, is measured on N/10 generated cases (at least 1,000): two to four
§2D1.1 counts and the thirteen priors of examples/criminal-record.toml (Chapter Four worked
prior by prior), validated and computed one by one. With N above 65,536 the quantity caches
(guidelines/engine/quantity.py) no longer hold the whole batch: each case then parses and formats
its quantity anew, as a batch of distinct cases would.
"""

from __future__ import annotations

import bisect
import copy
import gc
import random
import statistics
import sys
import time
import tomllib
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import substances
from ussg.guidelines.engine.editions import supported_dates
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.quantity import format_amount, parse_quantity
from ussg.guidelines.engine.tables import TableError, in_force

UNIT = {"mass": "g", "units": "units", "plants": "plants"}
ROLES = [{}, {"aggravating": "organizer_or_leader", "participants": 6},
         {"aggravating": "manager_or_supervisor", "participants": 2},
         {"mitigating": "minor_participant"}, {"mitigating": "minimal_participant"}]


def _cap_known(day) -> bool:
    """The §2D1.1(a) mitigating-role cap has a gap for some dates; such cases refuse."""
    try:
        in_force("mitigating_role_cap", day)
    except TableError:
        return False
    return True


def generate(n: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    picks = [(day, s) for day in supported_dates()
             for s in substances(in_force("drug_quantity_table", day))]
    batch: list[dict] = []
    while len(batch) < n:
        day, substance = rng.choice(picks)
        amount = Decimal(rng.randint(1, 10**9)) / 1000
        raw = {
            "manual": day.isoformat(),
            "offense": {"drugs": [{"substance": substance.key,
                                   "quantity": f"{amount} {UNIT[substance.measure]}"}],
                        "dangerous_weapon": rng.random() < 0.3},
            "adjustments": {"role": rng.choice(ROLES if _cap_known(day) else ROLES[:3])},
            "criminal_history": {"category": rng.choice("I II III IV V VI".split())},
        }
        if _computes(raw):
            batch.append(raw)
    return batch


#: The prior record of the several-count cases: examples/criminal-record.toml's (sentenced
#: Feb. 15, 2016), its [offense] replaced by generated counts
RECORD = Path(__file__).resolve().parent.parent / "examples" / "criminal-record.toml"


def generate_several(n: int, seed: int = 1) -> list[dict]:
    """Cases of two to four §2D1.1 counts (grouped under §3D1.2(d)) and the prior record of
    examples/criminal-record.toml (thirteen priors), sentenced under the Nov. 1, 2015 Manual
    (one edition, as most cases: a Manual named that differs computes twice, §1B1.11(b)(1))."""
    with RECORD.open("rb") as file:
        record = tomllib.load(file)
    del record["offense"]
    rng = random.Random(seed)
    offered = substances(in_force("drug_quantity_table", record["sentencing_date"]))
    batch: list[dict] = []
    while len(batch) < n:
        raw = copy.deepcopy(record)
        counts = []
        for number in range(1, rng.randint(2, 4) + 1):
            substance = rng.choice(offered)
            amount = Decimal(rng.randint(1, 10**7)) / 1000
            counts.append({"name": f"Count {number}",
                           "statute": "21 U.S.C. § 841(a)(1), (b)(1)(C)", "guideline": "2D1.1",
                           "drugs": [{"substance": substance.key,
                                      "quantity": f"{amount} {UNIT[substance.measure]}"}],
                           "dangerous_weapon": rng.random() < 0.3})
        raw["counts"] = counts
        if _computes(raw):
            batch.append(raw)
    return batch


def _computes(raw: dict) -> bool:
    """Cases ussg refuses are left out: a 1987-88 case on a Sentencing Table cell that is
    not known (tables/sentencing_table.toml), for instance."""
    try:
        calculate(Case.model_validate(raw))
    except CaseError:
        return False
    return True


class _BareDrug(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
    substance: str
    quantity: str


class _BareCase(BaseModel):
    """The baseline's case: a small strict pydantic model of the same facts."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
    manual: str
    drug: _BareDrug
    weapon: bool
    category: str


def baseline(raw: list[dict]) -> None:
    """The bare loop issue #17 measures against: validate a small pydantic model, then a
    bisect and a dict look-up, for the same cases (what Python allows for this work)."""
    thresholds = list(range(0, 10**9, 10**6))
    levels = {i: 12 + i % 31 for i in range(len(thresholds) + 1)}
    for r in raw:
        case = _BareCase.model_validate({
            "manual": r["manual"], "drug": r["offense"]["drugs"][0],
            "weapon": r["offense"]["dangerous_weapon"],
            "category": r["criminal_history"]["category"]})
        amount = int(Decimal(case.drug.quantity.split()[0]))
        levels[bisect.bisect_right(thresholds, amount)] + 2 * case.weapon


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    raw = generate(n)
    several = generate_several(max(1_000, n // 10))
    timings: dict[str, list[tuple[float, float]]] = {
        "validate": [], "calculate": [], "both": [], "streamed": [], "baseline": [],
        "several": []}
    # The engine, not the collector: the generated batch is frozen out of the collector's
    # reach (gc.freeze), and the streamed run keeps no case, as `ussg calc` over many files
    # does; the "validate"/"calculate" split keeps every case in a list (the collector's
    # work on those objects is what it then measures besides the engine).
    gc.collect()
    gc.freeze()
    for _ in range(runs):
        parse_quantity.cache_clear()  # every run a fresh batch of distinct quantities
        format_amount.cache_clear()
        wall, cpu = time.perf_counter(), time.process_time()
        cases = [Case.model_validate(r) for r in raw]
        validated = time.perf_counter(), time.process_time()
        for case in cases:
            calculate(case)
        done = time.perf_counter(), time.process_time()
        timings["validate"].append((validated[0] - wall, validated[1] - cpu))
        timings["calculate"].append((done[0] - validated[0], done[1] - validated[1]))
        timings["both"].append((done[0] - wall, done[1] - cpu))
        del cases
        parse_quantity.cache_clear()
        format_amount.cache_clear()
        wall, cpu = time.perf_counter(), time.process_time()
        for r in raw:
            calculate(Case.model_validate(r))
        timings["streamed"].append((time.perf_counter() - wall, time.process_time() - cpu))
        wall, cpu = time.perf_counter(), time.process_time()
        baseline(raw)
        timings["baseline"].append((time.perf_counter() - wall, time.process_time() - cpu))
        wall, cpu = time.perf_counter(), time.process_time()
        for r in several:
            calculate(Case.model_validate(r))
        timings["several"].append((time.perf_counter() - wall, time.process_time() - cpu))
    print(f"cases:                 {n}, median of {runs} runs: CPU time of this process "
          f"(wall clock; on a busy machine trust the CPU time)")
    rates = {}
    for label, key in (("validate (pydantic):", "validate"), ("calculate:", "calculate"),
                       ("validate + calculate:", "both"),
                       ("streamed (one by one):", "streamed"),
                       ("baseline (bare loop):", "baseline")):
        wall = statistics.median(w for w, _ in timings[key])
        cpu = statistics.median(c for _, c in timings[key])
        rates[key] = n / cpu
        print(f"{label:<22} {n / cpu:>12,.0f} cases/s  ({n / wall:,.0f} wall clock)")
    print(f"streamed / baseline:   {rates['baseline'] / rates['streamed']:.1f}x slower "
          f"(aim: at most 1.5x)")
    wall = statistics.median(w for w, _ in timings["several"])
    cpu = statistics.median(c for _, c in timings["several"])
    print(f"several counts and a prior record ({len(several)} cases, streamed): "
          f"{len(several) / cpu:,.0f} cases/s ({len(several) / wall:,.0f} wall clock; "
          f"aim: at least 30,000)")


if __name__ == "__main__":
    main()
