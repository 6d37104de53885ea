"""A text worksheet people can read (issue #13), through the real `ussg calc`: wrapped to 100
columns when piped (to the terminal's width on one) with a hanging indent, and long Manual
quotations shortened to their first and last words in the text — in full in JSON and with
--verbose.

The quotation: §2D1.1(b)(17) of the Nov. 1, 2025 Manual (examples/courier-2025.toml, a
minimal participant with all three factors), "If the defendant receives the 4-level reduction
in §3B1.2(a) and the offense involved all of the following factors: ... decrease by 2 levels."
"""

from __future__ import annotations

import io
import json

from ussg.guidelines.cli import main

from tests.conftest import EXAMPLES, run_ussg

COURIER = EXAMPLES / "courier-2025.toml"
LEON = EXAMPLES / "leon-1994.toml"


def _minimal_role(result: dict) -> dict:
    (step,) = [s for s in result["steps"] if s["section"] == "§2D1.1(b)(17)"]
    return step


def test_piped_worksheets_fit_100_columns_with_a_hanging_indent() -> None:
    for example in sorted(EXAMPLES.glob("*.toml")):
        run = run_ussg("calc", example)
        assert run.code == 0, (example, run.err)
        lines = run.out.splitlines()
        assert max(len(line) for line in lines) <= 100, example
    run = run_ussg("calc", COURIER)
    lines = run.out.splitlines()
    head = next(i for i, line in enumerate(lines) if "§2D1.1(b)(17)" in line)
    assert lines[head].startswith("  28    -2  §2D1.1(b)(17) — ")
    assert lines[head + 1].startswith(" " * 12 + "(A) motivated")
    continued = lines[head + 2:lines.index(" " * 12 + "source: Amendment 833, eff. Nov. 1, 2025",
                                           head)]
    assert continued and all(line.startswith(" " * 14) and line[14] != " " for line in continued)


def test_a_long_quotation_is_shortened_in_text_and_whole_in_json_and_verbose() -> None:
    (result,) = run_ussg("calc", COURIER, "--format", "json").json_lines()
    quotation = _minimal_role(result)["reason"]
    assert len(quotation) > 300
    assert quotation.startswith("If the defendant receives the 4-level reduction in §3B1.2(a)")
    assert quotation.endswith("decrease by 2 levels.")
    text = " ".join(run_ussg("calc", COURIER).out.split())
    assert "If the defendant receives the 4-level reduction in §3B1.2(a)" in text
    assert "[…]" in text and "of the enterprise, decrease by 2 levels." in text
    assert quotation not in text
    assert "[…] marks words of a long Manual quotation left out here; ussg calc --verbose " \
           "or --format json shows the full text." in text
    verbose = run_ussg("calc", COURIER, "--verbose")
    assert verbose.code == 0
    assert quotation in " ".join(verbose.out.split()) and "[…]" not in verbose.out
    assert max(len(line) for line in verbose.out.splitlines()) <= 100


def test_a_short_worksheet_has_nothing_left_out() -> None:
    run = run_ussg("calc", LEON)
    assert "[…]" not in run.out and "--verbose" not in run.out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_worksheet_takes_its_width(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    screen = _Terminal()
    monkeypatch.setattr("sys.stdout", screen)
    assert main(["calc", str(COURIER)]) == 0
    lines = screen.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 72
    assert max(len(line) for line in lines) > 65  # filled, not the 100 of a pipe cut short
    # JSON is one object per line whatever the width
    screen = _Terminal()
    monkeypatch.setattr("sys.stdout", screen)
    assert main(["calc", str(COURIER), "--format", "json"]) == 0
    (line,) = screen.getvalue().splitlines()
    assert len(_minimal_role(json.loads(line))["reason"]) > 300
