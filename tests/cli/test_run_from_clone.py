"""`python -m ussg` in a clone's root folder after `pip install .` (README's first command,
then "Using it"): Python finds the clone's ussg/ (which has no guidelines/ beside it) before
the installed package, and ussg/__init__.py then takes the clone's folders for the namespace's
(pyproject.toml's package-dir) instead of failing with "No module named 'ussg.guidelines'".
The test removes the editable install's finder (which would otherwise map the names) from a
fresh interpreter, as a non-editable install has none, and runs the command line from the
root folder."""

import subprocess
import sys

from tests.conftest import ROOT

WITHOUT_EDITABLE_FINDER = """
import runpy, sys
sys.meta_path[:] = [f for f in sys.meta_path
                    if "editable" not in getattr(f, "__name__", type(f).__name__).lower()]
sys.path.insert(0, "")  # as `python -m` puts the current folder first
sys.argv = ["ussg", "calc", "examples/leon-1994.toml"]
runpy.run_module("ussg", run_name="__main__")
"""


def test_python_m_ussg_in_the_clone_root_without_the_editable_finder():
    run = subprocess.run([sys.executable, "-c", WITHOUT_EDITABLE_FINDER], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert "life imprisonment" in run.stdout
