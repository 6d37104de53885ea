"""A case that names a guideline and leaves its facts table out, as the only offense or as
one of several counts, through the real command line under the 2025 and 2016 Manuals: ussg
computes it (the facts have defaults that stand alone) or refuses it with exit 2 naming
the table the guideline needs; never exit 1. §2B1.1's facts need the loss or the gain and
§2S1.1's the value laundered or the underlying offense, which their models check together
rather than field by field: they used to reach the command line as an internal error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.cli import main
from ussg.guidelines.manual.ch2.registry import chapter_two_guidelines

WITH_FACTS = [g for g in chapter_two_guidelines() if g.rules and g.facts_key]


def _run(capsys, path: Path) -> tuple[int, str]:
    code = main(["calc", str(path)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("manual", ["2025-11-01", "2016-11-01"])
@pytest.mark.parametrize("guideline", WITH_FACTS, ids=lambda g: g.section)
def test_the_only_offense_without_its_facts_is_computed_or_refused(
        capsys, tmp_path: Path, guideline, manual: str) -> None:
    path = tmp_path / "case.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "{guideline.section}"\n'
                    f'[criminal_history]\ncategory = "I"\n')
    code, err = _run(capsys, path)
    assert code in (0, 2), err
    if guideline.facts_required:
        assert code == 2 and f"offense.{guideline.facts_key}: guideline = " \
            f"\"{guideline.section}\" needs its facts" in err, err


@pytest.mark.parametrize("section, key", [("2B1.1", "theft_fraud"), ("2S1.1", "laundering")])
def test_a_count_without_the_facts_its_guideline_needs_is_refused_naming_it(
        capsys, tmp_path: Path, section: str, key: str) -> None:
    path = tmp_path / "counts.toml"
    path.write_text('manual = "2025-11-01"\n'
                    '[[counts]]\nname = "Count One"\nguideline = "2D1.1"\n'
                    '[[counts.drugs]]\nsubstance = "cocaine"\nquantity = "600 g"\n'
                    f'[[counts]]\nname = "Count Two"\nguideline = "{section}"\n'
                    '[criminal_history]\ncategory = "I"\n')
    code, err = _run(capsys, path)
    assert code == 2, err
    assert f"counts[1].{key}: guideline = \"{section}\" needs its facts" in err, err
    assert "internal error" not in err
