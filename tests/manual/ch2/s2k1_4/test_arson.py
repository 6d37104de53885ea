"""§2K1.4 (Arson; Property Damage by Use of Explosives) in every edition: each subdivision of
(a) and the property each names, the day before and the day an amendment changed it, the "2
plus" level against the fixed ones at its edge, (b), (c), computed in-process; a worked case
per era through the real command line; the refusals; hypothesis: a larger loss never lowers
the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 7363-7383 ((a)(1) 7367, (a)(2) 7369, (a)(3)
          7371, (a)(4) 7373, (b)(1) 7377, (b)(2) 7379, (c)(1) 7383); S2025 = manual_2025/
          GLM2025_fulltext.txt lines 13383-13434 (the same levels)
  A330  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 6991-7049 (the 1989 guideline, quoted as
          deleted Nov. 1, 1990: (a) 6, (b)(1) +18 ... (b)(6) +2, (c), (d)(1))
  A185  = APPENDIX_C_Vol_I.txt lines 3557-3567 (Nov. 1, 1989: (d)(1), before Nov. 18, 1988)
  A576  = APPENDIX_C_Vol_II.txt lines 45-53 (Nov. 1, 1998: (b)(2) national cemetery)
  A617  = APPENDIX_C_Vol_II.txt lines 6643-6653 (Nov. 1, 2001: (a)(3) §2F1.1 and (a)(4) §2B1.3
          struck, (a)(3) §2B1.1)
  A637  = APPENDIX_C_Vol_II.txt lines 9735-9741 (Nov. 1, 2002: airport ... ferry)
  A655  = APPENDIX_C_Vol_II.txt lines 15788-15811 (Nov. 1, 2003: public transportation system
          ... place of public use)
  A700  = APPENDIX_C_Vol_III.txt lines 7782-7788 (Nov. 1, 2007: ferry struck; maritime
          facility, vessel, vessel's cargo; (a)(3) 16)
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

EXAMPLE = ROOT / "examples" / "arson-2025.toml"
EXAMPLE_1995 = ROOT / "examples" / "arson-1995.toml"
PROPERTY = {"2B1.1": ("theft_fraud", {"loss": "$1,000"}),
            "2B1.3": ("property_damage", {"loss": "$1,000"})}


def _case(facts: dict, day: str, months: int = 240, **more) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "I"},
            "offense": {"guideline": "2K1.4", "statutory_maximum_months": months,
                        "arson": facts}, **more}
    return Case.model_validate(data)


def _with_property(facts: dict, day: str, loss: str = "$1,000") -> dict:
    key = "property_damage" if day < "2001-11-01" else "theft_fraud"
    return {key: {"loss": loss}, **facts}


def _steps(facts: dict, day: str, **more) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, **more))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _base(facts: dict, day: str, **more) -> tuple[str, int]:
    """The subdivision of (a) the base offense level is determined under, and the level."""
    computation = calculate(_case(facts, day, **more))
    step = next(s for s in computation.steps if s.title == "Base offense level"
                and s.section.startswith("§2K1.4"))
    return step.section, step.level


def _level(facts: dict, day: str, **more) -> int:
    return calculate(_case(facts, day, **more)).result.total_offense_level


def _refused(facts: dict, day: str, **more) -> CaseError:
    with pytest.raises(CaseError) as caught:
        calculate(_case(facts, day, **more))
    return caught.value


# -- (a) from Nov. 1, 1990: each property of (a)(1)(B), (a)(2)(B), (a)(2)(C), by edition -------

# (edition day, the kinds (a)(1)(B) names, the kinds (a)(2)(C) names): A330 (derived), A637,
# A655, A700 / S2016 line 7367, 7369
ERAS = [
    ("1990-11-01", ["dwelling"], ["dwelling", "other_structure"]),
    ("2002-11-01", ["dwelling", "airport", "aircraft", "mass_transportation_facility",
                    "mass_transportation_vehicle", "ferry"],
     ["dwelling", "other_structure", "aircraft", "mass_transportation_vehicle", "ferry"]),
    ("2003-11-01", ["dwelling", "airport", "aircraft", "mass_transportation_facility",
                    "mass_transportation_vehicle", "ferry", "public_transportation_system",
                    "state_or_government_facility", "infrastructure_facility",
                    "place_of_public_use"],
     ["dwelling", "other_structure", "airport", "aircraft", "mass_transportation_facility",
      "mass_transportation_vehicle", "ferry", "public_transportation_system",
      "state_or_government_facility", "infrastructure_facility", "place_of_public_use"]),
    ("2007-11-01", ["dwelling", "airport", "aircraft", "mass_transportation_facility",
                    "mass_transportation_vehicle", "maritime_facility", "vessel",
                    "vessels_cargo", "public_transportation_system",
                    "state_or_government_facility", "infrastructure_facility",
                    "place_of_public_use"],
     ["dwelling", "other_structure", "airport", "aircraft", "mass_transportation_facility",
      "mass_transportation_vehicle", "maritime_facility", "vessel", "vessels_cargo",
      "public_transportation_system", "state_or_government_facility",
      "infrastructure_facility", "place_of_public_use"]),
]
ALL = sorted({k for _, a, e in ERAS for k in a + e})
CASES = [(day, kind, 24 if kind in a1 else 20 if kind == "other_structure" else None,
          20 if kind in a2c else None) for day, a1, a2c in ERAS for kind in ALL]


@pytest.mark.parametrize("day,kind,destroyed,endangered", CASES)
def test_property_named_by_each_edition(day, kind, destroyed, endangered):
    """The property destroyed gives (a)(1)(B) 24 or (a)(2)(B) 20; the property endangered
    (a)(2)(C) 20; a property the edition does not name is refused, naming the field."""
    for name, expected in (("destroyed", destroyed), ("endangered", endangered)):
        facts = _with_property({name: kind}, day)
        if expected is None:
            error = _refused(facts, day)
            assert error.field == f"offense.arson.{name}" and kind in str(error)
        else:
            assert _steps(facts, day)[-1][1] == expected


@pytest.mark.parametrize("day,before", [("2002-11-01", "2002-10-31"), ("2003-11-01",
                                         "2003-10-31"), ("2007-11-01", "2007-10-31")])
def test_each_amendment_the_day_before(day, before):
    """The kind each amendment added is refused the day before it (A637, A655, A700) and
    gives 24 the day it took effect; "ferry" is refused from Nov. 1, 2007 (A700)."""
    added = {"2002-11-01": "airport", "2003-11-01": "place_of_public_use",
             "2007-11-01": "vessel"}[day]
    assert _refused(_with_property({"destroyed": added}, before), before).field \
        == "offense.arson.destroyed"
    assert _steps(_with_property({"destroyed": added}, day), day)[-1][1] == 24
    if day == "2007-11-01":
        assert _steps(_with_property({"destroyed": "ferry"}, before), before)[-1][1] == 24
        assert _refused(_with_property({"destroyed": "ferry"}, day), day).field \
            == "offense.arson.destroyed"


@pytest.mark.parametrize("risk,level", [("created_knowingly", 24), ("created", 20)])
@pytest.mark.parametrize("day", ["1990-11-01", "2025-11-01"])
def test_substantial_risk(risk, level, day):
    """(a)(1)(A) 24 (knowingly), (a)(2)(A) 20 (S2016 lines 7367, 7369)."""
    assert _base(_with_property({"substantial_risk": risk}, day), day) == \
        (f"§2K1.4(a)({1 if level == 24 else 2})", level)


def test_aids_to_maritime_navigation():
    """(a)(3) 16 from Nov. 1, 2007 (A700; S2016 line 7371); refused the day before."""
    assert _base(_with_property({"aids_to_maritime_navigation": True}, "2007-11-01"),
                 "2007-11-01") == ("§2K1.4(a)(3)", 16)
    assert _refused(_with_property({"aids_to_maritime_navigation": True}, "2007-10-31"),
                    "2007-10-31").field == "offense.arson.aids_to_maritime_navigation"


# -- (a)(4): 2 plus §2B1.1 at its edge against (a)(1)'s 24 (2025: §2B1.1 + 16 for more than
# $1,500,000, + 18 for more than $3,500,000). §2B1.1(a) is (a)(2) 6 whatever the arson
# count's statutory maximum: the offense of conviction is referenced to §2K1.4, not to
# §2B1.1 (§2B1.1, comment. (n.2(A))) ---------------------------------------------------------

@pytest.mark.parametrize("months", [240, 120])
@pytest.mark.parametrize("loss,paragraph,level", [
    ("$3,500,000", "(a)(1)", 24),   # 6 + 16 = 22; 2 plus 22 = 24: the first of equals
    ("$3,500,001", "(a)(4)", 26),   # 6 + 18 = 24; 2 plus 24 = 26 > 24
])
def test_two_plus_against_fixed_level(loss, months, paragraph, level):
    facts = {"destroyed": "dwelling", "theft_fraud": {"loss": loss}}
    assert _base(facts, "2025-11-01", months=months) == (f"§2K1.4{paragraph}", level)


def test_two_plus_section_2b1_3_and_2f1_1_before_2001():
    """1990-2001: (a)(4) 2 plus §2B1.3 alone; (a)(3) 2 plus §2F1.1 only with a scheme to
    defraud (A617's quotation)."""
    section, level = _base({"property_damage": {"loss": "$1,000"}}, "1995-11-01")
    # §2B1.3 4; $1,000 is more than $100, not more than $1,000: +1 (Amendment 99 table)
    assert section == "§2K1.4(a)(4)" and level == 2 + 4 + 1
    facts = {"property_damage": {"loss": "$1,000"},
             "scheme_to_defraud": {"loss": "$5,000,000"}}
    assert _base(facts, "1995-11-01")[0] == "§2K1.4(a)(3)"
    assert _refused(facts, "2001-11-01").field == "offense.arson.property_damage"


def test_property_facts_required():
    for day, key in (("1989-11-01", "property_damage"), ("1995-11-01", "property_damage"),
                     ("2025-11-01", "theft_fraud")):
        assert _refused({"destroyed": "dwelling"} if day > "1990" else {}, day).field \
            == f"offense.arson.{key}"


# -- (b) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("day,months,loss,expected", [
    ("1998-10-31", 240, None, "refused"),       # before A576
    ("1998-11-01", 240, "$1,000", 26),          # (a)(1) 24 + 2
    # §2B1.1 6 (comment. (n.2(A)): the arson count is not referenced to §2B1.1) + 20 = 26;
    # 2 plus 26 = 28 under (a)(4): not applied (were it applied, 30)
    ("2025-11-01", 240, "$9,500,001", 28),
    ("2025-11-01", 240, "$3,500,000", 26),      # 2 + 6 + 16 = 24 = (a)(1): first of equals, + 2
    # 2001-2007 the "2 plus" is (a)(3) (A617): §2B1.1 (2005) 6, more than $7,000,000 +20 =
    # 26; 2 plus 26 = 28 under (a)(3): not applied; $1,000: (a)(1) 24 + 2
    ("2005-11-01", 240, "$7,000,001", 28),
    ("2005-11-01", 240, "$1,000", 26),
])
def test_national_cemetery(day, months, loss, expected):
    facts = _with_property({"destroyed": "dwelling", "national_cemetery": True}, day,
                           loss or "$1,000")
    if expected == "refused":
        assert _refused(facts, day).field == "offense.arson.national_cemetery"
    else:
        assert _level(facts, day, months=months) == expected


def test_conceal():
    assert _steps(_with_property({"destroyed": "other_structure",
                                  "concealed_another_offense": True}, "1990-11-01"),
                  "1990-11-01")[-1] == ("§2K1.4(b)(1)", 22)


# -- 1987-1990 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("key,paragraph,levels", [
    ("knowingly_created_risk", "(b)(1)", 18), ("recklessly_endangered", "(b)(2)", 14),
    ("residence_destroyed", "(b)(3)", 12), ("fire_or_explosive_in_felony", "(b)(4)", 7),
    ("endangered_another", "(b)(5)", 4), ("destructive_device_used", "(b)(6)", 2)])
def test_1987_characteristics(key, paragraph, levels):
    """A330's quotation: 6 plus the greatest; with (b)(6) also found, still the greatest."""
    facts = {key: True, "destructive_device_used": True, "property_damage": {"loss": "$100"}}
    steps = _steps(facts, "1987-11-01")
    assert steps[:2] == [("§2K1.4(a)", 6), (f"§2K1.4{paragraph}", 6 + levels)]


@pytest.mark.parametrize("committed,applies", [("1988-11-17", True), ("1988-11-18", False)])
def test_1989_note_on_844h(committed, applies):
    """(d)(1) (A185): (b)(4) only for an offense committed before Nov. 18, 1988."""
    facts = {"fire_or_explosive_in_felony": True, "property_damage": {"loss": "$100"}}
    level = _level(facts, "1989-11-01", offense_date=dt.date.fromisoformat(committed))
    assert level == (13 if applies else 6)
    assert _refused(facts, "1989-11-01").field == "offense_date"
    assert _level(facts, "1989-10-31", offense_date=dt.date(1989, 1, 1)) == 13


def test_1987_cross_reference_to_2b1_3():
    """(c)(2): §2B1.3 if greater (A330)."""
    facts = {"property_damage": {"loss": "$5,000,000"}}
    steps = _steps(facts, "1987-11-01")
    assert steps[-1][0] == "§2K1.4(c)(2)" and steps[-1][1] > 6


@pytest.mark.parametrize("name,day", [("destroyed", "1990-10-31"),
                                      ("knowingly_created_risk", "1990-11-01"),
                                      ("defendant_caused_death", "2025-11-01")])
def test_fact_of_another_era_refused(name, day):
    value = "dwelling" if name == "destroyed" else True
    facts = _with_property({name: value, "part_a_guideline": "other", "part_a_offense_level": 1}
                           if "death" in name else {name: value}, day)
    assert _refused(facts, day).field == f"offense.arson.{name}"


# -- (c)(1) ------------------------------------------------------------------------------------

@pytest.mark.parametrize("stated,applied", [(24, False), (25, True)])
def test_part_a_if_greater(stated, applied):
    facts = _with_property({"destroyed": "dwelling", "intended_death_or_serious_bodily_injury":
                            True, "part_a_guideline": "other", "part_a_offense_level": stated},
                           "2025-11-01")
    assert _level(facts, "2025-11-01") == (stated if applied else 24)


def test_part_a_computed_through_registry():
    """Death resulted, second degree murder: §2A1.2's level (38 from Nov. 1, 2023)."""
    facts = _with_property({"destroyed": "dwelling", "death_resulted": True,
                            "part_a_guideline": "2A1.2"}, "2025-11-01")
    steps = _steps(facts, "2025-11-01")
    assert steps[-1] == ("§2K1.4(c)(1)", 38) and ("§2A1.2(a)", 38) in steps


def test_loop_back_refused():
    facts = {"theft_fraud": {"loss": "$1,000", "cross_reference": {
        "ground": "arson_or_explosive_damage", "guideline": "2K1.4", "offense_level": 20}}}
    assert _refused(facts, "2025-11-01").field == "offense.arson.theft_fraud.cross_reference"


# -- worked cases through the command line -----------------------------------------------------

def test_example_2025(capsys):
    """examples/arson-2025.toml, worked by hand in its comments."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result)[:3] == [("§2K1.4(a)(1)", 24), ("§2K1.4(a)(4)", 24),
                                             ("§2K1.4(b)(1)", 26)]
    assert result["total_offense_level"] == 23


def test_example_1995(capsys):
    """examples/arson-1995.toml: 2 plus §2B1.3 against 20, worked in its comments."""
    result = calc_json(capsys, EXAMPLE_1995)
    steps = chapter_two_steps(result)
    assert ("§2K1.4(a)(4)", 22) in steps and steps[-1] == ("§2K1.4(b)(1)", 24)


def test_1988_worked_case(capsys, tmp_path):
    """1987 guideline: 6, +14 (the greatest of (b)(2) and (b)(3)); (c)(1) §2A1.4 reckless
    (14) not greater; (c)(2) §2B1.3 not greater."""
    path = case_file(tmp_path, "2K1.4", "arson", 'recklessly_endangered = true\n'
                     'residence_destroyed = true\ndefendant_caused_death = true\n'
                     'part_a_guideline = "2A1.4"\n[offense.arson.involuntary_manslaughter]\n'
                     'conduct = "reckless"\n[offense.arson.property_damage]\nloss = "$40,000"',
                     "1988-10-15")
    steps = chapter_two_steps(calc_json(capsys, path))
    assert steps[0] == ("§2K1.4(a)", 6) and steps[1] == ("§2K1.4(b)(2)", 20)
    assert steps[-1] == ("§2K1.4(c)(2)", 20)


def test_refused_through_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2K1.4", "arson", 'aids_to_maritime_navigation = true\n'
                     '[offense.arson.theft_fraud]\nloss = "$1,000"', "2001-11-01",
                     more="")
    err = calc_refused(capsys, path)
    assert "offense.arson.aids_to_maritime_navigation" in err and "Amendment 700" in err


def test_every_version_sourced():
    table = load_table("arson")
    for version in table.versions:
        assert version["source"] and version["checked"]
    assert [v["effective"] for v in table.versions][0] == dt.date(1987, 11, 1)


# -- hypothesis: a larger loss never lowers the level ------------------------------------------

@settings(max_examples=30, deadline=None)
@given(st.integers(0, 30_000_000), st.integers(0, 30_000_000),
       st.sampled_from(["1995-11-01", "2025-11-01"]))
def test_monotone_in_loss(a, b, day):
    low, high = sorted((a, b))
    levels = [_level(_with_property({"destroyed": "other_structure"}, day, f"${x}"), day)
              for x in (low, high)]
    assert levels[0] <= levels[1] and 1 <= levels[1] <= 43
