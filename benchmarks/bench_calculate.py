"""Throughput of `guidelines.calculate` over a generated batch of varied drug cases.

    python benchmarks/bench_calculate.py [N]

Prints cases per second (one core). Case construction (pydantic validation) is timed
separately from the calculation, since a batch run pays both.
"""

from __future__ import annotations

import random
import sys
import time
from decimal import Decimal

from guidelines import calculate
from guidelines.case import Case
from guidelines.drug_quantity import substances
from guidelines.editions import supported_dates
from guidelines.tables import TableError, in_force

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
    batch = []
    for _ in range(n):
        day, substance = rng.choice(picks)
        amount = Decimal(rng.randint(1, 10**9)) / 1000
        batch.append({
            "manual": day.isoformat(),
            "offense": {"drugs": [{"substance": substance.key,
                                   "quantity": f"{amount} {UNIT[substance.measure]}"}],
                        "dangerous_weapon": rng.random() < 0.3},
            "adjustments": {"role": rng.choice(ROLES if _cap_known(day) else ROLES[:3])},
            "criminal_history": {"category": rng.choice("I II III IV V VI".split())},
        })
    return batch


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    raw = generate(n)
    start = time.perf_counter()
    cases = [Case.model_validate(r) for r in raw]
    validated = time.perf_counter()
    for case in cases:
        calculate(case)
    done = time.perf_counter()
    print(f"cases:                 {n}")
    print(f"validate (pydantic):   {n / (validated - start):>12,.0f} cases/s")
    print(f"calculate:             {n / (done - validated):>12,.0f} cases/s")
    print(f"validate + calculate:  {n / (done - start):>12,.0f} cases/s")


if __name__ == "__main__":
    main()
