"""Every file or folder of the repository README.md names (`tables/robbery.toml`,
`tests/manual/ch4/test_chapter_four.py`, `guidelines/manual/ch2/s2d1_1/drug_conversion.py`,
...) exists: a reader who follows one finds it."""

import re

from tests.conftest import ROOT

PLACEHOLDERS = {"guidelines/manual/ch2/s2x9_9/"}  # "How to add a guideline": a new package


def test_every_path_readme_names_exists() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    paths = set(re.findall(r"`((?:guidelines|tables|tests|examples|benchmarks|tui|ussg|\.ci)/"
                           r"[^`\s]*)`", text))
    paths |= set(re.findall(r"\b((?:guidelines|tables|tests|examples|benchmarks|tui)/"
                            r"[A-Za-z0-9_./\-]+\.(?:py|toml|csv|jsonl|md))", text))
    paths = {p.rstrip(".,;:)") for p in paths if "<" not in p and "*" not in p}
    assert len(paths) > 100
    missing = sorted(p for p in paths - PLACEHOLDERS if not (ROOT / p).exists())
    assert not missing, missing
