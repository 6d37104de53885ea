"""§2X1.1(c)(1) for murder, through the real CLI: an attempt, conspiracy or solicitation whose
substantive guideline is §2A1.1 or §2A1.2 is "expressly covered by another offense guideline
section" (comment. (n.1)), so §2X1.1 (43, less 3) is refused and the case is told which
guideline to state: §2A2.1 for all three kinds before Nov. 1, 1990; from then §2A1.5 for a
conspiracy or solicitation (Amendment 311) and §2A2.1 for an attempt.

Sources (tables/attempt_solicitation_conspiracy.toml, each version's ``murder``):
- 1987: ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 4499-4504 (the
  note Amendment 239 deleted: "§2A2.1 includes attempt, conspiracy, or solicitation to commit
  murder");
- 1989: the same file, lines 4507-4534 (Amendment 239's lists, each naming §2A2.1);
- 1990: the same file, lines 6378-6387 (Amendment 311: §2A1.5 for conspiracies and
  solicitations);
- 2025: ../shared/reference/ussg/manual_2025/GLM2025_fulltext.txt lines 18003-18031
  (§2A2.1 for attempts, §2A1.5 for conspiracies and solicitations); §2X1.1(c)(1) line 17960.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.manual.ch2.chapter_two_cli import (calc_json, calc_refused, case_file,
                                               chapter_two_steps)
from ussg.guidelines.manual.ch2.s2x1_1.table_schemas import Inchoate

C1 = ("When an attempt, solicitation, or conspiracy is expressly covered by another offense "
      "guideline section, apply that guideline section.")
TABLES = Path(__file__).resolve().parents[4] / "tables"
NOTE_1987 = "§2A2.1 includes attempt, conspiracy, or solicitation to commit murder"

BEFORE_1990 = {"attempt": "2A2.1", "conspiracy": "2A2.1", "solicitation": "2A2.1"}
FROM_1990 = {"attempt": "2A2.1", "conspiracy": "2A1.5", "solicitation": "2A1.5"}
FACTS = {"2A2.1": "attempted_murder", "2A1.5": "murder_conspiracy_or_solicitation"}


def inchoate(tmp_path, kind: str, substantive: str, edition: str):
    """A §2X1.1 count: ``edition`` is a manual = "..." or a sentencing_date line."""
    path = tmp_path / "inchoate.toml"
    path.write_text(f'# §2X1.1 over a murder guideline (test_murder_covered_2x1_1.py)\n{edition}\n'
                    f'[offense]\nguideline = "2X1.1"\n[offense.inchoate]\nkind = "{kind}"\n'
                    f'substantive_guideline = "{substantive}"\n[criminal_history]\n'
                    f'category = "I"\n')
    return path


KINDS = ("attempt", "conspiracy", "solicitation")


@pytest.mark.parametrize("substantive", ["2A1.1", "2A1.2"])
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("edition,covering,where", [
    # 1987 and Jan. 15, 1988: no (c) yet; comment. (n.1) (App. C Vol. I lines 4499-4504)
    ('manual = "1987"', BEFORE_1990, "§2X1.1, comment. (n.1)"),
    ('manual = "1988-01-15"', BEFORE_1990, "§2X1.1, comment. (n.1)"),
    # Nov. 1, 1989: (c)(1) and the lists of Amendment 239 (lines 4495-4496, 4507-4534)
    ('manual = "1989"', BEFORE_1990, "§2X1.1(c)(1)"),
    # the edge of Amendment 311 (Nov. 1, 1990, lines 6378-6387): the day before and the day
    ("sentencing_date = 1990-10-31", BEFORE_1990, "§2X1.1(c)(1)"),
    ("sentencing_date = 1990-11-01", FROM_1990, "§2X1.1(c)(1)"),
    ('manual = "2016"', FROM_1990, "§2X1.1(c)(1)"),   # GLM2016 lines 9635, 9679, 9695, 9707
    ('manual = "2025"', FROM_1990, "§2X1.1(c)(1)"),   # GLM2025 lines 17960, 18005-18031
])
def test_murder_refused_naming_the_covering_guideline(tmp_path, capsys, substantive, kind,
                                                      edition, covering, where):
    err = calc_refused(capsys, inchoate(tmp_path, kind, substantive, edition))
    section = covering[kind]
    assert "offense.inchoate.substantive_guideline" in err
    assert f"to commit murder (§{substantive}) is expressly covered by §{section} (" in err
    assert f"{where}: " in err
    assert (NOTE_1987 if "n.1" in where else C1) in err
    assert f'state guideline = "{section}" with [offense.{FACTS[section]}]' in err
    assert "Traceback" not in err


@pytest.mark.parametrize("edition,kind,steps", [
    # the guideline the refusal names, stated as it says, computes:
    # 1989 §2A2.1(a) "Base Offense Level: 20" (App. C Vol. I lines 6291-6312, Amendment 311
    # quoting the text it deleted)
    ('manual = "1989"', "conspiracy", [("§2A2.1(a)", 20)]),
    # 1990 §2A1.5(a) 28 (Amendment 663 struck "28": App. C Vol. III line 143)
    ("sentencing_date = 1990-11-01", "conspiracy", [("§2A1.5(a)", 28)]),
    # 2025 §2A1.5(a) "Base Offense Level: 33" (GLM2025 line 2713)
    ('manual = "2025"', "solicitation", [("§2A1.5(a)", 33)]),
    # 2025 §2A2.1(a)(2) "27, otherwise" (GLM2025 lines 2750-2755)
    ('manual = "2025"', "attempt", [("§2A2.1(a)(2)", 27)]),
])
def test_the_named_guideline_computes(tmp_path, capsys, edition, kind, steps):
    err = calc_refused(capsys, inchoate(tmp_path, kind, "2A1.1", edition))
    section = (BEFORE_1990 if "1989" in edition else FROM_1990)[kind]
    assert f'guideline = "{section}"' in err
    path = tmp_path / "covering.toml"
    path.write_text(f"# the guideline the §2X1.1 refusal named\n{edition}\n[offense]\n"
                    f'guideline = "{section}"\n[offense.{FACTS[section]}]\n'
                    f'[criminal_history]\ncategory = "I"\n')
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == steps


@pytest.mark.parametrize("manual,level", [("1989", 25), ("2025", 29)])
def test_attempted_voluntary_manslaughter_still_2x1_1(tmp_path, capsys, manual, level):
    # §2A1.3 is in no list of comment. (n.1): §2X1.1(a) its level, (b)(1) less 3.
    # §2A1.3(a) 25 before Nov. 1, 2004 (Amendment 663 struck "25": App. C Vol. III line 91),
    # 29 in 2025 (GLM2025 line 2639).
    result = calc_json(capsys, inchoate(tmp_path, "attempt", "2A1.3", f'manual = "{manual}"'))
    assert chapter_two_steps(result) == [("§2A1.3(a)", level), ("§2X1.1(a)", level),
                                         ("§2X1.1(b)(1)", level - 3)]


@pytest.mark.parametrize("kind,section", [("conspiracy", "§2A1.5(a)"), ("attempt", "§2A2.1(a)(1)")])
def test_covering_guideline_stated_under_2x1_1_still_applied(tmp_path, capsys, kind, section):
    # substantive_guideline = the covering guideline itself: (c)(1) applies it, no decrease
    # (2025: §2A1.5(a) 33, line 2713; §2A2.1(a)(1) 33 with a first degree object, line 2752)
    more = "object_first_degree_murder = true\n" if kind == "attempt" else ""
    key = FACTS["2A1.5" if kind == "conspiracy" else "2A2.1"]
    guideline = "2A1.5" if kind == "conspiracy" else "2A2.1"
    path = case_file(tmp_path, "2X1.1", "inchoate",
                     f'kind = "{kind}"\nsubstantive_guideline = "{guideline}"', "2025",
                     f"[offense.{key}]\n{more}")
    steps = chapter_two_steps(calc_json(capsys, path))
    assert steps[0] == (section, 33)
    assert steps[-1] == ("§2X1.1(c)(1)", 33)


def test_cross_reference_through_2x1_1_refused(tmp_path, capsys):
    # §2K2.1(c)(1)(A): "§2X1.1 ... in respect to that other offense": an attempted murder is
    # §2A2.1's (GLM2025 line 18005), not §2A1.1's 43 less 3
    path = tmp_path / "firearm.toml"
    path.write_text('# §2K2.1(c)(1) into §2X1.1 over §2A1.1\nmanual = "2025"\n[offense]\n'
                    'guideline = "2K2.1"\n[offense.firearms]\nconvicted_under = ["922(g)"]\n'
                    'qualifying_prior_felony_convictions = 0\n[offense.firearms.other_offense]\n'
                    'guideline = "2A1.1"\ninchoate = "attempt"\n[criminal_history]\n'
                    'category = "I"\n')
    err = calc_refused(capsys, path)
    assert "offense.firearms.other_offense.guideline" in err
    assert "expressly covered by §2A2.1" in err and 'give guideline = "other"' in err


def test_accessory_after_the_fact_to_murder_unchanged(tmp_path, capsys):
    # §2X3.1 is not §2X1.1: (a)(1) 6 levels lower than 43 = 37; (a)(3)(A) "not more than
    # level 30" (GLM2025 lines 18123-18131)
    path = case_file(tmp_path, "2X3.1", "accessory", 'underlying_guideline = "2A1.1"', "2025")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result)[:2] == [("§2A1.1(a)", 43), ("§2X3.1(a)(1)", 37)]
    assert result["total_offense_level"] == 30


def test_table_schema_requires_the_covering_guideline_listed():
    # every version's murder link agrees with comment. (n.1)'s list of the kind; a link to a
    # guideline the list lacks is refused when the table is loaded
    table = tomllib.loads((TABLES / "attempt_solicitation_conspiracy.toml").read_text())
    seen = {}
    for version in table["version"]:
        Inchoate.model_validate(version)
        seen[str(version["effective"])] = {k: version["murder"][k]["guideline"] for k in KINDS}
    assert seen["1989-11-01"] == BEFORE_1990 and seen["1990-11-01"] == FROM_1990
    broken = dict(table["version"][-1], conspiracy_covered=["2D1.1"])
    with pytest.raises(ValidationError, match="murder.conspiracy"):
        Inchoate.model_validate(broken)
