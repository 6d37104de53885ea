"""§2T1.9 (Conspiracy to Impede, Impair, Obstruct, or Defeat Tax) by edition
(tables/tax_conspiracy.toml): (a) the greater of the §2T1.1/§2T1.4 level (before Nov. 1, 1993
§2T1.1/§2T1.3), computed through the registry or stated, and 10; (b)(1) +4, (b)(2) +2, the
greater if both; from Nov. 1, 1993 (b)(2) not with §2T1.4(b)(1).

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 17641-17661 (= manual_2016 lines 9447-9461)
  A233  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 4378-4379 ("either of the following
          adjustments" -> "more than one", 1989)
  A491  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 15344-15354 ((a)(1) "§2T1.3, as
          applicable" -> "§2T1.4, as appropriate"; (b)(2)'s last sentence, 1993)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from ussg import calculate
from ussg.guidelines.case.model import Case


def _steps(manual: str, conspiracy: dict, **others) -> list[tuple[str, int]]:
    offense = {"guideline": "2T1.9", "tax_conspiracy": conspiracy, **others}
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "VI"},
                                "offense": offense})
    return [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"
            and s.level is not None]


def test_worked_case_2025(capsys):
    """examples/tax-conspiracy-2t1.9-2025.toml: §2T1.1 $600,000 (H) 20, (b)(2) +2: 22 > 10;
    (b)(2) +2: 24; acceptance -3: 21, 37-46 months."""
    result = calc_json(capsys, ROOT / "examples" / "tax-conspiracy-2t1.9-2025.toml")
    assert chapter_two_steps(result) == [
        ("§2T1.1(a)(1)", 20), ("§2T1.1(b)(2)", 22), ("§2T1.9(a)(1)", 22), ("§2T1.9(b)(2)", 24)]
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}


@pytest.mark.parametrize("level,step", [
    (9, ("§2T1.9(a)(2)", 10)), (10, ("§2T1.9(a)(2)", 10)), (11, ("§2T1.9(a)(1)", 11))])
def test_the_greater_of_the_level_and_10(level, step):
    # S2025 (a): "Apply the greater: (1) ...; or (2) 10."
    assert _steps("2025", {"underlying_guideline": "other",
                           "underlying_offense_level": level}) == [step]


def test_both_characteristics_the_greater():
    # S2025 (b): "If more than one applies, use the greater": +4, not +6
    assert _steps("2025", {"underlying_guideline": "other", "underlying_offense_level": 12,
                           "violence": True, "encouraging_others": True}) == [
        ("§2T1.9(a)(1)", 12), ("§2T1.9(b)(1)", 16)]
    # A233: the 1987 words "If either of the following adjustments applies, use the greater"
    assert _steps("1987-11-01", {"underlying_guideline": "other", "underlying_offense_level": 8,
                                 "violence": True, "encouraging_others": True}) == [
        ("§2T1.9(a)(2)", 10), ("§2T1.9(b)(1)", 14)]


def test_encouraging_others_barred_by_2t1_4_b1_from_1993():
    # A491: "Do not, however, apply this adjustment if an adjustment from §2T1.4(b)(1) is
    # applied." §2T1.4 2025: $95,000 (E) 14, (b)(1)(B) +2 = 16
    steps = _steps("2025", {"underlying_guideline": "2T1.4", "encouraging_others": True},
                   tax_aiding={"tax_loss": "$95,000", "return_preparer": True})
    assert steps == [("§2T1.4(a)(1)", 14), ("§2T1.4(b)(1)(B)", 16), ("§2T1.9(a)(1)", 16),
                     ("§2T1.9(b)(2)", 16)]  # not applied: a note at 16
    # without §2T1.4(b)(1): +2
    assert _steps("2025", {"underlying_guideline": "2T1.4", "encouraging_others": True},
                  tax_aiding={"tax_loss": "$95,000"})[-1] == ("§2T1.9(b)(2)", 16)
    # a stated §2T1.4 level with its (b)(1): barred; violence still +4
    assert _steps("2025", {"underlying_guideline": "other", "underlying_offense_level": 16,
                           "stated_level_has_scheme_or_preparer_increase": True,
                           "encouraging_others": True,
                           "violence": True})[-1] == ("§2T1.9(b)(1)", 20)
    # (a)(2)'s 10 applied: no §2T1.4 adjustment in the level, (b)(2) applies
    assert _steps("2025", {"underlying_guideline": "2T1.4", "encouraging_others": True},
                  tax_aiding={"tax_loss": "$100", "return_preparer": True})[-2:] == [
        ("§2T1.9(a)(2)", 10), ("§2T1.9(b)(2)", 12)]


def test_before_1993_the_level_of_2t1_3():
    # A491: (a)(1) "§2T1.1 or §2T1.3, as applicable" before Nov. 1, 1993. §2T1.3 (a)(1):
    # 28% of $150,000 = $42,000, T1989 (F) more than $40,000 11
    steps = _steps("1990", {"underlying_guideline": "2T1.3", "encouraging_others": True},
                   tax_false_statement={"to_facilitate_evasion": True,
                                        "gross_income_understated": "$150,000"})
    assert steps == [("§2T1.3(a)(1)", 11), ("§2T1.9(a)(1)", 11), ("§2T1.9(b)(2)", 13)]


def test_worked_case_1992_through_the_cli(capsys, tmp_path):
    """1992: §2T1.1 (a) the greater of the tax evaded $250,000 and §2T1.3's, T1989 (J) more
    than $200,000 14; (b)(1) violence +4: 18."""
    more = '[offense.tax_evasion]\ntax_loss = "$250,000"\n'
    result = calc_json(capsys, case_file(tmp_path, "2T1.9", "tax_conspiracy",
                                         'underlying_guideline = "2T1.1"\nviolence = true',
                                         "1992", more))
    assert chapter_two_steps(result) == [
        ("§2T1.1(a)", 14), ("§2T1.9(a)(1)", 14), ("§2T1.9(b)(1)", 18)]


@pytest.mark.parametrize("manual,facts,more,field,words", [
    ("2025", 'underlying_guideline = "2T1.3"', "", "underlying_guideline", "Amendment 491"),
    ("1990", 'underlying_guideline = "2T1.4"', "", "underlying_guideline", "Amendment 491"),
    ("2025", 'underlying_guideline = "2T1.1"', "", "underlying_guideline", "tax_evasion"),
    ("2025", 'underlying_guideline = "other"', "", "tax_conspiracy", "underlying_offense_level"),
    ("2025", 'underlying_guideline = "2B1.1"', "", "tax_conspiracy", "2T1.4"),
    ("1990", 'underlying_guideline = "other"\nunderlying_offense_level = 12\n'
     'stated_level_has_scheme_or_preparer_increase = true', "",
     "stated_level_has_scheme_or_preparer_increase", "Amendment 491"),
])
def test_refusals_name_the_field(capsys, tmp_path, manual, facts, more, field, words):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.9", "tax_conspiracy", facts, manual,
                                         more))
    assert field in err and words in err and "Traceback" not in err
