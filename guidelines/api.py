"""The library's one way in: what the command line, the terminal app and a Python user call.

    from ussg.guidelines.api import calculate, load_case, text_worksheet
    print(text_worksheet(calculate(load_case("examples/leon-1994.toml"))))

``ussg.guidelines.cli`` and ``ussg.tui`` import nothing else from the library (a test checks
it), so the rest of ``guidelines/`` can be reshaped without breaking them. Each name is
imported when first asked for (PEP 562), so ``ussg calc`` loads only what one case needs.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE: dict[str, str] = {}


def _names(module: str, *names: str) -> None:
    for name in names:
        _WHERE[name] = module


# computing a case, or one case under several editions
_names("ussg.guidelines.calculation", "calculate", "calculate_under")
_names("ussg.guidelines.compare", "compare", "Comparison")
_names("ussg.guidelines.engine.computation", "Computation", "Result", "Step", "GuidelineRange",
       "computation_json_schema")
# the case file: its models, reading and writing it, the one input exception
_names("ussg.guidelines.case.model", "Case", "Count", "Offense", "OffenseFacts", "Drug",
       "Adjustments", "Role", "AggravatingRole", "MitigatingRole", "Stage", "Departure",
       "ChecklistStatus", "ChecklistEntry", "CHECKLIST_ITEMS", "Acceptance", "ObstructionFacts",
       "StatutoryFacts", "VictimFacts", "CriminalHistory")
_names("ussg.guidelines.case.criminal_record", "Prior")
_names("ussg.guidelines.case.drug_offense_facts", "DrugTraffickingFacts")
_names("ussg.guidelines.case.reading", "load_case", "parse_case", "parse_case_toml",
       "read_case_text", "case_from_dict", "field_errors", "computation_error")
_names("ussg.guidelines.case.writing", "case_to_toml")
_names("ussg.guidelines.case.facts", "ImposedSentence", "Variance", "ReductionFacts")
_names("ussg.guidelines.case.error", "CaseFileError", "Problem")
# editions and tables
_names("ussg.guidelines.engine.editions", "Edition", "EditionError", "edition_in_force",
       "edition_named", "manual_dates", "supported_dates")
_names("ussg.guidelines.engine.manual", "Manual")
_names("ussg.guidelines.engine.tables", "TableError", "format_date", "in_force", "load_table",
       "table_names")
_names("ussg.guidelines.engine.quantity", "UNITS", "parse_quantity")
_names("ussg.guidelines.engine.money", "Dollars", "dollars")
_names("ussg.guidelines.render.table_view", "edition_list", "guideline_list", "table_in_edition",
       "table_list")
# Chapter Two's guidelines, the checklist, the Sentencing Table, §2D1.1's substances
_names("ussg.guidelines.manual.ch2.registry", "OffenseGuideline", "chapter_two_guidelines",
       "guideline_in_force",
       "chapter_two_guideline", "facts_not_in_edition")
_names("ussg.guidelines.manual.checklist", "checklist_items", "guidelines_of", "ITEMS",
       "OfferedItem")
_names("ussg.guidelines.manual.ch5.part_a_sentencing_table", "CATEGORIES", "sentencing_table",
       "zone")
_names("ussg.guidelines.manual.ch2.s2d1_1.drug_quantity", "substances")
# worksheets
_names("ussg.guidelines.render.worksheet", "TEXT_WIDTH", "text_worksheet", "markdown_worksheet",
       "text_comparison")
_names("ussg.guidelines.examples", "bundled_example", "bundled_examples")
# sentence reductions under §1B1.10 (`ussg reduce`)
_names("ussg.guidelines.manual.ch1.part_b_reductions", "reduce_sentence", "Reduction",
       "ReductionRefused", "ImpactSummary")
_names("ussg.guidelines.render.reduction", "text_reduction", "markdown_reduction",
       "reduction_json", "text_impact", "impact_json", "svg_impact")
# many cases: batch files read, a per-case function run in input order, the results written
_names("ussg.guidelines.batch", "BATCH_KINDS", "CSV_COLUMNS", "CaseLine", "CalculateCase",
       "CsvWriter", "JsonLinesWriter", "LineResult", "ReduceCase", "REDUCE_CSV_COLUMNS", "batch_kind", "calculate_many",
       "count_lines", "read_batch", "run_batch", "utf8_buffer", "wording")

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value


def __dir__() -> list[str]:
    return __all__
