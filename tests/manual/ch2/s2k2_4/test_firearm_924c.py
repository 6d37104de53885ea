"""§2K2.4: the weapon of the offense underlying an 18 U.S.C. § 924(c) count (§ 929(a), and
from Nov. 1, 1993 § 844(h)) is accounted for by the consecutive sentence, so the underlying
offense's weapon characteristics are not applied, per edition (tables/
weapon_enhancement_with_924c.toml), through the real command line.

The case files (examples/firearm-924c-2025.toml, tests/data/firearm_924c/) are worked by hand in
their comments from the Manual and the statutes.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.editions import supported_dates
from ussg.guidelines.engine.tables import load_table

from tests.conftest import REFERENCE, ROOT, run_ussg
from tests.manual.ch2.s2d1_1.test_characteristic_texts import _normal

DATA = ROOT / "tests" / "data" / "firearm_924c"
CASE_2025 = ROOT / "examples" / "firearm-924c-2025.toml"
CASE_1992 = DATA / "cocaine-firearm-1992-proviso.toml"


def _calc(path: Path, *extra: str) -> dict:
    result = run_ussg("calc", path, "--format", "json", *extra)
    assert result.code == 0, result.err
    return result.json_lines()[0]


def _changed(tmp_path: Path, source: Path, change) -> dict:
    data = tomllib.loads(source.read_text())
    change(data)
    path = tmp_path / "case.toml"
    path.write_text(tomli_w.dumps(data))
    return _calc(path)


def _range(r: dict) -> tuple:
    return (r["min_months"], None if r["life"] and r["max_months"] is None else r["max_months"])


def _step(result: dict, section: str) -> dict:
    return next(s for s in result["steps"] if s["section"] == section)


def _sections(result: dict) -> list[str]:
    return [s["section"] for s in result["steps"]]


def test_the_issue_case_under_the_2025_manual(tmp_path: Path) -> None:
    """10 kg of cocaine (§2D1.1(c)(5): level 30), a firearm, § 841(b)(1)(A) and § 924(c):
    (b)(1) not applied; 97-121 at I, 120-121 with the 10-year minimum (§5G1.1(c)(2)), plus 60
    consecutive: 180-181. The fine is read at level 32, the level absent § 924(c)."""
    result = _calc(CASE_2025)
    assert result["total_offense_level"] == 30
    assert _range(result["range"]) == (97, 121)
    assert _range(result["statutory_range"]) == (120, 121)
    assert result["consecutive_months"] == 60
    assert _range(result["total_range"]) == (180, 181)
    weapon = _step(result, "§2D1.1(b)(1)")
    assert weapon["change"] == "not applied — §2K2.4, comment. (n.4(A))"
    assert weapon["delta"] is None and weapon["level"] == 30
    assert "do not apply any specific offense characteristic for possession, brandishing, use, " \
           "or discharge of an explosive or firearm" in weapon["reason"]
    assert "Count 2 (18 U.S.C. § 924(c))" in weapon["reason"]
    assert not any("§2K2.4" in w for w in result["warnings"])
    fine = _step(result, "§2K2.4(d)(1)")
    assert fine["change"] == "level 32"
    assert result["fine"]["min_dollars"] == 35_000  # §5E1.2(c)(3) 2025: 32-34 $35,000


def test_without_the_924c_count_the_weapon_applies(tmp_path: Path) -> None:
    """The same drug count alone: 30 + 2 = 32, 121-151 months (§2D1.1(b)(1) applies)."""
    result = _changed(tmp_path, CASE_2025, lambda d: d["counts"].pop())
    assert result["total_offense_level"] == 32
    assert _range(result["range"]) == (121, 151)
    assert _step(result, "§2D1.1(b)(1)")["change"] == "+2"


def test_the_1991_proviso_subtracts_the_term_from_the_unadjusted_range() -> None:
    """Nov. 1, 1992 Manual, §2K2.4, comment. (n.2) (Amendment 405): 200 kg of cocaine, level
    38 (235-293); unadjusted 40 (292-365); 293 + 60 = 353 < 365, so 292-365 less 60:
    232-305, and 292-365 in all."""
    result = _calc(CASE_1992)
    assert result["total_offense_level"] == 38
    weapon = _step(result, "§2D1.1(b)(1)")
    assert weapon["change"] == "not applied — §2K2.4, comment. (n.2)"
    assert "any specific offense characteristic for possession, use, or discharge of a firearm " \
           "is not applied (see Application Note 2)" in weapon["reason"]
    proviso = _step(result, "§2K2.4, comment. (n.2)")
    assert proviso["change"] == "232–305 months"
    assert "Provided, that where the maximum" in proviso["reason"]
    assert _range(result["range"]) == (232, 305)
    assert _range(result["total_range"]) == (292, 365)
    assert _step(result, "§2K2.4(b)(1)")["change"] == "level 40"


def test_the_1991_proviso_where_the_total_is_not_less(tmp_path: Path) -> None:
    """10 kg of cocaine in 1992: level 32 (121-151), unadjusted 34 (151-188); 151 + 60 = 211
    is not less than 188: the adjusted range stands, 121-151 + 60 = 181-211."""
    def ten_kg(data: dict) -> None:
        data["counts"][0]["drugs"] = [{"substance": "cocaine", "quantity": "10 kg"}]
    result = _changed(tmp_path, CASE_1992, ten_kg)
    assert result["total_offense_level"] == 32
    assert _step(result, "§2K2.4, comment. (n.2)")["change"] == "not applied"
    assert _range(result["range"]) == (121, 151)
    assert _range(result["total_range"]) == (181, 211)


def test_from_1993_the_note_invites_an_upward_departure_only(tmp_path: Path) -> None:
    """2016 Manual: 500 kg of cocaine, level 38 (235-293); with the weapon 40 (292-365);
    293 + 60 = 353 < 365: comment. (n.4) says an upward departure "may be warranted", not
    above 365 months; the range stays 235-293, 295-353 in all."""
    def in_2016(data: dict) -> None:
        data["manual"] = "2016"
        data["counts"][0]["drugs"] = [{"substance": "cocaine", "quantity": "500 kg"}]
    result = _changed(tmp_path, CASE_2025, in_2016)
    assert result["total_offense_level"] == 38
    note = _step(result, "§2K2.4, comment. (n.4)")
    assert note["change"] == "not above 365 months"
    assert "an upward departure may be warranted" in note["reason"]
    assert _range(result["range"]) == (235, 293)
    assert _range(result["total_range"]) == (295, 353)


def test_the_violence_characteristic_is_withheld_from_2010(tmp_path: Path) -> None:
    """Amendment 748 (Nov. 1, 2010): §2K2.4 "also accounts for conduct that would subject the
    defendant to an enhancement under §2D1.1(b)(2)"; 2016: both not applied, level 30."""
    def violent_2016(data: dict) -> None:
        data["manual"] = "2016"
        data["counts"][0]["violence"] = True
    result = _changed(tmp_path, CASE_2025, violent_2016)
    assert result["total_offense_level"] == 30
    assert _step(result, "§2D1.1(b)(1)")["change"] == "not applied — §2K2.4, comment. (n.4)"
    violence = _step(result, "§2D1.1(b)(2)")
    assert violence["change"] == "not applied — §2K2.4, comment. (n.4)"
    assert "enhancement under §2D1.1(b)(2)" in violence["reason"]


def test_the_924c_count_gets_no_chapter_three_adjustment(tmp_path: Path) -> None:
    """§2K2.4(b): "Chapters Three and Four shall not apply to that count of conviction";
    §3D1.1(b)(1) excludes it from grouping: a role stated for the case goes to the Group of
    Count 1 only, and no step of Chapters Two or Three is scoped to Count 2."""
    def with_role(data: dict) -> None:
        data["adjustments"] = {"role": {"aggravating": "manager_or_supervisor", "participants": 5}}
    result = _changed(tmp_path, CASE_2025, with_role)
    excluded = _step(result, "§3D1.1(b)(1)")
    assert excluded["change"] == "excluded" and "Count 2" in excluded["input"]
    assert [g["counts"] for g in result["groups"]] == [["Count 1"]]
    role = _step(result, "§3B1.1(b)")
    assert role["scope"] == "Count 1" and role["delta"] == 3
    assert result["total_offense_level"] == 33
    scoped = [s for s in result["steps"] if s.get("scope") == "Count 2"]
    assert scoped and all(s["chapter"] == "statute" for s in scoped)  # its penalty only


def test_an_844h_count_from_1993_and_before(tmp_path: Path) -> None:
    """§ 844(h) came under §2K2.4 with Amendment 481 (Nov. 1, 1993): from then its count
    withholds the weapon; under the Nov. 1, 1992 Manual it was §2K1.7 (warned, applied)."""
    def explosive(data: dict) -> None:
        data["counts"][1] = {"name": "Count 2", "statute": "18 U.S.C. § 844(h)",
                             "guideline": "other", "offense_level": 1,
                             "consecutive_months": 120, "statutory_maximum_months": 120}
    result = _changed(tmp_path, CASE_2025, explosive)
    weapon = _step(result, "§2D1.1(b)(1)")
    assert weapon["change"] == "not applied — §2K2.4, comment. (n.4(A))"
    assert "Count 2 (18 U.S.C. § 844(h))" in weapon["reason"]
    assert not any("must not include" in w for w in result["warnings"])

    def explosive_1992(data: dict) -> None:
        explosive(data)
        data["manual"] = "1992-11-01"
    earlier = _changed(tmp_path, CASE_2025, explosive_1992)
    assert _step(earlier, "§2D1.1(b)(1)")["change"] == "+2"
    assert any("§2K1.7" in w for w in earlier["warnings"])


def test_a_stated_level_beside_a_924c_count_is_flagged(tmp_path: Path) -> None:
    """A count under a guideline ussg does not compute: its level is the user's, so the
    note is a warning naming the count."""
    def robbery(data: dict) -> None:
        data["counts"].insert(1, {"name": "Count 3", "statute": "18 U.S.C. § 1951",
                                  "guideline": "other", "offense_level": 20,
                                  "statutory_maximum_months": 240})
    result = _changed(tmp_path, CASE_2025, robbery)
    assert any(w.startswith("§2K2.4, comment. (n.4(A)): if Count 3 is the offense underlying")
               for w in result["warnings"])


MANUAL_TEXT = {
    dt.date(2016, 11, 1): REFERENCE / "manual_2016" / "GLM2016_fulltext.txt",
    dt.date(2025, 11, 1): REFERENCE / "manual_2025" / "GLM2025_fulltext.txt",
}


def _section_2k2_4(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    start = text.index("§2K2.4. Use of Firearm")
    return _normal(text[start:text.index("§2K2.5. Possession", start)])


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="reference texts not present")
@pytest.mark.parametrize("day", sorted(MANUAL_TEXT), ids=["2016", "2025"])
def test_the_words_quoted_are_the_manuals(day: dt.date) -> None:
    """Every sentence the table quotes for 2016 and 2025 is in that Manual's §2K2.4."""
    version = load_table("weapon_enhancement_with_924c").in_force(day)
    section = re.sub(r"(\w) -(\w)", r"\1-\2", _section_2k2_4(MANUAL_TEXT[day]))
    section = section.replace("viol ating", "violating").replace("enhance- ment", "enhancement")
    for key in ("text", "violence_text", "fine_text", "range_text"):
        if key in version.data:
            assert _normal(version[key]) in section, (key, version[key][:60])


EDITIONS_WITH_924C = [d for d in supported_dates() if d >= dt.date(1989, 11, 1)]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(EDITIONS_WITH_924C), st.integers(min_value=1, max_value=400))
def test_a_weapon_never_raises_the_level_beside_a_924c_count(day: dt.date, kilograms: int) -> None:
    """In every edition the note exists (all of them), stating the weapon with a § 924(c)
    count leaves the offense level as it is without the weapon; without the count it adds 2
    (or reaches a higher level)."""
    def case(weapon: bool, with_924c: bool) -> Case:
        counts = [{"name": "Count 1", "statute": "21 U.S.C. § 841(a)(1), (b)(1)(A)",
                   "drugs": [{"substance": "cocaine", "quantity": f"{kilograms} kg"}],
                   "dangerous_weapon": weapon}]
        if with_924c:
            counts.append({"name": "Count 2", "statute": "18 U.S.C. § 924(c)",
                           "guideline": "2K2.4", "firearm_conduct": "used_carried_or_possessed"})
        return Case.model_validate({"manual": day.isoformat(), "counts": counts,
                                    "criminal_history": {"category": "I"}})

    def level(weapon: bool, with_924c: bool) -> int:
        return calculate(case(weapon, with_924c)).result.total_offense_level

    assert level(True, True) == level(False, True) == level(False, False)
    assert level(True, False) == level(False, False) + 2
