"""The recovery copy: unsaved work kept on disk, so that a crash, a killed terminal or a
closed laptop loses at most the last second of typing.

While the worksheet holds changes not saved, the form's values are written (as a case file,
whether or not they make a valid case yet) to the user's state directory,
``$XDG_STATE_HOME/ussg/recovery/`` (``~/.local/state/ussg/recovery/`` by default), one copy
per case file, named from the file's absolute path ("untitled" for a worksheet never saved).
Each write replaces the copy whole (a temporary file, then a rename): a crash during a write
leaves the previous copy. A save, or leaving without changes, removes it. Opening the file
again while a copy newer than the file is there offers to restore it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

UNTITLED = "untitled"


def recovery_dir() -> Path:
    """``$XDG_STATE_HOME/ussg/recovery`` (the XDG default: ``~/.local/state``)."""
    state = os.environ.get("XDG_STATE_HOME") or ""
    base = Path(state) if Path(state).is_absolute() else Path.home() / ".local" / "state"
    return base / "ussg" / "recovery"


def copy_path(case_path: Path | None) -> Path:
    """Where the copy of ``case_path`` (None: an untitled worksheet) is kept."""
    if case_path is None:
        return recovery_dir() / f"{UNTITLED}.toml"
    absolute = str(case_path.expanduser().absolute())
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:16]
    return recovery_dir() / f"{case_path.stem}-{digest}.toml"


def write_copy(case_path: Path | None, data: dict[str, Any]) -> None:
    """Replace the copy of ``case_path`` with ``data`` (the form's values), atomically.
    Raises OSError (the directory cannot be written) or ValueError (a value TOML cannot
    hold)."""
    header = (f"# ussg recovery copy of unsaved work on "
              f"{case_path.expanduser().absolute() if case_path else 'an untitled worksheet'}\n"
              f"# written {dt.datetime.now().isoformat(timespec='seconds')}\n\n")
    text = header + tomli_w.dumps(_storable(data))
    target = copy_path(case_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_copy(case_path: Path | None) -> None:
    """No copy of ``case_path`` any more (its work was saved, or left on purpose)."""
    try:
        copy_path(case_path).unlink(missing_ok=True)
    except OSError:
        pass  # a copy that cannot be removed is offered again, and can be refused again


@dataclass(frozen=True)
class Recovered:
    """A copy found for a case file: its values and when they were written."""

    data: dict[str, Any]
    written: dt.datetime


def pending_copy(case_path: Path | None) -> Recovered | None:
    """The copy of ``case_path``, if there is one newer than the file (or the file is gone,
    or was never saved) and it can be read."""
    copy = copy_path(case_path)
    try:
        written = copy.stat().st_mtime
        if case_path is not None and case_path.exists() and case_path.stat().st_mtime >= written:
            return None  # the file was saved after the copy was written
        data = tomllib.loads(copy.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return Recovered(data, dt.datetime.fromtimestamp(written))


def _storable(value: Any) -> Any:
    """The values as TOML can hold them: a choice not made (None) is left out."""
    if isinstance(value, dict):
        return {key: _storable(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_storable(item) for item in value if item is not None]
    return value
