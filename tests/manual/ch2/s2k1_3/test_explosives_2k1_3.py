"""§2K1.3 (explosive materials) through the real CLI, each level worked by hand from the
Manual's text: 2016 Manual lines 7279-7315 (the text since Amendment 655, Nov. 1, 2003;
../shared/reference/ussg/manual_2016/GLM2016_fulltext.txt) and 2025 Manual lines 13216-13292.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, firearm_case, run

# one per version of tables/explosive_materials.toml: 1991 (Amendment 373) and 2001 (629, 630)
# rebuilt from the 2016 text with Amendments 629, 630 and 655 undone (their struck and inserted
# words: ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_II.txt lines 8649-8717,
# 15772-15778); the weight table, (b)(2), the proviso and (b)(3)'s levels are the 2016 words.
EDITIONS = ("1991", "2001", "2003", "2016", "2025")
NONE = "qualifying_prior_felony_convictions = 0\n"


#: "12, otherwise": (a)(4) until Amendment 655 redesignated it (a)(5) (Vol. II lines 15772-15774)
OTHERWISE = {"1991": "§2K1.3(a)(4)", "2001": "§2K1.3(a)(4)", "2003": "§2K1.3(a)(5)",
             "2016": "§2K1.3(a)(5)", "2025": "§2K1.3(a)(5)"}


def explosives(facts: str, manual: str = "2025", **kw) -> str:
    return firearm_case(facts, manual=manual, guideline="2K1.3", table="explosives", **kw)


def levels(tmp_path, capsys, facts: str, manual: str) -> list[int]:
    code, result = run(tmp_path, capsys, explosives(facts, manual))
    assert code == 0, result
    return [lv for _, lv in chapter_two(result)]


# (b)(1): (A) at least 25 but less than 100 lbs. add 1; (B) 100-250 add 2; (C) 250-500 add 3;
# (D) 500-1000 add 4; (E) 1000 lbs. or more add 5 (2016 lines 7291-7301). Base (a)(5) 12.
WEIGHT_EDGES = [("24.99 lb", 12), ("25 lb", 13), ("99.99 lb", 13), ("100 lb", 14),
                ("249.99 lb", 14), ("250 lb", 15), ("499.99 lb", 15), ("500 lb", 16),
                ("999.99 lb", 16), ("1000 lb", 17), ("1000.01 lb", 17)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("weight,expected", WEIGHT_EDGES)
def test_weight_edges(tmp_path, capsys, manual, weight, expected):
    assert levels(tmp_path, capsys, NONE + f'explosive_weight = "{weight}"', manual)[-1] \
        == expected


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("facts,expected", [
    ("qualifying_prior_felony_convictions = 2", 24),  # (a)(1)
    ("qualifying_prior_felony_convictions = 1", 20),  # (a)(2)
    (NONE + "prohibited_person = true", 16),  # (a)(4)(A)
    (NONE + "distributed_to_prohibited_person = true", 16),  # (a)(4)(B)
    (NONE, 12),  # (a)(5)
])
def test_base_levels(tmp_path, capsys, manual, facts, expected):
    assert levels(tmp_path, capsys, facts, manual)[0] == expected


@pytest.mark.parametrize("manual", EDITIONS)
def test_cap_and_another_felony(tmp_path, capsys, manual):
    # (a)(1) 24 + (b)(1)(E) 5 = 29, + (b)(2) 2 = 31: "shall not exceed level 29"; then
    # (b)(3)(B) +4 = 33 (after the proviso).
    assert levels(tmp_path, capsys, "qualifying_prior_felony_convictions = 2\n"
                  'explosive_weight = "1200 lb"\nstolen = true\n'
                  "in_connection_with_another_felony = true", manual) == [24, 29, 31, 29, 33]
    # (b)(3): "If the resulting offense level is less than level 18, increase to level 18"
    assert levels(tmp_path, capsys, NONE + "in_connection_with_another_felony = true",
                  manual) == [12, 16, 18]
    # comment. (n.7): convicted only under § 842(h): (b)(2) not applied (a step saying so)
    code, result = run(tmp_path, capsys, explosives(
        NONE + 'convicted_under = ["842(h)"]\nstolen = true', manual))
    assert [(s["section"], s["change"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [(OTHERWISE[manual], "= 12"),
                                                  ("§2K1.3(b)(2)", "not applied")]


def test_842_p_2(tmp_path, capsys):
    # (a)(3) 18, (b)(3)(A) +4 = 22, (c)(1)(A) §2X1.1 in respect to the underlying crime of
    # violence (stated: 28) > 22: 28. Without the other offense: an error.
    code, result = run(tmp_path, capsys, explosives(
        NONE + 'convicted_under = ["842(p)(2)"]\n[offense.explosives.other_offense]\n'
        'guideline = "other"\noffense_level = 28'))
    assert code == 0, result
    assert chapter_two(result) == [("§2K1.3(a)(3)", 18), ("§2K1.3(b)(3)(A)", 22),
                                   ("§2X1.1(a)", 28), ("§2K1.3(c)(1)(A)", 28)]
    code, err = run(tmp_path, capsys, explosives(NONE + 'convicted_under = ["842(p)(2)"]'))
    assert code == 2 and "offense.explosives.other_offense" in err, err


def test_1991_keys_before_1991_and_bad_weight(tmp_path, capsys):
    # the 1987 guideline (base level 6, Vol. I lines 8749-8775, deleted by Amendment 373) reads
    # none of the consolidated guideline's facts (tests/manual/ch2/s2k1_3/test_before_1991.py)
    for manual in ("1987", "1990"):
        code, err = run(tmp_path, capsys, explosives(NONE, manual=manual))
        assert code == 2 and "offense.explosives.qualifying_prior_felony_convictions" in err, err
    code, err = run(tmp_path, capsys, explosives(NONE + 'explosive_weight = "40 plants"'))
    assert code == 2 and "offense.explosives.explosive_weight" in err, err


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pounds=st.integers(1, 1500), more=st.integers(1, 600), priors=st.integers(0, 2),
       stolen=st.booleans(), felony=st.booleans(), manual=st.sampled_from(EDITIONS))
def test_more_explosives_never_lowers_the_level(tmp_path, capsys, pounds, more, priors,
                                                 stolen, felony, manual):
    def total(weight: int) -> int:
        code, result = run(tmp_path, capsys, explosives(
            f"qualifying_prior_felony_convictions = {priors}\nexplosive_weight = "
            f"\"{weight} lb\"\nstolen = {str(stolen).lower()}\n"
            f"in_connection_with_another_felony = {str(felony).lower()}", manual))
        assert code == 0, result
        assert 1 <= result["table_offense_level"] <= 43
        return result["total_offense_level"]
    assert total(pounds + more) >= total(pounds)


def test_example(capsys):
    # examples/explosives-2k1.3-2025.toml: (a)(4) 16, (b)(1)(B) 18, (b)(2) 20; level 20,
    # category II: 37-46 months.
    import json

    from ussg.guidelines.cli import main
    path = ROOT / "examples" / "explosives-2k1.3-2025.toml"
    assert main(["calc", "--format", "json", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert chapter_two(result) == [("§2K1.3(a)(4)", 16), ("§2K1.3(b)(1)(B)", 18),
                                   ("§2K1.3(b)(2)", 20)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (37, 46)


# -- before Amendment 655 (Nov. 1, 2003) ----------------------------------------------------

@pytest.mark.parametrize("manual", ["1991", "2001", "2002"])
def test_subsections_before_655(tmp_path, capsys, manual):
    # no (a)(3) for § 842(p)(2) yet: prohibited person is (a)(3) 16, "otherwise" (a)(4) 12
    # (Amendment 655 redesignated them, Vol. II lines 15772-15774); (b)(3) has no (A)/(B).
    code, result = run(tmp_path, capsys, explosives(NONE + "prohibited_person = true",
                                                    manual))
    assert chapter_two(result) == [("§2K1.3(a)(3)", 16)]
    code, result = run(tmp_path, capsys, explosives(
        NONE + "in_connection_with_another_felony = true", manual))
    assert chapter_two(result) == [("§2K1.3(a)(4)", 12), ("§2K1.3(b)(3)", 16),
                                   ("§2K1.3(b)(3)", 18)]
    # a § 842(p)(2) conviction has no level of its own and needs no other offense
    code, result = run(tmp_path, capsys, explosives(NONE + 'convicted_under = ["842(p)(2)"]',
                                                    manual))
    assert code == 0, result
    assert chapter_two(result) == [("§2K1.3(a)(4)", 12)]


def test_prohibited_person_wording_before_629(tmp_path, capsys):
    # 1991: "(3) 16, if the defendant is a prohibited person; or knowingly distributed
    # explosive materials to a prohibited person" (Vol. II lines 8651-8652, struck by 629)
    code, result = run(tmp_path, capsys, explosives(NONE + "prohibited_person = true", "1991"))
    step = [s for s in result["steps"] if s["section"] == "§2K1.3(a)(3)"][0]
    assert "if the defendant is a prohibited person" in json.dumps(step), step
    assert not step["input"].startswith("(A)"), step


def test_priors_stated_before_630(tmp_path, capsys):
    # 1991-2001: "had at least two prior felony convictions" (Vol. II lines 8708-8709): the
    # number as the court determined it; with a prior record and no number: refused.
    text = explosives("", "1991", history="instant_offense_began = 1995-01-01\n"
                      "birth_date = 1960-01-01\n[[criminal_history.priors]]\n"
                      'kind = "felony"\ncrime_of_violence = true\nsentence_date = 1992-01-01\n'
                      'conviction_date = 1992-01-01\noffense_date = 1991-06-01\n'
                      'imprisonment = "2 years"\nrelease_date = 1993-06-01')
    code, err = run(tmp_path, capsys, text)
    assert code == 2 and "offense.explosives.qualifying_prior_felony_convictions" in err, err
    code, result = run(tmp_path, capsys, text.replace(
        "[offense.explosives]\n",
        "[offense.explosives]\nqualifying_prior_felony_convictions = 1\n"))
    assert code == 0, result
    assert chapter_two(result) == [("§2K1.3(a)(2)", 20)]


def test_worked_case_1995(tmp_path, capsys):
    # Nov. 1, 1995 Manual (the 1991 version): a prohibited person, 300 lb of stolen
    # explosives: (a)(3) 16, (b)(1)(C) "At least 250 but less than 500 lbs. add 3" 19,
    # (b)(2) +2 = 21; category I: 37-46 months (1992-2010 Sentencing Table,
    # ../shared/reference/ussg/tables/sentencing_table_1992-11-01_to_2010-10-31.csv).
    code, result = run(tmp_path, capsys, explosives(
        NONE + 'prohibited_person = true\nexplosive_weight = "300 lb"\nstolen = true', "1995"))
    assert code == 0, result
    assert chapter_two(result) == [("§2K1.3(a)(3)", 16), ("§2K1.3(b)(1)(C)", 19),
                                   ("§2K1.3(b)(2)", 21)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (37, 46)
