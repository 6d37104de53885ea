"""README.md's Python examples ("Using it", "From Python") run as written, and each line
whose comment is a value gives that value (`# 43`; a list ending in `...` is a prefix)."""

import ast
import re

import pytest

from tests.conftest import ROOT


def _python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text[:text.index("## The case file")]
    return re.findall(r"```python\n(.*?)```", head, re.S)


def test_the_first_example_gives_what_its_comments_say(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    first = _python_blocks()[0]
    namespace: dict = {}
    checked = 0
    for line in first.splitlines():
        code, _, comment = line.partition("#")
        code, comment = code.strip(), comment.strip()
        if code.startswith(("from ", "import ")) or "=" in code.split("(")[0]:
            exec(code, namespace)
            continue
        if code.startswith("calculate(case"):  # the README names no case here: Leon's
            namespace["case"] = namespace["load_case"]("examples/leon-1994.toml")
        value = eval(code, namespace)
        literal = comment.replace("...", "").rstrip(", ]") + ("]" if comment.startswith("[") else "")
        try:
            expected = ast.literal_eval(literal)
        except (ValueError, SyntaxError):
            continue  # a comment in words
        if isinstance(expected, list) and "..." in comment:
            assert value[:len(expected)] == expected, (line, value)
        else:
            assert value == expected, (line, value)
        checked += 1
    assert checked == 2


def test_the_error_example_lists_every_problem(monkeypatch, capsys, tmp_path) -> None:
    """The second block, with `path` a case file with two problems: each is printed with its
    field, message and line."""
    bad = tmp_path / "bad.toml"
    bad.write_text((ROOT / "examples" / "leon-1994.toml").read_text(encoding="utf-8")
                   .replace("to_level = 38", "to_level = true")
                   .replace("participants = 5", "particpants = 5"), encoding="utf-8")
    block = _python_blocks()[1]
    exec(block, {"path": str(bad)})
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "adjustments.role.particpants unknown key (did you mean `participants`? `ussg schema` "
        "lists every key) 26",
        "departures[0].to_level expected an integer from 1 to 43, got the boolean true 33"]


@pytest.mark.parametrize("name", ["CaseFileError", "calculate", "load_case", "parse_case"])
def test_the_names_readme_imports_from_ussg_exist(name) -> None:
    import ussg
    assert getattr(ussg, name)


def _dotted_names() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"`((?:ussg|guidelines)(?:\.[A-Za-z_][A-Za-z0-9_]*)+)", text)))


def test_every_python_name_readme_gives_exists() -> None:
    """`ussg.guidelines.api.case_from_dict`, `ussg.guidelines.engine.errors.CaseError`, ...:
    each dotted name README writes is importable (a module, or a name in one)."""
    import importlib
    names = _dotted_names()
    assert "ussg.guidelines.api.calculate_many" in names and len(names) >= 5
    for dotted in names:
        assert dotted.startswith("ussg."), f"README names {dotted}: installed, it is ussg.{dotted}"
        parts = dotted.split(".")
        for cut in range(len(parts), 0, -1):
            try:
                value = importlib.import_module(".".join(parts[:cut]))
            except ModuleNotFoundError:
                continue
            for attribute in parts[cut:]:
                value = getattr(value, attribute)  # AttributeError: README names nothing
            break
        else:
            raise AssertionError(f"README names {dotted}, which does not exist")


def test_readme_lists_the_guidelines_whose_characteristics_the_checklist_offers() -> None:
    """README, "The checklist is a record ...": the guidelines it names are those whose
    registry entry declares a `checklist`."""
    from ussg.guidelines.api import chapter_two_guidelines
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("Chapter Two's items are those of the offense guidelines")
    said = text[start:text.index("An item is a table's name", start)]
    named = set(re.findall(r"§(\d[A-Z]\d\.\d+)'s", said))
    assert named == {g.section for g in chapter_two_guidelines() if g.checklist}
