"""§2L2.1 (Trafficking in a Document Relating to Naturalization ...) and §2L2.2 (Fraudulently
Acquiring Documents ... for Own Use ...), Nov. 1, 1995 on, through the real CLI and the real
tables (tables/document_trafficking.toml, tables/document_own_use.toml).

Sources (under ../shared/reference/ussg/): Amendments 524 (Vol_I lines 17339-17368), 544
(Vol_I 19384-19435), 563 (Vol_I 20421-20440), 671 (Vol_III 4006-4008), 692 (Vol_III
7264-7268), 765 (Supplement 548-561); 2016 Manual GLM2016_fulltext.txt lines 8005-8027 and
8057-8071; 2025 Manual GLM2025_fulltext.txt lines 14844-14875 and 14926-14964.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES
from tests.manual.ch2.immigration_cli import calc, chapter_two, refused, write_case



def case_file(tmp_path: Path, guideline: str, facts: str, name: str = "case") -> Path:
    table = {"2L2.1": "document_trafficking", "2L2.2": "document_own_use"}[guideline]
    return write_case(tmp_path, guideline, table, "18 U.S.C. § 1546(a)", facts, name)


def test_trafficking_example_2025(capsys):
    """examples/document-trafficking-2025.toml, worked by hand in its comments."""
    result = calc(capsys, EXAMPLES / "document-trafficking-2025.toml")
    assert chapter_two(result, "§2L2.1") == [("§2L2.1(a)", None, 11), ("§2L2.1(b)(2)(B)", 6, 17),
                                             ("§2L2.1(b)(5)(A)", 4, 21)]
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}


def test_own_use_example_2025(capsys):
    """examples/passport-fraud-2025.toml, worked by hand in its comments."""
    result = calc(capsys, EXAMPLES / "passport-fraud-2025.toml")
    assert chapter_two(result, "§2L2.2") == [
        ("§2L2.2(a)", None, 8), ("§2L2.2(b)(1)", 2, 10), ("§2L2.2(b)(2)(A)", 2, 12),
        ("§2L2.2(b)(3)(A)", 4, 16)]
    assert result["criminal_history_category"] == "II"
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}


@pytest.mark.parametrize("manual", ["1998", "2007", "2025"])
@pytest.mark.parametrize("documents,expected", [
    (5, []), (6, [("§2L2.1(b)(2)(A)", 3, 14)]), (24, [("§2L2.1(b)(2)(A)", 3, 14)]),
    (25, [("§2L2.1(b)(2)(B)", 6, 17)]), (99, [("§2L2.1(b)(2)(B)", 6, 17)]),
    (100, [("§2L2.1(b)(2)(C)", 9, 20)]),
])
def test_number_of_documents(tmp_path, capsys, manual, documents, expected):
    """§2L2.1(b)(2) "(A) 6–24 add 3 (B) 25–99 add 6 (C) 100 or more add 9" (Amendment 544
    raised 2/4/6 to 3/6/9; 2016 lines 8011-8017)."""
    path = case_file(tmp_path, "2L2.1", f"documents = {documents}")
    assert chapter_two(calc(capsys, path, "--manual", manual), "§2L2.1")[1:] == expected


def test_trafficking_profit_and_felony(tmp_path, capsys):
    """§2L2.1(b)(1) "decrease by 3 levels"; (b)(3) "increase by 4 levels"."""
    path = case_file(tmp_path, "2L2.1", "other_than_for_profit = true\n"
                     "passport_or_visa_for_felony = true")
    assert chapter_two(calc(capsys, path), "§2L2.1")[1:] == [("§2L2.1(b)(1)", -3, 8),
                                                              ("§2L2.1(b)(3)", 4, 12)]


@pytest.mark.parametrize("passport,manual,expected", [
    ("us_passport", "2007", ("§2L2.1(b)(5)(A)", 4, 15)),
    ("foreign_passport", "2025", ("§2L2.1(b)(5)(B)", 2, 13)),
])
def test_trafficking_passports(tmp_path, capsys, passport, manual, expected):
    """§2L2.1(b)(5), Amendment 692 (Nov. 1, 2006): "(A) a United States passport, increase by
    4 levels; or (B) a foreign passport, increase by 2 levels"; refused before it."""
    path = case_file(tmp_path, "2L2.1", f'fraudulently_obtained_or_used = "{passport}"')
    assert chapter_two(calc(capsys, path, "--manual", manual), "§2L2.1")[1:] == [expected]
    assert "fraudulently_obtained_or_used" in refused(capsys, path, "--manual", "2005")


@pytest.mark.parametrize("passport,manual,expected", [
    ("us_passport", "2005", ("§2L2.2(b)(3)", 4, 12)),         # Amendment 671: no (A)/(B) yet
    ("us_passport", "2007", ("§2L2.2(b)(3)(A)", 4, 12)),
    ("foreign_passport", "2007", ("§2L2.2(b)(3)(B)", 2, 10)),  # Amendment 692
])
def test_own_use_passports(tmp_path, capsys, passport, manual, expected):
    """§2L2.2(b)(3): United States passport from Nov. 1, 2004, foreign from Nov. 1, 2006."""
    path = case_file(tmp_path, "2L2.2", f'fraudulently_obtained_or_used = "{passport}"')
    assert chapter_two(calc(capsys, path, "--manual", manual), "§2L2.2")[1:] == [expected]


def test_own_use_passport_refused_before_2004(tmp_path, capsys):
    path = case_file(tmp_path, "2L2.2", 'fraudulently_obtained_or_used = "us_passport"')
    assert "fraudulently_obtained_or_used" in refused(capsys, path, "--manual", "2003")


@pytest.mark.parametrize("concealed,expected", [
    # (A) +2, "If the resulting offense level is less than level 13, increase to level 13"
    ("membership_in_human_rights_violating_organization",
     [("§2L2.2(b)(4)(A)", 2, 10), ("§2L2.2(b)(4)(A)", 3, 13)]),
    ("incitement_to_genocide", [("§2L2.2(b)(4)(B)(i)", 6, 14)]),
    # (B)(ii) +10, "If clause (ii) applies and the resulting offense level is less than level
    # 25, increase to level 25"
    ("other_serious_human_rights_offense",
     [("§2L2.2(b)(4)(B)(ii)", 10, 18), ("§2L2.2(b)(4)(B)(ii)", 7, 25)]),
])
def test_human_rights_concealment(tmp_path, capsys, concealed, expected):
    """§2L2.2(b)(4), Amendment 765 (Nov. 1, 2012); refused under the 2011 Manual."""
    path = case_file(tmp_path, "2L2.2", f'concealed = "{concealed}"')
    assert chapter_two(calc(capsys, path), "§2L2.2")[1:] == expected
    assert "offense.document_own_use.concealed" in refused(capsys, path, "--manual", "2011")


def test_cross_reference_refused(tmp_path, capsys):
    """§2L2.2(c)(1) is not computed: a case stating its facts is refused, not under-computed."""
    path = case_file(tmp_path, "2L2.2", "passport_or_visa_used_in_felony = true")
    assert "offense.document_own_use.passport_or_visa_used_in_felony" in refused(capsys, path)


@pytest.mark.parametrize("guideline", ["2L2.1", "2L2.2"])
def test_the_1994_manual_is_computed(tmp_path, capsys, guideline):
    """Refused until issue #15 entered the 1987-1995 versions (test_documents_1987_1995.py):
    (a) 9 for §2L2.1 (Amendment 195, Vol_I line 3875), 6 for §2L2.2 (Amendment 544 quotes
    it, line 19428)."""
    result = calc(capsys, case_file(tmp_path, guideline, ""), "--manual", "1994")
    assert chapter_two(result, f"§{guideline}") == [
        (f"§{guideline}(a)", None, 9 if guideline == "2L2.1" else 6)]


@pytest.mark.parametrize("documents,expected", [
    (5, []), (6, [("§2L2.1(b)(2)(A)", 2, 11)]), (24, [("§2L2.1(b)(2)(A)", 2, 11)]),
    (25, [("§2L2.1(b)(2)(B)", 4, 13)]), (100, [("§2L2.1(b)(2)(C)", 6, 15)]),
])
def test_1995_trafficking(tmp_path, capsys, documents, expected):
    """Nov. 1, 1995 - Apr. 30, 1997: (a) 9 and the (b)(2) increases 2/4/6 that Amendment 544
    replaced (Vol_I lines 19384-19395)."""
    path = case_file(tmp_path, "2L2.1", f"documents = {documents}")
    assert chapter_two(calc(capsys, path, "--manual", "1995"), "§2L2.1") == [
        ("§2L2.1(a)", None, 9), *expected]


def test_1995_own_use_and_priors_not_yet(tmp_path, capsys):
    """Nov. 1, 1995: §2L2.2(a) 6 (Amendment 544 made it 8); the prior felony immigration
    convictions increase came with Amendment 544 (May 1, 1997): an error before."""
    path = case_file(tmp_path, "2L2.2", "previously_deported = true")
    assert chapter_two(calc(capsys, path, "--manual", "1995"), "§2L2.2") == [
        ("§2L2.2(a)", None, 6), ("§2L2.2(b)(1)", 2, 8)]
    path = case_file(tmp_path, "2L2.2", 'immigration_felony_priors = ["1"]', name="priors")
    assert "offense.document_own_use.immigration_felony_priors" in refused(
        capsys, path, "--manual", "1995")


def test_prior_not_a_felony_refused(tmp_path, capsys):
    """(b)(2)(A)/(B) count felony convictions: a misdemeanor named is refused."""
    path = case_file(tmp_path, "2L2.2", 'immigration_felony_priors = ["1"]')
    text = path.read_text().replace('category = "I"', """instant_offense_began = 2024-08-01
birth_date = 1980-01-01

[[criminal_history.priors]]
kind = "misdemeanor"
offense_date = 2019-01-10
sentence_date = 2019-01-10
imprisonment = "30 days"
release_date = 2019-02-10""")
    path.write_text(text)
    assert "offense.document_own_use.immigration_felony_priors[0]" in refused(capsys, path)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["1995", "1997", "2004", "2010", "2025"]), st.integers(0, 150),
       st.integers(0, 150))
def test_more_documents_never_lowers(tmp_path, capsys, manual, a, b):
    """More documents never lower §2L2.1's level; it stays within 1-43."""
    low, high = sorted((a, b))
    results = [calc(capsys, case_file(tmp_path, "2L2.1", f"documents = {n}", name=f"n{n}"),
                    "--manual", manual) for n in (low, high)]
    assert results[0]["total_offense_level"] <= results[1]["total_offense_level"]
    assert all(1 <= r["table_offense_level"] <= 43 for r in results)


def test_ex_post_facto_earlier_manual_without_the_passport_increase(tmp_path, capsys):
    """Offense ended June 1, 2005, sentenced Dec. 15, 2025: the 2025 Manual gives 11 + 6 + 4 =
    21 (37-46 months); the Nov. 1, 2004 Manual has no §2L2.1(b)(5) (Amendment 692, 2006), so
    its 17 (24-30 months) is lower and §1B1.11(b)(1) applies it, the passport shown "not in
    this edition" rather than refused."""
    path = case_file(tmp_path, "2L2.1", 'documents = 40\nfraudulently_obtained_or_used = '
                     '"us_passport"')
    path.write_text(path.read_text().replace("offense_date = 2024-08-01",
                                             "offense_date = 2005-06-01"))
    result = calc(capsys, path)
    assert result["manual_in_force"] == "2004-11-01"
    assert chapter_two(result, "§2L2.1") == [("§2L2.1(a)", None, 11), ("§2L2.1(b)(2)(B)", 6, 17)]
    assert any(s["section"] == "§2L2.1(b)(5)" and s["change"] == "not in this edition"
               for s in result["steps"])
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}
