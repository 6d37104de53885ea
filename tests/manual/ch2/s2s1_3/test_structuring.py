"""§2S1.3 (structuring; failure to report cash or monetary transactions) in every version of
tables/structuring.toml, and §2S1.4 (failure to file a CMIR, Nov. 1, 1991 - Oct. 31, 1993):
every edge of the value tables the editions read (§2S1.1(b)(2)'s before 1993, §2F1.1's 1993-
2001, §2B1.1's after), of (a), (b) and the 1991 floor of 13, the decrease to level 6 and
(c)(1), computed in-process through the engine; a worked case per era through the real
command line; the refusal of the dates not entered and of a finding an edition lacks (exit 2,
the field named); hypothesis: a greater value of the funds never lowers the level.

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 9195-9213 (§2S1.3 of Nov. 1, 2002: (a)(1) 8,
          (a)(2) "6 plus ... the table in §2B1.1"; (b)(1) +2; (b)(2) +2; (b)(3) "decrease the
          offense level to level 6"; (c)(1) "if the resulting offense level is greater");
  M2025 = manual_2025/GLM2025_fulltext.txt lines 17056-17096 (the same, (b)(2) with "while
          violating another law of the United States or"), 17147-17150 (historical note: 815,
          830, texts not in the reference)
  App. C (appendix_c_2016/): A490 = Vol_I 14887-14952 (§2S1.3 and §2S1.4 of 1991-1993 quoted
          whole: "(1) 13, if the defendant: (A) structured ...", "(2) 5, otherwise", (b)(1)
          "increase by 4 levels. If the resulting offense level is less than level 13, increase
          to level 13", (b)(2) "If the base offense level is from (a)(1) above and the value of
          the funds exceeded $100,000 ... §2S1.1(b)(2)"; §2S1.4 "(a) Base Offense Level: 9",
          (b)(1), (b)(2) +4, (b)(3)); A379 = Vol_I 9237-9247 ((a)(1)(B)-(C) of 1989 struck,
          "5 levels." struck); A617 = Vol_II 6680-6681 (§2F1.1 -> §2B1.1 in (a)); A637 =
          Vol_II 9883-9906 ((a) of 2001 quoted: "6 plus ... §2B1.1"; (a)(1) 8, (b)(1)(B),
          (b)(2), (b)(3)'s (A) inserted)
  Value tables: §2S1.1(b)(2) 1987 (laundering_value_table.toml: "(B) $100,001 - $200,000 add
          1", "(C) $200,001 - ..." add 2; A212, Vol_I 4101-4116), 1989 (A212 Vol_I 4117-4134:
          "(B) More than $100,000 add 1", "(C) More than $200,000 add 2"); §2F1.1 1989 (A154,
          Vol_I 3119-3138: "(A) $2,000 or less", "(B) More than $2,000 add 1", "(C) More than
          $5,000 add 2", "(S) More than $80,000,000 add 18"); §2B1.1 2001 (A617: "(B) More than
          $5,000 add 2", "(C) More than $10,000 add 4"); §2B1.1 2015 (A791, Supplement 4596-4614;
          M2025 §2B1.1 lines 17-42: "(B) More than $6,500 add 2", "(C) More than $15,000 add 4",
          "(F) More than $150,000 add 10")
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import dollars
from ussg.guidelines.engine.tables import load_table
from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import chapter_two_level


def _steps(manual: str, guideline: str = "2S1.3", key: str = "structuring", **facts):
    """(section, level) of each Chapter Two step, computed in-process from the real tables
    (category VI: the 1987 Sentencing Table's low cells of category I are not known)."""
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "VI"},
                                "offense": {"guideline": guideline, key: facts}})
    return [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"]


def _level(manual: str, **facts) -> int:
    return _steps(manual, **facts)[-1][1]


def _refused(manual: str, guideline: str = "2S1.3", key: str = "structuring",
             **facts) -> str:
    with pytest.raises(CaseError) as error:
        _steps(manual, guideline, key, **facts)
    return str(error.value)


OLD = ["1987-11-01", "1989-11-01", "1991-11-01", "1992-11-01"]


# -- Nov. 1, 1987 - Oct. 31, 1993: (a) 13 or 5; (b)(2) by §2S1.1(b)(2)'s table ------------------

@pytest.mark.parametrize("manual", OLD)
def test_a_13_for_structuring_5_otherwise(manual):
    # A490: "(1) 13, if the defendant: (A) structured transactions ..."; "(2) 5, otherwise."
    assert _steps(manual, value_of_funds="$50,000", structured_transactions=True)[0] == \
        ("§2S1.3(a)(1)", 13)
    assert _steps(manual, value_of_funds="$50,000")[0] == ("§2S1.3(a)(2)", 5)


@pytest.mark.parametrize("manual,key", [
    ("1987-11-01", "false_statements_to_conceal"),
    ("1989-11-01", "reasonably_should_have_believed_criminally_derived"),
    ("1991-11-01", "knowingly_filed_false_report"),  # A379 (a)(1)(B)
])
def test_a1_the_editions_other_findings(manual, key):
    assert _steps(manual, value_of_funds="$50,000", **{key: True})[0] == ("§2S1.3(a)(1)", 13)


@pytest.mark.parametrize("value,last", [
    ("$100,000", ("§2S1.3(b)(2)", 13)),  # 1987 §2S1.1(b)(2): "(A) $100,000 or less"
    ("$100,001", ("§2S1.3(b)(2)(B)", 14)),  # "(B) $100,001 - $200,000 add 1"
    ("$200,000", ("§2S1.3(b)(2)(B)", 14)),
    ("$200,001", ("§2S1.3(b)(2)(C)", 15)),  # "(C) $200,001 - $350,000 add 2"
])
def test_b2_1987_the_whole_dollar_lines(value, last):
    assert _steps("1987-11-01", value_of_funds=value, structured_transactions=True)[-1] == last


def test_b2_1987_cents_between_two_lines_refused():
    error = _refused("1987-11-01", value_of_funds="$100,000.50", structured_transactions=True)
    assert "offense.structuring.value_of_funds" in error


@pytest.mark.parametrize("manual", OLD[1:])
@pytest.mark.parametrize("value,last", [
    ("$100,000", ("§2S1.3(b)(2)", 13)),  # A212: "(A) $100,000 or less no increase"
    ("$100,000.01", ("§2S1.3(b)(2)(B)", 14)),  # "(B) More than $100,000 add 1"
    ("$200,000", ("§2S1.3(b)(2)(B)", 14)),
    ("$200,000.01", ("§2S1.3(b)(2)(C)", 15)),  # "(C) More than $200,000 add 2"
])
def test_b2_1989_to_1993_the_value_table(manual, value, last):
    assert _steps(manual, value_of_funds=value, structured_transactions=True)[-1] == last


@pytest.mark.parametrize("manual", OLD)
def test_b2_only_from_a1(manual):
    # A490: "If the base offense level is from (a)(1) above and the value ... exceeded $100,000"
    assert _steps(manual, value_of_funds="$5,000,000") == [("§2S1.3(a)(2)", 5),
                                                          ("§2S1.3(b)(2)", 5)]


@pytest.mark.parametrize("manual,structured,after", [
    ("1987-11-01", True, 18), ("1987-11-01", False, 10),  # +5 (A379 struck "5 levels.")
    ("1989-11-01", False, 10),
    ("1991-11-01", True, 17),  # A379: +4 ...
    ("1991-11-01", False, 13),  # ... 5 + 4 = 9, "less than level 13, increase to level 13"
])
def test_b1_knew_criminally_derived(manual, structured, after):
    steps = _steps(manual, value_of_funds="$1,000", structured_transactions=structured,
                   knew_or_believed_criminally_derived=True)
    assert steps[-2] == ("§2S1.3(b)(1)", after)


# -- From Nov. 1, 1993: (a) 6 plus the loss table of the same date ---------------------------

@pytest.mark.parametrize("manual", ["1993-11-01", "1997-11-01", "2000-11-01"])
@pytest.mark.parametrize("value,level", [
    ("$2,000", 6), ("$2,000.01", 7),  # §2F1.1 1989: "(A) $2,000 or less", "(B) More than $2,000 add 1"
    ("$5,000", 7), ("$5,000.01", 8),  # "(C) More than $5,000 add 2"
    ("$80,000,000", 23), ("$80,000,000.01", 24),  # "(S) More than $80,000,000 add 18"
])
def test_a_1993_to_2001_six_plus_the_2f1_1_table(manual, value, level):
    assert _steps(manual, value_of_funds=value) == [("§2S1.3(a)", level)]


@pytest.mark.parametrize("manual,paragraph", [("2001-11-01", "(a)"), ("2002-11-01", "(a)(2)")])
@pytest.mark.parametrize("value,level", [
    ("$5,000", 6), ("$5,000.01", 8),  # §2B1.1 2001: "(B) More than $5,000 add 2"
    ("$10,000", 8), ("$10,000.01", 10),  # "(C) More than $10,000 add 4"
])
def test_a_from_2001_six_plus_the_2b1_1_table(manual, paragraph, value, level):
    assert _steps(manual, value_of_funds=value) == [(f"§2S1.3{paragraph}", level)]


@pytest.mark.parametrize("manual", ["2016-11-01", "2024-11-01", "2025-11-01"])
@pytest.mark.parametrize("value,level", [
    ("$6,500", 6), ("$6,500.01", 8),  # M2025 §2B1.1: "(B) More than $6,500 add 2"
    ("$15,000", 8), ("$15,000.01", 10),  # "(C) More than $15,000 add 4"
    ("$150,000", 14), ("$150,000.01", 16),  # "(F) More than $150,000 add 10"
])
def test_a2_from_2015(manual, value, level):
    assert _steps(manual, value_of_funds=value) == [("§2S1.3(a)(2)", level)]


@pytest.mark.parametrize("manual", ["2002-11-01", "2016-11-01", "2025-11-01"])
def test_a1_8_for_5318(manual):
    # A637/M2016: "(1) 8, if the defendant was convicted under 31 U.S.C. § 5318 or § 5318A"
    assert _steps(manual, value_of_funds="$10,000,000", convicted_under_5318_or_5318a=True) == \
        [("§2S1.3(a)(1)", 8)]


@pytest.mark.parametrize("manual,paragraph", [("1993-11-01", "(b)(1)"), ("2016-11-01", "(b)(1)")])
@pytest.mark.parametrize("key", ["knew_or_believed_proceeds_of_unlawful_activity",
                                 "knew_or_believed_intended_to_promote_unlawful_activity"])
def test_b1_plus_2(manual, paragraph, key):
    assert _steps(manual, value_of_funds="$50,000", **{key: True})[-1][0] == \
        f"§2S1.3{paragraph}"
    assert _level(manual, value_of_funds="$50,000", **{key: True}) == \
        _level(manual, value_of_funds="$50,000") + 2


def test_b1_once_for_both_clauses_and_bulk_cash():
    # M2016 (b)(1): "If (A) ... or (B) the offense involved bulk cash smuggling, increase by 2"
    assert _steps("2016-11-01", value_of_funds="$50,000", bulk_cash_smuggling=True,
                  knew_or_believed_proceeds_of_unlawful_activity=True) == [
        ("§2S1.3(a)(2)", 12), ("§2S1.3(b)(1)", 14)]


@pytest.mark.parametrize("manual,facts,last", [
    ("2016-11-01", {"pattern_of_unlawful_activity": True,
                    "convicted_under_31_usc_chapter_53_subchapter_ii": True}, 14),
    ("2016-11-01", {"pattern_of_unlawful_activity": True}, 12),  # (A) not found: not applied
    ("2025-11-01", {"violating_another_law_of_the_united_states": True,
                    "convicted_under_31_usc_chapter_53_subchapter_ii": True}, 14),
    ("2024-11-01", {"pattern_of_unlawful_activity": True,
                    "convicted_under_31_usc_chapter_53_subchapter_ii": True}, 14),
])
def test_b2_pattern_or_another_law(manual, facts, last):
    # $50,000: 6 + "(D) More than $40,000 add 6" = 12
    assert _steps(manual, value_of_funds="$50,000", **facts)[-1] == ("§2S1.3(b)(2)", last)


LAWFUL = {"funds_proceeds_of_lawful_activity": True, "funds_for_lawful_purpose": True}


@pytest.mark.parametrize("manual,paragraph", [("1993-11-01", "(b)(2)"), ("2001-11-01", "(b)(2)"),
                                              ("2016-11-01", "(b)(3)"), ("2025-11-01", "(b)(3)")])
def test_decrease_to_level_6(manual, paragraph):
    # "(C) the funds were the proceeds of lawful activity; and (D) ... lawful purpose,
    # decrease the offense level to level 6"
    assert _steps(manual, value_of_funds="$500,000", **LAWFUL)[-1] == (f"§2S1.3{paragraph}", 6)


@pytest.mark.parametrize("manual,facts", [
    ("2016-11-01", {"reckless_disregard_of_source": True}),  # (B)
    ("2016-11-01", {"funds_for_lawful_purpose": False}),  # (D)
    ("2016-11-01", {"knew_or_believed_intended_to_promote_unlawful_activity": True}),  # (A)
    ("2016-11-01", {"convicted_under_5318_or_5318a": True}),  # (A): (a)(2) does not apply
    ("2016-11-01", {"pattern_of_unlawful_activity": True,
                    "convicted_under_31_usc_chapter_53_subchapter_ii": True}),  # (A)
    ("1993-11-01", {"knew_or_believed_proceeds_of_unlawful_activity": True}),  # 1993 (A)
])
def test_no_decrease_unless_a_to_d(manual, facts):
    steps = _steps(manual, value_of_funds="$500,000", **{**LAWFUL, **facts})
    assert steps[-1][1] > 6


@pytest.mark.parametrize("manual,stated,level", [
    # 1993: $40,000.01, 6 + §2F1.1 "(F) More than $40,000 add 5" = 11; (c)(1) 20 greater, 10 not
    ("1993-11-01", 20, 20), ("1993-11-01", 10, 11),
    # 2016: $50,000, 6 + "(D) More than $40,000 add 6" = 12; 12 is not greater
    ("2016-11-01", 20, 20), ("2016-11-01", 12, 12),
])
def test_c1_part_t_if_greater(manual, stated, level):
    facts = {"value_of_funds": "$50,000" if manual == "2016-11-01" else "$40,000.01",
             "committed_to_violate_internal_revenue_laws": True, "tax_guideline": "other",
             "tax_offense_level": stated}
    steps = _steps(manual, **facts)
    assert steps[-1][0] == "§2S1.3(c)(1)" and steps[-1][1] == level


# -- Refusals ----------------------------------------------------------------------------------

@pytest.mark.parametrize("manual,key,where", [
    ("1992-11-01", "bulk_cash_smuggling", "Amendment 637"),
    ("2001-11-01", "convicted_under_5318_or_5318a", "Amendment 637"),
    ("2016-11-01", "violating_another_law_of_the_united_states", "Amendment 830"),
    ("1993-11-01", "structured_transactions", "Oct. 31, 1993"),
    ("1991-11-01", "false_statements_to_conceal", "Oct. 31, 1991"),
    ("1989-11-01", "knowingly_filed_false_report", "Amendment 379"),
    ("1992-11-01", "funds_for_lawful_purpose", "from Nov. 1, 1993"),
    ("1992-11-01", "committed_to_violate_internal_revenue_laws", "Amendment 490"),
])
def test_a_finding_the_edition_lacks_is_refused(manual, key, where):
    facts = {"value_of_funds": "$1,000", key: True}
    if key == "committed_to_violate_internal_revenue_laws":
        facts |= {"tax_guideline": "other", "tax_offense_level": 10}
    error = _refused(manual, **facts)
    assert f"offense.structuring.{key}" in error and where in error


@pytest.mark.parametrize("manual", ["2023-11-01"])
def test_nov_2023_to_oct_2024_refused(manual):
    # M2025 historical note: 815 (2023), 830 (2024), texts not in the reference; (b)(2) differs
    error = _refused(manual, value_of_funds="$1,000")
    assert "815" in error and "830" in error


def test_2s1_4_refused_outside_1991_to_1993():
    for manual in ("1990-11-01", "1993-11-01"):
        error = _refused(manual, "2S1.4", "monetary_instrument_report", value_of_funds="$1")
        assert "§2S1.4" in error and "§2S1.3" in error


# -- §2S1.4, Nov. 1, 1991 - Oct. 31, 1993 ------------------------------------------------------

@pytest.mark.parametrize("value,steps", [
    # A490: "(a) Base Offense Level: 9"; (b)(3) by §2S1.1(b)(2) 1989 (A212)
    ("$100,000", [("§2S1.4(a)", 9), ("§2S1.4(b)(3)", 9)]),
    ("$100,000.01", [("§2S1.4(a)", 9), ("§2S1.4(b)(3)(B)", 10)]),
    ("$200,000.01", [("§2S1.4(a)", 9), ("§2S1.4(b)(3)(C)", 11)]),
])
def test_2s1_4_base_and_value(value, steps):
    assert _steps("1991-11-01", "2S1.4", "monetary_instrument_report",
                  value_of_funds=value) == steps


def test_2s1_4_b1_and_b2_added_together():
    assert _steps("1992-11-01", "2S1.4", "monetary_instrument_report", value_of_funds="$1",
                  knew_or_believed_criminally_derived_property=True,
                  knew_or_believed_intended_to_promote_criminal_activity=True)[:3] == [
        ("§2S1.4(a)", 9), ("§2S1.4(b)(1)", 13), ("§2S1.4(b)(2)", 17)]


# -- Through the command line ------------------------------------------------------------------

WORKED = [
    # 1989: 13 (structuring), +5 (knew), $250,000 "(C) More than $200,000 add 2"
    ("1989-11-01", 'value_of_funds = "$250,000"\nstructured_transactions = true\n'
     'knew_or_believed_criminally_derived = true',
     [("§2S1.3(a)(1)", 13), ("§2S1.3(b)(1)", 18), ("§2S1.3(b)(2)(C)", 20)]),
    # 1995: 6 + §2F1.1 "(H) More than $120,000 add 7" = 13; lawful funds: to 6
    ("1995-11-01", 'value_of_funds = "$130,000"\nfunds_proceeds_of_lawful_activity = true\n'
     'funds_for_lawful_purpose = true', [("§2S1.3(a)", 13), ("§2S1.3(b)(2)", 6)]),
    # 2016: 6 + "(F) More than $150,000 add 10" = 16; bulk cash +2
    ("2016-11-01", 'value_of_funds = "$160,000"\nbulk_cash_smuggling = true',
     [("§2S1.3(a)(2)", 16), ("§2S1.3(b)(1)", 18)]),
]


@pytest.mark.parametrize("manual,facts,steps", WORKED, ids=[w[0] for w in WORKED])
def test_worked_case_per_era_through_the_cli(capsys, tmp_path, manual, facts, steps):
    path = case_file(tmp_path, "2S1.3", "structuring", facts, manual)
    assert chapter_two_steps(calc_json(capsys, path)) == steps


def test_the_examples_worked_by_hand(capsys):
    result = calc_json(capsys, ROOT / "examples" / "structuring-2025.toml")
    assert chapter_two_steps(result) == [("§2S1.3(a)(2)", 16), ("§2S1.3(b)(1)", 18),
                                         ("§2S1.3(b)(2)", 20)]
    assert result["range"] == {"min_months": 33, "max_months": 41, "life": False}
    result = calc_json(capsys, ROOT / "examples" / "currency-report-1992.toml")
    assert chapter_two_steps(result) == [("§2S1.4(a)", 9), ("§2S1.4(b)(1)", 13),
                                         ("§2S1.4(b)(3)(B)", 14)]


def test_c1_computes_2t1_1_through_the_cli(capsys, tmp_path):
    # 2025: $50,000: 12; §2T1.1 Tax Table "More than $550,000" 20 (2015 table): greater
    path = case_file(tmp_path, "2S1.3", "structuring",
                     'value_of_funds = "$50,000"\ncommitted_to_violate_internal_revenue_laws = '
                     'true\ntax_guideline = "2T1.1"', "2025-11-01",
                     '[offense.tax_evasion]\ntax_loss = "$600,000"\n')
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2S1.3(a)(2)", 12), ("§2T1.1(a)(1)", 20), ("§2S1.3(c)(1)", 20)]


def test_a_finding_the_edition_lacks_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2S1.3", "structuring",
                     'value_of_funds = "$1,000"\nbulk_cash_smuggling = true', "1995-11-01")
    error = calc_refused(capsys, path)
    assert "offense.structuring.bulk_cash_smuggling" in error and "Amendment 637" in error


def test_the_refused_year_through_the_cli(capsys, tmp_path):
    error = calc_refused(capsys, case_file(tmp_path, "2S1.3", "structuring",
                                           'value_of_funds = "$1,000"', "2023-11-01"))
    assert "Amendments 815" in error


# -- Hypothesis: the value of the funds never lowers the level ---------------------------------

def _edges() -> list[tuple[str, Decimal]]:
    """(edition, amount): each line of the loss table of each value-base version, at and just
    above its threshold (the table's own rows)."""
    found: list[tuple[str, Decimal]] = []
    for manual, table in (("1993-11-01", "fraud_deceit_loss_table"),
                          ("2001-11-01", "theft_fraud_loss_table"),
                          ("2016-11-01", "theft_fraud_loss_table"),
                          ("2025-11-01", "theft_fraud_loss_table")):
        version = [v for v in load_table(table).versions
                   if str(v.effective) <= manual and v.get("exists", True)][-1]
        for row in version["rows"]:
            at = Decimal(str(dollars(row["more_than"])).lstrip("$").replace(",", ""))
            found += [(manual, at), (manual, at + Decimal("0.01"))]
    return found


EDGES = _edges()


@settings(max_examples=50, deadline=None)
@given(a=st.sampled_from(EDGES), b=st.sampled_from(EDGES), knew=st.booleans())
def test_a_greater_value_never_lowers_the_level(a, b, knew):
    manual = a[0]
    low, high = sorted((a[1], b[1]))

    def level(value: Decimal) -> int:
        return chapter_two_level(manual, "2S1.3", "structuring", {
            "value_of_funds": str(value), "knew_or_believed_proceeds_of_unlawful_activity": knew})
    assert 6 <= level(low) <= level(high) <= 43
