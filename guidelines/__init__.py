"""ussg: the U.S. Federal Sentencing Guidelines, computed step by step and cited.

    >>> from guidelines import calculate, load_case
    >>> computation = calculate(load_case("examples/leon-1994.toml"))
    >>> computation.result.range.life
    True
"""

from ussg.guidelines.calculate import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.case.reading import load_case, parse_case
from ussg.guidelines.case.error import CaseFileError, Problem
from ussg.guidelines.engine.computation import Computation, Result, Step

__all__ = ["Case", "CaseFileError", "Computation", "Problem", "Result", "Step", "calculate",
           "load_case", "parse_case"]
