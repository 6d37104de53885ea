"""ussg: the U.S. Federal Sentencing Guidelines, computed step by step and cited.

Installed, the repository's folders live under this one name, claiming no generic import
name: ``ussg.guidelines`` (the library, guidelines/), ``ussg.tables`` (the Guidelines as
versioned data, tables/), ``ussg.tui`` (the terminal app, tui/) and ``ussg.examples`` (the
bundled case files, examples/).

    >>> from ussg import calculate, load_case
    >>> computation = calculate(load_case("examples/leon-1994.toml"))
    >>> computation.result.range.life
    True
"""

import os as _os
from typing import Any

# Run in a clone's root folder (`python -m ussg` after `pip install .`), Python finds this
# folder before the installed package, and it has no guidelines/ beside it: the clone's folders
# then stand for the namespace's, as pyproject.toml's package-dir maps them (guidelines/ is
# ussg.guidelines ...), instead of "No module named 'ussg.guidelines'". An installed ussg has
# its guidelines/ beside this file and is left as it is.
_HERE = _os.path.dirname(_os.path.abspath(__file__))
if not _os.path.isdir(_os.path.join(_HERE, "guidelines")) and _os.path.isfile(
        _os.path.join(_os.path.dirname(_HERE), "guidelines", "__init__.py")):
    __path__.append(_os.path.dirname(_HERE))  # noqa: F821 - a package's own __path__

from ussg.guidelines import __all__  # noqa: F401 - the library's API, as ussg.guidelines lists it


def __getattr__(name: str) -> Any:  # imported on first use, as ussg.guidelines does
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import ussg.guidelines
    value = getattr(ussg.guidelines, name)
    globals()[name] = value
    return value
