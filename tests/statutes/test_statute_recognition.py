"""Which statute a count names: § 841's quantity tiers only for § 841(a)/(b), never for the
subsections with penalties of their own (21 U.S.C. § 841(c)-(h))."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_ussg

BOOBY_TRAP = (EXAMPLES / "dangerous-devices-2025.toml").read_text()


def _case(tmp_path: Path, statute: str, extra: str = "") -> Path:
    text = BOOBY_TRAP.replace('[offense]\n', f'[offense]\nstatute = "{statute}"\n{extra}', 1)
    path = tmp_path / "case.toml"
    path.write_text(text)
    return path


def test_booby_trap_statute_takes_its_stated_maximum(tmp_path: Path) -> None:
    """21 U.S.C. § 841(d)(1) (§2D1.9; "shall be imprisoned not more than ten years") is not a
    drug-quantity statute: its maximum is stated, and the worksheet applies it."""
    run = run_ussg("calc", str(_case(tmp_path, "21 U.S.C. § 841(d)(1)",
                                     "statutory_maximum_months = 120\n")), "--format", "json")
    assert run.code == 0, run.err
    count, = json.loads(run.out)["counts"]
    assert count["provision"] == "21 U.S.C. § 841(d)(1)" and count["maximum_months"] == 120
    assert count["felony_class"] == "C"  # 18 U.S.C. § 3559(a)(3): ten years or more


@pytest.mark.parametrize("statute", ["21 U.S.C. § 841(a)(1)", "21 USC 841"])
def test_section_841_without_a_tier_still_asks_for_the_quantity(tmp_path: Path,
                                                                statute: str) -> None:
    run = run_ussg("calc", str(_case(tmp_path, statute, "statutory_maximum_months = 120\n")))
    assert run.code == 2
    assert "offense.statutory_maximum_months" in run.err and "ussg knows the penalties" in run.err
