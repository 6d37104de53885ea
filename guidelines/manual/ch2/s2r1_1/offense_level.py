"""§2R1.1 (Bid-Rigging, Price-Fixing or Market-Allocation Agreements Among Competitors) in the
Chapter Two registry: (a) the base offense level, (b)(1) bid-rigging and (b)(2) the volume of
commerce, as the edition applied has them (tables/antitrust.toml).

§2R1.1 (2025): "(a) Base Offense Level: 12 (b) (1) If the conduct involved participation in an
agreement to submit non-competitive bids, increase by 1 level. (2) If the volume of commerce
attributable to the defendant was more than $1,000,000, adjust the offense level as follows:
... (A) More than $1,000,000 add 2 ... (H) More than $1,850,000,000 add 16." The table of each
edition is its own (1987 and 1989: "less than $1,000,000 subtract 1"; 1991: from $400,000;
2005 and 2015: from $1,000,000, Amendments 678 and 791). The fine provisions ((c), (d)) are out
of scope.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import Dollars, dollars
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import apply_paragraph, base_level_of
from ussg.guidelines.manual.ch2.s2r1_1.facts import AntitrustFacts

TABLE = "antitrust"
SECTION = "§2R1.1"
CH = "chapter_two"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2R1.1(a): 9 (1987), 10 (from Nov. 1, 1991), 12 (from Nov. 1, 2005)."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (antitrust)", given.offense.description or "antitrust")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2R1.1(b): (1) bid-rigging, +1; (2) the volume of commerce, by the edition's table."""
    facts: AntitrustFacts = given.facts
    version = sheet.manual.table(TABLE)
    apply_paragraph(sheet, version, SECTION, "Agreement to submit non-competitive bids",
                    version["bid_rigging"], facts.bid_rigging, "bid_rigging = true")
    volume = version["volume"]
    amount = facts.volume_of_commerce
    line = volume_line(volume, amount, f"{given.facts_field}.volume_of_commerce")
    section = f"{SECTION}{volume['paragraph']}"
    title = "Volume of commerce"
    words = f"volume_of_commerce = \"{amount!s}\""
    source = sheet.note_version(version)
    text = f"“{volume['text']}” ({volume['header']})"
    if line is None or line["add"] == 0:
        said = f"({line['letter']}) {line['words']} no adjustment" if line else \
            "no line of the table is reached"
        sheet.note(CH, section, title, words, "no adjustment", f"{text} {said}", source)
        return
    verb = f"add {line['add']}" if line["add"] > 0 else f"subtract {-line['add']}"
    sheet.adjust(CH, f"{section}({line['letter']})", title, words, line["add"],
                 f"{text} ({line['letter']}) {line['words']} {verb}", source)


def volume_line(volume: dict, amount: Dollars, field: str) -> dict | None:
    """The line of the edition's table the volume reaches (the last, "Apply the Greatest"), or
    None. A line of whole dollars ("$4,000,001 - $15,000,000") that follows "more than" the
    dollar before refuses an amount between the two, naming ``field``; one that follows "less
    than" its own start does not."""
    found = None
    previous: dict | None = None
    for row in volume["rows"]:
        if row.get("less_than") is not None:
            if amount < dollars(row["less_than"]):
                found = row
        elif row.get("at_least") is not None:
            start = row["at_least"]
            after_less_than = previous is not None and previous.get("less_than") == start
            if not after_less_than and dollars(start) - 1 < amount < dollars(start):
                raise CaseError(field, f"{amount!s} falls between two lines of {SECTION}"
                                       f"{volume['paragraph']}, whose lines are whole "
                                       f"dollars: up to {dollars(dollars(start) - 1)!s}, then "
                                       f"({row['letter']}) from {start}; give the volume of "
                                       f"commerce as found, in whole dollars")
            if amount >= dollars(start):
                found = row
        elif amount > dollars(row["more_than"]):
            found = row
        previous = row
    return found
