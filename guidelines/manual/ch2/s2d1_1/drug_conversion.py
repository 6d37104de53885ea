"""Different substances in one case: the Drug Equivalency Tables (marihuana equivalent) and,
from Nov. 1, 2018, the Drug Conversion Tables (converted drug weight) of §2D1.1.

"Where there are multiple transactions or multiple drug types, the quantities of drugs are to
be added. Tables for making the necessary conversions are provided below." (§2D1.1, comment.
(n.7), 2025). "In each case, convert each of the drugs to its converted drug weight [before
2018: its marihuana equivalent], add the quantities, and look up the total in the Drug
Quantity Table to obtain the combined offense level." (n.8(B), 2025; n.10 as amended by
Amendment 396, 1991). The same tables serve "a controlled substance that is not specifically
referenced in the Drug Quantity Table" (n.8(A)).

The notes to the Drug Quantity Table that turn a count into a weight are applied first, each
as its own step:

* marihuana plants: 1 kg each for 50 or more plants, 100 g each for fewer (Amendment 125,
  1989); 100 g each (Amendment 516, 1995; note (E) in 2025);
* LSD on a carrier medium: each dose as 0.4 mg (Amendment 488, 1993; note (G));
* "one unit means 0.5 milliliters" for liquid units (note (F)); anabolic steroid vials
  (Amendment 369, 1991);
* PCP, amphetamine, methamphetamine: the greater of the mixture and the "actual" weight
  (note (B); Amendment 125, 1989), and hydrocodone/oxycodone by actual weight only;
* the Typical Weight Per Unit Table (n.9 in 2025) where only a number of doses is known.

Each converted substance is then capped where the tables cap its schedule ("the combined
converted weight of Schedule V substances shall not exceed 2.49 kilograms", and so on:
"determine the converted drug weight for each schedule separately (subject to the cap, if
any, applicable to that schedule). Then add ... (subject to the cap, if any, applicable to
the combined amounts)", n.8(B)), the results are added, the total is read in the Marihuana
(or Converted Drug Weight) row of the Drug Quantity Table, and the tables' minimum offense
levels ("the minimum offense level ... for any of these controlled substances individually,
or in combination with another controlled substance, is level 12") are applied.

Everything edition-specific is data: ``tables/drug_equivalency/``. This module never
guesses a factor: a substance the version does not list is refused, naming the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.case.model import Drug
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import Substance, _measure_word, substances
from ussg.guidelines.engine.errors import CaseError, shorten
from ussg.guidelines.engine.quantity import Quantity, format_amount, parse_quantity
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet

TABLE = "drug_equivalency"


@cache
def _normal(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _names(key: str, name: str, aliases: list[str]) -> list[str]:
    """Every spelling a user may type: key, printed name, each "/"-separated part, aliases."""
    parts = [key, name, *aliases]
    if "/" in name:
        parts += [p for p in name.split("/") if p.strip()]
    return [_normal(p) for p in parts if _normal(p)]


# --------------------------------------------------------------------------- the tables


@dataclass(frozen=True)
class Entry:
    """One line of the tables: "1 gm of Heroin = 1 kg of marihuana"."""

    key: str
    name: str
    group: str  # key of the heading it is printed under
    per: Quantity  # "1 gm", "1 unit", "1 ml"
    equals: Decimal  # grams of the common measure
    printed: bool  # False: not printed in the tables, derived from the Drug Quantity Table
    derived: str  # how an unprinted factor was derived
    referents: tuple[tuple[str, Decimal], ...] = ()  # before Nov. 1, 1991: grams of each referent

    def convert(self, amount: Decimal) -> Decimal:
        return amount * self.equals / self.per.amount

    @property
    def measure(self) -> str:
        return self.per.dimension


@dataclass(frozen=True)
class Group:
    """A heading of the tables ("Schedule I or II Opiates*") and its footnoted minimum."""

    key: str
    name: str
    minimum_level: int | None
    minimum_text: str
    minimum_interpretation: str
    referent: str = ""  # before Nov. 1, 1991: the drug its substances are "equivalents" of


@dataclass(frozen=True)
class Cap:
    """"...shall not exceed 2.49 kilograms of converted drug weight" for a set of headings."""

    groups: frozenset[str]
    limit: Decimal
    text: str
    # where the Manual's own example applies this cap to fewer headings (n.8(C)(iv): Schedule
    # IV alone), those headings, the example's words and where it is
    example_groups: frozenset[str] | None = None
    example_text: str = ""
    example_note: str = ""


@dataclass(frozen=True)
class PerUnit:
    """A weight per dose: LSD on a carrier (a rule) or the Typical Weight Per Unit Table (an
    estimate, "do not use this table if any more reliable estimate ... is available")."""

    substance: str
    each: Quantity
    binding: bool
    section: str
    text: str


@dataclass(frozen=True)
class VolumeUnit:
    """A liquid counted in units: "one 'unit' means 0.5 milliliters" (note (F))."""

    substances: frozenset[str]
    each: Quantity
    section: str
    text: str


@dataclass(frozen=True)
class Actual:
    """Note (B): "(actual)" weight. ``greater``: use the mixture or the actual weight,
    whichever gives more; ``actual_only``: the table lists only the actual weight."""

    mixture: str  # key (greater) or name (actual_only) the user types
    actual: str  # key of the "(actual)" entry
    rule: str
    section: str
    text: str


@dataclass(frozen=True)
class PlantRule:
    at_least: int  # plants in the whole offense
    each: Quantity


@dataclass(frozen=True)
class Plants:
    substance: str  # "marihuana"
    names: tuple[str, ...]
    rules: tuple[PlantRule, ...]  # highest count first
    section: str
    text: str


@dataclass(frozen=True)
class Tables:
    """One version of the Drug Equivalency / Conversion Tables with its rules."""

    version: Version
    title: str
    section: str
    measure_key: str  # the Drug Quantity Table row a total is read in
    measure_name: str  # "marihuana" / "converted drug weight"
    combining: str
    entries: dict[str, Entry]  # by key
    index: dict[str, str]  # normalized name -> key
    groups: dict[str, Group]
    caps: tuple[Cap, ...]  # smallest set of headings first
    per_unit: dict[str, PerUnit]
    volume_units: tuple[VolumeUnit, ...]
    actual: dict[str, Actual]  # by normalized mixture name/key
    plants: Plants | None
    special: dict = field(default_factory=dict)
    referents: dict = field(default_factory=dict)  # before 1991: referent -> DQT key
    referent_rule: dict = field(default_factory=dict)

    def find(self, name: str) -> str | None:
        return self.index.get(_normal(name))


def _quantity(text: str) -> Quantity:
    return parse_quantity(text)


@cache
def tables(version: Version) -> Tables:
    """Read one version of ``tables/drug_equivalency/`` into lookups."""
    entries: dict[str, Entry] = {}
    index: dict[str, str] = {}
    groups: dict[str, Group] = {}
    for raw_group in version["class"]:
        groups[raw_group["key"]] = Group(
            raw_group["key"], raw_group["name"], raw_group.get("minimum_level"),
            raw_group.get("minimum_text", ""), raw_group.get("minimum_interpretation", ""),
            raw_group.get("referent", ""))
        for raw in raw_group["entries"]:
            per = _quantity(raw["per"])
            referents = tuple((k, _quantity(v).amount) for k, v in raw.get("referents", {}).items())
            equals = _quantity(raw["equals"]).amount if "equals" in raw else \
                dict(referents).get(version["measure_key"], Decimal(0))
            entry = Entry(raw["key"], raw["name"], raw_group["key"], per, equals,
                          raw.get("printed", True), raw.get("derived", ""), referents)
            if entry.key in entries:
                raise ValueError(f"{version.citation}: {entry.key} listed twice")
            entries[entry.key] = entry
            for spelling in _names(entry.key, entry.name, raw.get("aliases", [])):
                index.setdefault(spelling, entry.key)
    caps = tuple(sorted(
        (Cap(frozenset(c["classes"]), _quantity(c["limit"]).amount, c["text"],
             frozenset(c["example_classes"]) if "example_classes" in c else None,
             c.get("example_text", ""), c.get("example_note", ""))
         for c in version.get("cap", [])),
        key=lambda cap: len(cap.groups)))
    per_unit = {
        raw["substance"]: PerUnit(raw["substance"], _quantity(raw["each"]), raw["binding"],
                                  raw["section"], raw["text"])
        for raw in version.get("per_unit", [])
    }
    volume_units = tuple(
        VolumeUnit(frozenset(raw["substances"]), _quantity(raw["each"]), raw["section"],
                   raw["text"])
        for raw in version.get("volume_unit", []))
    actual: dict[str, Actual] = {}
    for raw in version.get("actual", []):
        rule = Actual(raw["mixture"], raw["actual"], raw["rule"], raw["section"], raw["text"])
        actual[_normal(raw["mixture"])] = rule
        for alias in raw.get("aliases", []):
            actual[_normal(alias)] = rule
    plants = None
    if "plants" in version.data:
        raw = version["plants"]
        plants = Plants(
            raw["substance"], tuple(_normal(n) for n in raw["names"]),
            tuple(sorted((PlantRule(r["at_least"], _quantity(r["each"])) for r in raw["rules"]),
                         key=lambda r: -r.at_least)),
            raw["section"], raw["text"])
    return Tables(version, version["title"], version["section"], version["measure_key"],
                  version["measure_name"], version["combining"], entries, index, groups, caps,
                  per_unit, volume_units, actual, plants, version.get("special", {}),
                  version.get("referents", {}), version.get("referent_rule", {}))


def _with_referent(sheet: Worksheet, tables_: Tables, dqt: Version, items: list[Item],
                   source: str) -> Tables:
    """Before Nov. 1, 1991 (Amendment 396) the tables gave equivalents in heroin, cocaine, PCP
    or marihuana: "If all the drugs are 'equivalents' of the same drug, e.g., stimulants that
    are grouped with cocaine, convert them to that drug. In other cases, convert each of the
    drugs to either the heroin or marihuana equivalents ... Use the marihuana equivalents when
    the only substances involved are 'Schedule I Marihuana,' 'Schedule III Substances,'
    'Schedule IV Substances,' 'Schedule V Substances' or 'Schedule I or II Depressants.'
    Otherwise, use the heroin equivalents." The tables as they apply to this case."""
    if not tables_.referent_rule:
        return tables_
    groups = set()
    for item in items:
        entry = tables_.entries.get(item.key)
        if entry is None:
            raise CaseError(item.fields[0] + ".substance",
                            f"{item.name} has no line in the {tables_.title} of "
                            f"{tables_.version.citation}, so it cannot be combined")
        groups.add(entry.group)
    referents = {tables_.groups[g].referent for g in groups}
    if len(groups) == 1 and "" not in referents:
        referent = referents.pop()
        why = f"all the drugs are equivalents of the same drug ({referent})"
    elif groups <= set(tables_.referent_rule["marihuana_only"]):
        referent, why = "marihuana", ("the only substances involved are Schedule I Marihuana, "
                                      "Schedule I or II Depressants or Schedule III-V substances")
    else:
        referent = tables_.referent_rule["otherwise"]
        why = "neither of those: the heroin equivalents"
    entries = {key: replace(entry, equals=dict(entry.referents)[referent])
               for key, entry in tables_.entries.items() if referent in dict(entry.referents)}
    sheet.note("chapter_two", tables_.section, "Common measure (before Nov. 1, 1991)",
               ", ".join(item.name for item in items), referent,
               f"\"{tables_.combining}\" Here {why}", source)
    return replace(tables_, entries=entries, measure_key=tables_.referents[referent],
                   measure_name=referent)


# --------------------------------------------------------------------------- the case


@dataclass
class Item:
    """One substance of the case on its way to the Drug Quantity Table."""

    key: str
    name: str
    amount: Quantity
    fields: list[str]  # the case fields it came from, for error messages
    entries: list[str]  # the quantities as the user wrote them
    actual: Quantity | None = None  # note (B): the "(actual)" weight, where purity is given
    actual_key: str | None = None
    rule: str = ""  # "greater" or "actual_only" when actual is set
    purity: str = ""
    typed: str = ""  # the substance as the case names it (step titles align across editions)


@cache
def _dqt_index(dqt: Version) -> dict[str, Substance]:
    index: dict[str, Substance] = {}
    for substance in substances(dqt):
        for raw in dqt["substance"]:
            if raw["key"] == substance.key:
                for spelling in (raw["key"], raw["name"], *raw.get("aliases", ())):
                    index.setdefault(_normal(spelling), substance)
    return index


def _dqt_substance(dqt: Version, key: str) -> Substance | None:
    return _dqt_by_key(dqt).get(key)


@cache
def _dqt_by_key(dqt: Version) -> dict[str, Substance]:
    """The table's substances by key, made once per table version: a conversion looks its
    substances up several times a case, and the table lists some hundred of them (each key
    once: ``substances`` keeps the first of each)."""
    return {substance.key: substance for substance in substances(dqt)}


def needs_conversion(dqt: Version, drugs: list[Drug]) -> bool:
    """True unless the case is one substance the Drug Quantity Table lists, stated in the
    table's own measure with no fact the notes convert (purity, doses, plants): that case
    keeps the direct path of guidelines/manual/ch2/s2d1_1/drug_quantity.py, step for step."""
    index = _dqt_index(dqt)
    keys = set()
    for drug in drugs:
        substance = index.get(_normal(drug.substance))
        if substance is None or drug.purity is not None:
            return True
        if drug.amount.dimension != substance.measure:
            return True
        keys.add(substance.key)
    return len(keys) > 1


def _purity(drug: Drug) -> Decimal | None:
    if drug.purity is None:
        return None
    return Decimal(drug.purity.strip().rstrip("%").strip()) / 100


def _unknown(tables_: Tables, dqt: Version, name: str, field: str) -> CaseError:
    from difflib import get_close_matches  # for a mistake only (about 0.4% of a start)

    known = set(tables_.index) | set(_dqt_index(dqt))
    if tables_.plants:
        known |= set(tables_.plants.names)
    known |= set(tables_.actual)
    close = get_close_matches(_normal(name), sorted(known), n=1, cutoff=0.85)
    hint = f" Did you mean {close[0].replace('_', ' ')!r}?" if close else ""
    return CaseError(
        field,
        f"unknown substance {shorten(name)}: neither the Drug Quantity Table nor the {tables_.title} "
        f"of {tables_.version.citation} list it.{hint} Schedule III, IV and V substances are "
        "entered by schedule (e.g. \"Schedule IV substances\"); for a substance the Manual does "
        "not list, the court uses the most closely related one it does list (§2D1.1, comment. "
        "(n.6)): enter that one. `ussg tables drug_equivalency` lists them all.",
    )


def _items(sheet: Worksheet, tables_: Tables, dqt: Version, drugs: list[Drug]) -> list[Item]:
    """Resolve each drug to a key of the tables, applying the notes that turn counts, doses,
    liquids and purity into weights; entries of the same substance are added."""
    dqt_index = _dqt_index(dqt)
    source = sheet.note_version(tables_.version)
    plants: list[tuple[int, Drug]] = []
    merged: dict[str, Item] = {}
    for i, drug in enumerate(drugs):
        field = f"offense.drugs[{i}]"
        name = _normal(drug.substance)
        amount = drug.amount
        purity = _purity(drug)
        actual_rule = tables_.actual.get(name)
        if tables_.plants and (name in tables_.plants.names or (
                amount.dimension == "plants" and tables_.plants.substance in (
                    tables_.find(drug.substance), getattr(dqt_index.get(name), "key", None)))):
            if amount.dimension != "plants":
                raise CaseError(f"{field}.quantity",
                                f"marihuana plants are counted in plants, not "
                                f"{_measure_word(amount.dimension)} ({drug.quantity!r})")
            plants.append((i, drug))
            continue
        if actual_rule is not None and actual_rule.rule == "actual_only":
            key = actual_rule.actual
        elif name in dqt_index:
            key = dqt_index[name].key
        else:
            key = tables_.find(drug.substance)
        if key is None:
            raise _unknown(tables_, dqt, drug.substance, f"{field}.substance")
        display = _display_name(tables_, dqt, key)
        amount = _to_measure(sheet, tables_, dqt, key, display, amount, drug, field, source)
        item = Item(key, display, amount, [field], [drug.quantity], typed=drug.substance)
        if actual_rule is not None and actual_rule.rule == "actual_only":
            if purity is None:
                raise CaseError(
                    f"{field}.purity",
                    f"{actual_rule.text} Give the purity of the {drug.substance} (e.g. "
                    f"purity = \"10%\"), or enter the weight of the substance itself as "
                    f"{_display_name(tables_, dqt, actual_rule.actual)!r}.")
            weight = Quantity(amount.amount * purity, "mass")
            sheet.note("chapter_two", actual_rule.section, "Actual weight",
                       f"{drug.quantity} of {drug.substance} at {drug.purity} purity",
                       str(weight), f"{actual_rule.text} {format_amount(amount.amount, 'mass')}"
                       f" × {drug.purity} = {weight} of {display}", source)
            item.amount = weight
        elif purity is not None:
            rule = next((r for r in tables_.actual.values()
                         if r.rule == "greater" and r.mixture == key), None)
            if rule is None:
                sheet.note("chapter_two", tables_.section, "Purity not used",
                           f"{drug.quantity} of {display} at {drug.purity} purity", "—",
                           f"this edition measures {display} by the weight of the mixture or "
                           "substance; purity does not change the quantity", source)
            else:
                item.actual = Quantity(amount.amount * purity, amount.dimension)
                item.actual_key, item.rule, item.purity = rule.actual, rule.rule, drug.purity
        if key in merged and merged[key].actual is None and item.actual is None:
            merged[key].amount = merged[key].amount + item.amount
            merged[key].fields += item.fields
            merged[key].entries += item.entries
        else:
            merged[key if key not in merged else f"{key}#{i}"] = item
    if plants:
        item = _plants(sheet, tables_, plants, source)
        item.name = _display_name(tables_, dqt, item.key)
        if item.key in merged and merged[item.key].actual is None:
            merged[item.key].amount = merged[item.key].amount + item.amount
            merged[item.key].fields += item.fields
            merged[item.key].entries += item.entries
        else:
            merged[item.key] = item
    return list(merged.values())


def _display_name(tables_: Tables, dqt: Version, key: str) -> str:
    substance = _dqt_substance(dqt, key)
    if substance is not None:
        return substance.name
    entry = tables_.entries.get(key)
    return entry.name if entry else key


def _measure_of(tables_: Tables, dqt: Version, key: str) -> str:
    substance = _dqt_substance(dqt, key)
    if substance is not None:
        return substance.measure
    return tables_.entries[key].measure


def _to_measure(sheet: Worksheet, tables_: Tables, dqt: Version, key: str, display: str,
                amount: Quantity, drug: Drug, field: str, source: str) -> Quantity:
    """Doses to weight (LSD; Typical Weight Per Unit Table), liquids to units (note (F))."""
    measure = _measure_of(tables_, dqt, key)
    if amount.dimension == measure:
        return amount
    if measure == "mass" and amount.dimension == "units" and key in tables_.per_unit:
        rule = tables_.per_unit[key]
        weight = Quantity(amount.amount * rule.each.amount, "mass")
        kind = "Weight per dose" if rule.binding else "Typical weight per unit (estimate)"
        sheet.note("chapter_two", rule.section, kind, f"{drug.quantity} of {display}",
                   str(weight), f"{rule.text} {format_amount(amount.amount, 'units')} × "
                   f"{rule.each} = {weight}", source)
        return weight
    if measure == "units" and amount.dimension == "volume":
        for rule in tables_.volume_units:
            if key in rule.substances:
                units = Quantity(amount.amount / rule.each.amount, "units")
                sheet.note("chapter_two", rule.section, "Liquid measured in units",
                           f"{drug.quantity} of {display}", str(units),
                           f"{rule.text} {format_amount(amount.amount, 'volume')} ÷ "
                           f"{rule.each} = {units}", source)
                return units
    raise CaseError(
        f"{field}.quantity",
        f"{display} is measured in {_measure_word(measure)}, not "
        f"{_measure_word(amount.dimension)} ({drug.quantity!r}) in {tables_.version.citation}"
        + ("" if amount.dimension != "units" or measure != "mass" else
           "; the Manual of this edition gives no weight per dose for it"),
    )


def _plants(sheet: Worksheet, tables_: Tables, drugs: list[tuple[int, Drug]],
            source: str) -> Item:
    """Note (E) / the 1989 note: plants as a weight of marihuana, by the number of plants in
    the whole offense."""
    rule_set = tables_.plants
    assert rule_set is not None
    count = sum((d.amount.amount for _, d in drugs), Decimal(0))
    rule = next(r for r in rule_set.rules if count >= r.at_least)
    weight = Quantity(count * rule.each.amount, "mass")
    entries = " + ".join(d.quantity for _, d in drugs)
    sheet.note("chapter_two", rule_set.section, "Marihuana plants",
               f"{entries} of marihuana", str(weight),
               f"{rule_set.text} {format_amount(count, 'plants')} × {rule.each} = {weight} "
               "of marihuana (enter the marihuana's actual weight instead if it is greater)",
               source)
    key = rule_set.substance
    return Item(key, key, weight, [f"offense.drugs[{i}]" for i, _ in drugs],
                [d.quantity for _, d in drugs], typed=drugs[0][1].substance)


# --------------------------------------------------------------------------- one substance


def _single_row(sheet: Worksheet, dqt: Version, item: Item) -> None:
    """One substance the Drug Quantity Table lists, after the notes: read its own row (and,
    under note (B), the row of its "(actual)" weight, whichever is greater)."""
    substance = _dqt_substance(dqt, item.key)
    assert substance is not None
    source = sheet.note_version(dqt)
    row = substance.row_for(item.amount.amount)
    used, used_row, amount = substance, row, item.amount
    if item.actual is not None:
        actual = _dqt_substance(dqt, item.actual_key or "")
        if actual is not None:
            actual_row = actual.row_for(item.actual.amount)
            sheet.note("chapter_two", f"§2D1.1(c)({actual_row.subdivision})",
                       "Actual weight (greater of mixture and actual)", f"{item.actual} of {actual.name}",
                       f"level {actual_row.level}",
                       f"{actual.threshold_text(actual_row)} of {actual.name} → level "
                       f"{actual_row.level}; mixture: level {row.level}; the greater applies",
                       source)
            if actual_row.level > row.level:
                used, used_row, amount = actual, actual_row, item.actual
    entries = " + ".join(item.entries)
    sheet.set_level(
        "chapter_two", f"§2D1.1(c)({used_row.subdivision})",
        "Base offense level (Drug Quantity Table)",
        f"{amount} of {used.name}" + (f" (from {entries})" if entries != str(amount) else ""),
        used_row.level, f"{used.threshold_text(used_row)} of {used.name} → level {used_row.level}",
        source)


# --------------------------------------------------------------------------- several


@frozen_record
class Converted:
    item: Item
    entry: Entry
    amount: Decimal  # grams of the common measure


def _convert(sheet: Worksheet | None, tables_: Tables, dqt: Version, item: Item, source: str,
             entry: Entry | None = None) -> Converted:
    """One step per substance: its quantity, the line of the tables, the equivalent. With no
    worksheet, the same conversion without steps (to weigh an alternative)."""
    entry = entry or tables_.entries.get(item.key)
    if entry is None:
        raise CaseError(
            item.fields[0] + ".substance",
            f"{item.name} is in the Drug Quantity Table of {dqt.citation} but the "
            f"{tables_.title} of {tables_.version.citation} give no conversion for it, so it "
            "cannot be combined with other substances")
    if entry.measure != item.amount.dimension:
        raise CaseError(
            item.fields[0] + ".quantity",
            f"{entry.name} is converted per {_per(entry)} in the {tables_.title}, not per "
            f"{_measure_word(item.amount.dimension)}")
    value = entry.convert(item.amount.amount)
    title = f"Conversion: {item.typed or item.name}"
    if item.actual is not None and item.actual_key in tables_.entries:
        actual_entry = tables_.entries[item.actual_key]
        actual_value = actual_entry.convert(item.actual.amount)
        greater = max(value, actual_value)
        if sheet is not None:
            sheet.note("chapter_two", tables_.section, title,
                       f"{_entries(item)} of {item.name} at {item.purity} purity: "
                       f"{item.actual} actual",
                       format_amount(greater, "mass"),
                       f"{_line(tables_, entry)}: {item.amount} → "
                       f"{format_amount(value, 'mass')}; {_line(tables_, actual_entry, False)}: "
                       f"{item.actual} → {format_amount(actual_value, 'mass')}; the greater, "
                       f"{format_amount(greater, 'mass')} of {tables_.measure_name}, is used "
                       "(§2D1.1(c), note (B))", source)
        if actual_value > value:
            return Converted(item, actual_entry, actual_value)
        return Converted(item, entry, value)
    if sheet is not None:
        sheet.note("chapter_two", tables_.section, title, f"{_entries(item)} of {item.name}",
                   format_amount(value, "mass"),
                   f"{_line(tables_, entry)}; {item.amount} → {format_amount(value, 'mass')} of "
                   f"{tables_.measure_name}", source)
    return Converted(item, entry, value)


def _per(entry: Entry) -> str:
    """"1 gm", "1 unit", "1 ml" as the tables print them."""
    return {"mass": "1 gm", "units": "1 unit", "volume": "1 ml"}[entry.measure] \
        if entry.per.amount == 1 else str(entry.per)


def _line(tables_: Tables, entry: Entry, heading: bool = True) -> str:
    """The line of the tables, e.g. "Schedule I or II Opiates: 1 gm of Heroin = 1 kg"."""
    text = (f"{_per(entry)} of {entry.name} = {format_amount(entry.equals, 'mass')}"
            f" of {tables_.measure_name}")
    if not entry.printed:
        return f"{tables_.title}: {text} ({entry.derived})"
    if heading:
        return f"{tables_.title}, {tables_.groups[entry.group].name}: {text}"
    return text


def _entries(item: Item) -> str:
    if len(item.entries) > 1:
        return f"{' + '.join(item.entries)} = {item.amount}"
    return str(item.amount)


@dataclass
class _Block:
    groups: frozenset[str]
    amount: Decimal
    label: str  # what the amount is, for the sum step
    capped: bool = False


def _apply_caps(sheet: Worksheet | None, tables_: Tables, converted: list[Converted],
                source: str) -> list[_Block]:
    """n.8(B): "determine the [converted drug weight] for each schedule separately (subject
    to the cap, if any, applicable to that schedule). Then add ... (subject to the cap, if any,
    applicable to the combined amounts)". The caps name nested sets of headings (Schedule V;
    IV and V; III, IV and V): each is applied, smallest first, to the sum of what it covers."""
    blocks: list[_Block] = []
    for c in converted:
        blocks.append(_Block(frozenset({c.entry.group}), c.amount, c.item.name))
    measure = tables_.measure_name
    for cap in tables_.caps:
        inside = [b for b in blocks if b.groups <= cap.groups]
        if not inside:
            continue
        blocks = [b for b in blocks if not b.groups <= cap.groups]
        total = sum((b.amount for b in inside), Decimal(0))
        merged = _Block(frozenset().union(*(b.groups for b in inside)), total,
                        " + ".join(b.label for b in inside), any(b.capped for b in inside))
        if total > cap.limit:
            if sheet is not None:
                parts = " + ".join(format_amount(b.amount, "mass") for b in inside)
                parts = f"{parts} = " if len(inside) > 1 else ""
                sheet.note("chapter_two", tables_.section, "Cap",
                           f"{merged.label}: {parts}{format_amount(total, 'mass')} of {measure}",
                           format_amount(cap.limit, "mass"),
                           f"{cap.text} {format_amount(total, 'mass')} → "
                           f"{format_amount(cap.limit, 'mass')}", source)
            merged.amount, merged.capped = cap.limit, True
        blocks.append(merged)
    return blocks


def _cap_as_in_the_example(sheet: Worksheet, tables_: Tables, row_substance: Substance,
                           converted: list[Converted], total: Decimal, source: str) -> None:
    """Where the Manual's own example reads a cap differently from its footnote, and the two
    readings give this case different totals, both are shown and the footnote is followed.

    The footnote to the Schedule IV heading: "the combined converted weight of all Schedule
    IV (except flunitrazepam) and V substances shall not exceed 9.99 kilograms"; comment.
    (n.8(C)(iv)): "The converted drug weight for the Schedule IV substance is subject to a cap
    of 9.99 kilograms set forth as the maximum converted weight for Schedule IV substances
    ...", then Schedule V's 2.49 kilograms added. With Schedule IV and V substances the
    footnote allows at most 9.99 kg for both, the example up to 12.48 kg. ussg applies the
    footnote: it is the tables' own proviso and the text n.8(B) sends the reader to ("subject
    to the cap, if any, applicable to that schedule"); the example's figures do not depend on
    the difference (its total is capped at 79.99 kg either way)."""
    involved = {c.entry.group for c in converted}
    for cap in tables_.caps:
        if cap.example_groups is None or not involved & cap.example_groups \
                or not involved & (cap.groups - cap.example_groups):
            continue
        caps = tuple(sorted((replace(c, groups=c.example_groups) if c is cap else c
                             for c in tables_.caps), key=lambda c: len(c.groups)))
        other = sum((b.amount for b in _apply_caps(None, replace(tables_, caps=caps),
                                                   converted, "")), Decimal(0))
        if other == total:
            continue
        measure = tables_.measure_name
        ours, theirs = row_substance.row_for(total).level, row_substance.row_for(other).level
        names = " and ".join(tables_.groups[g].name for g in sorted(cap.groups)
                             if g in involved)
        footnote = f"{format_amount(total, 'mass')} of {measure} (level {ours})"
        example = f"{format_amount(other, 'mass')} of {measure} (level {theirs})"
        sheet.note("chapter_two", tables_.section, "Cap: the footnote and the example differ",
                   names, f"{format_amount(total, 'mass')} (the footnote)",
                   f"the footnote: \"{cap.text}\" gives {footnote}; {cap.example_note}, the "
                   f"Manual's example: \"{cap.example_text}\" — read so, this case would give "
                   f"{example}. ussg follows the footnote", source)
        sheet.warn(f"{tables_.section}: {names}: the cap's footnote (\"{cap.text}\") gives "
                   f"{footnote}; the Manual's example ({cap.example_note}), which caps "
                   f"{' and '.join(tables_.groups[g].name for g in sorted(cap.example_groups))} "
                   f"alone, would give {example}. ussg follows the footnote")


def _minimum(tables_: Tables, converted: list[Converted]) -> tuple[int, Group] | None:
    """The highest footnoted minimum among the headings of the substances involved."""
    best: tuple[int, Group] | None = None
    for c in converted:
        group = tables_.groups[c.entry.group]
        if group.minimum_level and (best is None or group.minimum_level > best[0]):
            best = (group.minimum_level, group)
    return best


def _row_substance(tables_: Tables, dqt: Version) -> Substance:
    row_substance = _dqt_substance(dqt, tables_.measure_key)
    if row_substance is None:
        raise CaseError("offense.drugs", f"the Drug Quantity Table of {dqt.citation} has no "
                        f"{tables_.measure_key} row to read the combined quantity in")
    return row_substance


def _level_of(tables_: Tables, dqt: Version, converted: list[Converted]) -> int:
    """The combined level of n.10(B) / n.8(B) for these substances, minimum included, without
    steps (for the exception of the 2008 cocaine base rule)."""
    total = sum((b.amount for b in _apply_caps(None, tables_, converted, "")), Decimal(0))
    level = _row_substance(tables_, dqt).row_for(total).level
    minimum = _minimum(tables_, converted)
    return max(level, minimum[0]) if minimum else level


def combined_base_offense_level(sheet: Worksheet, dqt: Version, drugs: list[Drug]) -> None:
    """§2D1.1(c) by way of the Drug Equivalency / Conversion Tables: one step per substance
    (its quantity, the line of the tables, the equivalent amount), the caps, the sum, the
    table row and the minimum level. One substance that the Drug Quantity Table lists, after
    the notes that turn counts into weights, is read in its own row. Between Nov. 1, 2007 and
    Oct. 31, 2010 cocaine base combined with other substances follows n.10(D)."""
    version = sheet.manual.table(TABLE)
    tables_ = tables(version)
    source = sheet.note_version(version)
    items = _items(sheet, tables_, dqt, drugs)
    if len(items) == 1 and _dqt_substance(dqt, items[0].key) is not None and (
            items[0].actual is None or _dqt_substance(dqt, items[0].actual_key or "")):
        _single_row(sheet, dqt, items[0])
        return
    tables_ = _with_referent(sheet, tables_, dqt, items, source)
    special = tables_.special.get("cocaine_base")
    crack = next((i for i in items if i.key == "cocaine_base"), None)
    combined_crack = special is not None and crack is not None and len(items) > 1
    converted = []
    for item in items:
        entry = None
        if combined_crack and item is crack and special["rule"] == "per_level":
            entry = _per_level_entry(sheet, tables_, dqt, special, crack, source)
        converted.append(_convert(sheet, tables_, dqt, item, source, entry))
    blocks = _apply_caps(sheet, tables_, converted, source)
    total = sum((b.amount for b in blocks), Decimal(0))
    measure = tables_.measure_name
    if len(converted) > 1:
        parts = " + ".join(format_amount(b.amount, "mass")
                           + (f" ({b.label}, capped)" if b.capped else f" ({b.label})")
                           for b in blocks)
        how = tables_.combining if not tables_.referent_rule else (
            "convert each of the drugs to ... equivalents, add the quantities, and look up the "
            "total in the Drug Quantity Table to obtain the combined offense level.")
        sheet.note("chapter_two", tables_.section, "Combined weight", parts,
                   format_amount(total, "mass"),
                   f"{how} Total: {format_amount(total, 'mass')} of {measure}", source)
    row_substance = _row_substance(tables_, dqt)
    _cap_as_in_the_example(sheet, tables_, row_substance, converted, total, source)
    row = row_substance.row_for(total)
    sheet.set_level(
        "chapter_two", f"§2D1.1(c)({row.subdivision})", "Base offense level (Drug Quantity Table)",
        f"{format_amount(total, 'mass')} of {measure}", row.level,
        f"{row_substance.threshold_text(row)} of {row_substance.name} → level {row.level}",
        sheet.note_version(dqt))
    minimum = _minimum(tables_, converted)
    if minimum and sheet.level is not None and sheet.level < minimum[0]:
        level, group = minimum
        sheet.move_to("chapter_two", tables_.section, "Minimum offense level",
                      f"{group.name} involved; level {sheet.level}", level,
                      group.minimum_text + (f" ({group.minimum_interpretation})"
                                            if group.minimum_interpretation else ""), source)
    if combined_crack and special["rule"] == "two_level_reduction":
        others = [c for c in converted if c.item is not crack]
        _two_level_reduction(sheet, tables_, dqt, special, crack, others, source)


def _per_level_entry(sheet: Worksheet, tables_: Tables, dqt: Version, special: dict,
                     crack: Item, source: str) -> Entry:
    """Amendment 711 (Nov. 1, 2007): "(I) Determine the base offense level for the quantity
    of cocaine base involved in the offense. (II) Using the marihuana equivalency obtained
    from the table in this subdivision, convert the quantity of cocaine base"."""
    substance = _dqt_substance(dqt, "cocaine_base")
    assert substance is not None
    row = substance.row_for(crack.amount.amount)
    factor = special["per_level"].get(str(row.level))
    if factor is None:
        raise CaseError(crack.fields[0] + ".quantity",
                        f"n.10(D) gives no marihuana equivalency for cocaine base at level "
                        f"{row.level}")
    per_gram = _quantity(factor).amount
    sheet.note("chapter_two", special["section"], "Cocaine base with other substances",
               f"{crack.amount} of {crack.name}: level {row.level} "
               f"(§2D1.1(c)({row.subdivision}))", f"{factor} per g",
               f"{special['text']} Level {row.level} → {factor} of marihuana per gram of "
               "cocaine base", source)
    return Entry("cocaine_base", "Cocaine Base", special["group"], parse_quantity("1 g"),
                 per_gram, True, "")


def _two_level_reduction(sheet: Worksheet, tables_: Tables, dqt: Version, special: dict,
                         crack: Item, others: list[Converted], source: str) -> None:
    """Amendment 715 (May 1, 2008): the combined level of cocaine base and other substances,
    "reduce[d] ... by 2 levels", except (I) 4.5 kg or more, or less than 250 mg, of cocaine
    base, or (II) where the reduction would fall below the level of the other substances
    alone."""
    level = sheet.level
    assert level is not None
    amount = crack.amount.amount
    title = "Cocaine base with other substances"
    if amount >= _quantity(special["not_at_least"]).amount or \
            amount < _quantity(special["not_below"]).amount:
        sheet.note("chapter_two", special["section"], title,
                   f"{crack.amount} of cocaine base", "no reduction",
                   f"{special['text']} Exception (ii)(I): {special['not_at_least']} or more, "
                   f"or less than {special['not_below']}, of cocaine base", source)
        return
    alone = _level_of(tables_, dqt, others)
    if level - 2 < alone:
        sheet.note("chapter_two", special["section"], title,
                   f"level {level}; the other substances alone: level {alone}", "no reduction",
                   f"{special['text']} Exception (ii)(II): level {level - 2} would be less "
                   f"than {alone}", source)
        return
    sheet.adjust("chapter_two", special["section"], title,
                 f"level {level}; the other substances alone: level {alone}", -2,
                 f"{special['text']} Neither exception applies: reduce by 2 levels", source)


# --------------------------------------------------------------------------- `ussg tables`


def describe(version: Version) -> list[str]:
    """The tables as text lines, heading by heading, for ``ussg tables drug_equivalency``."""
    t = tables(version)
    measure = " / ".join(t.referents) if t.referents else t.measure_name
    lines = [f"  {t.title} ({t.section}): each substance in {measure}", ""]
    if t.referents:
        lines += [f"  {t.combining}", ""]
    for group in t.groups.values():
        lines.append(f"  {group.name}")
        for entry in t.entries.values():
            if entry.group == group.key:
                mark = "" if entry.printed else f"   [not printed: {entry.derived}]"
                value = " / ".join(f"{format_amount(v, 'mass')} of {k}"
                                   for k, v in entry.referents) if entry.referents else \
                    format_amount(entry.equals, "mass")
                lines.append(f"    {_per(entry)} of {entry.name} = {value}  ({entry.key}){mark}")
        if group.minimum_level:
            lines.append(f"    minimum level {group.minimum_level}: {group.minimum_text}")
    if t.caps:
        lines += ["", "  Caps (applied smallest first):"]
        lines += [f"    {format_amount(c.limit, 'mass')}: {c.text}" for c in t.caps]
    lines += ["", "  Notes applied before converting:"]
    for rule in {id(r): r for r in t.actual.values()}.values():
        lines.append(f"    {rule.section} [{rule.rule}] {rule.mixture} → {rule.actual}")
    if t.plants:
        counts = "; ".join(f"{r.at_least}+ plants: {r.each} each" for r in t.plants.rules)
        lines.append(f"    {t.plants.section} marihuana plants: {counts}")
    for rule in t.volume_units:
        lines.append(f"    {rule.section} liquid: 1 unit = {rule.each} "
                     f"({', '.join(sorted(rule.substances))})")
    for unit in t.per_unit.values():
        kind = "per dose" if unit.binding else "typical weight per unit (estimate)"
        lines.append(f"    {unit.section} {unit.substance}: {unit.each} {kind}")
    return lines
