"""The ``__init__`` of the computation's frozen records, made for speed (Step's written out
in guidelines/engine/computation.py, the others made from their fields by
guidelines/engine/records.frozen_record), takes the fields in the dataclass's order with
the dataclass's defaults, stores every one, and leaves the record frozen."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from ussg.guidelines.engine.computation import (Computation, CountResult, EditionSummary,
                                                FineRange, GroupResult, GuidelineRange, Result,
                                                SentenceOptions, Step, SupervisedReleaseRange)
from ussg.guidelines.engine.edition_facts import Where
from ussg.guidelines.engine.quantity import Quantity
from ussg.guidelines.engine.term import Term
from ussg.guidelines.manual.ch2.registry import ChapterTwoCase
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import DrugQuantityFinding
from ussg.guidelines.manual.ch4.chapter_four import ChapterFourResult
from ussg.guidelines.manual.ch4.part_a_criminal_history import (
    CriminalHistoryScore, PriorResult, Score, _Tables as CriminalHistoryTables)
from ussg.guidelines.manual.ch4.part_a_single_sentence import Group as SingleSentence
from ussg.guidelines.manual.ch5.part_g_statutory_bounds import Bounds, CountSentence
from ussg.guidelines.manual.ch2.s2d1_1.drug_conversion import Converted
from ussg.guidelines.engine.tables import in_force
from ussg.guidelines.engine.editions import edition_named

WRITTEN_OUT = [Step, Result, Computation, ChapterTwoCase, DrugQuantityFinding,
               ChapterFourResult,
               # Chapter Four's, Chapter Five's and the conversion's, made per count or prior
               Score, PriorResult, CriminalHistoryScore, CriminalHistoryTables, SingleSentence,
               Bounds, CountSentence, Converted,
               # with slots (frozen_record(slots=True))
               GuidelineRange, GroupResult, CountResult, SentenceOptions,
               SupervisedReleaseRange, FineRange, EditionSummary, Term, Quantity, Where]


def _default(f: dataclasses.Field):
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return None  # left out: a new value from the field's default_factory
    return inspect.Parameter.empty


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_signature_is_the_fields(cls):
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for p, f in zip(parameters, fields):
        assert p.default == _default(f), f.name
        assert p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_every_field_stored_and_frozen(cls):
    fields = dataclasses.fields(cls)
    values = {f.name: f"value of {f.name}" for f in fields}
    made = cls(**values)
    assert {f.name: getattr(made, f.name) for f in fields} == values
    assert made == cls(**values) and hash(made) == hash(cls(**values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, "changed")
    assert dataclasses.replace(made, **{fields[0].name: "other"}) != made


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_defaults_as_the_fields_give_them(cls):
    """Only the fields without a default given: every other takes the dataclass's default,
    a default_factory's value new for each record."""
    fields = dataclasses.fields(cls)
    required = {f.name: f"value of {f.name}" for f in fields
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    made, again = cls(**required), cls(**required)
    for f in fields:
        if f.default is not dataclasses.MISSING:
            assert getattr(made, f.name) == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert getattr(made, f.name) == f.default_factory(), f.name
            assert getattr(made, f.name) is not getattr(again, f.name), f.name


def test_step_keeps_a_versions_citation():
    """A step whose source is a version's citation keeps the structured citation; one
    given its own citation keeps that; a plain source has none."""
    version = in_force("aggravating_role", edition_named("2016").in_force)
    step = Step("chapter_three", "§3B1.1", "Aggravating role", "x", "+4", 4, 20, "r",
                version.citation)
    assert step.citation == version.citation.citation
    assert step.citation is not None and step.citation.section == version.section
    assert Step("edition", "§1B1.11", "t", "i", "c", source="plain words").citation is None
    other = dataclasses.replace(version.citation.citation, document="another")
    assert Step("edition", "s", "t", "i", "c", source=version.citation,
                citation=other).citation == other


def _record_classes():
    """Two classes alike, one for the dataclass and one for the frozen record: without a
    docstring, with one, and derived from a class with its own ``__init__``."""
    class Base:
        def __init__(self, a: int) -> None:
            self.a = a

    def plain():
        class Plain:
            a: int
            b: str = "x"
        return Plain

    def documented():
        class Documented:
            """Its own words."""
            a: int
        return Documented

    def derived():
        class Derived(Base):
            a: int
        return Derived

    return [plain, documented, derived]


@pytest.mark.parametrize("make", _record_classes(), ids=lambda m: m.__name__)
def test_the_docstring_is_the_dataclass_one(make):
    """frozen_record gives a class without a docstring the dataclass's own text itself (so
    that inspect does not tokenize object's signature at every start): the same text."""
    from ussg.guidelines.engine.records import frozen_record
    assert frozen_record(make()).__doc__ == \
        dataclasses.dataclass(frozen=True, init=False)(make()).__doc__
    assert Result.__doc__ == "Result()" and DrugQuantityFinding.__doc__ == "DrugQuantityFinding()"


@pytest.mark.parametrize("cls", [c for c in WRITTEN_OUT if "__slots__" in c.__dict__],
                         ids=lambda c: c.__name__)
def test_a_record_with_slots_keeps_them(cls):
    """frozen_record(slots=True) keeps the dataclass's slots: no __dict__, no other attribute;
    and a record pickles and copies as the dataclass's does."""
    import copy
    import pickle

    fields = dataclasses.fields(cls)
    assert cls.__slots__ == tuple(f.name for f in fields)
    made = cls(**{f.name: f"value of {f.name}" for f in fields})
    assert not hasattr(made, "__dict__")
    with pytest.raises((AttributeError, TypeError)):
        object.__setattr__(made, "elsewhere", 1)
    assert pickle.loads(pickle.dumps(made)) == made == copy.deepcopy(made)
