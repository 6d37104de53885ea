"""§2K1.3 (explosive materials) through the real CLI, each level worked by hand from the
Manual's text: 2016 Manual lines 7279-7315 (the text since Amendment 655, Nov. 1, 2003;
../shared/reference/ussg/manual_2016/GLM2016_fulltext.txt) and 2025 Manual lines 13216-13292.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, firearm_case, run

EDITIONS = ("2003", "2016", "2025")  # one per version of tables/explosive_materials.toml
NONE = "qualifying_prior_felony_convictions = 0\n"


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
            if s["chapter"] == "chapter_two"] == [("§2K1.3(a)(5)", "= 12"),
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


def test_before_2003_refused_and_bad_weight(tmp_path, capsys):
    code, err = run(tmp_path, capsys, explosives(NONE, manual="2002"))
    assert code == 2 and "§2K1.3" in err, err
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
