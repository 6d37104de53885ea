"""The words of two steps every §2D1.1 case makes are made once and kept (issue #17, round
17, README "Speed"): the Sentencing Table's (``part_a_sentencing_table.cell_words``, by table
version, level and category) and the Drug Quantity Table row's (``Substance.row_words``: a
substance is built once per table version). Each is keyed by the table version, so that two
editions with different tables never share words: checked here on every version of both
tables against the words made anew, and on cells and rows whose words differ between
versions."""

from __future__ import annotations

from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import substances
from ussg.guidelines.manual.ch5.part_a_sentencing_table import (CATEGORIES, UNKNOWN_CELL,
                                                                cell_words, guideline_range,
                                                                zone)


def _cell_words_anew(table, level: int, category: str) -> tuple[str, str, str]:
    cell_text = str(guideline_range(table, level, category))
    cell_zone = zone(table, level, category)
    return (f"offense level {level}, criminal history category {category}", cell_text,
            f"level {level} × category {category} → {cell_text}"
            + (f", Zone {cell_zone}" if cell_zone else ""))


def test_each_sentencing_table_cell_has_its_own_versions_words() -> None:
    versions = load_table("sentencing_table").versions
    assert len(versions) >= 3
    seen: dict[tuple[int, str], set[tuple[str, str, str]]] = {}
    for table in versions:
        for level in range(1, 44):
            for i, category in enumerate(CATEGORIES):
                if table["cells"][str(level)][i] == UNKNOWN_CELL:
                    continue
                words = cell_words(table, level, category)
                assert words == _cell_words_anew(table, level, category)
                assert cell_words(table, level, category) is words  # kept
                seen.setdefault((level, category), set()).add(words)
    # the zones (Amendment 462, 1992) and their changes (2010) give some cells other words
    # under other versions: the words kept for one version are not another's
    assert any(len(words) > 1 for words in seen.values())


def test_each_drug_quantity_table_row_has_its_own_versions_words() -> None:
    versions = load_table("drug_quantity_table").versions
    by_key: dict[str, set[tuple[str, str]]] = {}
    for table in versions:
        for substance in substances(table):
            for row in substance.rows:
                words = substance.row_words(row)
                assert words == (f"§2D1.1(c)({row.subdivision})",
                                 f"{substance.threshold_text(row)} of {substance.name} → "
                                 f"level {row.level}")
                by_key.setdefault(substance.key, set()).add(words)
    # cocaine base's rows changed (Fair Sentencing Act, 2010): other words in other versions
    newest = next(s for s in substances(versions[-1]) if s.key == "cocaine_base")
    assert len(by_key["cocaine_base"]) > len(newest.rows)
