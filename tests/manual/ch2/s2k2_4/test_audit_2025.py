"""§2K2.4, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: (b) "the guideline sentence is the minimum term of imprisonment required by
statute" for each § 924(c)(1) term, and comment. (n.4) on the underlying drug count (the weapon
and, from 2010, the violence characteristic withheld together).

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 14108-14201 ((b) 14119-14123; comment.
          (n.4(A)) 14160-14190: "do not apply any specific offense characteristic for
          possession, brandishing, use, or discharge of an explosive or firearm ...", "Do not
          apply that enhancement [§2D1.1(b)(2)] when determining the sentence for the
          underlying offense")
  S2016 = manual_2016/GLM2016_fulltext.txt lines 7657-7691 (the same; comment. (n.4))
  Statute: 18 U.S.C. § 924(c)(1)(A)(i)-(iii), (B)(i)-(ii) (tables/firearm_924c.toml, 2018
          version: 5, 7, 10, 10, 30 years)
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli_w

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json

CASE = ROOT / "examples" / "firearm-924c-2025.toml"


def _run(capsys, tmp_path: Path, manual: str, count2: dict, count1: dict | None = None) -> dict:
    data = tomllib.loads(CASE.read_text())
    data["manual"] = manual
    data["counts"][1].update(count2)
    data["counts"][0].update(count1 or {})
    path = tmp_path / "case.toml"
    path.write_text(tomli_w.dumps(data))
    return calc_json(capsys, path)


@pytest.mark.parametrize("manual", ["2016", "2025"])
@pytest.mark.parametrize("count2,months", [
    ({"firearm_conduct": "used_carried_or_possessed"}, 60),
    ({"firearm_conduct": "brandished"}, 84),
    ({"firearm_conduct": "discharged"}, 120),
    ({"firearm_conduct": "brandished", "firearm_type": "short_barreled_rifle_or_shotgun"}, 120),
    ({"firearm_conduct": "used_carried_or_possessed",
      "firearm_type": "machinegun_destructive_device_silencer"}, 360),
])
def test_the_minimum_term_is_the_guideline_sentence(capsys, tmp_path, manual, count2, months):
    result = _run(capsys, tmp_path, manual, count2)
    assert result["consecutive_months"] == months
    assert result["total_offense_level"] == 30  # the drug count, weapon withheld


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_weapon_and_violence_withheld_together(capsys, tmp_path, manual):
    # 10 kg cocaine: §2D1.1(c)(5) 30; (b)(1) +2 and (b)(2) +2 found, both withheld: 30
    result = _run(capsys, tmp_path, manual, {}, {"violence": True})
    changes = {s["section"]: s["change"] for s in result["steps"]}
    assert changes["§2D1.1(b)(1)"].startswith("not applied — §2K2.4")
    assert changes["§2D1.1(b)(2)"].startswith("not applied — §2K2.4")
    assert result["total_offense_level"] == 30
