"""The Manual a computation applies: one edition and the version of each table in force.

A read-only value passed to every rule (``sheet.manual``): a rule asks it for a table by
name, ``manual.table("aggravating_role")``, and never reads a date off the worksheet. Almost
always every table follows the edition's date (§1B1.11(a): "the Guidelines Manual in effect
on the date that the defendant is sentenced"). A sentence reduction under §1B1.10(b)(1) is
the one exception the Manual makes: the court "shall substitute only the amendments listed
in subsection (d) for the corresponding guideline provisions that were applied when the
defendant was sentenced and shall leave all other guideline application decisions
unaffected". :meth:`Manual.substituting` gives that Manual: the named tables at the version
an amendment made, every other table at the original edition's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Mapping

from ussg.guidelines.engine.editions import Edition
from ussg.guidelines.engine.tables import Version, in_force


@dataclass(frozen=True)
class Manual:
    """The edition applied, and the tables (if any) substituted from another date."""

    edition: Edition
    substitutions: tuple[tuple[str, dt.date], ...] = ()
    #: The earlier Manual that §1B1.11(b)(1) weighs against the one the case asks for: a fact
    #: it has no provision for is shown as a "not in this edition" step (the absence is what
    #: the comparison is about), where under the Manual asked for it is an error. Decided once,
    #: by §1B1.11 (guidelines/manual/ch1/part_b_manual_in_effect.py), for every rule.
    compared: bool = False

    @property
    def strict(self) -> bool:
        """A fact this edition lacks is an error (this is the Manual the case asks for)."""
        return not self.compared

    @cached_property
    def _dates(self) -> Mapping[str, dt.date]:
        return MappingProxyType(dict(self.substitutions))

    @property
    def in_force(self) -> dt.date:
        """The date whose Manual is applied (the date of every table not substituted)."""
        return self.edition.in_force

    @property
    def label(self) -> str:
        return self.edition.label

    def date_of(self, table: str) -> dt.date:
        """The date whose version of ``table`` this Manual applies."""
        return self._dates.get(table, self.edition.in_force)

    @cached_property
    def _versions(self) -> dict[str, Version]:
        """The versions :meth:`table` found, by table name (tables never change)."""
        return {}

    def table(self, name: str) -> Version:
        """The version of table ``name`` this Manual applies (asked some 5 times a case, of
        the Manual manual_of shares among the cases of its edition: kept once found; a table
        with no version in force is asked again, and refused again)."""
        found = self._versions.get(name)
        if found is None:
            found = self._versions[name] = in_force(name, self.date_of(name))
        return found

    def substituting(self, tables: Mapping[str, dt.date]) -> Manual:
        """This Manual with ``tables`` taken at the versions in force on the dates given
        (§1B1.10(b)(1)); every other table unchanged."""
        merged = {**self._dates, **tables}
        return Manual(self.edition, tuple(sorted(merged.items())), self.compared)

    @property
    def substituted(self) -> bool:
        return bool(self.substitutions)


#: The Manuals :func:`manual_of` made, by the edition's date and ``compared``.
_MADE: dict[tuple[dt.date, bool], Manual] = {}


def manual_of(edition: Edition, compared: bool = False) -> Manual:
    """``Manual(edition, compared=compared)``, no table substituted: a value, made once for
    each edition (every case computed under it shares it, as it shares the edition). Keyed
    by the edition's date, checked against the edition itself (the same object, or an equal
    one: hashing an edition would cost more than making its Manual)."""
    made = _MADE.get((edition.in_force, compared))
    if made is None or (made.edition is not edition and made.edition != edition):
        made = _MADE[edition.in_force, compared] = Manual(edition, compared=compared)
    return made
