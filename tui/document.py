"""The case file being edited: where it lives and what it held when loaded."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ussg.guidelines.api import Case
from ussg.guidelines.api import case_to_toml
from ussg.guidelines.api import parse_case_toml, read_case_text


@dataclass
class CaseDocument:
    """A case file's raw contents (the form lays its values over them) and its path."""

    path: Path | None = None
    data: dict[str, Any] = field(default_factory=dict)
    text: str | None = None  # the file as read or last saved: a save updates it in place

    @classmethod
    def open(cls, path: str | Path) -> CaseDocument:
        """Read ``path`` as TOML; a file that does not exist yet is a new, empty case.
        Contents need not be a valid case: the worksheet shows what is wrong, field by field.
        Read as ``ussg calc`` reads it: what is not a regular file (a FIFO, a device, a
        directory) is refused without reading, and so are files over the size, nesting and
        number limits (a :class:`CaseFileError`, never a hang or a RecursionError).
        """
        path = Path(path)
        if not os.path.lexists(path):
            return cls(path, {})
        text = read_case_text(path)
        return cls(path, parse_case_toml(text, str(path)), text)

    @property
    def name(self) -> str:
        return self.path.name if self.path else "new case"


def write_case(case: Case, path: Path, original: str | None = None) -> str:
    """Save in the case-file format the CLI reads (``ussg calc``). With ``original``, the
    text that file held, only the values that changed are rewritten (comments stay).
    Returns the text written."""
    text = case_to_toml(case, original)
    path.write_text(text, encoding="utf-8")
    return text
