"""An independent second reading of §2S1.1 against the 2025 and 2016 Manuals (task auditch2).
Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 16851-17043 ((a)-(b) 16854-16885)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 9099-9190 ((a)-(b) 9101-9119)
  §2B1.1(b)(1): sections/2025/USSG_2B1.1_2025.txt lines 17-42; sections/2016/... 17-47
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json


def _case(tmp_path: Path, facts: str, manual: str) -> Path:
    path = tmp_path / "audit-2s1.1.toml"
    path.write_text(f'# §2S1.1 findings under test (tests/manual/ch2/s2s1_1/test_audit_2025.py)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2S1.1"\n'
                    f'[offense.laundering]\n{facts}\n[criminal_history]\ncategory = "I"\n')
    return path


def _steps(capsys, path: Path) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in calc_json(capsys, path)["steps"]
            if s["chapter"] == "chapter_two" and s["change"] != "not applied"]


@pytest.mark.parametrize("manual", ["2025", "2016"])
@pytest.mark.parametrize("value,level", [("$6,500", 8), ("$6,500.01", 10),
                                         ("$550,000.01", 22), ("$550,000,000.01", 38)])
def test_a2_is_8_plus_the_2b1_1_table(capsys, tmp_path, manual, value, level):
    """(a)(2) "8 plus the number of offense levels from the table in §2B1.1 ... corresponding
    to the value of the laundered funds" (S2025 lines 16862-16864; S2016 line 9107):
    $6,500 or less no increase; more than $6,500 +2; more than $550,000 +14; more than
    $550,000,000 +30."""
    path = _case(tmp_path, f'value_laundered = "{value}"', manual)
    assert _steps(capsys, path) == [("§2S1.1(a)(2)", level)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_a2_with_drug_proceeds_1956_and_sophisticated_laundering(capsys, tmp_path, manual):
    """(a)(2) 8 + 14 ($600,000) = 22; (b)(1) drug proceeds +6 = 28; (b)(2)(B) § 1956 +2 = 30;
    (b)(3) "If (A) subsection (b)(2)(B) applies; and (B) the offense involved sophisticated
    laundering, increase by 2 levels" = 32 (S2025 lines 16866-16885; S2016 lines 9109-9117)."""
    path = _case(tmp_path, 'value_laundered = "$600,000"\nproceeds_of = ["controlled_substance"]\n'
                 'convicted_under = "1956"\nsophisticated_laundering = true', manual)
    assert _steps(capsys, path) == [("§2S1.1(a)(2)", 22), ("§2S1.1(b)(1)", 28),
                                    ("§2S1.1(b)(2)(B)", 30), ("§2S1.1(b)(3)", 32)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_a1_excludes_b1_and_b2c(capsys, tmp_path, manual):
    """(b)(1) and (b)(2)(C) each need "subsection (a)(2) applies": with (a)(1) (the underlying
    offense level 20, as determined) only (b)(2)(A) § 1957 +1 = 21 (S2025 lines 16866-16879)."""
    path = _case(tmp_path, "committed_underlying_offense = true\nunderlying_offense_level = 20\n"
                 'proceeds_of = ["controlled_substance"]\nconvicted_under = "1957"\n'
                 "in_business_of_laundering = true", manual)
    assert _steps(capsys, path) == [("§2S1.1(a)(1)", 20), ("§2S1.1(b)(2)(A)", 21)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_business_of_laundering_is_the_greatest_of_b2(capsys, tmp_path, manual):
    """(b)(2) "(Apply the Greatest)": § 1956 (+2) and in the business (+4, with (a)(2)): +4.
    8 + 0 ($5,000) + 4 = 12."""
    path = _case(tmp_path, 'value_laundered = "$5,000"\nconvicted_under = "1956"\n'
                 "in_business_of_laundering = true", manual)
    assert _steps(capsys, path) == [("§2S1.1(a)(2)", 8), ("§2S1.1(b)(2)(C)", 12)]
