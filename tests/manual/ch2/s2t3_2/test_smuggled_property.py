"""§2T3.2 (Receiving or Trafficking in Smuggled Property), Nov. 1, 1987 - Oct. 31, 1992
(tables/smuggled_property.toml): the Tax Table level for the duty; from Nov. 1, 1991 5 or 4
for a duty of $1,000 or less and (b)(1); deleted on Nov. 1, 1992.

Sources (under /work/shared/reference/ussg/):
  A410 = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 10869-10878 (the (a) of 1987 quoted as
         deleted; (a)(1)-(3) and (b)(1) inserted)
  A453 = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 12735-12748 (the guideline quoted as
         deleted, Nov. 1, 1992)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    return chapter_two(manual, "2T3.2", "smuggled_property", facts)


def test_worked_case_1991(capsys):
    """examples/smuggled-property-2t3.2-1991.toml: $25,000, T1989 (E) 10; (b)(1) +2: 12;
    acceptance -2: 10, 6-12 months."""
    result = calc_json(capsys, ROOT / "examples" / "smuggled-property-2t3.2-1991.toml")
    assert chapter_two_steps(result) == [("§2T3.2(a)(1)", 10), ("§2T3.2(b)(1)", 12)]
    assert result["range"] == {"min_months": 6, "max_months": 12, "life": False}


@pytest.mark.parametrize("manual,duty,step", [
    ("1991-11-01", "$1,000.01", ("§2T3.2(a)(1)", 6)),
    ("1991-11-01", "$1,000", ("§2T3.2(a)(2)", 5)),
    ("1991-11-01", "$100.01", ("§2T3.2(a)(2)", 5)),
    ("1991-11-01", "$100", ("§2T3.2(a)(3)", 4)),
    ("1991-11-01", "$2,000.01", ("§2T3.2(a)(1)", 7)),
    ("1990", "$100", ("§2T3.2(a)", 6)),            # A410: the Tax Table alone before
    ("1987-11-01", "$2,000", ("§2T3.2(a)", 7)),    # T1987 (B)
])
def test_base_offense_level_edges(manual, duty, step):
    assert _steps(manual, tax_loss=duty) == [step]


@pytest.mark.parametrize("manual,facts,field,words", [
    ("1990", 'tax_loss = "$5,000"\nsophisticated_means = true', "sophisticated_means",
     "Amendment 410"),
    ("1991-11-01", 'tax_loss = "$5,000"\nsophisticated_concealment = true',
     "sophisticated_concealment", ""),
    ("1992", 'tax_loss = "$5,000"', "guideline", "Amendment 453"),
    ("2025", 'tax_loss = "$5,000"', "guideline", "§2T3.1"),
])
def test_refusals_name_the_field(capsys, tmp_path, manual, facts, field, words):
    err = calc_refused(capsys, case_file(tmp_path, "2T3.2", "smuggled_property", facts, manual))
    assert field in err and words in err and "Traceback" not in err
