"""§2B1.1(a)(1) (Nov. 1, 2003 on): "7, if (A) the defendant was convicted of an offense
referenced to this guideline; and (B) that offense of conviction has a statutory maximum term of
imprisonment of 20 years or more; or (2) 6, otherwise". Comment. (n.2(A)) (2016 Manual,
sections/2016/USSG_2B1.1_2016.txt line 179; 2025, USSG_2B1.1_2025.txt lines 401-407): §2B1.1 as
the guideline of the offense of conviction (§1B1.2), or of the object offense under §2X1.1 — not
§2B1.1 applied through another guideline's reference; (n.2(C)) (line 183): with several counts
sentenced under §2B1.1, "the count of conviction that provides the highest statutory maximum".

Every case runs through the real command line (``ussg calc FILE --format json``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused


def _base_steps(capsys, path: Path) -> list[tuple[str, int, str, str]]:
    """Every §2B1.1(a) step of the computation: (section, level, input, reason)."""
    return [(s["section"], s["level"], s["input"], s["reason"])
            for s in calc_json(capsys, path)["steps"] if s["section"].startswith("§2B1.1(a)")]


def _write(tmp_path: Path, text: str, name: str = "case.toml") -> Path:
    path = tmp_path / name
    path.write_text(text + '\n[criminal_history]\ncategory = "I"\n')
    return path


def _maximum(months: int | None) -> str:
    if months is None:
        return ""
    if months == 0:
        return "statutory_maximum_life = true\n"
    return f"statutory_maximum_months = {months}\n"


def _laundering_and_fraud(fraud_months: int | None, statute: str, laundering_months: int) -> str:
    """Count 1 wire fraud under §2B1.1 (with ``fraud_months``; None: no fraud count), Count 2
    laundering under §2S1.1(a)(1) over the same §2B1.1 offense, grouped under §3D1.2(c)
    (§2S1.1, comment. (n.6))."""
    fraud = ("[[counts]]\nname = \"Count 1\"\nguideline = \"2B1.1\"\n"
             "statute = \"18 U.S.C. § 1343\"\n" + _maximum(fraud_months)
             + 'group = "A"\ngrouping = "c"\n[counts.theft_fraud]\nloss = "$600,000"\n'
             ) if fraud_months is not None else ""
    return ('manual = "2016"\n' + fraud
            + "[[counts]]\nname = \"Count 2\"\nguideline = \"2S1.1\"\n"
            f"statute = \"18 U.S.C. § {statute}\"\nstatutory_maximum_months = {laundering_months}\n"
            'group = "A"\ngrouping = "c"\n[counts.laundering]\ncommitted_underlying_offense = '
            f'true\nunderlying_guideline = "2B1.1"\nconvicted_under = "{statute}"\n'
            '[counts.theft_fraud]\nloss = "$600,000"\n')


@pytest.mark.parametrize("fraud_months,statute,laundering_months,expected", [
    # the fraud count's 20 years give the laundering count's underlying §2B1.1 (a)(1) 7,
    # whatever the laundering statute's maximum (§ 1957: 10 years)
    (240, "1957", 120, [("§2B1.1(a)(1)", 7, "statutory maximum 240 months"),
                        ("§2B1.1(a)(1)", 7, "Count 1: statutory maximum 240 months")]),
    (240, "1956", 240, [("§2B1.1(a)(1)", 7, "statutory maximum 240 months"),
                        ("§2B1.1(a)(1)", 7, "Count 1: statutory maximum 240 months")]),
    # a fraud count of less than 20 years (e.g. 18 U.S.C. § 1341 before 2002): 6 on both
    (60, "1956", 240, [("§2B1.1(a)(2)", 6, "statutory maximum 60 months"),
                       ("§2B1.1(a)(2)", 6, "statutory maxima Count 1: 60 months")]),
    # no fraud count: § 1956's 20 years are not an offense referenced to §2B1.1
    (None, "1956", 240, [("§2B1.1(a)(2)", 6, "§2B1.1 applied through §2S1.1; no count of "
                                             "conviction referenced to §2B1.1")]),
])
def test_laundering_over_fraud_reads_the_fraud_count(tmp_path, capsys, fraud_months, statute,
                                                     laundering_months, expected):
    path = _write(tmp_path, _laundering_and_fraud(fraud_months, statute, laundering_months))
    steps = _base_steps(capsys, path)
    assert [(section, level, words) for section, level, words, _ in steps] == expected
    if fraud_months == 240:
        assert "§2B1.1 is applied here through §2S1.1" in steps[-1][3]
    if fraud_months is None:
        assert "comment. (n.2(A))" in steps[0][3] and "6, otherwise" in steps[0][3]


@pytest.mark.parametrize("first,second,expected", [
    # (n.2(C)): the count with the highest statutory maximum decides for both
    (60, 240, [("§2B1.1(a)(1)", 7, "Count 2: statutory maximum 240 months"),
               ("§2B1.1(a)(1)", 7, "statutory maximum 240 months")]),
    (239, 120, [("§2B1.1(a)(2)", 6, "statutory maxima this count: 239 months; Count 2: 120 "
                                    "months"),
                ("§2B1.1(a)(2)", 6, "statutory maxima this count: 120 months; Count 1: 239 "
                                    "months")]),
    # life on one count
    (0, 60, [("§2B1.1(a)(1)", 7, "statutory maximum life imprisonment"),
             ("§2B1.1(a)(1)", 7, "Count 1: statutory maximum life imprisonment")]),
])
def test_several_counts_under_2b1_1_take_the_highest_maximum(tmp_path, capsys, first, second,
                                                             expected):
    counts = "".join(
        f'[[counts]]\nname = "Count {i}"\nguideline = "2B1.1"\nstatute = "18 U.S.C. § 641"\n'
        f'{_maximum(months)}group = "A"\ngrouping = "d"\n[counts.theft_fraud]\nloss = "$10,000"\n'
        for i, months in ((1, first), (2, second)))
    steps = _base_steps(capsys, _write(tmp_path, 'manual = "2016"\n' + counts))
    assert [(section, level, words) for section, level, words, _ in steps] == expected
    if first == 60:
        assert "comment. (n.2(C))" in steps[0][3]


def test_another_count_without_its_maximum_is_asked_for(tmp_path, capsys):
    """Count 1 (less than 20 years) cannot be decided without Count 2's maximum: refused,
    naming Count 2's field."""
    counts = "".join(
        f'[[counts]]\nname = "Count {i}"\nguideline = "2B1.1"\nstatute = "18 U.S.C. § 641"\n'
        f'{_maximum(months)}group = "A"\ngrouping = "d"\n[counts.theft_fraud]\nloss = "$10,000"\n'
        for i, months in ((1, 120), (2, None)))
    error = calc_refused(capsys, _write(tmp_path, 'manual = "2016"\n' + counts))
    assert "counts[1].statutory_maximum_months" in error and "Traceback" not in error


@pytest.mark.parametrize("months", [None, 36, 240])
def test_a_cross_reference_to_2b1_1_takes_6_and_needs_no_maximum(tmp_path, capsys, months):
    """§2N2.1(b)(1) (2025): "If the offense involved fraud, apply §2B1.1": the offense of
    conviction is referenced to §2N2.1, so (a)(2) 6 whatever its maximum (before this, a case
    without statutory_maximum_months was refused)."""
    path = _write(tmp_path, 'manual = "2025"\n[offense]\nguideline = "2N2.1"\n'
                  f'{_maximum(months)}[offense.food_drug_regulatory.theft_fraud]\n'
                  'loss = "$100,000"\n')
    steps = _base_steps(capsys, path)
    assert [(s, level) for s, level, _, _ in steps] == [("§2B1.1(a)(2)", 6)]
    assert "referenced to §2N2.1, not to this guideline (comment. (n.2(A)))" in steps[0][3]


@pytest.mark.parametrize("guideline,table,key,months,expected", [
    # (n.2(A)(ii)): a conspiracy's object offense under §2B1.1, its own maximum
    ("2X1.1", "inchoate", "substantive_guideline", 240, ("§2B1.1(a)(1)", 7)),
    ("2X1.1", "inchoate", "substantive_guideline", 60, ("§2B1.1(a)(2)", 6)),
    # aiding and abetting: "punishable as a principal" (§2X2.1, Background)
    ("2X2.1", "aiding_abetting", "underlying_guideline", 240, ("§2B1.1(a)(1)", 7)),
    # accessory after the fact (18 U.S.C. § 3) is its own offense, referenced to §2X3.1
    ("2X3.1", "accessory", "underlying_guideline", 240, ("§2B1.1(a)(2)", 6)),
    ("2X4.1", "misprision", "underlying_guideline", 240, ("§2B1.1(a)(2)", 6)),
])
def test_part_x_guidelines(tmp_path, capsys, guideline, table, key, months, expected):
    kind = 'kind = "conspiracy"\n' if table == "inchoate" else ""
    path = _write(tmp_path, f'manual = "2016"\n[offense]\nguideline = "{guideline}"\n'
                  f'{_maximum(months)}[offense.{table}]\n{kind}{key} = "2B1.1"\n'
                  '[offense.theft_fraud]\nloss = "$10,000"\n')
    assert [(s, level) for s, level, _, _ in _base_steps(capsys, path)] == [expected]


@pytest.mark.parametrize("manual,months,expected", [
    # 2003-2016 words: "determined under the provisions of §1B1.2", which for an unlisted
    # statute is the most analogous guideline (§1B1.2, comment. (n.1), GLM2016 line 679)
    ("2003-11-01", 240, ("§2B1.1(a)(1)", 7)),
    ("2016", 240, ("§2B1.1(a)(1)", 7)),
    # 2025 words: "specifically referenced in Appendix A (Statutory Index)": not
    ("2025", 240, ("§2B1.1(a)(2)", 6)),
    ("2025", None, ("§2B1.1(a)(2)", 6)),
    # under 20 years: 6 under either wording, so the unread years compute too
    ("2018", 60, ("§2B1.1(a)(2)", 6)),
    ("2023", 60, ("§2B1.1(a)(2)", 6)),
    # the words of Nov. 1, 2018 - Oct. 31, 2025 are not in the sources: refused where they
    # decide
    ("2018", 240, "refused"),
    ("2024", None, "refused"),
])
def test_most_analogous_guideline_by_the_notes_words(tmp_path, capsys, manual, months,
                                                     expected):
    path = _write(tmp_path, f'manual = "{manual}"\n[offense]\nguideline = "2X5.1"\n'
                  f'{_maximum(months)}[offense.analogous]\nanalogous_guideline = "2B1.1"\n'
                  '[offense.theft_fraud]\nloss = "$10,000"\n')
    if expected == "refused":
        error = calc_refused(capsys, path)
        assert "offense.analogous.analogous_guideline" in error
        assert "comment. (n.2(A))" in error and "Traceback" not in error
    else:
        steps = _base_steps(capsys, path)
        assert [(s, level) for s, level, _, _ in steps] == [expected]
        if months == 240:
            assert "most analogous" in steps[0][3]
