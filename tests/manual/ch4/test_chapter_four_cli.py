"""Chapter Four through the real command line: Parts B and C, §4A1.3 and bad input (exit 2,
the file and the field named, never a traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, run_ussg

RECORD = (EXAMPLES / "criminal-record.toml").read_text()
CAREER = (ROOT / "tests" / "data" / "chapter_four" / "career-offender.toml").read_text()
ZERO = (ROOT / "tests" / "data" / "chapter_four" / "zero-point.toml").read_text()


def _write(tmp_path: Path, text: str, name: str = "case.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def _variant(tmp_path: Path, base: str, old: str, new: str) -> Path:
    assert old in base, old
    return _write(tmp_path, base.replace(old, new, 1))


def _json(*args: str) -> dict:
    run = run_ussg("calc", *args, "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    return result


def _steps(result: dict, title: str) -> list[dict]:
    return [s for s in result["steps"] if s["title"] == title]


def test_text_worksheet_shows_each_prior_with_its_points() -> None:
    run = run_ussg("calc", EXAMPLES / "criminal-record.toml")
    assert run.code == 0, run.err
    assert "§4A1.1(a) — Prior sentence 2: 3 points" in run.out
    assert "§4A1.2(c)(1) — Prior sentence 6: 0 points" in run.out
    assert "§4A1.1(c) — Limit on (c) points" in run.out
    assert '5 points under (c): (c): "up to a total of 4 points for this subsection"' in run.out
    assert "Criminal history category  VI" in run.out
    assert "Guideline range            100–125 months" in run.out


def test_json_lists_points_per_prior_2015_and_2025() -> None:
    for manual, status, total, category in (("2015", "2 points", "13 points", "VI"),
                                            ("2025", "1 point", "12 points", "V")):
        result = _json(str(EXAMPLES / "criminal-record.toml"), "--manual", manual)
        priors = [s["change"] for s in result["steps"] if s["title"].startswith("Prior sentence")]
        assert priors == ["0 points", "3 points", "2 points", "1 point", "2 points", "0 points",
                          "0 points", "1 point", "1 point", "1 point", "1 point", "0 points",
                          "0 points"]
        assert _steps(result, "Status points")[0]["change"] == status
        assert _steps(result, "Criminal history points")[0]["change"] == total
        assert result["criminal_history_category"] == category
        assert all(s["chapter"] == "chapter_four" for s in _steps(result, "Status points"))


def test_career_offender_category_six_and_a_departure_of_one_category(tmp_path: Path) -> None:
    departure = CAREER + ('\n[criminal_history.departure]\nto_category = "V"\n'
                          'reason = "Category VI over-represents the record"\n')
    result = _json(str(_write(tmp_path, departure)), "--manual", "2015")
    assert result["criminal_history_category"] == "V"
    step = _steps(result, "Criminal history departure (downward)")[0]
    assert step["section"] == "§4A1.3" and "over-represents" in step["reason"]
    too_far = departure.replace('to_category = "V"', 'to_category = "IV"')
    run = run_ussg("calc", _write(tmp_path, too_far), "--manual", "2015")
    assert run.code == 2 and "criminal_history.departure.to_category" in run.err
    assert "one criminal history category" in run.err.replace("1 criminal", "one criminal")
    # before Amendment 651 (Oct. 27, 2003) there was no such limit
    assert _json(str(_write(tmp_path, too_far)), "--manual", "1994")[
        "criminal_history_category"] == "IV"


def test_category_departure_limits_2018_derived_2023_unverified(tmp_path: Path) -> None:
    """§4A1.3 as Amendment 805 left it (Nov. 1, 2018; official text applied to 2016's) keeps
    the career offender's one-category limit, without a warning; the 2023 version (817, 821,
    824, not seen) assumes the same limit and is warned as unverified."""
    departure = CAREER + ('\n[criminal_history.departure]\nto_category = "V"\n'
                          'reason = "Category VI over-represents the record"\n')
    path = _write(tmp_path, departure)
    result = _json(str(path), "--manual", "2018-11-01")
    step = _steps(result, "Criminal history departure (downward)")[0]
    assert "Amendment 805" in step["source"] and result["criminal_history_category"] == "V"
    assert not any("§4A1.3" in w for w in result["warnings"]), result["warnings"]
    later = _json(str(path), "--manual", "2023-11-01")
    assert later["criminal_history_category"] == "V"
    assert any("§4A1.3 (Amendments 817, 821, 824" in w and "unverified" in w
               for w in later["warnings"]), later["warnings"]
    too_far = _write(tmp_path, departure.replace('to_category = "V"', 'to_category = "IV"'))
    for manual in ("2018-11-01", "2023-11-01"):
        run = run_ussg("calc", too_far, "--manual", manual)
        assert run.code == 2 and "§4A1.3(b)(3)(A)" in run.err, (manual, run.err)


def test_category_departure_is_refused_under_2025(tmp_path: Path) -> None:
    text = CAREER + '\n[criminal_history.departure]\nto_category = "V"\nreason = "r"\n'
    run = run_ussg("calc", _write(tmp_path, text))
    assert run.code == 2 and ": criminal_history.departure: §4A1.3 was deleted" in run.err
    assert "Amendment 836" in run.err


def test_armed_career_criminal_levels_and_category(tmp_path: Path) -> None:
    text = ZERO.split("[criminal_history.zero_point]")[0] + (
        "\n[criminal_history.armed_career_criminal]\nsubject_to_924e = true\n"
        "firearm_in_connection = false\n")
    result = _json(str(_write(tmp_path, text)))
    assert (result["total_offense_level"], result["criminal_history_category"]) == (33, "IV")
    connected = text.replace("firearm_in_connection = false", "firearm_in_connection = true")
    result = _json(str(_write(tmp_path, connected)))
    assert (result["total_offense_level"], result["criminal_history_category"]) == (34, "VI")
    with_924c = connected + "convicted_844h_924c_or_929a = true\n"
    result = _json(str(_write(tmp_path, with_924c)))  # comment. (n.2): (b)(3)(A), (c)(2) out
    assert (result["total_offense_level"], result["criminal_history_category"]) == (33, "IV")


def test_repeat_sex_offender_pattern_floor(tmp_path: Path) -> None:
    text = ZERO.split("[criminal_history.zero_point]")[0].replace('"150 g"', '"5 g"') + (
        "\n[criminal_history.repeat_sex_offender]\ncovered_sex_crime = true\n"
        "prior_sex_offense_conviction = false\npattern_of_prohibited_sexual_conduct = true\n")
    result = _json(str(_write(tmp_path, text)))  # 5 g heroin: level 12; 12 + 5 = 17 < 22
    assert result["total_offense_level"] == 22
    prior = text.replace("prior_sex_offense_conviction = false",
                         "prior_sex_offense_conviction = true\n"
                         "offense_statutory_maximum = \"30 years\"")
    result = _json(str(_write(tmp_path, prior)))  # (a): table (ii) 34, category at least V
    assert (result["total_offense_level"], result["criminal_history_category"]) == (34, "V")


def test_zero_point_offender_by_edition(tmp_path: Path) -> None:
    path = ROOT / "tests" / "data" / "chapter_four" / "zero-point.toml"
    latest = _json(str(path))
    criteria = _steps(latest, "Zero-point criterion")
    assert [s["section"] for s in criteria] == [f"§4C1.1(a)({n})" for n in range(1, 12)]
    assert {s["change"] for s in criteria} == {"met"}
    assert latest["total_offense_level"] == 22
    first = _json(str(path), "--manual", "2023")  # ten criteria; (10) joins role and CCE
    assert len(_steps(first, "Zero-point criterion")) == 10
    assert first["total_offense_level"] == 22
    assert any("§4C1.1" in w and "unverified" in w for w in first["warnings"])
    before = run_ussg("calc", path, "--manual", "2015")
    assert before.code == 2 and ": criminal_history.zero_point: §4C1.1" in before.err
    assert "not in this edition" in before.err
    role = ZERO.replace("[criminal_history]", '[adjustments.role]\naggravating = '
                        '"manager_or_supervisor"\n\n[criminal_history]')
    result = _json(str(_write(tmp_path, role)))  # §3B1.1(c) +2, then (10) not met
    assert result["total_offense_level"] == 26
    assert [s["change"] for s in _steps(result, "Zero-point criterion")][9] == "not met"


def test_stated_category_keeps_working_and_points_are_checked(tmp_path: Path) -> None:
    stated = ZERO.replace("instant_offense_began = 2024-03-01\npriors = []",
                          'category = "I"\npoints = 1')
    result = _json(str(_write(tmp_path, stated)))
    assert result["total_offense_level"] == 24  # 1 point: §4C1.1(a)(1) not met
    run = run_ussg("calc", _write(tmp_path, stated.replace("points = 1", "points = 4")))
    assert run.code == 2 and ": criminal_history.points: 4 points make category III" in run.err
    unknown = ZERO.replace("instant_offense_began = 2024-03-01\npriors = []", 'category = "I"')
    run = run_ussg("calc", _write(tmp_path, unknown))
    assert run.code == 2 and ": criminal_history.points:" in run.err


BAD = {
    "release_before_imposition": (RECORD, "release_date = 2004-06-01",
                                  "release_date = 2002-08-01",
                                  "criminal_history.priors[1].release_date",
                                  "before sentence_date"),
    "negative_months": (RECORD, 'imprisonment = "2 years"', 'imprisonment = "-2 months"',
                        "criminal_history.priors[1].imprisonment", "cannot be negative"),
    "term_without_unit": (RECORD, 'imprisonment = "2 years"', 'imprisonment = "24"',
                          "criminal_history.priors[1].imprisonment", "not a term"),
    "future_date": (RECORD, "sentence_date = 2013-07-01", "sentence_date = 2999-07-01",
                    "criminal_history.priors[12].sentence_date", "in the future"),
    "after_sentencing": (RECORD, "sentence_date = 2013-07-01", "sentence_date = 2016-03-01",
                         "criminal_history.priors[12].sentence_date", "after sentencing_date"),
    "unknown_offense_kind": (RECORD, 'kind = "trespassing"', 'kind = "jaywalking"',
                             "criminal_history.priors[5].kind", "jaywalking"),
    "sentenced_before_offense": (RECORD, "sentence_date = 2010-07-01",
                                 "sentence_date = 2010-05-01",
                                 "criminal_history.priors[5].sentence_date", "before offense_date"),
    "revoked_before_sentence": (RECORD, "date = 2009-05-01", "date = 2008-05-01",
                                "criminal_history.priors[4].revocations", "before sentence_date"),
    "category_and_priors": (RECORD, "birth_date = 1985-04-10",
                            'category = "II"\nbirth_date = 1985-04-10', "criminal_history",
                            "either `category` or"),
    "no_commencement": (RECORD, "instant_offense_began = 2014-03-01\n", "",
                        "criminal_history", "instant_offense_began"),
    "unknown_prior_key": (RECORD, "juvenile = true", "juvenil = true",
                          "criminal_history.priors[0].juvenil", "unknown key"),
    "status_names_no_prior": (RECORD, 'under_sentence_of = "10"', 'under_sentence_of = "99"',
                              "criminal_history", "names no prior"),
    "missing_arrest_date": (RECORD, "arrest_date = 2005-02-03\n", "",
                            "criminal_history.priors[2].arrest_date", "intervening arrest"),
    "missing_age": (RECORD, "birth_date = 1985-04-10\n", "",
                    "criminal_history.priors[1].age_at_offense", "age eighteen"),
    "zero_point_fact_missing": (ZERO, "sex_offense = false\n", "",
                                "criminal_history.zero_point.sex_offense", "required"),
    "career_offender_924c": (CAREER, 'offense_statutory_maximum = "20 years"',
                             'offense_statutory_maximum = "20 years"\n'
                             'convicted_924c_or_929a = true',
                             "criminal_history.career_offender.convicted_924c_or_929a",
                             "list the 18 U.S.C. § 924(c) count in [[counts]]"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_chapter_four_input_exits_2_naming_the_field(name: str, tmp_path: Path) -> None:
    base, old, new, field, words = BAD[name]
    path = _variant(tmp_path, base, old, new)
    run = run_ussg("calc", path)
    assert run.code == 2, (run.out, run.err)
    assert run.out == "" and "Traceback" not in run.err
    assert f"{path}: {field}" in run.err, run.err
    assert words in run.err, run.err


def test_a_section_missing_from_the_earlier_manual_is_not_applied_there(tmp_path: Path) -> None:
    """Sentenced under the 2023 Manual for an offense of 2023-06: §1B1.11(b)(1) weighs the
    Manual of Nov. 1, 2018, which has no §4C1.1; there the stated facts are "not applied"."""
    text = ZERO.replace('manual = "2025"', "sentencing_date = 2024-03-01\n"
                        "offense_date = 2023-06-01")
    text = text.replace("2024-03-01\npriors", "2023-01-01\npriors")
    result = _json(str(_write(tmp_path, text)))
    assert "Nov. 1, 2023 edition" in result["manual"]
    assert result["total_offense_level"] == 22  # the zero-point decrease, under 2023
    (earlier,) = result["compared"]
    assert "Nov. 1, 2018 edition" in earlier["manual"]
    assert earlier["result"]["total_offense_level"] == 24


@pytest.mark.parametrize("manual, motion, total, low, high", [
    ("2025", "government_motion", 31, 188, 235),  # 34 - 3 (§4B1.1(c) comment. example's math)
    ("2015", "government_motion", 31, 188, 235),
    ("1994", "timely_assistance", 29, 151, 188),  # 32 - 3 (Amendment 506: unenhanced 20 years)
])
def test_career_offender_table_is_reduced_by_acceptance(tmp_path: Path, manual, motion, total,
                                                         low, high) -> None:
    text = CAREER.replace("[criminal_history]",
                          f"[acceptance]\naccepted = true\n{motion} = true\n\n[criminal_history]")
    result = _json(str(_write(tmp_path, text)), "--manual", manual)
    assert result["total_offense_level"] == total
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (low, high)
    step = _steps(result, "Career offender offense level")[0]
    assert "§3E1.1 decrease of 3 applied" in step["reason"]
