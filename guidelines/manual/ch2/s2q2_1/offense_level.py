"""§2Q2.1 (Offenses Involving Fish, Wildlife, and Plants) in the Chapter Two registry, as each
edition has it (tables/wildlife.toml).

2016 and 2025 text (GLM2016_fulltext.txt lines 8969-8985): "(a) Base Offense Level: 6 (b)(1)
If the offense (A) was committed for pecuniary gain or otherwise involved a commercial purpose;
or (B) involved a pattern of similar violations, increase by 2 levels. (2) If the offense (A)
involved fish, wildlife, or plants that were not quarantined as required by law; or (B)
otherwise created a significant risk of infestation or disease transmission ..., increase by 2
levels. (3) (If more than one applies, use the greater): (A) If the market value of the fish,
wildlife, or plants (i) exceeded $2,500 but did not exceed $6,500, increase by 1 level; or (ii)
exceeded $6,500, increase by the number of levels from the table in §2B1.1 ... corresponding to
that amount; or (B) If the offense involved (i) marine mammals that are listed as depleted ...;
(ii) ... endangered or threatened ...; or (iii) ... Appendix I to the Convention ..., increase
by 4 levels. (c)(1) If the offense involved a cultural heritage resource or paleontological
resource, apply §2B1.5 ..., if the resulting offense level is greater than that determined
above."

Before Nov. 1, 2015 (Amendment 791) $2,000 and $5,000; before Nov. 1, 2001 (617) (b)(3)(A)
read §2F1.1's table over $2,000; before Nov. 1, 2011 (758) (c)(1) named a cultural heritage
resource only, and before Nov. 1, 2002 (638) there was no (c); before Nov. 1, 1992 (452)
(b)(1) read a commercial purpose only, (b)(2) the quarantine only and (b)(3)(B) a quantity
substantial in relation to the population; before Nov. 1, 1991 (407) (b)(3)(A) read
"specially protected" fish, wildlife, or plants, and before Nov. 1, 1989 (210) (b)(3) opened
"Apply the greater:".
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, amount_band, base_level_of)
from ussg.guidelines.manual.ch2.s2q2_1.facts import COMMERCIAL, QUARANTINE, WildlifeFacts

CH = "chapter_two"
TABLE = "wildlife"
SECTION = "§2Q2.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2Q2.1(a): "Base Offense Level: 6"."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    base_level_of(sheet, version, SECTION, "Base offense level (fish, wildlife, and plants)",
                  given.offense.description or "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) and (b)(2), each once however many of its kinds are found; (b)(3) the greater
    of (A) and (B)."""
    facts: WildlifeFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    for name, keys, title in (("commercial", COMMERCIAL, "Commercial purpose, pecuniary gain "
                               "or pattern of similar violations"),
                              ("quarantine", QUARANTINE, "Not quarantined; risk of infestation "
                               "or disease")):
        found = [key for key in keys if getattr(facts, key)]
        if found:
            paragraph = version[name]
            sheet.adjust(CH, f"{SECTION}{paragraph['paragraph']}", title,
                         ", ".join(f"{key} = true" for key in found), paragraph["levels"],
                         f"“{paragraph['text']}”", source)
    _greater_of_b3(sheet, given, version, source)


def _greater_of_b3(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                   source: str) -> None:
    """(b)(3): "(If more than one applies, use the greater)" ("Apply the greater:" before
    Nov. 1, 1989) of (A) the market value and (B) the species or quantity, +4."""
    facts: WildlifeFacts = given.facts
    value, protected = version["market_value"], version["protected"]
    opening = version["greater_text"]
    options = []  # (levels, section, title, input, reason, source)
    if facts.market_value is not None:
        field = f"{given.facts_field}.market_value"
        words = f"market_value = \"{facts.market_value!s}\""
        kind, add, line, table = amount_band(sheet, value, facts.market_value, field)
        text = f"“{opening} {value['text']}”"
        band = value.get("one_level_more_than")
        where = f"{SECTION}{value['paragraph']}"
        if kind == "table":
            assert table is not None
            options.append((add, f"{where}(ii)" if band else where, words,
                            f"{text} {facts.market_value!s} exceeded {value['table_more_than']}"
                            f": {value['table']}(b)(1) {line}",
                            f"{source}; {sheet.note_version(table)}"))
        elif kind == "one_level":
            options.append((add, f"{where}(i)", words, f"{text} {facts.market_value!s} "
                            f"exceeded {band} but not {value['table_more_than']}", source))
        else:
            sheet.note(CH, where, "Market value of the fish, wildlife, or plants", words,
                       "no increase", f"{facts.market_value!s} did not exceed "
                       f"{band or value['table_more_than']}: {text}", source)
    if facts.protected is not None:
        options.append((protected["levels"], f"{SECTION}{protected['paragraph']}",
                        f"protected = \"{facts.protected}\"",
                        f"“{opening} {protected['text']}”", source))
    if not options:
        return
    chosen = max(options, key=lambda o: o[0])  # the first, (A), where they are equal
    for option in options:
        levels, where, words, reason, cited = option
        title = ("Market value of the fish, wildlife, or plants" if "(A)" in where else
                 "Species or quantity")
        if option is chosen:
            sheet.adjust(CH, where, title, words, levels, reason, cited)
        else:
            sheet.note(CH, where, title, words, "not applied",
                       f"{levels:+d} is not greater than {chosen[0]:+d} ({chosen[1]}): "
                       f"“{opening}”", cited)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) from Nov. 1, 2002: §2B1.5, computed through the registry from the nested
    findings (or at its level as determined), if greater."""
    facts: WildlifeFacts = given.facts
    if facts.cultural_heritage is None and facts.cultural_heritage_level is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version["cultural_heritage"]
    source = sheet.note_version(version)
    where = f"{SECTION}{reference['paragraph']}"
    if facts.cultural_heritage is not None:
        field = f"{given.facts_field}.cultural_heritage"
        level, steps = registry.offense_level_under(
            sheet, "2B1.5", given.under("2B1.5", facts.cultural_heritage, field))
        words = f"cultural_heritage (the §2B1.5 findings): level {level}"
    else:
        level, steps = facts.cultural_heritage_level, []
        words = f"cultural_heritage_level = {level} (§2B1.5, as determined)"
    adopt_if_greater(sheet, where, "Cross reference: cultural heritage resource (§2B1.5)",
                     words, level, steps, reference["text"], source, only_if_greater=True)


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A finding the edition's §2Q2.1 does not read is an error naming the key."""
    facts: WildlifeFacts = given.facts
    field = given.facts_field
    on = format_date(sheet.manual.in_force)
    for name, keys in (("commercial", COMMERCIAL), ("quarantine", QUARANTINE)):
        paragraph = version[name]
        for key in keys:
            if getattr(facts, key) and key not in paragraph["kinds"]:
                raise CaseError(f"{field}.{key}", f"{SECTION}{paragraph['paragraph']} in the "
                                f"Guidelines Manual in force on {on} reads “"
                                f"{paragraph['text']}” (Amendment 452, eff. Nov. 1, 1992, "
                                f"inserted the words for {key!r})")
    protected = version["protected"]
    if facts.protected is not None and facts.protected not in protected["kinds"]:
        raise CaseError(f"{field}.protected", f"{facts.protected!r}: {SECTION}"
                        f"{protected['paragraph']} in the Guidelines Manual in force on {on} "
                        f"reads “{protected['text']}” (Amendment 452, eff. Nov. 1, 1992, "
                        f"replaced the substantial quantity with the listed species)")
    reference = version["cultural_heritage"]
    stated = ("cultural_heritage" if facts.cultural_heritage is not None else
              "cultural_heritage_level" if facts.cultural_heritage_level is not None else None)
    if stated is None:
        return
    if not reference.get("exists", True):
        raise CaseError(f"{field}.{stated}", f"{reference['note']}; it is not in the "
                        f"Guidelines Manual in force on {on}")
    resource = (facts.cultural_heritage.resource if facts.cultural_heritage is not None
                else "cultural_heritage")
    if resource not in reference["resources"]:
        raise CaseError(f"{field}.cultural_heritage.resource",
                        f"{resource!r}: {SECTION}{reference['paragraph']} in the Guidelines "
                        f"Manual in force on {on} reads “{reference['text']}” (Amendment 758, "
                        f"eff. Nov. 1, 2011, added the paleontological resource)")
