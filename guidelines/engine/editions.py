"""Which Guidelines Manual applies: editions and the dates the Manual changed.

§1B1.11(a): "The court shall use the Guidelines Manual in effect on the date that the
defendant is sentenced." The Manual changes on each amendment's effective date; a Nov. 1
date begins an annual edition, other dates bring amendments in force between editions. A
case computed "as of" a date uses every amendment in force on it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, cached_property

from ussg.guidelines.engine.tables import (TableError, _read, format_date, load_table,
                                           table_names, tables_folder)


#: The mark of a computation made, at the user's request (--assume-latest), under the newest
#: edition entered for a date under a Manual ussg has not entered: on every step, and in
#: capitals at the head of the warning the worksheets print first.
NOT_VERIFIED = "not verified for this date"


class EditionError(ValueError):
    """The edition asked for is not one ussg knows or supports."""


#: Tables every drug case reads. A date is "supported" when each has a version in force;
#: tables needed only for some facts (e.g. the mitigating-role cap) refuse on their own.
CORE_TABLES = ("drug_quantity_table", "dangerous_weapon", "aggravating_role", "mitigating_role",
               "offense_level_bounds", "sentencing_table")


@dataclass(frozen=True)
class ManualDate:
    """One date on which the Manual changed."""

    effective: dt.date
    kind: str  # original | annual | interim
    amendments: tuple[str, ...]
    cited: str = ""  # the notice, where Appendix C numbers for the amendments are not known

    @property
    def supported(self) -> bool:
        return self.effective in supported_dates()

    @property
    def described(self) -> str:
        """What the change brought: "Amendments 832-836", "Amendment 509", the notice that
        submitted unnumbered amendments, or "original Manual"."""
        if self.amendments:
            numbers = ", ".join(self.amendments)
            single = len(self.amendments) == 1 and "-" not in numbers
            return f"{'Amendment' if single else 'Amendments'} {numbers}"
        return self.cited or "original Manual"


@dataclass(frozen=True)
class Calendar:
    """Every date on which the Manual changed, and the date through which that list was
    reviewed (a later date may fall under a Manual the list does not have)."""

    dates: tuple[ManualDate, ...]
    reviewed_through: dt.date
    reviewed_reason: str


@dataclass(frozen=True)
class Edition:
    """The Manual as in force on one date: an annual edition plus any interim amendments."""

    in_force: dt.date  # the table look-up date
    edition: dt.date  # the Nov. 1 (or 1987 original) edition it builds on
    interim: tuple[ManualDate, ...]  # amendments in force after the edition, by date

    @cached_property
    def label(self) -> str:
        text = f"Guidelines Manual, {format_date(self.edition)} edition"
        for change in self.interim:
            text += f", with {change.described} (eff. {format_date(change.effective)})"
        return text


@cache
def calendar() -> Calendar:
    # read through the table cache (the parse kept under the digest of the file's bytes):
    # parsing the calendar's TOML was about 1% of a start
    raw = _read(tables_folder() / "editions.toml")
    dates = [ManualDate(e["effective"], e["kind"], tuple(e["amendments"]), e.get("cited", ""))
             for e in raw["edition"]]
    return Calendar(tuple(sorted(dates, key=lambda d: d.effective)), raw["reviewed_through"],
                    raw["reviewed_reason"])


def manual_dates() -> tuple[ManualDate, ...]:
    return calendar().dates


@cache
def supported_dates() -> tuple[dt.date, ...]:
    """Dates on which every core table has a checked version in force."""
    return tuple(d.effective for d in manual_dates() if not unsupported_because(d.effective))


def unsupported_because(day: dt.date) -> str:
    """Why a date cannot be computed ("" if it can): the first core table that refuses."""
    for name in CORE_TABLES:
        try:
            load_table(name).in_force(day)
        except TableError as error:
            return str(error)
    return ""


@cache
def newest_entered() -> Edition:
    """The newest edition ussg has entered: every core table checked against it."""
    return edition_in_force(max(supported_dates()))


@cache
def not_entered(day: dt.date) -> str:
    """Why the Manual in effect on ``day`` is one ussg has not entered ("" if it has entered
    it): ``day`` is after the date through which the list of editions was reviewed, or it
    falls under an edition later than the newest one entered. Names that edition and what
    is missing. The one place that decides whether a date is past what ussg knows.
    """
    known = calendar()
    if day > known.reviewed_through:
        return (f"ussg's list of Manual editions is reviewed only through "
                f"{format_date(known.reviewed_through)} ({known.reviewed_reason}); a Manual "
                f"that took effect after that date may be in effect on {format_date(day)}")
    changes = [d for d in known.dates if d.effective <= day]
    if not changes or changes[-1].effective <= max(supported_dates()):
        return ""
    current = changes[-1]
    missing = tables_not_checked(current.effective)
    total = len(table_names())
    if len(missing) == total:
        what = f"none of its {total} tables is checked against those amendments"
    else:
        what = f"{len(missing)} of its {total} tables are not checked against those amendments"
    example = missing[0] if missing else unsupported_because(current.effective)
    return (f"{format_date(day)} falls under the {format_date(current.effective)} edition "
            f"({current.described}), which ussg has not entered: {what} (for example "
            f"{example}; README.md, \"Known gaps\")")


def tables_not_checked(day: dt.date) -> list[str]:
    """The tables whose version in force on ``day`` is not entered: ``day`` is after the
    date the table was reviewed through, or in one of its gaps (a table that had no version
    yet, such as §4C1.1 before 2023, is not missing)."""
    missing = []
    order = {name: i for i, name in enumerate(CORE_TABLES)}  # the core tables first
    for name in sorted(table_names(), key=lambda n: order.get(n, len(order))):
        table = load_table(name)
        if table.unchecked_on(day):
            missing.append(f"{table.section} ({table.title}), checked only through "
                           f"{format_date(table.reviewed_through)}")
    return missing


@dataclass(frozen=True)
class Verification:
    """How far the tables of the Manual as in force on one date are entered and checked,
    by the verification of the version each table has in force (tables/README.md)."""

    verbatim: int
    derived: int
    unverified: int
    not_checked: int  # the table is reviewed only through an earlier date, or in a gap
    not_in_edition: int  # no version yet: the provision is not in this edition

    def __str__(self) -> str:
        parts = [f"{self.verbatim} verbatim", f"{self.derived} derived",
                 f"{self.unverified} unverified", f"{self.not_checked} not checked"]
        if self.not_in_edition:
            parts.append(f"{self.not_in_edition} not in this edition")
        return ", ".join(parts)


def verification(day: dt.date) -> Verification:
    counts = {"verbatim": 0, "derived": 0, "unverified": 0, "not_checked": 0,
              "not_in_edition": 0}
    for name in table_names():
        table = load_table(name)
        try:
            counts[table.in_force(day).verification] += 1
        except TableError:
            counts["not_checked" if table.unchecked_on(day) else "not_in_edition"] += 1
    return Verification(**counts)


def newest_entered_hint() -> str:
    newest = format_date(max(supported_dates()))
    return (f"the newest edition entered is the {newest} edition (--assume-latest computes "
            f"under it, every step marked not verified for this date)")


@cache
def edition_in_force(on: dt.date, *, supported_only: bool = True) -> Edition:
    """The Manual in force on a day: the last change on or before it (§1B1.11(a)).

    ``supported_only=False`` also returns an edition that cannot be computed, for showing
    the tables that are entered for it (`ussg tables NAME --manual 1988-06-15`).
    """
    changes = [d for d in manual_dates() if d.effective <= on]
    if not changes:
        raise EditionError(
            f"{on.isoformat()} is before the Guidelines took effect (Nov. 1, 1987)"
        )
    current = changes[-1]
    if supported_only:
        why = not_entered(on)
        if why:
            raise EditionError(f"{why}; {newest_entered_hint()}")
        _require_supported(current)
    base_index = max(i for i, d in enumerate(changes) if d.kind != "interim")
    base = changes[base_index]
    return Edition(current.effective, base.effective, tuple(changes[base_index + 1 :]))


_YEAR = re.compile(r"^\s*(\d{4})\s*$")


@cache
def edition_named(name: str, *, supported_only: bool = True) -> Edition:
    """An edition the user named: "2025", "1993-11-01" or "Nov 1 1993"-free ISO form only."""
    match = _YEAR.match(name)
    if match:
        year = int(match.group(1))
        day = dt.date(year, 11, 1)
        exact = [d for d in manual_dates() if d.effective == day]
        if not exact:
            raise EditionError(_no_edition_in(year))
        return edition_in_force(day, supported_only=supported_only)
    try:
        day = dt.date.fromisoformat(name.strip())
    except ValueError:
        raise EditionError(
            f"{name!r} is not an edition: write a year (\"1993\") or a date (\"1993-11-01\"); "
            f"{_available()}"
        ) from None
    if day not in {d.effective for d in manual_dates()}:
        raise EditionError(f"no edition or amendment took effect on {day.isoformat()}; {_available()}")
    return edition_in_force(day, supported_only=supported_only)


def _no_edition_in(year: int) -> str:
    """Why a year names no edition, and which dates in it do: none is chosen for the user
    (1988 saw only the interim amendments of Jan. 15, June 15 and Oct. 15 to the Nov. 1, 1987
    Manual; 2017 and 2019-2022 saw no amendment)."""
    dates = manual_dates()
    words = f"there is no {year} edition (no amendments took effect on Nov. 1, {year})"
    within = [d.effective for d in dates if d.effective.year == year]
    before = [d.effective for d in dates if d.effective.year < year and d.kind != "interim"]
    if not before or year > dates[-1].effective.year:
        return f"{words}; {_available()}"
    base = f"the {format_date(before[-1])} Manual"
    if within:
        listed = ", ".join(d.isoformat() for d in within[:-1])
        listed = f"{listed} and {within[-1].isoformat()}" if listed else within[-1].isoformat()
        return (f"{words}: in {year} {base} was amended on {listed} "
                f"({len(within)} date{'s' if len(within) > 1 else ''} between editions); "
                f"name the date you mean, e.g. --manual {within[-1].isoformat()} (the Manual "
                f"as in force from then); ussg picks none for you. `ussg editions` lists "
                f"every date")
    last = [d.effective for d in dates if d.effective.year < year][-1]
    return (f"{words}: no amendment took effect in {year}; the Manual as in force from "
            f"{format_date(last)} applied throughout {year}: name it by its date, --manual "
            f"{last.isoformat()}")


def _require_supported(change: ManualDate) -> None:
    why = unsupported_because(change.effective)
    if why:
        raise EditionError(
            f"the Manual as in force on {change.effective.isoformat()} is known but not yet "
            f"supported ({why}; README.md, \"Known gaps\"); {_available()}"
        )


def _available() -> str:
    return "supported: " + ", ".join(d.isoformat() for d in supported_dates())
