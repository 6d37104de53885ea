"""The lists a case file may leave out are made by ``no_items`` (guidelines/case/facts.py), not
by the builtin ``list``: pydantic reads each factory's signature when it builds a model, and
the builtin's is parsed from its text at every start (issue #17). Each case still gets its
own new list."""

from __future__ import annotations

import inspect
from pathlib import Path

from pydantic import BaseModel

import ussg.guidelines.case.criminal_record as criminal_record
import ussg.guidelines.case.drug_offense_facts as drug_offense_facts
import ussg.guidelines.case.facts as facts
import ussg.guidelines.case.model as model
from ussg.guidelines.case.facts import no_items
from ussg.guidelines.api import load_case

EXAMPLE = Path(__file__).parents[2] / "examples" / "leon-1994.toml"  # no counts, variances

MODULES = (model, facts, criminal_record, drug_offense_facts)


def _models() -> list[type[BaseModel]]:
    return [value for module in MODULES for value in vars(module).values()
            if inspect.isclass(value) and issubclass(value, BaseModel)
            and value.__module__ == module.__name__]


def test_no_model_of_the_case_uses_the_builtin_list_as_a_factory() -> None:
    models = _models()
    assert len(models) > 20  # the walk found the case's models
    listed = [(m.__name__, name) for m in models for name, field in m.model_fields.items()
              if field.default_factory is list]
    assert listed == []
    made = [(m.__name__, name) for m in models for name, field in m.model_fields.items()
            if field.default_factory is no_items]
    assert ("Case", "counts") in made and ("Case", "departures") in made
    assert len(made) >= 13


def test_each_case_gets_its_own_empty_lists() -> None:
    first, second = (load_case(EXAMPLE) for _ in range(2))
    assert first.counts == [] and first.variances == []
    assert first.counts is not second.counts
    assert first.variances is not second.variances
    assert no_items() == [] and no_items() is not no_items()


def test_the_factory_signature_takes_no_data() -> None:
    # what pydantic asks of a factory: a function without parameters is called without the
    # validated data, as list was
    assert list(inspect.signature(no_items).parameters) == []
