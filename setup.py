"""The packages of the wheel, found rather than listed (pyproject.toml holds everything
else): a new Chapter Two guideline's package ships without editing a list.

The repository's folders install under one name, ``ussg`` (pyproject.toml's package-dir):
every folder with an ``__init__.py`` under guidelines/ and tui/ becomes ``ussg.guidelines.…``
and ``ussg.tui.…``; tables/ and examples/ are packages of data.
"""

from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
CODE = {"ussg.guidelines": "guidelines", "ussg.tui": "tui"}


def packages() -> list[str]:
    found = ["ussg", "ussg.examples", "ussg.tables"]
    for name, folder in CODE.items():
        for init in sorted((HERE / folder).rglob("__init__.py")):
            parts = init.parent.relative_to(HERE / folder).parts
            if "__pycache__" not in parts:
                found.append(".".join((name, *parts)))
    return found


setup(packages=packages())
