"""§2D1.1(c): the base offense level from the Drug Quantity Table.

"(5) the offense level specified in the Drug Quantity Table set forth in subsection (c)"
(§2D1.1(a)(5), 2025; (a)(3) in earlier editions). Quantities of the same substance are
added (§1B1.3 relevant conduct; §2D1.1 comment. (n.5) in 2025). This module reads one
substance in its own row; different substances are combined through the Drug
Equivalency/Conversion Tables in guidelines/manual/ch2/s2d1_1/drug_conversion.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ussg.guidelines.case.model import Drug
from ussg.guidelines.engine.errors import CaseError, shorten
from ussg.guidelines.engine.quantity import Quantity, format_amount, parse_quantity
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.records import frozen_record


@dataclass(frozen=True, eq=False)
class Row:
    subdivision: int
    level: int
    at_least: Quantity


@dataclass(frozen=True, eq=False)  # identity: substances are built once per table version
class Substance:
    key: str
    name: str
    measure: str
    rows: tuple[Row, ...]  # highest level first

    def row_for(self, amount: Decimal) -> Row:
        """The row with the greatest threshold the amount reaches ("at least ...")."""
        for row in self.rows:
            if amount >= row.at_least.amount:
                return row
        return self.rows[-1]

    @cache
    def threshold_text(self, row: Row) -> str:
        """"15 kg or more" / "at least 5 kg but less than 15 kg" / "less than 250 mg"."""
        index = self.rows.index(row)
        lower = row.at_least
        upper = self.rows[index - 1].at_least if index > 0 else None
        if upper is None:
            return f"{lower} or more"
        if lower.amount == 0:
            return f"less than {upper}"
        return f"at least {lower} but less than {upper}"

    @cache
    def row_words(self, row: Row) -> tuple[str, str]:
        """The base offense level step's section and reason for ``row``: "§2D1.1(c)(4)",
        "at least 5 kg but less than 15 kg of cocaine → level 32" (made once a row: a
        substance is built once per table version)."""
        return (f"§2D1.1(c)({row.subdivision})",
                f"{self.threshold_text(row)} of {self.name} → level {row.level}")


@cache
def _normal(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


@cache
def _substances(version: Version) -> dict[str, Substance]:
    index: dict[str, Substance] = {}
    for raw in version["substance"]:
        substance = Substance(
            key=raw["key"],
            name=raw["name"],
            measure=raw["measure"],
            rows=tuple(
                Row(r["subdivision"], r["level"], _threshold(r["at_least"]))
                for r in raw["rows"]
            ),
        )
        for name in (raw["key"], raw["name"], *raw.get("aliases", ())):
            index.setdefault(_normal(name), substance)
    return index


def _threshold(text: str) -> Quantity:
    number, unit = text.split()
    if Decimal(number) == 0:
        return Quantity(Decimal(0), {"g": "mass", "mg": "mass", "kg": "mass"}.get(unit, unit))
    return parse_quantity(text)


def substances(version: Version) -> list[Substance]:
    """Every substance the version lists, in table order."""
    seen: dict[str, Substance] = {}
    for substance in _substances(version).values():
        seen.setdefault(substance.key, substance)
    return list(seen.values())


def find_substance(version: Version, name: str, field: str) -> Substance:
    index = _substances(version)
    found = index.get(_normal(name))
    if found is None:
        from difflib import get_close_matches  # for a mistake only (about 0.4% of a start)

        names = sorted({s.name for s in index.values()})
        close = get_close_matches(_normal(name), list(index), n=1)
        hint = f" Did you mean {index[close[0]].name!r}?" if close else ""
        raise CaseError(
            field,
            f"unknown substance {shorten(name)} in the Drug Quantity Table of {version.citation}."
            f"{hint} Listed: {', '.join(names)}",
        )
    return found


@frozen_record
class DrugQuantityFinding:
    substance: Substance
    total: Quantity
    row: Row
    entries: tuple[str, ...]


def drug_quantity(version: Version, drugs: list[Drug]) -> DrugQuantityFinding:
    """Total the quantity of the one substance in the case and find its table row."""
    if not drugs:
        raise CaseError("offense.drugs", "§2D1.1 needs at least one drug and quantity")
    found: list[tuple[Substance, Quantity]] = []
    listed = _substances(version)
    for i, drug in enumerate(drugs):
        # found in the table's index first; find_substance names the field of an unknown one
        substance = listed.get(_normal(drug.substance)) or find_substance(
            version, drug.substance, f"offense.drugs[{i}].substance")
        amount = drug.amount
        if amount.dimension != substance.measure:
            raise CaseError(
                f"offense.drugs[{i}].quantity",
                f"{substance.name} is measured in {_measure_word(substance.measure)}, "
                f"not {_measure_word(amount.dimension)} ({drug.quantity!r})",
            )
        found.append((substance, amount))
    keys = {s.key for s, _ in found}
    if len(keys) > 1:
        raise CaseError(
            "offense.drugs",
            "different substances are combined through the Drug Equivalency/Conversion "
            "Tables (ussg.guidelines.manual.ch2.s2d1_1.drug_conversion.combined_base_offense_level), not read in one "
            "row: " + ", ".join(sorted({s.name for s, _ in found})),
        )
    substance = found[0][0]
    total = found[0][1]
    for _, amount in found[1:]:
        total = total + amount
    return DrugQuantityFinding(
        substance, total, substance.row_for(total.amount), tuple(d.quantity for d in drugs)
    )


def _measure_word(measure: str) -> str:
    return {"mass": "weight (mg, g, kg, oz, lb)", "units": "units", "plants": "plants",
            "volume": "volume (ml, l)"}[measure]


def describe_total(finding: DrugQuantityFinding) -> str:
    total = format_amount(finding.total.amount, finding.total.dimension)
    if len(finding.entries) > 1:
        return f"{' + '.join(finding.entries)} = {total} of {finding.substance.name}"
    return f"{total} of {finding.substance.name}"
