"""§2G2.1 (production), issue #15: each characteristic in each version of
tables/child_exploitation_production.toml through the real command line, the cross references
(§2A1.1; §2G2.2(c)(1) computing §2G2.1 through the registry), the (d)(1) instruction, the
refusals; hypothesis: a further finding never lowers the level, which stays within 1-43.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6421-6445 (§2G2.1)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 11503-11560 (§2G2.1)
  A801  = appendix_c_2016/APPENDIX_C_Supplement.txt lines 6353-6360 (Amendment 801, Nov. 1, 2016)
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.conftest import ROOT
from tests.strategies import computed

EXAMPLE = ROOT / "examples" / "production-2025.toml"
EDITIONS = ["2009-11-01", "2016-11-01", "2023-11-01", "2025-11-01"]


def _case(tmp_path: Path, facts: str, manual: str) -> Path:
    path = tmp_path / "production.toml"
    path.write_text(f'# §2G2.1 findings under test (see the test that wrote this file)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2G2.1"\n'
                    f'[offense.production]\n{facts}\n[criminal_history]\ncategory = "I"\n')
    return path


# S2016 lines 6423-6437 and S2025 lines 11506-11533: base 32; (b)(1)(A) +4, (B) +2;
# (b)(2)(A) +2, (B) +4; (b)(3) +2; (b)(4) +4; (b)(5) +2; (b)(6) +2. The levels are the same
# from Nov. 1, 2009 (A801 changed only words of (b)(3) and added (b)(4)(B)).
FINDINGS = [("", "§2G2.1(a)", 32),
            ('minor_age = "under_twelve"', "§2G2.1(b)(1)(A)", 36),
            ('minor_age = "twelve_to_fifteen"', "§2G2.1(b)(1)(B)", 34),
            ('sexual_conduct = "sexual_act_or_contact"', "§2G2.1(b)(2)(A)", 34),
            ('sexual_conduct = "sexual_act_with_2241_conduct"', "§2G2.1(b)(2)(B)", 36),
            ("knowing_distribution = true", "§2G2.1(b)(3)", 34),
            ('portrays = ["sadistic_masochistic_or_violence"]', "§2G2.1(b)(4)", 36),
            ("custodian = true", "§2G2.1(b)(5)", 34),
            ('misrepresentation_or_computer = ["misrepresented_identity", "computer"]',
             "§2G2.1(b)(6)", 34)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("facts,section,level", FINDINGS)
def test_each_characteristic(capsys, tmp_path, manual, facts, section, level):
    result = _run(capsys, _case(tmp_path, facts, manual))
    assert result["total_offense_level"] == level
    assert result["steps"][-2]["section"] == section


def test_words_of_each_era(capsys, tmp_path):
    # (b)(3): "If the offense involved distribution" until A801; "knowingly engaged" after
    facts = "knowing_distribution = true"
    assert "If the offense involved distribution" in _run(
        capsys, _case(tmp_path, facts, "2009-11-01"))["steps"][-2]["reason"]
    assert "knowingly engaged in distribution" in _run(
        capsys, _case(tmp_path, facts, "2016-11-01"))["steps"][-2]["reason"]


def test_infant_or_toddler_from_amendment_801(capsys, tmp_path):
    facts = 'portrays = ["infant_or_toddler"]'
    err = _refused(capsys, _case(tmp_path, facts, "2015-11-01"))
    assert "offense.production.portrays" in err
    assert _run(capsys, _case(tmp_path, facts, "2016-11-01"))["total_offense_level"] == 36


def test_murder_cross_reference_if_greater(capsys, tmp_path):
    # (c)(1) (S2025 lines 11537-11541): §2A1.1 (43) "if the resulting offense level is greater"
    steps = _run(capsys, _case(tmp_path, "victim_murdered = true", "2025"))["steps"]
    assert (steps[-2]["section"], steps[-2]["level"]) == ("§2G2.1(c)(1)", 43)


def test_more_than_one_minor_is_shown_and_warned(capsys, tmp_path):
    result = _run(capsys, _case(tmp_path, "more_than_one_minor = true", "2025"))
    assert any(s["section"] == "§2G2.1(d)(1)" for s in result["steps"])
    assert any("§2G2.1(d)(1)" in w for w in result["warnings"])


def test_worked_case_2025(capsys):
    """examples/production-2025.toml, worked by hand in its comments from S2025."""
    result = _run(capsys, EXAMPLE)
    two = [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert two == [("§2G2.1(a)", 32), ("§2G2.1(b)(1)(B)", 34), ("§2G2.1(b)(2)(A)", 36),
                   ("§2G2.1(b)(6)", 38)]
    assert result["total_offense_level"] == 35


def test_worked_case_2012_era(capsys, tmp_path):
    """Nov. 1, 2012 Manual (§2G2.1 as of Amendment 733): under twelve +4, a sexual act with
    § 2241 conduct +4, distribution +2, sadistic material +4, a custodian +2: 32, 36, 40, 42,
    46, 48 (the level for the Sentencing Table is 43)."""
    result = _run(capsys, _case(
        tmp_path, 'minor_age = "under_twelve"\nsexual_conduct = "sexual_act_with_2241_conduct"\n'
        'knowing_distribution = true\nportrays = ["sadistic_masochistic_or_violence"]\n'
        "custodian = true", "2012-11-01"))
    two = [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert two == [("§2G2.1(a)", 32), ("§2G2.1(b)(1)(A)", 36), ("§2G2.1(b)(2)(B)", 40),
                   ("§2G2.1(b)(3)", 42), ("§2G2.1(b)(4)", 46), ("§2G2.1(b)(5)", 48)]
    assert result["table_offense_level"] == 43


def test_2g2_2_cross_reference_computes_2g2_1(capsys, tmp_path):
    """§2G2.2(c)(1) (S2025 lines 11772-11780) with the §2G2.1 findings: receipt (22) and 700
    images (+5, §2G2.2(b)(7)(D)) = 27; §2G2.1: 32, under twelve +4 = 36, greater: applied."""
    path = tmp_path / "cp.toml"
    path.write_text('# §2G2.2(c)(1) with the §2G2.1 findings\nmanual = "2025"\n[offense]\n'
                    'guideline = "2G2.2"\n[offense.child_pornography]\n'
                    'convicted_under = "2252A(a)(2)"\nimages = 700\n'
                    '[offense.child_pornography.production]\nminor_age = "under_twelve"\n'
                    '[criminal_history]\ncategory = "I"\n')
    steps = _run(capsys, path)["steps"]
    assert [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"] == [
        ("§2G2.2(a)(2)", 22), ("§2G2.2(b)(7)(D)", 27), ("§2G2.1(a)", 32),
        ("§2G2.1(b)(1)(A)", 36), ("§2G2.2(c)(1)", 36)]


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS),
       chosen=st.lists(st.sampled_from(range(1, len(FINDINGS))), unique=True),
       extra=st.sampled_from(range(1, len(FINDINGS))))
def test_a_further_finding_never_lowers_the_level(manual, chosen, extra):
    def level(indexes) -> int:
        facts: dict = {}
        for i in indexes:
            key, _, value = FINDINGS[i][0].partition(" = ")
            facts[key] = _value(value)
        case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                    "offense": {"guideline": "2G2.1", "production": facts}})
        result = computed(case).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    # two findings of one paragraph are alternatives: keep the first of each key
    base = _one_per_key(chosen)
    more = _one_per_key(base + [extra]) if FINDINGS[extra][0].split(" = ")[0] not in \
        {FINDINGS[i][0].split(" = ")[0] for i in base} else base
    assert level(base) <= level(more)


def _one_per_key(indexes: list[int]) -> list[int]:
    seen, kept = set(), []
    for i in indexes:
        key = FINDINGS[i][0].split(" = ")[0]
        if key not in seen:
            seen.add(key)
            kept.append(i)
    return kept


def _value(text: str):
    """A finding's value as the case file writes it (a TOML value)."""
    return tomllib.loads(f"v = {text}")["v"]
