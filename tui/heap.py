"""Keeping Python's cyclic garbage collector off the typing path.

A worksheet holds a few hundred thousand long-lived objects (widgets and their styles, the
loaded tables, the case model's validators). The collector's oldest generation scans all of
them: measured at 120×40, a full collection took 150–210 ms and came about once every five
edits, the lag the benchmark saw at its 95th percentile (benchmarks/bench_tui.py).

Once a worksheet is on screen, its objects are moved to the permanent generation
(:func:`gc.freeze`), which collections skip. Opening another worksheet releases them first,
so the previous one can be collected.
"""

from __future__ import annotations

import gc


def settle_long_lived() -> None:
    """Collect what is garbage now, then exempt every surviving object from later scans."""
    gc.unfreeze()  # a previous worksheet's objects become collectable again
    gc.collect()
    gc.freeze()
