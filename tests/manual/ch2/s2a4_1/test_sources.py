"""The words tables/kidnapping.toml and tables/ransom_money.toml quote are the sources' words:
each version's texts are found, whitespace, dashes and the 2025 PDF text's split words aside,
in the lines its `source` names (read from the reference copy beside the repository; skipped
where it is absent).

  S2016 = manual_2016/GLM2016_fulltext.txt lines 1765-1845 (§§2A4.1, 2A4.2)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 3804-3964
  A363  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 8188-8216; A413 lines 10944-10954;
  A479  = lines 13872-13877
  A650  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 12690-12711; A651 lines 13467-13486
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import REFERENCE

pytestmark = pytest.mark.skipif(not REFERENCE.is_dir(), reason="no reference copy")


@cache
def _lines(name: str, first: int, last: int) -> str:
    text = (REFERENCE / name).read_text(encoding="utf-8").splitlines()[first - 1:last]
    # the 2025 PDF text's page breaks: the page marker, the running head, the page number
    kept = [line for line in text if not re.match(r"=====|.*║|§2A\d\.\d$", line.strip())]
    return _plain(" ".join(kept))


def _plain(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"(\w)- (\w)", r"\1\2", text)  # "in- crease" (2025 PDF text)
    text = re.sub(r" -(\w)", r"-\1", text)  # "life -threatening"
    text = re.sub(r"\s*(--|—)\s*", "—", text)
    return text.replace("“ ", "“").replace(" ”", "”").replace("  ", " ").strip()


S2016 = ("manual_2016/GLM2016_fulltext.txt", 1765, 1845)
S2025 = ("manual_2025/GLM2025_fulltext.txt", 3804, 3964)
A363 = ("appendix_c_2016/APPENDIX_C_Vol_I.txt", 8188, 8216)
A413 = ("appendix_c_2016/APPENDIX_C_Vol_I.txt", 10944, 10954)
A650 = ("appendix_c_2016/APPENDIX_C_Vol_II.txt", 12690, 12711)
A651 = ("appendix_c_2016/APPENDIX_C_Vol_II.txt", 13467, 13486)
A96 = ("appendix_c_2016/APPENDIX_C_Vol_I.txt", 1663, 1665)


def _version(table: str, effective: str):
    return next(v for v in load_table(table).versions if str(v.effective) == effective)


def _texts(version) -> list[str]:
    """Every quoted text of a §2A4.1 version that is its own words (not a note of ussg's)."""
    texts = [version["ransom"]["text"], version["weapon"]["text"]]
    texts += [c["text"] for c in version["bodily_injury"]["clauses"]]
    texts += [c["text"] for c in version["release"]["not_released"]]
    for name in ("sexual_exploitation", "minor_placed", "murder_cross_reference"):
        if version[name].get("exists", True):
            texts.append(version[name]["text"])
    return texts + [version["other_offense"]["text"]]


def _found(text: str, *sources: tuple[str, int, int]) -> bool:
    return _plain(text) in _lines(*sources[0]) or any(
        _plain(text) in _lines(*s) for s in sources[1:])


@pytest.mark.parametrize("source", [S2016, S2025], ids=["2016", "2025"])
def test_the_text_since_october_27_2003_is_both_manuals(source):
    version = _version("kidnapping", "2003-10-27")
    for text in _texts(version) + [version["base_text"]]:
        assert _plain(text) in _lines(*source), text


def test_amendment_363_words():
    # the (b)(5) deleted (1987, 1989) and the (b)(5)-(c)(1) inserted (1991), word for word
    assert _found(_version("kidnapping", "1987-11-01")["other_offense"]["text"], A363)
    version = _version("kidnapping", "1991-11-01")
    for name in ("sexual_exploitation", "minor_placed", "other_offense",
                 "murder_cross_reference"):
        assert _found(version[name]["text"], A363), name
    assert _found(version["restraint_note"]["text"], A413)
    assert _found(_version("kidnapping", "1987-11-01")["restraint_note"]["text"], A413)


def test_the_words_amendments_650_and_651_quote():
    early = _version("kidnapping", "1991-11-01")["release"]["released_early"]["text"]
    assert _found(early.removesuffix("."), A651)  # "... decrease by 1 level (effective ..."
    may = _version("kidnapping", "2003-05-30")
    assert _found("(1) 32 (effective on and after May 30, 2003).", A650)
    assert may["base_text"].endswith("(1) 32 (effective on and after May 30, 2003).")
    assert _found("(A) increase by 6 levels (effective on and after May 30, 2003).", A650)
    assert may["sexual_exploitation"]["text"].endswith(
        "(A) increase by 6 levels (effective on and after May 30, 2003).")
    assert _found("(1) 24 (effective before, but not on or after, May 30, 2003)", A650)
    assert _version("kidnapping", "1991-11-01")["base_level"] == 24


def test_amendment_96_inserted_clause_c():
    clause = _version("kidnapping", "1989-11-01")["bodily_injury"]["clauses"][-1]["text"]
    assert _found(clause, A96)
    assert len(_version("kidnapping", "1987-11-01")["bodily_injury"]["clauses"]) == 2


@pytest.mark.parametrize("source,effective", [(S2016, "1993-11-01"), (S2025, "2023-11-01")],
                         ids=["2016", "2025"])
def test_ransom_money_words(source, effective):
    version = _version("ransom_money", effective)
    assert _plain(version["kidnapping_cross_reference"]["text"]) in _lines(*source)
    assert _plain(version["base_text"]) in _lines(*source)
