"""Keeping Python's cyclic garbage collector off the typing path.

A worksheet holds a few hundred thousand long-lived objects (widgets and their styles, the
loaded tables, the case model's validators). The collector's oldest generation scans all of
them: measured at 120×40, a full collection took 150–210 ms and came about once every five
edits, the lag the benchmark saw at its 95th percentile (benchmarks/bench_tui.py).

Once a worksheet is on screen, its objects are moved to the permanent generation
(:func:`gc.freeze`), which collections skip. Opening another worksheet releases them first,
so the previous one can be collected.

In the process ``ussg tui`` starts, the collector is also off from the import of the app's
modules until the first worksheet is on screen (:func:`hold_until_settled`): what is made
then is nearly all long-lived, and is frozen after that worksheet's first frame. (If a
recovery copy is offered first, the collector waits for the worksheet after that dialog.)
"""

from __future__ import annotations

import gc


#: The collector was turned off by :func:`hold_until_settled` (and is turned on again by the
#: next :func:`settle_long_lived`, or by :func:`release_hold`).
_held = False


def hold_until_settled() -> None:
    """Keep the collector off while the app's modules are imported and its first worksheet
    is built, until :func:`settle_long_lived` (after that worksheet's first frame).

    For the process that ``ussg tui`` starts (``guidelines/cli.py``), as its command line's
    own modules are imported (``guidelines/entry.py``): a start makes some hundred thousand
    objects, almost none of them garbage, and each collection while they are made scans
    them again (about 3% of the instructions to the first frame, Dec. 6, 2026). A collector
    already off (the user's choice) is left off, and stays off."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_hold() -> None:
    """The collector on again if :func:`hold_until_settled` turned it off and no worksheet
    has settled since (the app ended before one was shown: a case file refused)."""
    global _held
    if _held:
        _held = False
        gc.enable()


def settle_long_lived() -> None:
    """Collect what is garbage now, then exempt every surviving object from later scans;
    the collector on again if :func:`hold_until_settled` turned it off."""
    gc.unfreeze()  # a previous worksheet's objects become collectable again
    gc.collect()
    gc.freeze()
    release_hold()
