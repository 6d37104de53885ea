"""§5G1.2(a)'s step on a consecutive count quotes what the count's guideline says the
guideline sentence is, cited by the paragraph of the edition applied
(tables/firearm_924c_guideline_sentence.toml), through the real command line:

- §2K2.4 of Nov. 1, 1987: no subsections, "the penalties are those required by statute"
  (APPENDIX_C_Vol_I.txt lines 3788-3789, 3794: Amendment 190 replaced those words and
  inserted "(a)");
- Nov. 1, 1989 (Amendment 190): §2K2.4(a), "the term of imprisonment is that required by
  statute";
- Nov. 1, 2000 (Amendment 598, APPENDIX_C_Vol_II.txt lines 2762-2769): §2K2.4(a)(2);
- Nov. 1, 2002 (Amendment 642, lines 10985-10989; 2016 Manual line 7661): §2K2.4(b);
- a § 1028A count: §2B1.6(a) (2016 Manual lines 2755-2757);
- any other statute stated as consecutive: §5G1.2(a)'s own words.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli_w

from tests.conftest import REFERENCE, ROOT, run_ussg

CASE_1992 = ROOT / "tests" / "data" / "firearm_924c" / "cocaine-firearm-1992-proviso.toml"
IDENTITY_THEFT = ROOT / "examples" / "aggravated-identity-theft-2025.toml"


def _consecutive_steps(path: Path, *extra: str) -> list[dict]:
    result = run_ussg("calc", path, "--format", "json", *extra)
    assert result.code == 0, result.err
    return [s for s in result.json_lines()[0]["steps"] if s["title"] == "Consecutive term"]


@pytest.mark.parametrize("manual,cited,words", [
    ("1989-11-01", "(§2K2.4(a))", "the term of imprisonment is that required by statute"),
    ("2000-05-01", "(§2K2.4(a))", "the term of imprisonment is that required by statute"),
    ("2000-11-01", "(§2K2.4(a)(2))", "Section 924(c) or section 929(a) of title 18, United "
     "States Code, the guideline sentence is the minimum term of imprisonment required by "
     "statute."),
    ("2001-11-01", "(§2K2.4(a)(2))", "the guideline sentence is the minimum term"),
    ("2002-11-01", "(§2K2.4(b))", "the guideline sentence is the minimum term of imprisonment "
     "required by statute"),
    ("2025", "(§2K2.4(b))", "the guideline sentence is the minimum term of imprisonment "
     "required by statute"),
])
def test_the_924c_count_cites_the_paragraph_of_the_edition(manual, cited, words):
    [step] = _consecutive_steps(CASE_1992, "--manual", manual)
    assert step["section"] == "§5G1.2(a)"
    assert cited in step["reason"]
    assert words in step["reason"]
    assert step["change"] == "60 months consecutive"
    later = {"(§2K2.4(a))": "(§2K2.4(a)(2))", "(§2K2.4(a)(2))": "(§2K2.4(b))",
             "(§2K2.4(b))": "(§2K2.4(a))"}[cited]
    assert later not in step["reason"]


def test_the_1987_words_are_those_amendment_190_replaced():
    # a case with a statute under the 1987-1988 Manuals is refused (§5C1.1 of then is not
    # entered), so the first version is checked against its source instead
    import datetime as dt

    from ussg.guidelines.engine.tables import load_table
    version = load_table("firearm_924c_guideline_sentence").in_force(dt.date(1988, 10, 15))
    assert version["subsection"] == ""
    lines = (REFERENCE / "appendix_c_2016" / "APPENDIX_C_Vol_I.txt").read_text().splitlines()
    amendment_190 = " ".join(lines[3787:3789])
    assert '"penalties are those"' in amendment_190
    assert '"term of imprisonment is that"' in amendment_190
    assert version["text"] == "the penalties are those required by statute"
    assert load_table("firearm_924c_guideline_sentence").in_force(dt.date(1989, 11, 1))["text"] == (
        "the term of imprisonment is that required by statute")


def test_an_aggravated_identity_theft_count_cites_2b1_6():
    [step] = _consecutive_steps(IDENTITY_THEFT)
    assert "(§2B1.6(a))" in step["reason"]
    assert "term of imprisonment required by statute" in step["reason"]
    assert "§2K2.4" not in step["reason"]


def test_another_consecutive_statute_cites_5g1_2_alone(tmp_path):
    case = tomllib.loads(IDENTITY_THEFT.read_text())
    for count in case["counts"]:
        if count.get("guideline") == "2B1.6":
            del count["guideline"]
            count.pop("aggravated_identity_theft", None)
            count["statute"] = "18 U.S.C. § 3147"
    path = tmp_path / "case.toml"
    path.write_text(tomli_w.dumps(case))
    [step] = _consecutive_steps(path)
    assert "determined by that statute and imposed independently" in step["reason"]
    assert "§2K2.4" not in step["reason"] and "§2B1.6" not in step["reason"]


def test_an_aggravated_registration_count_cites_2a3_6_by_its_statute():
    # §2A3.6(a) of the 2025 Manual (GLM2025_fulltext.txt, §2A3.6): "18 U.S.C. § 2250(d), the
    # guideline sentence is the minimum term of imprisonment required by statute"
    [step] = _consecutive_steps(ROOT / "examples" / "aggravated-registration-offense-2025.toml")
    assert "(§2A3.6(a))" in step["reason"]
    assert "18 U.S.C. § 2250(d), the guideline sentence is the minimum term" in step["reason"]
    assert "§2K2.4" not in step["reason"] and "imposed independently" not in step["reason"]
