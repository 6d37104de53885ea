"""One way in (issue #12): the command line and the terminal app import nothing from the
library but ``ussg.guidelines.api``, and every name the api offers exists."""

import ast
from pathlib import Path

import pytest

import ussg.guidelines.api as api
from tests.conftest import ROOT

CALLERS = [ROOT / "guidelines" / "cli.py", *sorted((ROOT / "tui").rglob("*.py"))]
#: Not the library but the set-up of ussg's own processes, which the command line installs
#: before importing the library (issue #17: the compiled-code cache)
PROCESS_MODULES = ("ussg.guidelines.engine.code_cache",)


def _library_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = node.module
        elif isinstance(node, ast.Import):
            module = next((a.name for a in node.names if a.name.startswith("ussg.guidelines")), "")
        else:
            continue
        if module.startswith("ussg.guidelines") and module not in ("ussg.guidelines.api",
                                                                   *PROCESS_MODULES):
            found.append(f"line {node.lineno}: {module}")
    return found


@pytest.mark.parametrize("path", CALLERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_callers_import_the_library_only_through_its_api(path: Path) -> None:
    assert _library_imports(path) == []


def test_every_name_the_api_offers_is_there() -> None:
    for name in api.__all__:
        assert getattr(api, name) is not None, name
    with pytest.raises(AttributeError):
        api.not_a_name  # noqa: B018


def test_calculate_given_a_dict_says_what_it_takes() -> None:
    """``calculate`` takes a Case: given the case's data as a dict (or anything else), a
    TypeError names the ways to make one, and the way it names computes the case (it was an
    AttributeError from deep inside, "'dict' object has no attribute 'manual'")."""
    import tomllib

    from ussg import calculate

    data = tomllib.loads((ROOT / "examples" / "leon-1994.toml").read_text(encoding="utf-8"))
    for wrong in (data, "examples/leon-1994.toml", None):
        with pytest.raises(TypeError, match=r"calculate\(\) takes a Case, not "
                                            + type(wrong).__name__ + r": make it with "
                                            r"load_case\(path\), parse_case\(text\) or "
                                            r"case_from_dict\(data, where\)"):
            calculate(wrong)  # type: ignore[arg-type]
    assert calculate(api.case_from_dict(data, "leon.toml")).result.guideline_range.life
