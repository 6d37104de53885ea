"""Instructions per case through the API (`Case.model_validate`, `calculate`), counted by
callgrind: a measure that a busy machine does not move (repeated runs differ by well under 1%).

    python benchmarks/callgrind_api.py [--keep=FILE] [WHAT] [KIND] [N]

WHAT is ``validate`` (pydantic's validation alone, the case then dropped), ``calculate``
(the calculation alone, of cases validated beforehand) or ``both`` (one case after the
other, nothing kept: the streamed use); KIND is ``single`` (benchmarks/bench_calculate.py's
generated single-count §2D1.1 cases of every edition) or ``several`` (three §2D1.1 counts,
each with its statute, and a prior record of two felonies Chapter Four counts, on the
editions from Nov. 1, 2016, quantities and substances varied; sentenced on the edition's
first day for an offense 200 days before, so that most are computed under two editions, as
§1B1.11(b)(1)'s comparison asks); N the cases counted (1,000).
Without WHAT (or KIND), each in turn. Prints instructions per case. ``--keep=FILE``:
callgrind's output is left in FILE (one WHAT and KIND), for
``callgrind_annotate --inclusive=yes FILE``.

The script generates the cases, then runs itself under ``PYTHONHASHSEED=0 valgrind
--tool=callgrind`` on them (pickled): 200 others go through the same path to warm up
(tables, caches, the interpreter's specialisation), the collector is frozen (``gc.freeze``: what is made beforehand is out of
its reach), and only the loop over the N cases is counted: it is a ``functools.reduce``
over them (``--toggle-collect=functools_reduce``: the C function that only that loop calls).
The counted cases themselves go through once beforehand, so that what is made once per table
version and kept (a substance's rows, a Sentencing Table cell's words: some 35 editions' worth)
is made before, as in a long batch: 200 cases of every edition leave some of it to be made
in the loop (about 3% of the calculation's instructions). The warm-up is a plain loop, not a
``functools.reduce``, which callgrind would count. The quantity caches are then emptied, so
that each counted case parses and formats its own quantity, as a batch of distinct cases
would.
"""

from __future__ import annotations

import functools
import gc
import os
import pickle
import random
import re
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

WARM_UP = 200
WHATS = ("validate", "calculate", "both")
KINDS = ("single", "several")


def several_counts(n: int, seed: int = 2) -> list[dict]:
    """Cases of three §2D1.1 counts, each with its statute, and two prior felonies (a
    robbery, a drug distribution) dated back from the sentencing date, so that Chapter Four
    counts them under every edition chosen."""
    from bench_calculate import UNIT, _computes
    from ussg.guidelines.engine.editions import supported_dates
    from ussg.guidelines.engine.tables import in_force
    from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import substances

    rng = random.Random(seed)
    days = [d for d in supported_dates() if d.year >= 2016]
    picks = [(day, s) for day in days
             for s in substances(in_force("drug_quantity_table", day))]
    statutes = ["21 U.S.C. § 841(a)(1), (b)(1)(C)", "21 U.S.C. §§ 846, 841(b)(1)(C)",
                "21 U.S.C. § 841(a)(1), (b)(1)(C)"]
    batch: list[dict] = []
    while len(batch) < n:
        day = rng.choice(days)
        counts = []
        for i, statute in enumerate(statutes, 1):
            _, substance = rng.choice([p for p in picks if p[0] == day])
            amount = Decimal(rng.randint(1, 10**6)) / 1000
            counts.append({"name": f"Count {i}", "statute": statute,
                           "drugs": [{"substance": substance.key,
                                      "quantity": f"{amount} {UNIT[substance.measure]}"}]})

        def ago(days_back: int) -> date:  # a date, as TOML reads one (the model is strict)
            return day - timedelta(days=days_back)

        raw = {
            "sentencing_date": day, "offense_date": ago(200),
            "counts": counts,
            "acceptance": {"accepted": rng.random() < 0.7},
            "criminal_history": {
                "instant_offense_began": ago(300), "birth_date": ago(35 * 365),
                "priors": [
                    {"id": "robbery", "description": "Robbery", "kind": "felony",
                     "crime_of_violence": True, "offense_date": ago(11 * 365),
                     "arrest_date": ago(11 * 365 - 1), "conviction_date": ago(10 * 365),
                     "sentence_date": ago(10 * 365 - 30), "imprisonment": "3 years",
                     "release_date": ago(7 * 365)},
                    {"id": "distribution", "description": "Distribution of cocaine",
                     "kind": "felony", "controlled_substance_offense": True,
                     "offense_date": ago(6 * 365), "arrest_date": ago(6 * 365),
                     "conviction_date": ago(5 * 365), "sentence_date": ago(5 * 365 - 30),
                     "imprisonment": f"{rng.randint(13, 30)} months",
                     "release_date": ago(3 * 365)}]},
        }
        if _computes(raw):
            batch.append(raw)
    return batch


def cases(kind: str, n: int) -> list[dict]:
    from bench_calculate import generate
    return generate(n) if kind == "single" else several_counts(n)


def measured(what: str, path: str) -> None:
    """Run under callgrind: warm up, then the counted loop (functools.reduce)."""
    from ussg.guidelines import calculate
    from ussg.guidelines.case.model import Case
    from ussg.guidelines.engine.quantity import format_amount, parse_quantity

    with open(path, "rb") as f:
        raw = pickle.load(f)
    warm, counted = raw[:WARM_UP], raw[WARM_UP:]
    validate = Case.model_validate
    steps = {
        "validate": lambda _, r: validate(r),
        "calculate": lambda _, case: calculate(case),
        "both": lambda _, r: calculate(validate(r)),
    }
    step = steps[what]
    for r in warm:  # not through functools.reduce: callgrind would count it
        step(None, validate(r) if what == "calculate" else r)
    for r in counted:  # what is made once per table version, made before (see above)
        calculate(validate(r))
    parse_quantity.cache_clear()
    format_amount.cache_clear()
    loop = [validate(r) for r in counted] if what == "calculate" else counted
    gc.collect()
    gc.freeze()
    functools.reduce(step, loop, None)


def count(what: str, kind: str, n: int, keep: str | None = None) -> float:
    """Instructions per case: this script under callgrind, the loop alone collected (the
    cases generated here, beforehand, and handed over pickled). ``keep``: where to leave
    callgrind's output, for callgrind_annotate."""
    with tempfile.TemporaryDirectory() as folder:
        out = keep or os.path.join(folder, "callgrind.out")
        path = os.path.join(folder, "cases.pickle")
        with open(path, "wb") as f:
            pickle.dump(cases(kind, WARM_UP + n), f)
        env = dict(os.environ, PYTHONHASHSEED="0")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        "--toggle-collect=functools_reduce", sys.executable, __file__,
                        "--measured", what, path],
                       check=True, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            total = int(re.search(r"^totals: (\d+)", f.read(), re.M).group(1))
    return total / n


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--measured":
        measured(args[1], args[2])
        return
    keep = None
    if args and args[0].startswith("--keep="):
        keep = args.pop(0).split("=", 1)[1]
    whats = [a for a in args if a in WHATS] or list(WHATS)
    kinds = [a for a in args if a in KINDS] or list(KINDS)
    n = next((int(a) for a in args if a.isdigit()), 1_000)
    for kind in kinds:
        for what in whats:
            print(f"{kind:8} {what:10} {count(what, kind, n, keep) / 1000:8.1f} k instructions a case",
                  flush=True)


if __name__ == "__main__":
    main()
