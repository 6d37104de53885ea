"""§2D1.11 in the Chapter Two registry (the texts in force from Nov. 1, 1991; each version's
(a), (b), Notes and tables in tables/listed_chemical.toml: the words quoted below are 2025's).

2025 text: "(a) Base Offense Level: The offense level from the Chemical Quantity Table set
forth in subsection (d) or (e), as appropriate, except that if (A) the defendant receives an
adjustment under §3B1.2 (Mitigating Role); and (B) the base offense level under subsection
(d) is (i) level 32, decrease by 2 levels; (ii) level 34 or level 36, decrease by 3 levels;
or (iii) level 38, decrease by 4 levels." Notes to the tables: "(A) Except as provided in
Note (B), ... use the quantity of the single chemical that results in the greatest offense
level ..."; "(B) ... two or more chemicals each of which is set forth in the Ephedrine,
Pseudoephedrine, and Phenylpropanolamine Quantity Table, (i) aggregate the quantities of all
such chemicals, and (ii) determine the base offense level corresponding to the aggregate
quantity." (b)(1)-(6): +2, -3 (unless the defendant knew or believed), +2, +2, +2, -2.
"(c) Cross Reference (1) If the offense involved unlawfully manufacturing a controlled
substance ... apply §2D1.1 ... if the resulting offense level is greater than that determined
above." tables/listed_chemical.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.quantity import Quantity, parse_quantity
from ussg.guidelines.engine.tables import Version, format_date, load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (manufacturing_cross_reference,
                                                      refuse_unread_drug_facts)

SECTION = "2D1.11"
TABLE = "listed_chemical"


@dataclass(frozen=True)
class Reading:
    """A quantity read on a table: the chemical(s), the amount and the row it reaches."""

    words: str  # "Ephedrine 80 g + Phenylpropanolamine 50 g = 130 g"
    table: str  # "d" or "e"
    row: dict
    chemicals: tuple[str, ...] = ()  # the list I chemicals combined by the Equivalency Table


def facts_field(given: registry.ChapterTwoCase) -> str:
    """Where §2D1.11's facts are in the case file: ``[offense.listed_chemical]``, or, read
    for §2D1.13(a)(1)-(2), ``[offense.chemical_structuring.listed_chemical]``."""
    if getattr(given.offense, "chemical_structuring", None) is not None:
        return f"{given.field}.chemical_structuring.listed_chemical"
    return given.facts_field


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.11(a): the level of the Chemical Quantity Table (Notes (A) and (B)), less the
    decrease of (a)(A)-(B) for a defendant with a mitigating role and a (d) level of 32+."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    title = load_table(TABLE).title
    readings = chemical_quantity_table_levels(sheet, given, version)
    chosen = max(readings, key=lambda r: r.row["level"])  # the first of equal levels
    several = len(readings) > 1
    label = version.get("note_single_chemical_label", "Note (A)")
    sheet.set_level("chapter_two", f"§2D1.11{chosen.row['paragraph']}", title, chosen.words,
                    chosen.row["level"],
                    f"“{row_words(chosen.row)}”" + (f" ({label}: the single chemical that "
                                                    f"results in the greatest offense level)"
                                                    if several else ""), source)
    if chosen.row.get("note"):
        sheet.note("chapter_two", f"§2D1.11{chosen.row['paragraph']}", title, chosen.words,
                   "read as printed", chosen.row["note"], source)
    for other in readings:
        if other is not chosen:
            sheet.note("chapter_two", f"§2D1.11{other.row['paragraph']}", title, other.words,
                       f"level {other.row['level']}: set aside",
                       f"{label}: “{version['note_single_chemical']}”", source)
    mitigating = given.adjustments.role.mitigating
    if chosen.table != "d" or mitigating is None:
        return
    reads = version.get("mitigating_role_table", "d")
    for decrease in version.get("mitigating_role_decrease", ()):
        if decrease["level"] != chosen.row["level"]:
            continue
        if reads != chosen.table:  # Amendment 668's "(e)", corrected by 707 (Nov. 1, 2007)
            sheet.note("chapter_two", "§2D1.11(a)", title,
                       f"§3B1.2 adjustment ({mitigating.value}); (d) level "
                       f"{decrease['level']}", "not applied",
                       f"(a) as in force reads “the base offense level under subsection "
                       f"({reads})”, no level of which is {decrease['level']}: "
                       f"“{version['base_offense_level']}”", source)
            continue
        sheet.adjust("chapter_two", "§2D1.11(a)", title,
                     f"§3B1.2 adjustment ({mitigating.value}); (d) level "
                     f"{decrease['level']}", decrease["levels"],
                     f"“{version['base_offense_level']}”", source)


def chemical_quantity_table_levels(sheet: Worksheet, given: registry.ChapterTwoCase,
                                   version: Version) -> list[Reading]:
    """Each reading of the tables: the chemicals of (d) together (Note (B)), each chemical
    of (e) alone (Note (A)); the same chemical given twice is one quantity."""
    field = facts_field(given)
    tables = {c["name"].casefold(): c for c in version["chemicals"]}
    totals: dict[str, tuple[dict, Quantity]] = {}
    for index, entry in enumerate(given.facts.chemicals):
        where = f"{field}.chemicals[{index}]"
        chemical = tables.get(entry.name.casefold())
        if chemical is None:
            raise CaseError(f"{where}.name",
                            f"{entry.name!r} is not in the Chemical Quantity Tables of §2D1.11 "
                            f"in force on {format_date(sheet.manual.in_force)} (§2D1.11(d), "
                            f"(e)): `ussg tables listed_chemical` lists them")
        quantity = parse_quantity(entry.quantity)
        scale = parse_quantity(chemical["rows"][-1]["less_than"])
        if quantity.dimension != scale.dimension:
            raise CaseError(f"{where}.quantity",
                            f"{chemical['name']} is measured by {scale.dimension} in "
                            f"§2D1.11{table_of(chemical)}, e.g. "
                            f"\"{chemical['rows'][-1]['less_than'].lower()}\"; "
                            f"{entry.quantity!r} is {quantity.dimension}")
        before = totals.get(chemical["name"])
        totals[chemical["name"]] = (chemical, before[1] + quantity if before else quantity)
    readings = list_i_equivalency(sheet, given, version, totals)
    combined = {name for reading in readings for name in reading.chemicals}
    aggregate = [(c, q) for c, q in totals.values()
                 if c["table"] == version.get("aggregate_table")]
    if aggregate:
        total = sum((q for _, q in aggregate[1:]), aggregate[0][1])
        words = " + ".join(f"{c['name']} {q}" for c, q in aggregate)
        if len(aggregate) > 1:
            words += f" = {total} (Note (B): “{version['note_aggregate']}”)"
        readings.append(Reading(words, aggregate[0][0]["table"],
                                row_reached(aggregate[0][0], total.amount)))
    for chemical, quantity in totals.values():
        if chemical["table"] != version.get("aggregate_table") and chemical["name"] not in combined:
            readings.append(Reading(f"{chemical['name']} {quantity} (list {chemical['list']})",
                                    chemical["table"], row_reached(chemical, quantity.amount)))
    return readings


def list_i_equivalency(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                       totals: dict[str, tuple[dict, Quantity]]) -> list[Reading]:
    """Before May 1, 2001, two or more list I chemicals: Note (A) (Notes (A) and (D) before
    Nov. 1, 1995) converts each to its ephedrine equivalency by the Equivalency Table, adds
    them and reads the Ephedrine rows; the "*" note caps anthranilic acid and
    N-acetylanthranilic acid at 159.99 grams of ephedrine; the "**" note reads a pair it
    names separately. From Nov. 1, 1995, chemicals "used together ... in the same
    manufacturing process" are read singly (``list_i_use``). Returns the combined reading,
    or none where the chemicals are read singly."""
    field = facts_field(given)
    use = getattr(given.facts, "list_i_use", None)
    list_i = [name for name, (chemical, _) in totals.items() if chemical["list"] == "I"]
    note = version.get("list_i_note")
    if use is not None and (not version.get("list_i_same_process") or len(list_i) < 2):
        raise CaseError(f"{field}.list_i_use",
                        f"§2D1.11 in force on {format_date(sheet.manual.in_force)} reads no "
                        f"list_i_use: Note (A)'s choice between list I chemicals used in the "
                        f"same manufacturing process and others is in force Nov. 1, 1995 - "
                        f"Apr. 30, 2001, and read only with two or more list I chemicals "
                        f"(here {len(list_i)}): leave it out")
    if not note or len(list_i) < 2:
        return []
    where = f"§2D1.11(d), {version['list_i_note_label']}"
    title = load_table(TABLE).title
    source = sheet.note_version(version)
    if version.get("list_i_same_process"):
        if use is None:
            raise CaseError(f"{field}.list_i_use",
                            f"§2D1.11(d) in force on {format_date(sheet.manual.in_force)} reads "
                            f"two or more list I chemicals ({', '.join(list_i)}) by Note (A): "
                            f"“{note}” State list_i_use = \"same_process\" or "
                            f"\"different_substances_or_processes\"")
        if use == "same_process":
            sheet.note("chapter_two", where, title, ", ".join(list_i),
                       "the single list I chemical that results in the greatest level",
                       f"list_i_use = same_process: “{note}”", source)
            return []
    pairs = [(a, b) for pair in version.get("equivalency_pairs", ())
             for a in pair["first"] for b in pair["second"] if a in list_i and b in list_i]
    if pairs:
        if len(list_i) > 2:
            raise CaseError(f"{field}.chemicals",
                            f"§2D1.11(d) in force on {format_date(sheet.manual.in_force)}: the "
                            f"“**” note to the {version['equivalency_label']} reads "
                            f"{' and '.join(pairs[0])} separately (“"
                            f"{version['equivalency_separately']}”), but does not say how that "
                            f"pair is combined with the other list I chemicals ("
                            f"{', '.join(n for n in list_i if n not in pairs[0])}): enter the "
                            f"level the court finds as guideline = \"other\"")
        sheet.note("chapter_two", where, title, " and ".join(pairs[0]),
                   "each read separately: the greater level is used",
                   f"“**” note to the {version['equivalency_label']}: "
                   f"“{version['equivalency_separately']}”", source)
        return []
    factors = {e["name"]: Decimal(e["ephedrine"]) for e in version["equivalency"]}
    ephedrine = next(c for c in version["chemicals"] if c["name"] == "Ephedrine")
    capped = set(version.get("equivalency_cap_names", ()))
    parts, total, capped_total = [], Decimal(0), Decimal(0)
    for name in list_i:
        quantity = totals[name][1]
        if name == "Ephedrine":
            parts.append(f"Ephedrine {quantity}")
            total += quantity.amount
            continue
        grams = quantity.amount * factors[name]
        parts.append(f"{name} {quantity} × {factors[name]} = {Quantity(grams, 'mass')} of "
                     f"ephedrine")
        if name in capped:
            capped_total += grams
        else:
            total += grams
    words = "; ".join(parts)
    if capped_total:
        cap = Decimal(version["equivalency_cap_grams"])
        if capped_total > cap:
            words += (f"; {' and '.join(sorted(capped & set(list_i)))} capped at {cap} g "
                      f"(“*” note: “{version['equivalency_cap']}”)")
        total += min(capped_total, cap)
    words += (f": {Quantity(total, 'mass')} of ephedrine ({version['list_i_note_label']}: "
              f"“{note}”)")
    return [Reading(words, "d", row_reached(ephedrine, total), tuple(list_i))]


def table_of(chemical: dict) -> str:
    """The table as the version designates it: "(d)", "(e)", or, under Amendment 611,
    "(d)(1)" or "(d)(2)" (its rows' paragraph less the row's number)."""
    return chemical["rows"][0]["paragraph"].rsplit("(", 1)[0]


def row_reached(chemical: dict, amount: Decimal) -> dict:
    """The row of ``chemical`` whose range holds ``amount`` (rows highest first)."""
    for row in chemical["rows"]:
        if row.get("at_least") is None or amount >= parse_quantity(row["at_least"]).amount:
            return {**row, "name": chemical["name"]}
    raise AssertionError("the bottom row has no lower bound")  # pragma: no cover


def row_words(row: dict) -> str:
    """The row as the table prints it: "At least 100 G but less than 300 G of Ephedrine;
    Level 30"."""
    if row.get("at_least") is None:
        amount = f"Less than {row['less_than']}"
    elif row.get("less_than") is None:
        amount = f"{row['at_least']} or more"
    else:
        amount = f"At least {row['at_least']} but less than {row['less_than']}"
    return f"{amount} of {row['name']}; Level {row['level']}"


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.11(b)(1)-(6), each that the court found, in the Manual's order."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    title = load_table(TABLE).title
    refuse_facts_the_edition_lacks(sheet, given, version)
    for clause in version["characteristics"]:
        if not getattr(given.facts, clause["requires"]):
            continue
        section = f"§2D1.11{clause['paragraph']}"
        unless = clause.get("unless")
        if unless and getattr(given.facts, unless):
            sheet.note("chapter_two", section, title, f"{clause['requires']}, {unless}: yes",
                       "not applied", f"“{clause['text']}”", source)
            continue
        sheet.adjust("chapter_two", section, title, f"{clause['requires']}: yes",
                     clause["levels"], f"“{clause['text']}”", source)


def refuse_facts_the_edition_lacks(sheet: Worksheet, given: registry.ChapterTwoCase,
                                   version: Version) -> None:
    """A characteristic's fact stated true where the version in force has no such
    characteristic ((b)(4) from Nov. 1, 2004, (b)(5) from 2007, (b)(6) from 2012) is an
    error naming the field, never silently unused."""
    has = {name for clause in version["characteristics"]
           for name in (clause["requires"], clause.get("unless")) if name}
    every = {name for other in load_table(TABLE).versions
             for clause in other.get("characteristics", ())
             for name in (clause["requires"], clause.get("unless")) if name}
    for name in sorted(every - has):
        if getattr(given.facts, name):
            paragraphs = ", ".join(c["paragraph"] for c in version["characteristics"])
            raise CaseError(f"{facts_field(given)}.{name}",
                            f"§2D1.11 in force on {format_date(sheet.manual.in_force)} has no "
                            f"characteristic for {name} (its (b) is {paragraphs}): leave it "
                            f"out for this date")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.11(c)(1): §2D1.1, "if the resulting offense level is greater". §2D1.1's facts
    are read only there: stated without ``manufacturing`` they are refused, not unused."""
    if not given.facts.manufacturing:
        refuse_unread_drug_facts(given, "§2D1.11 reads §2D1.1's facts only for (c)(1), an "
                                        "offense that involved manufacturing a controlled "
                                        "substance (state manufacturing = true)")
    manufacturing_cross_reference(sheet, given, SECTION, TABLE, given.facts.manufacturing,
                                  f"{facts_field(given)}.manufacturing")
