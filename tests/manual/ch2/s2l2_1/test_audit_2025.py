"""§2L2.1, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: every edge of the (b)(2) table and the characteristics together.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 14844-14875 ((a) 11; (b)(1) -3; (b)(2)
          "(A) 6-24 add 3, (B) 25-99 add 6, (C) 100 or more add 9"; (b)(3) +4; (b)(5)(A) +4,
          (B) +2)
  S2016 = manual_2016/GLM2016_fulltext.txt, §2L2.1 (the same levels and numbers)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, case_file

MANUALS = ["2016", "2025"]


def _level(capsys, tmp_path: Path, facts: str, manual: str) -> int:
    path = case_file(tmp_path, "2L2.1", "document_trafficking", facts, manual)
    return calc_json(capsys, path)["total_offense_level"]


# (b)(2): "If the offense involved six or more documents or passports": 5 none, 6-24 +3,
# 25-99 +6, 100 or more +9 (S2025 14853-14858)
EDGES = [(1, 11), (5, 11), (6, 14), (7, 14), (24, 14), (25, 17), (26, 17), (99, 17),
         (100, 20), (101, 20), (100000, 20)]


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("documents,level", EDGES)
def test_document_table_edges(capsys, tmp_path, manual, documents, level):
    assert _level(capsys, tmp_path, f"documents = {documents}", manual) == level


@pytest.mark.parametrize("manual", MANUALS)
def test_not_for_profit_with_documents_and_passports(capsys, tmp_path, manual):
    # 11 - 3 ((b)(1)) + 6 (40 documents) + 4 ((b)(3)) + 2 ((b)(5)(B) foreign passport) = 20
    facts = ('other_than_for_profit = true\ndocuments = 40\npassport_or_visa_for_felony = true\n'
             'fraudulently_obtained_or_used = "foreign_passport"')
    assert _level(capsys, tmp_path, facts, manual) == 20


@pytest.mark.parametrize("manual", MANUALS)
def test_not_for_profit_alone(capsys, tmp_path, manual):
    # 11 - 3 = 8 (no floor in §2L2.1)
    assert _level(capsys, tmp_path, "other_than_for_profit = true", manual) == 8
