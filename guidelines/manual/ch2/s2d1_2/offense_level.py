"""§2D1.2 in the Chapter Two registry: subsection (a), the greatest of its options.

2025 text (unchanged since Nov. 1, 1990, Amendment 319): "(a) Base Offense Level (Apply the
greatest): (1) 2 plus the offense level from §2D1.1 applicable to the quantity of controlled
substances directly involving a protected location or an underage or pregnant individual;
or (2) 1 plus the offense level from §2D1.1 applicable to the total quantity of controlled
substances involved in the offense; or (3) 26, if the offense involved a person less than
eighteen years of age; or (4) 13, otherwise." The options of each edition are in
tables/drug_protected_location.toml. §2D1.2 has no specific offense characteristic.
"""

from __future__ import annotations

from pydantic import ValidationError

from ussg.guidelines.case.model import Drug
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.quantity import Quantity, parse_quantity
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (asked_by, drugs_case, greatest_option,
                                                      refuse_facts_not_in_edition)

SECTION = "2D1.2"
TABLE = "drug_protected_location"
QUANTITY_FACTS = {"directly_involved": "directly_involved_drugs"}


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.2(a): the greatest of (a)(1)-(4) (Nov. 1, 1989: of (a)(1)-(3)); before Nov. 1,
    1989, the original guideline's (a)(1) or (a)(2) (:func:`involving_juveniles`)."""
    facts = given.facts
    if sheet.manual.table(TABLE).get("juvenile_options"):
        involving_juveniles(sheet, given)
        return
    refuse_facts_not_in_edition(sheet, given, SECTION, asked_by(sheet.manual.table(TABLE),
                                                                  QUANTITY_FACTS))
    greatest_option(
        sheet, given, SECTION, TABLE,
        answers={"person_under_18": facts.person_under_18},
        quantities={
            "total": lambda: (drugs_case(given), "total quantity"),
            "directly_involved": lambda: directly_involved(given),
        })


def facts_defaulting_to_own_drugs(manual) -> set[str]:
    """Counts grouped by aggregate quantity (§3D1.2(d); guidelines/manual/offense_level.py):
    the facts that a §2D1.2 count leaves out are its own drugs, not the Group's: (a)(1)'s
    quantity "directly involving a protected location ..." where the edition asks for it (not
    the Nov. 1, 1989 text, whose (a)(1) takes the whole offense)."""
    version = manual.table(TABLE)
    if version.get("juvenile_options"):
        return {"directly_involved_drugs"}
    return asked_by(version, QUANTITY_FACTS) & {"directly_involved_drugs"}


def involving_juveniles(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.2, "Involving Juveniles in the Trafficking of Controlled Substances" (Nov. 1,
    1987 - Oct. 31, 1989): "(1) Level from §2D1.1, corresponding to triple the drug amount
    involved, but in no event less than level 13, for involving an individual fourteen years
    of age or less; or (2) Level from §2D1.1, corresponding to double the drug amount
    involved, for involving an individual at least fifteen years of age and less than
    eighteen years of age" (Jan. 15, 1988 text; the ages of each text in the table).
    Application Note 1: "double or triple the drug amounts for those offenses involving
    juveniles before totalling the amounts" (``directly_involved_drugs``; left out, the whole
    quantity); Note 2: the level from §2D1.1 "includes the base offense level plus the
    specific offense characteristic dealing with a weapon" — the whole §2D1.1 of those
    editions."""
    version = sheet.manual.table(TABLE)
    refuse_facts_not_in_edition(sheet, given, SECTION,
                                {"individual_age", "directly_involved_drugs"}, "its text")
    age, field = given.facts.individual_age, f"{given.facts_field}.individual_age"
    when = format_date(sheet.manual.in_force)
    if age is None:
        raise CaseError(field, f"§2D1.2 as it stood on {when} (“{version['guideline_title']}”) "
                               f"takes the level by the age of the individual involved: give "
                               f"individual_age")
    option = next((o for o in version["juvenile_options"]
                   if o["youngest"] <= age <= o["oldest"]), None)
    if option is None:  # pragma: no cover - the ages of each text cover 0-17
        raise CaseError(field, f"§2D1.2(a) as it stood on {when}: no option for age {age}")
    if not given.offense.drugs:
        raise CaseError(f"{given.field}.drugs", f"§2D1.2{option['paragraph']}: “"
                                                f"{option['text']}” — give the drugs and "
                                                f"quantities ([[offense.drugs]])")
    involved, words = directly_involved(given)
    drugs = [*given.offense.drugs, *involved.offense.drugs * (option["times"] - 1)]
    level, steps = registry.offense_level_under(sheet, "2D1.1", drugs_case(given, drugs))
    floor = option.get("at_least")
    sheet.steps.extend(steps)
    sheet.set_level("chapter_two", f"§2D1.2{option['paragraph']}", version["guideline_title"],
                    f"individual_age {age}: §2D1.1 level {level} of {option['times']} times "
                    f"the amount involved ({words})", max(level, floor or level),
                    f"“{option['text']}”" + (f": not less than {floor}"
                                             if floor is not None and floor > level else ""),
                    sheet.note_version(version))


def directly_involved(given: registry.ChapterTwoCase) -> tuple[registry.ChapterTwoCase, str]:
    """The case under §2D1.1 with only the quantity "directly involving a protected location
    or an underage or pregnant individual" (``directly_involved_drugs``; left out, the whole
    quantity)."""
    stated = given.facts.directly_involved_drugs
    if stated is None:
        return drugs_case(given), "quantity directly involved: the whole quantity"
    field = f"{given.facts_field}.directly_involved_drugs"
    if not stated:
        raise CaseError(field, "give at least one substance and quantity, or leave the key "
                               "out (the whole quantity directly involved)")
    if given.offense.base_offense_level is not None:
        raise CaseError(field, "the §2D1.1 level is stated as found (base_offense_level): "
                               "give the drugs and quantities instead to compute (a)(1)")
    drugs = []
    for i, entry in enumerate(stated):
        try:
            drugs.append(Drug(**entry.model_dump(exclude_unset=True)))
        except ValidationError as error:
            problem = error.errors()[0]
            where = ".".join(str(p) for p in problem["loc"])
            raise CaseError(f"{field}[{i}]{'.' + where if where else ''}",
                            problem["msg"]) from None
    not_more_than_the_total(field, stated, given.offense.drugs)
    named = "; ".join(_described(d) for d in stated)
    return drugs_case(given, drugs), f"quantity directly involved: {named}"


def not_more_than_the_total(field: str, stated: list, drugs: list[Drug]) -> None:
    """The quantity directly involved is part of "the total quantity of controlled
    substances involved in the offense": a substance not among ``[offense] drugs``, or more
    of it than the drugs give (exact quantities of one dimension compared), cannot be true."""
    totals: dict[str, list] = {}
    for drug in drugs:
        totals.setdefault(_name(drug.substance), []).append(drug)
    directly: dict[str, Quantity] = {}
    for i, entry in enumerate(stated):
        name = _name(entry.substance)
        if name not in totals:
            raise CaseError(f"{field}[{i}].substance",
                            f"{entry.substance!r} is not among [offense] drugs: the quantity "
                            f"directly involved is part of the total quantity")
        if entry.quantity is None:
            continue
        amount = parse_quantity(entry.quantity)
        directly[name] = directly[name] + amount if name in directly else amount
        exact = [d.quantity for d in totals[name]]
        if None in exact:
            continue
        total = sum((parse_quantity(q) for q in exact[1:]), parse_quantity(exact[0]))
        if total.dimension == directly[name].dimension and directly[name].amount > total.amount:
            raise CaseError(f"{field}[{i}].quantity",
                            f"{directly[name]} of {entry.substance} directly involved is more "
                            f"than the total of [offense] drugs, {total}")


def _name(substance: str) -> str:
    return " ".join(substance.casefold().split())


def _described(entry) -> str:
    amount = entry.quantity or (f"at least {entry.quantity_at_least}" if entry.quantity_at_least
                                else " to ".join(entry.quantity_between or []))
    return f"{amount} {entry.substance}"


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.2 has none."""
