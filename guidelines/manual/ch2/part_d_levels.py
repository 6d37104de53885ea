"""What the Chapter Two, Part D guidelines built on §2D1.1 share: a base offense level that
is the greatest of several options, each either a number ("38", "26, if the offense involved
a person less than eighteen years of age") or a number of levels "plus the offense level from
§2D1.1 applicable to" a quantity (§2D1.2(a)(1)-(2), §2D1.5(a)(1), §2D1.6(a)).

§1B1.5(b)(1): "An instruction to use the offense level from another offense guideline
refers to the offense level from the entire offense guideline (i.e., the base offense
level, specific offense characteristics, cross references, and special instructions)".
The §2D1.1 level is therefore computed in full (registry.offense_level_under), from the
same ``[offense] drugs`` facts (or, for §2D1.2(a)(1), the quantity the guideline names),
and its steps are shown before the step that adds to it.

Each version of such a guideline's table lists its options (``[[version.options]]``, schema
:class:`LevelOptions`); the rules in each guideline's package only say which facts of the
case answer each option's ``requires`` / ``unless``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Literal

from pydantic import Field

from ussg.guidelines.case.drug_offense_facts import DRUG_TRAFFICKING_FACTS
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.engine.tables import Version, format_date, load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry


class Option(Closed):
    """One option of a base offense level: ``level`` alone, or ``plus`` levels added to
    the §2D1.1 level of ``quantity``; read only where ``requires`` is found and ``unless``
    is not (fact names the guideline's rules answer)."""

    paragraph: str = Field(min_length=1)  # "(a)(1)"
    text: str = Field(min_length=1)  # the Manual's words of the option
    level: int | None = Field(None, ge=1, le=43)
    plus: int | None = Field(None, ge=0, le=10)
    quantity: Literal["total", "directly_involved"] | None = None
    # "offense_level": the whole §2D1.1 computation (§1B1.5(b)(1)); "drug_quantity_table":
    # only the level of §2D1.1(c) (§2D1.10(a)(1): "the offense level from the Drug Quantity
    # Table in §2D1.1")
    of: Literal["offense_level", "drug_quantity_table"] = "offense_level"
    requires: str | None = None
    unless: str | None = None


class LevelOptions(MayNotExist):
    """A version of a Part D guideline's base offense level (its subsection (a))."""

    heading: str = ""  # "Base Offense Level (Apply the greatest):" (where it exists)
    options: list[Option] = []
    text: str | None = None  # where the guideline does not exist: why


@dataclasses.dataclass(frozen=True)
class Reached:
    """An option's level and the §2D1.1 steps it came from (none for a number)."""

    option: Option
    level: int
    steps: list
    input: str


def drugs_case(given: registry.ChapterTwoCase,
               drugs: list | None = None) -> registry.ChapterTwoCase:
    """The case read under §2D1.1 (its facts: the count's drug facts), with ``drugs`` in
    place of the count's where a guideline names a part of the quantity."""
    under = given.under("2D1.1")
    if drugs is None:
        return under
    offense = under.offense.model_copy(update={"drugs": drugs})
    case = under.case.model_copy(update={"offense": offense})
    return dataclasses.replace(under, case=case, offense=offense)


def greatest_option(sheet: Worksheet, given: registry.ChapterTwoCase, section: str,
                    table: str, answers: Mapping[str, bool],
                    quantities: Mapping[str, Callable[[], tuple[registry.ChapterTwoCase, str]]],
                    drugs_read_elsewhere: bool = False) -> None:
    """Set the base offense level: the greatest option of the version in force whose
    conditions the case meets (``answers``), the §2D1.1 computation of a "plus" option from
    ``quantities`` (the case to compute and the words for its input). The §2D1.1 steps of
    the option chosen are adopted; every other option is shown as set aside. Where no
    option of the version reads a quantity (and no other rule of the guideline reads the
    drugs: ``drugs_read_elsewhere``), stated drug facts are refused, not silently unused."""
    version = sheet.manual.table(table)
    if not drugs_read_elsewhere and not any(o.get("plus") is not None
                                            for o in version["options"]):
        why = (f"§{section}(a) in force on {format_date(sheet.manual.in_force)} does not take "
               f"the §2D1.1 level")
        if given.offense.drugs:
            raise CaseError(f"{given.field}.drugs", f"{why}: the drugs are not read; leave "
                                                    f"them out")
        refuse_unread_drug_facts(given, why)
    source = sheet.note_version(version)
    title = load_table(table).title
    reached: list[Reached] = []
    for option in (_option(o) for o in version["options"]):
        if option.requires is not None and not answers[option.requires]:
            continue
        if option.unless is not None and answers[option.unless]:
            continue
        if option.level is not None:
            words = (f"{option.requires}: yes" if option.requires else "otherwise"
                     if len(version["options"]) > 1 else "the offense of conviction")
            reached.append(Reached(option, option.level, [], words))
            continue
        assert option.plus is not None and option.quantity is not None
        case, words = quantities[option.quantity]()
        if option.of == "drug_quantity_table":
            level, steps = drug_quantity_table_level(sheet, case)
            named = "§2D1.1(c) level"
        else:
            level, steps = registry.offense_level_under(sheet, "2D1.1", case)
            named = "§2D1.1 level"
        reached.append(Reached(option, level + option.plus, steps,
                               f"{named} {level} ({words})"))
    if not reached:
        raise CaseError(f"{given.field}.guideline",
                        f"§{section}(a) in the Manual in force on "
                        f"{format_date(sheet.manual.in_force)}: no base offense level applies "
                        f"to the facts stated")
    chosen = max(reached, key=lambda r: r.level)  # the first of equal levels
    sheet.steps.extend(chosen.steps)
    heading = version.get("heading", "")
    how = ("the greatest" if "greatest" in heading else "the greater" if "greater" in heading
           else "the highest that applies")
    suffix = f" ({how} of §{section}(a))" if len(version["options"]) > 1 else ""
    sheet.set_level("chapter_two", f"§{section}{chosen.option.paragraph}", title,
                    chosen.input, chosen.level,
                    f"“{chosen.option.text}”{suffix}", source)
    for other in reached:
        if other is not chosen:
            sheet.note("chapter_two", f"§{section}{other.option.paragraph}", title,
                       other.input, f"level {other.level}: set aside",
                       f"“{other.option.text}”: not greater than "
                       f"§{section}{chosen.option.paragraph}", source)


def drug_quantity_table_level(sheet: Worksheet, given: registry.ChapterTwoCase,
                              ) -> tuple[int, list]:
    """The level of §2D1.1(c), the Drug Quantity Table, alone (no other part of §2D1.1),
    computed on a scratch sheet of the same Manual: the level and its steps."""
    from ussg.guidelines.manual.ch2.s2d1_1.drug_trafficking import (
        base_offense_level_from_quantity)
    registry.guideline_in_force(registry.chapter_two_guideline("2D1.1"), sheet.manual,
                                f"{given.field}.guideline")
    return sheet.on_scratch(lambda scratch: base_offense_level_from_quantity(scratch,
                                                                              given.offense))


def _option(data: Mapping) -> Option:
    return Option.model_validate(dict(data))


def refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                section: str, asked: set[str],
                                asking: str = "its subsection (a)") -> None:
    """A fact of the guideline's table that no option of the version in force asks for is
    an error under that edition, naming the key (every fact an edition does not have);
    ``asking``: the parts of the guideline ``asked`` comes from."""
    facts = given.facts
    if facts is None:
        return
    for key in sorted(facts.model_fields_set - asked):
        raise CaseError(f"{given.facts_field}.{key}",
                        f"§{section} as it stood on "
                        f"{format_date(sheet.manual.in_force)} has no such fact "
                        f"({asking} does not ask it)")


def asked_by(version: Version, quantity_facts: Mapping[str, str] | None = None) -> set[str]:
    """The facts the options of a version ask for: their conditions, and the key that gives
    a quantity other than the total (``quantity_facts``: quantity -> key)."""
    asked: set[str] = set()
    for option in version["options"]:
        asked |= {option.get("requires"), option.get("unless")} - {None}
        if option.get("quantity") in (quantity_facts or {}):
            asked.add((quantity_facts or {})[option["quantity"]])
    return asked




def refuse_unread_drug_facts(given: registry.ChapterTwoCase, why: str,
                             read: frozenset[str] = frozenset()) -> None:
    """A §2D1.1 fact the guideline in force does not read (``why``: what it reads instead)
    would be silently unused: refused, naming the key."""
    stated = sorted(given.offense.model_fields_set.intersection(DRUG_TRAFFICKING_FACTS)
                    .difference(read))
    if stated:
        raise CaseError(f"{given.field}.{stated[0]}", f"a §2D1.1 fact, but {why}: leave it out")


def base_offense_level_of_the_table(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a) of a guideline whose level is one number (§§2D2.2, 2D3.1, 2D3.2): its table's
    option, as the edition has it."""
    guideline = registry.chapter_two_guideline(given.offense.guideline)
    assert guideline is not None and guideline.table is not None
    greatest_option(sheet, given, guideline.section, guideline.table, answers={},
                    quantities={})


def no_specific_offense_characteristic(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """The guideline has none."""


def section_2d1_1_if_greater(sheet: Worksheet, given: registry.ChapterTwoCase, section: str,
                             words: str, source: str) -> None:
    """A cross reference that applies §2D1.1 "if the resulting offense level is greater than
    that determined above" (§2D1.7(b)(1), §2D1.12(c)(1)): the §2D1.1 level of the drugs,
    adopted with its steps if greater, else shown not applied."""
    guideline_if_greater(sheet, "2D1.1", drugs_case(given), section, words, source)


def guideline_if_greater(sheet: Worksheet, other: str, case: registry.ChapterTwoCase,
                         section: str, words: str, source: str) -> None:
    """A cross reference that applies guideline ``other`` to ``case`` "if the resulting
    offense level is greater than that determined above": its whole level (§1B1.5(b)(1)),
    adopted with its steps if greater, else shown not applied."""
    level, steps = registry.offense_level_under(sheet, other, case)
    assert sheet.level is not None
    title = f"Cross reference to §{other}"
    if level > sheet.level:
        sheet.steps.extend(steps)
        sheet.move_to("chapter_two", section, title, f"§{other} level {level}", level,
                      f"“{words}”", source)
    else:
        sheet.note("chapter_two", section, title, f"§{other} level {level}", "not applied",
                   f"not greater than {sheet.level}: “{words}”", source)



def manufacturing_cross_reference(sheet: Worksheet, given: registry.ChapterTwoCase,
                                  section: str, table: str, manufacturing: bool,
                                  field: str) -> None:
    """A cross reference to §2D1.1 for an offense that "involved unlawfully manufacturing a
    controlled substance" (§2D1.11(c)(1), §2D1.12(c)(1)), "if the resulting offense level is
    greater than that determined above": the finding ``manufacturing`` (at ``field``) and the
    substance in ``[offense] drugs``. Drugs stated without the finding would be silently
    unused, and the finding without the drugs cannot be computed: both refused."""
    if not manufacturing:
        if given.offense.drugs:
            raise CaseError(f"{given.field}.drugs", f"§{section} reads the drugs only for "
                                                    f"(c)(1), an offense that involved "
                                                    f"manufacturing a controlled substance: "
                                                    f"state manufacturing = true, or leave "
                                                    f"them out")
        return
    if not given.offense.drugs and given.offense.base_offense_level is None:
        raise CaseError(field, "the cross reference to §2D1.1 needs the controlled substance: "
                               "give [[offense.drugs]]")
    version = sheet.manual.table(table)
    paragraph = version["cross_reference_paragraph"]  # §2D1.12's was (b)(1) before 1997
    section_2d1_1_if_greater(sheet, given, f"§{section}{paragraph}", version["cross_reference"],
                             sheet.note_version(version))
