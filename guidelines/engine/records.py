"""Frozen records made once or more for every case, whose ``__init__`` stores each field
straight into the instance (issue #17).

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``
(its own ``__setattr__`` refuses): one call a field, about 2 µs for a record of five fields
and 2.7 µs for the result's nineteen, where stores into the instance's ``__dict__`` take a
third of that. :func:`frozen_record` is ``@dataclass(frozen=True)`` with such an ``__init__``
(with ``slots=True``, one that sets each slot through its descriptor: half the time),
made from the fields: the same parameters in the same order with the same defaults, except
that a field with a ``default_factory`` takes ``None`` for "left out" and gets a new value
from its factory then. Everything else (frozen, ``__eq__``, ``__hash__``, ``__repr__``,
``dataclasses.replace``) is the dataclass's own; ``tests/engine/test_step_init.py`` checks
each record made so.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def frozen_record(cls: type[T] | None = None, *, slots: bool = False) -> Any:
    """``@dataclass(frozen=True)`` whose ``__init__`` writes the fields into ``__dict__``;
    ``@frozen_record(slots=True)``: ``@dataclass(frozen=True, slots=True)`` whose
    ``__init__`` sets each slot through its own descriptor (half the time of the call to
    ``object.__setattr__`` the dataclass makes for each field)."""
    if cls is None:
        return lambda cls: frozen_record(cls, slots=slots)
    if cls.__dict__.get("__doc__") is None and cls.__init__ is object.__init__ \
            and cls.__new__ is object.__new__ and type(cls) is type:
        # The text dataclasses gives a class without a docstring: its name and signature,
        # which (init=False, no __init__ yet) is object's, "()". Given here, because
        # inspect reads object's signature from text with tokenize, whose pattern is
        # compiled at its first use: about 1.6% of a start's instructions (issue #17).
        cls.__doc__ = f"{cls.__name__}()"
    record: Any = dataclasses.dataclass(frozen=True, init=False, slots=slots)(cls)
    names: dict[str, Any] = {}
    parameters, stores = [], []
    for field in dataclasses.fields(record):
        name = field.name
        value = name
        if field.default is not dataclasses.MISSING:
            names[f"_default_{name}"] = field.default
            parameters.append(f"{name}=_default_{name}")
        elif field.default_factory is not dataclasses.MISSING:
            names[f"_factory_{name}"] = field.default_factory
            parameters.append(f"{name}=None")
            value = f"_factory_{name}() if {name} is None else {name}"
        else:
            parameters.append(name)
        if slots:  # the slot's own descriptor (a class with slots has no __dict__)
            names[f"_set_{name}"] = record.__dict__[name].__set__
            stores.append(f"    _set_{name}(self, {value})")
        else:
            stores.append(f"    values[{name!r}] = {value}")
    text = (f"def __init__(self, {', '.join(parameters)}):\n"
            + ("" if slots else "    values = self.__dict__\n") + "\n".join(stores) + "\n")
    exec(text, names)  # compiled once per class, at import
    init = names["__init__"]
    init.__qualname__ = f"{record.__qualname__}.__init__"
    init.__module__ = record.__module__
    init.__doc__ = (f"Store each field of {record.__name__} (guidelines/engine/records.py: a "
                    "frozen record written without a call per field).")
    record.__init__ = init
    return record
