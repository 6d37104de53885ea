"""The terminal app reads a case file as `ussg calc` does (ussg.guidelines.case.reading): what is not a
regular file is refused without reading, and the limits on size, nesting and numbers hold,
so `ussg tui FILE` never hangs on a FIFO nor ends in a RecursionError (issue #11, #18)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ussg.tui.document import CaseDocument
from ussg.guidelines.case.reading import CaseFileError


def test_ussg_tui_refuses_a_fifo_without_waiting_for_a_writer(tmp_path: Path, ussg) -> None:
    fifo = tmp_path / "case.toml"
    os.mkfifo(fifo)
    started = time.monotonic()
    run = ussg("tui", fifo)
    assert run.code == 2, run.err
    assert "case.toml" in run.err and "named pipe (FIFO)" in run.err and "reads only regular files" in run.err
    assert "Traceback" not in run.err
    assert time.monotonic() - started < 30  # a hang would wait for ever


def test_ussg_tui_refuses_nesting_too_deep(tmp_path: Path, ussg) -> None:
    path = tmp_path / "deep.toml"
    path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    run = ussg("tui", path)
    assert run.code == 2, run.err
    assert "deep.toml" in run.err and "nested" in run.err
    assert "Traceback" not in run.err and len(run.err) < 2048


def test_opening_a_directory_in_the_app_is_a_case_file_error(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="reads only regular files"):
        CaseDocument.open(tmp_path)


def test_a_file_that_does_not_exist_is_a_new_case(tmp_path: Path) -> None:
    document = CaseDocument.open(tmp_path / "new.toml")
    assert document.data == {} and document.text is None
