"""ussg: the U.S. Federal Sentencing Guidelines, computed step by step and cited.

    >>> from guidelines import calculate, load_case
    >>> computation = calculate(load_case("examples/leon-1994.toml"))
    >>> computation.result.range.life
    True
"""

from .calculate import calculate
from .case import Case
from .casefile import load_case, parse_case
from .casefile_error import CaseFileError, Problem
from .computation import Computation, Result, Step

__all__ = ["Case", "CaseFileError", "Computation", "Problem", "Result", "Step", "calculate",
           "load_case", "parse_case"]
