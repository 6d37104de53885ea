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

from typing import Any

from ussg.guidelines import __all__  # noqa: F401 - the library's API, as ussg.guidelines lists it


def __getattr__(name: str) -> Any:  # imported on first use, as ussg.guidelines does
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import ussg.guidelines
    value = getattr(ussg.guidelines, name)
    globals()[name] = value
    return value
