"""The `ussg` command's process: the entry point of the `ussg` script, `python -m ussg` and
`python -m ussg.guidelines`, which runs :func:`ussg.guidelines.cli.main` and ends the process
with its status. A library user's process, and tests that call ``main`` in their own process,
never come here: what this module does is for a process that ussg starts and ends.

Such a process (one case file: a start, a case, an exit) spends about a tenth of its
instructions on keeping memory that the operating system frees at once at its end
(issue #17, README "Speed"):

- Python's cyclic garbage collector walks the objects each time enough have been made:
  while the command line's modules and the case file's models are made (several hundred
  thousand objects, almost none of them garbage) that was about 4% of a start. It is off
  while they are imported; what they made is then frozen (``gc.freeze``: left out of every
  later collection, as `ussg calc` of a batch file already does before its cases), and it
  is on again for the command itself.
- At exit Python collects and takes apart every module, class and object (about 7% of a
  start). Once ``main`` has returned its status, with nothing else running that Python's
  own exit would wait for or report (:func:`_ends_quietly`), the exit handlers run (the
  compiled-code cache is written, engine/code_cache.py), the output is flushed, and the
  process ends there (``os._exit``) with that status. Otherwise, and when flushing fails
  (the output's reader gone), it ends as Python ends it, with the same messages and status
  as before.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn


def run() -> NoReturn:
    """Run the command line of ``sys.argv`` and end the process with its exit status."""
    gc.disable()  # while the modules are imported: see the module's text
    try:
        from ussg.guidelines.cli import main
    finally:
        gc.freeze()
        gc.enable()
    end(main())


def end(status: int) -> NoReturn:
    """End the process with ``status``: without Python's teardown of its objects where
    nothing needs it (see the module's text), else through ``sys.exit``."""
    if not isinstance(status, int) or not _ends_quietly():
        sys.exit(status)
    import atexit

    atexit._run_exitfuncs()  # what Python's exit runs first (it then has none left to run)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BaseException:  # e.g. the reader went away: Python's exit says so, status 120
        sys.exit(status)
    os._exit(status)


def _ends_quietly() -> bool:
    """Nothing that Python's exit waits for or reports to: no thread but this one, no
    child processes' machinery (a batch on several processes: it waits for them), no
    profiler or tracer (``python -m cProfile -m ussg``, coverage: each reports at exit)."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return False
    if "multiprocessing" in sys.modules or "concurrent.futures" in sys.modules:
        return False
    return sys.getprofile() is None and sys.gettrace() is None
