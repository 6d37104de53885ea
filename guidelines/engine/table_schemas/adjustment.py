"""Chapters Two and Three: adjustments and limits (tables/README.md, "Adjustments")."""

import datetime as dt
from typing import Literal

from pydantic import Field

from . import Closed, MayNotExist


class SafetyValveCriterion(Closed):
    key: str
    label: str
    text: str
    # criterion (1) until Nov. 1, 2023: "not more than N criminal history point(s)"
    max_points: int | None = None


class StatuteDiffers(Closed):
    from_: dt.date = Field(alias="from")
    law: str
    text: str
    source: str


class Adjustment(MayNotExist):
    text: str | None = None
    levels: int | dict[str, int] | None = None  # a dict: murder_base_levels, by guideline
    decrease: int | None = None
    subsection: str | None = None
    section_applied: str | None = None
    section_label: str | None = None
    chapter: Literal["chapter_two", "chapter_three"] | None = None
    # §2D1.1(c): a mixture of more than one controlled substance
    assignment: Literal["greater_offense_level", "most_serious"] | None = None
    # §3E1.1
    text_a: str | None = None
    text_b: str | None = None
    text_c: str | None = None
    additional_decrease: int | None = None
    additional_threshold: int | None = None
    additional_requires: str | None = None
    # §3B1.1 / §3B1.2 / §2D1.1(a)(5) cap
    organizer_or_leader: int | None = None
    manager_or_supervisor: int | None = None
    other_aggravating_role: int | None = None
    participants_threshold: int | None = None
    minimal_participant: int | None = None
    minor_participant: int | None = None
    between_minimal_and_minor: int | None = None
    text_between: str | None = None
    rule: Literal["none", "ceiling", "graduated"] | None = None
    ceiling: int | None = None
    steps: dict[str, int] = {}
    minimal_cap: int | None = None
    above_cap_to: int | None = None
    with_aggravating_role: str | None = None  # §3B1.3
    # §3A1.1 / §3A1.2
    vulnerable_victim: int | None = None
    vulnerable_victim_subsection: str | None = None
    text_vulnerable: str | None = None
    hate_crime: int | None = None
    text_hate_crime: str | None = None
    large_number_of_vulnerable_victims: int | None = None
    text_large_number: str | None = None
    status: int | None = None
    status_subsection: str | None = None
    assault: int | None = None
    assault_subsection: str | None = None
    apply_greatest: bool | None = None
    status_person_offense: int | None = None
    status_person_offense_subsection: str | None = None
    # the words of a subsection a Chapter Two special instruction deems (§2A3.1(d)(1))
    deemed_provisions: dict[str, str] = {}
    # the section's title as this edition prints it, where it changed (§3A1.4 "International
    # Terrorism" 1995-1996; §3C1.1 "Willfully Obstructing or Impeding Proceedings" 1987-1990)
    section_title: str | None = None
    # §3B1.5, §3A1.4, §3A1.5, §5K3.1, §1B1.1 bounds, §3D1.2(d) list
    involved: int | None = None
    used: int | None = None
    minimum_level: int | None = None
    criminal_history_category: str | None = None
    incitement_to_genocide: int | None = None
    other: int | None = None
    death_resulted_minimum: int | None = None
    maximum_levels: int | None = None
    lowest: int | None = None
    highest: int | None = None
    # §3D1.2(d): the Part D line of the list (tables/aggregate_grouping.toml)
    listed: str | None = None
    drug_quantity: list[str] = []
    other_listed: list[str] = []
    refused: list[str] = []
    refused_reason: str | None = None
    # §5C1.2(a)
    criterion: list[SafetyValveCriterion] = []
    statute_differs: StatuteDiffers | None = None
    # §2K2.4's note (weapon_enhancement_with_924c.toml)
    statutes: list[str] = []
    withholds: list[str] = []
    text_from: str | None = None
    range_rule: Literal["none", "subtract", "upward_departure"] | None = None
    range_text: str | None = None
    violence_text: str | None = None
    fine: bool | None = None
    fine_section: str | None = None
    fine_text: str | None = None
