"""§2K2.1 (firearms) and §2X1.1 (attempt, solicitation, conspiracy) through the real CLI.

Every case file is written here as TOML and run with ``ussg calc --format json``; each
expected level is worked by hand from the Manual's text, cited by file and line:
- 2006, 2011, 2014: the 2016 text less the amendments Appendix C quotes (691, 753, 784, 804:
  ../shared/reference/ussg/appendix_c_2016/, lines cited in tables/firearm_offense.toml);
- 2023, 2024: the 2025 text less Amendments 834 and 828 (their texts: the stored ussc.gov
  pages, cited in tables/firearm_offense.toml);
- 2016: ../shared/reference/ussg/manual_2016/GLM2016_fulltext.txt (§2K2.1 lines 7465-7533,
  §2X1.1 lines 9619-9711);
- 2025: ../shared/reference/ussg/manual_2025/GLM2025_fulltext.txt (§2K2.1 lines 13591-13826,
  §2X1.1 lines 17924-18010).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from ussg.guidelines.cli import main

EDITIONS = ("2006", "2011", "2014", "2016", "2023", "2024", "2025")  # one per table version


def firearm_case(facts: str, *, manual: str = "2025", extra: str = "",
                 history: str = 'category = "I"', guideline: str = "2K2.1",
                 table: str = "firearms") -> str:
    return f"""manual = "{manual}"
[offense]
guideline = "{guideline}"
statutory_maximum_months = 120
{extra}
[offense.{table}]
{facts}
[criminal_history]
{history}
"""


def run(tmp_path: Path, capsys, text: str) -> tuple[int, dict | str]:
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    code = main(["calc", "--format", "json", str(path)])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else err)


def chapter_two(result: dict) -> list[tuple[str, int]]:
    """(section, level) of every Chapter Two step, in order."""
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


def computed_levels(tmp_path, capsys, text: str) -> list[tuple[str, int]]:
    """The Chapter Two steps of a case that computes (exit 0)."""
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    return chapter_two(result)


def refusal(tmp_path, capsys, text: str) -> str:
    """The error of a case that is refused (exit 2)."""
    code, err = run(tmp_path, capsys, text)
    assert code == 2, err
    return err


def level(tmp_path, capsys, facts: str, **kw) -> int:
    return computed_levels(tmp_path, capsys, firearm_case(facts, **kw))[-1][1]


NO_PRIORS = "qualifying_prior_felony_convictions = 0\n"


# -- (b)(1): the Number of Firearms table, every edge ---------------------------------------
# 2016 lines 7493-7503 and 2025 lines 13651-13658: (A) 3-7 add 2, (B) 8-24 add 4,
# (C) 25-99 add 6, (D) 100-199 add 8, (E) 200 or more add 10. Base (a)(7) = 12.
FIREARMS_EDGES = [(2, 12), (3, 14), (7, 14), (8, 16), (24, 16), (25, 18), (99, 18),
                  (100, 20), (199, 20), (200, 22), (201, 22)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("n,expected", FIREARMS_EDGES)
def test_number_of_firearms_edges(tmp_path, capsys, manual, n, expected):
    assert level(tmp_path, capsys, NO_PRIORS + f"number_of_firearms = {n}",
                 manual=manual) == expected


# -- (a): each base offense level --------------------------------------------------------
# 2016 lines 7469-7487, 2025 lines 13596-13648 ("Apply the Greatest").
BASE_CASES = [
    # (a)(1) 26: an NFA firearm and two prior felony convictions
    ("nfa_firearm = true\nqualifying_prior_felony_convictions = 2", "(a)(1)", 26),
    # (a)(2) 24: two prior felony convictions
    ("qualifying_prior_felony_convictions = 2", "(a)(2)", 24),
    # (a)(3) 22: a large-capacity semiautomatic and one prior
    ("semiautomatic_large_capacity = true\nqualifying_prior_felony_convictions = 1", "(a)(3)", 22),
    # (a)(4)(A) 20: one prior
    ("qualifying_prior_felony_convictions = 1", "(a)(4)", 20),
    # (a)(4)(B) 20: a large-capacity semiautomatic and a prohibited person
    ("semiautomatic_large_capacity = true\nprohibited_person = true\n" + NO_PRIORS, "(a)(4)", 20),
    # (a)(5) 18: an NFA firearm alone
    ("nfa_firearm = true\n" + NO_PRIORS, "(a)(5)", 18),
    # (a)(6)(A) 14: a prohibited person
    ("prohibited_person = true\n" + NO_PRIORS, "(a)(6)", 14),
    # (a)(6)(B) 14: convicted under § 922(d)
    ("convicted_under = [\"922(d)\"]\n" + NO_PRIORS, "(a)(6)", 14),
    # (a)(6)(C) 14: a straw purchase for a prohibited person
    ("convicted_under = [\"922(a)(6)\"]\nknew_transfer_to_prohibited_person = true\n" + NO_PRIORS,
     "(a)(6)", 14),
    # (a)(7) 12: a straw purchase without that knowledge
    ("convicted_under = [\"922(a)(6)\"]\n" + NO_PRIORS, "(a)(7)", 12),
    # (a)(8) 6: convicted under § 922(m) (a recordkeeping offense) and nothing else
    ("convicted_under = [\"922(m)\"]\n" + NO_PRIORS, "(a)(8)", 6),
    # one prior does not reach (a)(2): "at least two"
    ("qualifying_prior_felony_convictions = 1\nnfa_firearm = true", "(a)(3)", 22),
]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("facts,subsection,expected", BASE_CASES)
def test_base_offense_levels(tmp_path, capsys, manual, facts, subsection, expected):
    if "knew_transfer" in facts and manual == "2006":
        pytest.skip("(a)(6)(C) from Nov. 1, 2011: test_editions_before_753 shows the refusal")
    code, result = run(tmp_path, capsys, firearm_case(facts, manual=manual))
    assert code == 0, result
    assert chapter_two(result)[0] == (f"§2K2.1{subsection}", expected)


def test_section_933_is_a_prohibited_transfer_only_from_2023(tmp_path, capsys):
    # 2025 (a)(6)(B) line 13640: "is convicted under 18 U.S.C. § 922(d), § 932, or § 933";
    # 2016 (a)(6)(B) line 7483: "§ 922(d)" only, so (a)(7) 12.
    facts = "convicted_under = [\"932\"]\n" + NO_PRIORS
    assert level(tmp_path, capsys, facts, manual="2025") == 14
    assert level(tmp_path, capsys, facts, manual="2016") == 12


def test_1715_is_level_6_from_2016(tmp_path, capsys):
    # (a)(8): "or 18 U.S.C. § 1715" (Amendment 804, Nov. 1, 2016; 2016 line 7487); before
    # it, (a)(7) 12.
    assert level(tmp_path, capsys, "convicted_under = [\"1715\"]\n" + NO_PRIORS,
                 manual="2016") == 6
    assert level(tmp_path, capsys, "convicted_under = [\"1715\"]\n" + NO_PRIORS,
                 manual="2014") == 12


def test_editions_before_753(tmp_path, capsys):
    # Amendment 753 (Nov. 1, 2011; App. C Vol. III lines 16672-16700) added (a)(6)(C) and
    # (b)(6)(A): under the 2006 text both facts are refused; (b)(6) has no subdivisions.
    for facts in ('convicted_under = ["922(a)(6)"]\nknew_transfer_to_prohibited_person = true',
                  "leaving_united_states = true"):
        code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS + facts, manual="2006"))
        assert code == 2 and f"offense.firearms.{facts.split()[-3]}" in err, err
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + "in_connection_with_another_felony = true", manual="2006"))
    assert chapter_two(result) == [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(6)", 16),
                                   ("§2K2.1(b)(6)", 18)]
    assert level(tmp_path, capsys, NO_PRIORS + "leaving_united_states = true",
                 manual="2011") == 18


# -- priors counted as Chapter Four counts them -------------------------------------------

def prior(offense: str, convicted: str, charge: str, violence: bool = True,
          imprisonment: str = "2 years", arrest: str = "") -> str:
    return f"""[[criminal_history.priors]]
kind = "felony"
{f"arrest_date = {arrest}" if arrest else ""}
crime_of_violence = {str(violence).lower()}
offense_date = {offense}
conviction_date = {convicted}
sentence_date = {convicted}
imprisonment = "{imprisonment}"
release_date = 2019-01-01
age_at_offense = 25
charging_instrument = "{charge}"
"""


def history(*priors: str) -> str:
    return "instant_offense_began = 2025-11-05\n" + "\n".join(priors)


def test_two_priors_counted_separately_give_a2(tmp_path, capsys):
    # comment. (n.10) (2025 line 13937): for (a)(1) and (a)(2) "use only those felony
    # convictions that are counted separately"; two indictments, an intervening arrest: 24.
    text = firearm_case("", history=history(prior("2012-01-01", "2012-06-01", "A"),
                                            prior("2014-01-01", "2014-06-01", "B")))
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    assert chapter_two(result)[0] == ("§2K2.1(a)(2)", 24)


def test_two_priors_in_one_sentence_give_a4(tmp_path, capsys):
    # The same charging instrument: a single sentence (§4A1.2(a)(2)), so one conviction
    # counted separately; (a)(4)(A) "one felony conviction": 20.
    text = firearm_case("", history=history(prior("2012-01-01", "2012-06-01", "A", arrest="2012-03-01"),
                                            prior("2012-02-01", "2012-06-01", "A")))
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    assert chapter_two(result)[0] == ("§2K2.1(a)(4)", 20)


def test_prior_without_points_is_not_counted(tmp_path, capsys):
    # n.10: "use only those felony convictions that receive criminal history points": a
    # sentence of 60 days imposed in 2005 is outside §4A1.2(e)(2)'s ten years: (a)(7) 12.
    old = prior("2004-01-01", "2005-01-01", "A", imprisonment="60 days")
    text = firearm_case("", history=history(old))
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    assert chapter_two(result)[0] == ("§2K2.1(a)(7)", 12)


def test_stated_count_and_priors_together_refused(tmp_path, capsys):
    text = firearm_case(NO_PRIORS, history=history(prior("2012-01-01", "2012-06-01", "A")))
    code, err = run(tmp_path, capsys, text)
    assert code == 2 and "offense.firearms.qualifying_prior_felony_convictions" in err


def test_category_alone_needs_the_count(tmp_path, capsys):
    code, err = run(tmp_path, capsys, firearm_case("prohibited_person = true"))
    assert code == 2 and "qualifying_prior_felony_convictions" in err


# -- (b)(2)-(b)(4), the cap ---------------------------------------------------------------

@pytest.mark.parametrize("manual", EDITIONS)
def test_lawful_sporting_purposes(tmp_path, capsys, manual):
    # (b)(2): "decrease the offense level determined above to level 6"; not with (a)(1)-(a)(5)
    assert level(tmp_path, capsys, NO_PRIORS + "number_of_firearms = 4\n"
                 "lawful_sporting_or_collection = true", manual=manual) == 6
    assert level(tmp_path, capsys, NO_PRIORS + "nfa_firearm = true\n"
                 "lawful_sporting_or_collection = true", manual=manual) == 18


@pytest.mark.parametrize("manual", EDITIONS)
def test_destructive_devices_and_cap(tmp_path, capsys, manual):
    # (b)(3)(B) +2 on (a)(5) 18 = 20; (b)(3)(A) +15 = 33, over 29 and not capped.
    nfa = NO_PRIORS + "nfa_firearm = true\n"
    assert level(tmp_path, capsys, nfa + 'destructive_device = "other"', manual=manual) == 20
    assert level(tmp_path, capsys, nfa + 'destructive_device = "portable_rocket_or_missile"',
                 manual=manual) == 33
    # (a)(1) 26 + 200 firearms (+10) + stolen (+2) = 38: "may not exceed level 29"
    code, result = run(tmp_path, capsys, firearm_case(
        "nfa_firearm = true\nqualifying_prior_felony_convictions = 2\n"
        "number_of_firearms = 200\nstolen = true", manual=manual))
    assert code == 0, result
    assert [lv for _, lv in chapter_two(result)] == [26, 36, 38, 29]
    # cap edges: 26 + (b)(1)(A) 2 = 28; + stolen 2 = 30 → 29; 26 + (B) 4 - just 30 → 29
    assert level(tmp_path, capsys, "nfa_firearm = true\nqualifying_prior_felony_convictions = 2\n"
                 "number_of_firearms = 3", manual=manual) == 28
    assert level(tmp_path, capsys, "qualifying_prior_felony_convictions = 2\n"
                 "number_of_firearms = 8\nstolen = true", manual=manual) == 29  # 24+4+2 = 30
    assert level(tmp_path, capsys, "qualifying_prior_felony_convictions = 2\n"
                 "number_of_firearms = 8\nnfa_firearm = false", manual=manual) == 28


def test_serial_number_wording_by_edition(tmp_path, capsys):
    # 2016 (b)(4)(B) line 7509 (from Amendment 691, 2006): "had an altered or obliterated
    # serial number"; 2025
    # (b)(4)(B)(i) line 13682: "modified such that ... illegible or unrecognizable".
    assert level(tmp_path, capsys, NO_PRIORS + "altered_or_obliterated_serial_number = true",
                 manual="2016") == 16
    # Amendment 819 (2023) added (ii), the unmarked firearm; 828 (2024) the words of (i)
    for manual in ("2023", "2024", "2025"):
        assert level(tmp_path, capsys, NO_PRIORS + "knew_not_marked_with_serial_number = true",
                     manual=manual) == 16
    assert level(tmp_path, capsys, NO_PRIORS + "altered_or_obliterated_serial_number = true",
                 manual="2023") == 16
    assert level(tmp_path, capsys, NO_PRIORS + "serial_number_illegible = true",
                 manual="2024") == 16
    assert level(tmp_path, capsys, NO_PRIORS + "serial_number_illegible = true",
                 manual="2025") == 16
    # an illegible serial number (the 2024 finding) is an altered one: 2016 applies +4
    assert level(tmp_path, capsys, NO_PRIORS + "serial_number_illegible = true",
                 manual="2016") == 16
    for facts, manual in (("knew_not_marked_with_serial_number = true", "2016"),
                          ("altered_or_obliterated_serial_number = true", "2024"),
                          ("altered_or_obliterated_serial_number = true", "2025")):
        code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS + facts, manual=manual))
        assert code == 2 and f"offense.firearms.{facts.split()[0]}" in err, err


def test_stolen_not_applied_to_a_stolen_firearm_offense(tmp_path, capsys):
    # comment. (n.8)(A): § 922(j) alone with base (a)(7): (b)(4)(A) not applied.
    assert level(tmp_path, capsys, NO_PRIORS + 'convicted_under = ["922(j)"]\nstolen = true',
                 manual="2016") == 12
    assert level(tmp_path, capsys, NO_PRIORS + 'convicted_under = ["922(g)"]\nstolen = true',
                 manual="2016") == 14


# -- trafficking: 2016 (b)(5) and its 2023 rewrite, (b)(6) of 2025 --------------------------

def test_trafficking_2016(tmp_path, capsys):
    # 2016 (b)(5) line 7517: "engaged in the trafficking of firearms, increase by 4 levels"
    assert level(tmp_path, capsys, NO_PRIORS + "trafficking = true", manual="2016") == 16
    code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS + "trafficking = true"))
    assert code == 2 and "offense.firearms.trafficking" in err


@pytest.mark.parametrize("manual,paragraph", [("2023", "(b)(5)"), ("2024", "(b)(5)"),
                                              ("2025", "(b)(6)")])
def test_trafficking_tiers_from_2023(tmp_path, capsys, manual, paragraph):
    # Amendment 819 (2023; (b)(6) from Amendment 834, 2025; 2025 lines 13712-13745), Apply the
    # Greatest: (A) § 933(a)(2)/(3) +2, (B) +2, (C) two or more firearms +5.
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + 'convicted_under = ["933(a)(3)"]', manual=manual))
    assert chapter_two(result) == [("§2K2.1(a)(6)", 14), (f"§2K2.1{paragraph}(A)", 16)]
    assert level(tmp_path, capsys, NO_PRIORS + "transferred_to_prohibited_or_unlawful_user = "
                 "true", manual=manual) == 14
    assert level(tmp_path, capsys, NO_PRIORS + "transferred_to_prohibited_or_unlawful_user = "
                 "true\ntransferred_two_or_more_to_listed_individual = true",
                 manual=manual) == 17
    code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS + "trafficking = true",
                                                   manual=manual))
    assert code == 2 and "offense.firearms.trafficking" in err


def test_trafficking_tiers_refused_before_2023(tmp_path, capsys):
    # the 2016 text (b)(5): "engaged in the trafficking of firearms" only
    code, err = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + "transferred_two_or_more_to_listed_individual = true", manual="2016"))
    assert code == 2 and "transferred_two_or_more_to_listed_individual" in err


@pytest.mark.parametrize("manual", ["2023", "2024", "2025"])
def test_group_and_reduced_culpability(tmp_path, capsys, manual):
    # (b)(8) +2 and (b)(9) -2 ((b)(9), (b)(10) from 2025) need the trafficking enhancement;
    # the decrease needs not more than 1 criminal history point.
    base = NO_PRIORS + "transferred_to_prohibited_or_unlawful_user = true\n"
    assert level(tmp_path, capsys, base + "criminal_group = true", manual=manual) == 16
    assert level(tmp_path, capsys, base + "motivated_by_relationship_or_threats = true",
                 manual=manual) == 12
    assert level(tmp_path, capsys, base + "motivated_by_relationship_or_threats = true",
                 history='category = "II"', manual=manual) == 14
    assert level(tmp_path, capsys, NO_PRIORS + "criminal_group = true", manual=manual) == 12
    code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS + "criminal_group = true",
                                                   manual="2016"))
    assert code == 2 and "offense.firearms.criminal_group" in err


def test_machinegun_conversion_devices_2025(tmp_path, capsys):
    # 2025 (b)(5) lines 13690-13707: (A)(i) four or more +2, (B) 30 or more +4
    for n, expected in ((3, 12), (4, 14), (29, 14), (30, 16)):
        assert level(tmp_path, capsys, NO_PRIORS
                     + f"machinegun_conversion_devices_possessed = {n}") == expected
    for manual in ("2016", "2024"):  # added by Amendment 834, Nov. 1, 2025
        code, err = run(tmp_path, capsys, firearm_case(
            NO_PRIORS + "machinegun_conversion_devices_possessed = 4", manual=manual))
        assert code == 2 and "machinegun_conversion_devices_possessed" in err


@pytest.mark.parametrize("manual", EDITIONS)
def test_another_felony_and_its_floor(tmp_path, capsys, manual):
    # (b)(6)/(b)(7): +4, "If the resulting offense level is less than level 18, increase to 18"
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + "in_connection_with_another_felony = true", manual=manual))
    assert code == 0, result
    assert [lv for _, lv in chapter_two(result)] == [12, 16, 18]
    assert level(tmp_path, capsys, "qualifying_prior_felony_convictions = 1\n"
                 "in_connection_with_another_felony = true", manual=manual) == 24


# -- (c)(1) into §2D1.1, worked per era -------------------------------------------------

COCAINE = """dangerous_weapon = true
[[offense.drugs]]
substance = "cocaine"
quantity = "600 g"
"""


# §2D1.1(c), 500 g to 2 kg of cocaine: level 26 at (c)(7) before Amendment 782 (Nov. 1, 2014),
# level 24 at (c)(8) from it (2016 DQT, GLM2016_fulltext.txt; 2025 DQT the same).
COCAINE_ROW = {"2006": ("(c)(7)", 26), "2011": ("(c)(7)", 26), "2014": ("(c)(8)", 24),
               "2016": ("(c)(8)", 24), "2023": ("(c)(8)", 24), "2024": ("(c)(8)", 24),
               "2025": ("(c)(8)", 24)}
RANGE_III = {28: (97, 121), 26: (78, 97)}  # Sentencing Table, category III


@pytest.mark.parametrize("manual", EDITIONS)
def test_cross_reference_to_cocaine_trafficking(tmp_path, capsys, manual):
    # A prohibited person (a)(6) 14, in connection with drug trafficking (b)(6)/(7)(B) +4 = 18.
    # (c)(1)(A): §2X1.1 in respect to the drug offense: §2D1.1(c) for 600 g of cocaine,
    # + (b)(1) weapon 2, greater than 18: adopted.
    text = firearm_case(NO_PRIORS + "prohibited_person = true\n"
                        "in_connection_with_another_felony = true\n"
                        "[offense.firearms.other_offense]\nguideline = \"2D1.1\"",
                        manual=manual, extra=COCAINE, history='category = "III"')
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    felony = {"2006": "(b)(6)", "2025": "(b)(7)(B)"}.get(manual, "(b)(6)(B)")
    row, drug = COCAINE_ROW[manual]
    assert chapter_two(result) == [
        ("§2K2.1(a)(6)", 14), (f"§2K2.1{felony}", 18), (f"§2D1.1{row}", drug),
        ("§2D1.1(b)(1)", drug + 2), ("§2X1.1(a)", drug + 2), ("§2K2.1(c)(1)(A)", drug + 2)]
    assert result["total_offense_level"] == drug + 2
    low, high = RANGE_III[drug + 2]
    assert result["range"] == {"min_months": low, "max_months": high, "life": False}


def test_cross_reference_not_greater_is_set_aside(tmp_path, capsys):
    # 10 g cocaine: §2D1.1(c)(14) level 12 (less than 25 g), not greater than 18.
    text = firearm_case(NO_PRIORS + "prohibited_person = true\n"
                        "in_connection_with_another_felony = true\n"
                        "[offense.firearms.other_offense]\nguideline = \"2D1.1\"",
                        extra='[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "10 g"')
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    steps = [s for s in result["steps"] if s["section"] == "§2K2.1(c)(1)(A)"]
    assert steps[0]["change"] == "not applied" and result["total_offense_level"] == 18


def test_cross_reference_stated_and_attempted(tmp_path, capsys):
    # A stated other offense (an attempted robbery, §2X1.1 level 23 before (b)); an attempt,
    # not all acts completed: -3 = 20 > 18.
    text = firearm_case(NO_PRIORS + "prohibited_person = true\n"
                        "in_connection_with_another_felony = true\n"
                        "[offense.firearms.other_offense]\nguideline = \"other\"\n"
                        "offense_level = 23\ninchoate = \"attempt\"")
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    assert chapter_two(result)[-3:] == [("§2X1.1(a)", 23), ("§2X1.1(b)(1)", 20),
                                        ("§2K2.1(c)(1)(A)", 20)]


# -- §2X1.1 as the offense guideline -----------------------------------------------------

def inchoate_case(facts: str, manual: str = "2025", extra: str = "") -> str:
    return firearm_case(facts, manual=manual, extra=extra, guideline="2X1.1", table="inchoate")


@pytest.mark.parametrize("manual", EDITIONS)
def test_2x1_1_decrease_and_exceptions(tmp_path, capsys, manual):
    # (b)(1)-(3): "decrease by 3 levels, unless ... completed all the acts"
    stated = 'substantive_guideline = "other"\nsubstantive_offense_level = 20\n'
    for kind in ("attempt", "conspiracy", "solicitation"):
        code, result = run(tmp_path, capsys, inchoate_case(stated + f'kind = "{kind}"', manual))
        assert code == 0, result
        assert [lv for _, lv in chapter_two(result)] == [20, 17]
        code, result = run(tmp_path, capsys, inchoate_case(
            stated + f'kind = "{kind}"\nall_acts_completed = true', manual))
        assert [lv for _, lv in chapter_two(result)] == [20, 20]
    # (b)(3)(B) and (d)(1)
    for more in ('kind = "solicitation"\nsolicitation_treated_identically = true',
                 'kind = "attempt"\nspecial_instruction_offense = true'):
        code, result = run(tmp_path, capsys, inchoate_case(stated + more, manual))
        assert result["total_offense_level"] == 20


def test_2x1_1_drug_conspiracy_is_covered_by_2d1_1(tmp_path, capsys):
    # (c)(1) and comment. (n.1): §2D1.1 expressly covers conspiracies: 600 g cocaine, 24.
    code, result = run(tmp_path, capsys, inchoate_case(
        'kind = "conspiracy"\nsubstantive_guideline = "2D1.1"',
        extra='[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "600 g"'))
    assert code == 0, result
    assert chapter_two(result) == [("§2D1.1(c)(8)", 24), ("§2X1.1(c)(1)", 24)]


# -- before Nov. 1, 1991 §2K2.1 is another guideline (test_firearms_2k2_1_before_1991.py) ---

@pytest.mark.parametrize("manual", ["1990", "1988-10-15"])
def test_consolidated_facts_refused_before_1991(tmp_path, capsys, manual):
    # the §2K2.1 Amendments 189 and 374 quote has no "qualifying prior felony convictions"
    code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS, manual=manual))
    assert code == 2 and "offense.firearms.qualifying_prior_felony_convictions" in err, err
    assert "has no such provision" in err


def test_2x1_1_in_2003_uses_the_2002_text(tmp_path, capsys):
    # §2X1.1 is entered from Nov. 1, 1987 (tests/manual/ch2/s2x1_1/); the 2003 Manual applies
    # the version of Amendment 637 (Nov. 1, 2002): (b)(1) -3.
    code, result = run(tmp_path, capsys, inchoate_case(
        'kind = "attempt"\nsubstantive_guideline = "other"\nsubstantive_offense_level = 20',
        manual="2003"))
    assert code == 0, result
    assert chapter_two(result) == [("§2X1.1(a)", 20), ("§2X1.1(b)(1)", 17)]
    step = [s for s in result["steps"] if s["section"] == "§2X1.1(b)(1)"][0]
    assert "Amendment 637" in json.dumps(step), step


# -- properties ---------------------------------------------------------------------------

FACTS = st.fixed_dictionaries({
    "nfa_firearm": st.booleans(), "semiautomatic_large_capacity": st.booleans(),
    "prohibited_person": st.booleans(), "stolen": st.booleans(),
    "in_connection_with_another_felony": st.booleans(),
    "qualifying_prior_felony_convictions": st.integers(0, 3),
    "destructive_device": st.sampled_from(["none", "other", "portable_rocket_or_missile"]),
})


def _facts_text(facts: dict, n: int) -> str:
    facts = dict(facts)
    if facts["destructive_device"] != "none":
        facts["nfa_firearm"] = True
    lines = [f"{k} = {json.dumps(v)}" for k, v in facts.items()]
    return "\n".join(lines + [f"number_of_firearms = {n}"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=FACTS, n=st.integers(0, 260), more=st.integers(1, 150),
       manual=st.sampled_from(EDITIONS))
def test_more_firearms_never_lowers_the_level(tmp_path, capsys, facts, n, more, manual):
    low = run(tmp_path, capsys, firearm_case(_facts_text(facts, n), manual=manual))
    high = run(tmp_path, capsys, firearm_case(_facts_text(facts, n + more), manual=manual))
    assert low[0] == 0 and high[0] == 0, (low, high)
    assert high[1]["total_offense_level"] >= low[1]["total_offense_level"]
    for result in (low[1], high[1]):
        assert 1 <= result["table_offense_level"] <= 43


# -- the examples, worked by hand in their comments --------------------------------------

EXAMPLES = ROOT / "examples"


def test_example_2025(capsys):
    # examples/firearm-2k2.1-2025.toml: (a)(1) 26, (b)(1)(A) 28, (b)(4)(A) 30, cap 29,
    # §3E1.1 -3 = 26; two priors, 3 points each: category III; 78-97 months.
    assert main(["calc", "--format", "json", str(EXAMPLES / "firearm-2k2.1-2025.toml")]) == 0
    result = json.loads(capsys.readouterr().out)
    assert chapter_two(result) == [("§2K2.1(a)(1)", 26), ("§2K2.1(b)(1)(A)", 28),
                                   ("§2K2.1(b)(4)(A)", 30), ("§2K2.1(b) (after (b)(5))", 29)]
    assert result["total_offense_level"] == 26
    assert result["criminal_history_category"] == "III"
    assert result["range"] == {"min_months": 78, "max_months": 97, "life": False}


def test_example_2016(capsys):
    # examples/firearm-2k2.1-2016.toml: (a)(6) 14, (b)(6)(B) 18; (c)(1)(A) through §2X1.1
    # into §2D1.1: (c)(8) 24, (b)(1) 26; 26 > 18: 26, category III: 78-97 months.
    assert main(["calc", "--format", "json", str(EXAMPLES / "firearm-2k2.1-2016.toml")]) == 0
    result = json.loads(capsys.readouterr().out)
    assert chapter_two(result) == [("§2K2.1(a)(6)", 14), ("§2K2.1(b)(6)(B)", 18),
                                   ("§2D1.1(c)(8)", 24), ("§2D1.1(b)(1)", 26),
                                   ("§2X1.1(a)", 26), ("§2K2.1(c)(1)(A)", 26)]
    assert result["range"] == {"min_months": 78, "max_months": 97, "life": False}


def test_earlier_manual_compared_shows_a_later_fact_not_applied(tmp_path, capsys):
    # §1B1.11(b)(1): sentenced Feb. 2026 (2025 Manual) for an offense of 2020 (2018 Manual,
    # the 2016 text of §2K2.1): the 2025 trafficking tier is an error only under the Manual
    # the case asks for; under the earlier one it is a step "not applied".
    text = firearm_case(NO_PRIORS + "transferred_to_prohibited_or_unlawful_user = true",
                        manual="2025").replace('manual = "2025"',
                                               "sentencing_date = 2026-02-02\n"
                                               "offense_date = 2020-06-01")
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    # the 2025 Manual: (a)(7) 12 + (b)(6)(B) 2 = 14, 15-21 months; the 2018 Manual: 12 with
    # the tier "not applied", 10-16 months: the lower, so §1B1.11(b)(1) applies the 2018 one
    assert result["edition"] == "2018-11-01" and result["total_offense_level"] == 12
    assert [(s["section"], s["change"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [("§2K2.1(a)(7)", "= 12"),
                                                  ("§2K2.1(b)", "not applied")]
    assert result["compared"][0]["manual_in_force"] == "2025-11-01"
    assert result["compared"][0]["result"]["total_offense_level"] == 14


def test_in_connection_not_applied_with_a_924c_count(tmp_path, capsys):
    # §2K2.4, comment. (n.4) (2016 Manual line 7689; n.4(A) in 2025, line 14202): "If the
    # explosive or weapon ... also results in a conviction that would subject the defendant to
    # an enhancement under ... §2K2.1(b)(6)(B) ..., do not apply that enhancement." Count 1
    # (§ 922(g)) (a)(6) 14, its (b)(7)(B) not applied; the fine at level 18, as "absent" the
    # § 924(c) count (§2K2.4(d)(1)).
    text = """manual = "2025"
[[counts]]
name = "Count 1"
statute = "18 U.S.C. § 922(g)(1)"
guideline = "2K2.1"
statutory_maximum_months = 180
[counts.firearms]
prohibited_person = true
qualifying_prior_felony_convictions = 0
in_connection_with_another_felony = true

[[counts]]
name = "Count 2"
statute = "18 U.S.C. § 924(c)(1)(A)(i)"
guideline = "2K2.4"
firearm_conduct = "used_carried_or_possessed"

[criminal_history]
category = "I"
"""
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    steps = [(s["section"], s["change"]) for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert steps == [("§2K2.1(a)(6)", "= 14"), ("§2K2.1(b)(7)(B)", "not applied")]
    assert result["total_offense_level"] == 14
    fine = [s for s in result["steps"] if s["section"] == "§2K2.4(d)(1)"]
    assert fine and fine[0]["change"] == "level 18"
