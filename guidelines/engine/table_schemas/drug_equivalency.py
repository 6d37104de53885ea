"""The Drug Equivalency / Conversion Tables (§2D1.1 commentary), one file a version."""

from typing import Literal

from pydantic import Field

from . import Closed, Common


class Entry(Closed):
    key: str
    name: str
    per: str
    equals: str | None = None
    referents: dict[str, str] = {}
    line: int | None = None
    file: str | None = None
    quote: str | None = None
    printed: bool = True
    derived: str | None = None
    aliases: list[str] = []


class DrugClass(Closed):
    key: str
    name: str
    line: int | None = None
    file: str | None = None
    referent: str | None = None
    minimum_level: int | None = None
    minimum_text: str | None = None
    minimum_line: int | None = None
    minimum_file: str | None = None
    minimum_interpretation: str | None = None
    entries: list[Entry]


class Cap(Closed):
    classes: list[str]
    limit: str
    text: str
    line: int | None = None
    file: str | None = None
    interpretation: str | None = None
    # the Manual's own example where it reads the cap otherwise (comment. (n.8(C)(iv)))
    example_classes: list[str] = []
    example_note: str | None = None
    example_text: str | None = None
    example_line: int | None = None


class Actual(Closed):
    mixture: str
    actual: str
    rule: Literal["greater", "actual_only"]
    aliases: list[str] = []
    section: str
    source: str | None = None
    text: str


class PlantRule(Closed):
    at_least: int
    each: str


class Plants(Closed):
    substance: str
    names: list[str]
    rules: list[PlantRule]
    section: str
    source: str | None = None
    text: str


class PerUnit(Closed):
    substance: str
    each: str
    binding: bool
    line: int | None = None
    section: str
    source: str | None = None
    text: str


class VolumeUnit(Closed):
    substances: list[str]
    each: str
    section: str
    source: str | None = None
    text: str


class CocaineBase(Closed):
    rule: Literal["per_level", "two_level_reduction"]
    group: str | None = None
    per_level: dict[str, str] = {}
    not_at_least: str | None = None
    not_below: str | None = None
    section: str | None = None
    source: str | None = None
    text: str | None = None


class Special(Closed):
    cocaine_base: CocaineBase | None = None


class ReferentRule(Closed):
    marihuana_only: list[str] = []
    otherwise: str


class DrugEquivalency(Common):
    title: str
    section: str
    measure_key: str
    measure_name: str
    combining: str
    combining_source: str | None = None
    source_file: str
    referents: dict[str, str] = {}
    referent_rule: ReferentRule | None = None
    class_: list[DrugClass] = Field(default=[], alias="class")
    cap: list[Cap] = []
    actual: list[Actual] = []
    plants: Plants | None = None
    per_unit: list[PerUnit] = []
    volume_unit: list[VolumeUnit] = []
    special: Special | None = None
