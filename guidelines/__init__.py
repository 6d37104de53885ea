"""ussg: the U.S. Federal Sentencing Guidelines, computed step by step and cited.

    >>> from ussg.guidelines import calculate, load_case
    >>> computation = calculate(load_case("examples/leon-1994.toml"))
    >>> computation.result.range.life
    True

The names below come from ``ussg.guidelines.api`` (the library's one way in), each imported
when first asked for: importing the package costs nothing until a name is used.
"""

from typing import Any

__all__ = ["Case", "CaseFileError", "Computation", "Problem", "Result", "Step", "calculate",
           "load_case", "parse_case"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ussg.guidelines import api
    value = getattr(api, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
