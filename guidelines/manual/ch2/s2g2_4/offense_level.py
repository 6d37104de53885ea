"""§2G2.4 in the Chapter Two registry (Nov. 1, 1991 - Oct. 31, 2004): (a) the base offense
level, (b) the specific offense characteristics, (c)(1) the cross reference to §2G2.1 and
(c)(2) to §2G2.2, as the edition applied has them (tables/child_pornography_possession.toml).

§2G2.4 as Amendment 664 struck it (in force Apr. 30, 2003 - Oct. 31, 2004): "(a) Base Offense
Level: 15 (b) ... (1) If the material involved a prepubescent minor or a minor under the age
of twelve years, increase by 2 levels. (2) If the offense involved possessing ten or more
books, magazines, periodicals, films, video tapes, or other items, ... increase by 2 levels.
(3) If the defendant's possession of the material resulted from the defendant's use of a
computer, increase by 2 levels. (4) ... sadistic or masochistic conduct ..., increase by 4
levels. (5) If the offense involved— (A) at least 10 images, ..."; its cross references say
"apply §2G2.1" and "apply §2G2.2", without "if the resulting offense level is greater".
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_kinds, apply_paragraph)
from ussg.guidelines.manual.ch2.s2g2_2.offense_level import images_levels
from ussg.guidelines.manual.ch2.s2g2_4.facts import ChildPornographyPossessionFacts

TABLE = "child_pornography_possession"
SECTION = "§2G2.4"
CH = "chapter_two"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.4(a): "Base Offense Level: 10" (Nov. 1, 1991), 13 (Nov. 27, 1991, Amendment 436),
    15 (Nov. 1, 1996, Amendment 537)."""
    version = sheet.manual.table(TABLE)
    base = version["base_level"]
    sheet.set_level(CH, f"{SECTION}{base['paragraph']}", "Base offense level",
                    "possession of materials depicting a minor engaged in sexually explicit "
                    "conduct", base["levels"], f"“{base['text']}”", sheet.note_version(version))


def _not_in_edition(sheet: Worksheet, field: str, what: str) -> CaseError:
    return CaseError(field, f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} {what}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.4(b)(1)-(5), in order, each where the edition has it; a finding the edition has
    no paragraph for is refused, naming its field."""
    facts: ChildPornographyPossessionFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    apply_paragraph(sheet, version, SECTION, "Prepubescent minor or minor under 12",
                    version["prepubescent"], facts.prepubescent_minor,
                    "prepubescent_minor = true")
    _items(sheet, version, facts, field)
    if facts.computer:
        if version.get("computer") is None:
            raise _not_in_edition(sheet, f"{field}.computer", "has no increase for the use of "
                                  "a computer (Amendment 537 added (b)(3), eff. Nov. 1, 1996)")
        apply_paragraph(sheet, version, SECTION, "Use of a computer", version["computer"],
                        True, "computer = true")
    if facts.portrays and version.get("portrayal") is None:
        raise _not_in_edition(sheet, f"{field}.portrays", "has no increase for what the "
                              "material portrays (Amendment 649 added (b)(4), eff. Apr. 30, "
                              "2003)")
    apply_kinds(sheet, version, SECTION, "portrayal", "Material portraying", facts.portrays,
                f"{field}.portrays")
    _images(sheet, version, facts, field)


def _items(sheet: Worksheet, version: Version, facts: ChildPornographyPossessionFacts,
           field: str) -> None:
    """(b)(2): "possessing ten or more books, magazines, periodicals, films, video tapes, or
    other items", +2 (from Nov. 27, 1991)."""
    if "items" not in facts.model_fields_set:
        return
    paragraph = version.get("items")
    words = f"items = {facts.items}"
    if paragraph is None:
        if facts.items >= 10:
            raise _not_in_edition(sheet, f"{field}.items", "has no increase for the number of "
                                  "items (Amendment 436 added (b)(2), eff. Nov. 27, 1991)")
        return
    note = f"; {paragraph['note']}" if paragraph.get("note") else ""
    if facts.items < paragraph["at_least"]:
        sheet.note(CH, f"{SECTION}{paragraph['paragraph']}", "Ten or more items", words,
                   "no increase", f"fewer than {paragraph['at_least']}: “{paragraph['text']}”",
                   sheet.note_version(version))
        return
    sheet.adjust(CH, f"{SECTION}{paragraph['paragraph']}", "Ten or more items", words,
                 paragraph["levels"], f"“{paragraph['text']}”{note}",
                 sheet.note_version(version))


def _images(sheet: Worksheet, version: Version, facts: ChildPornographyPossessionFacts,
            field: str) -> None:
    """(b)(5) (from Apr. 30, 2003): the greatest row the number of images reaches."""
    if "images" not in facts.model_fields_set:
        return
    table = version.get("images")
    if table is None:
        if facts.images >= 10:
            raise _not_in_edition(sheet, f"{field}.images", "has no increase for the number "
                                  "of images (Amendment 649 added (b)(5), eff. Apr. 30, 2003)")
        return
    words = f"images = {facts.images}"
    row = images_levels(table, facts.images)
    if row is None:
        first = table["rows"][0]
        sheet.note(CH, f"{SECTION}{table['paragraph']}", "Number of images", words,
                   "no increase", f"fewer than {first['at_least']} images: “{first['text']}” "
                   f"is the first row", sheet.note_version(version))
        return
    sheet.adjust(CH, f"{SECTION}{table['paragraph']}{row['clause']}", "Number of images",
                 words, row["levels"], f"“{row['text']}”", sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) "apply §2G2.1" and (c)(2) "apply §2G2.2": the other guideline's level, as the
    court found it or computed through the registry from its findings, replaces the level
    determined above (the edition does not say "if greater"). Both stated is refused: each
    directs the whole offense to another guideline."""
    facts: ChildPornographyPossessionFacts = given.facts
    field = given.facts_field
    production = (facts.production_offense_level, facts.production)
    trafficking = (facts.trafficking_offense_level, facts.trafficking)
    for found, computed, names in ((*production, ("production_offense_level", "production")),
                                   (*trafficking, ("trafficking_offense_level", "trafficking"))):
        if found is not None and computed is not None:
            raise CaseError(f"{field}.{names[1]}", f"give the level as found ({names[0]}) or "
                            f"the findings ({names[1]}), not both")
    stated_production = any(v is not None for v in production)
    stated_trafficking = any(v is not None for v in trafficking)
    if stated_production and stated_trafficking:
        raise CaseError(f"{field}.trafficking", f"{SECTION}(c)(1) (§2G2.1) and (c)(2) (§2G2.2) "
                        "each apply another guideline to the offense: give the one the court "
                        "found applies")
    version = sheet.manual.table(TABLE)
    if stated_production:
        _apply(sheet, given, version, "production_cross_reference", "2G2.1", "production",
               *production)
    elif stated_trafficking:
        _apply(sheet, given, version, "trafficking_cross_reference", "2G2.2", "trafficking",
               *trafficking)


def _apply(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version, name: str,
           section: str, key: str, found: int | None, findings) -> None:
    reference = version[name]
    title = f"Cross reference: {key} (§{section})"
    if findings is not None:
        where = f"{given.facts_field}.{key}"
        # the findings' field is named where the edition has no such guideline entered
        registry.guideline_in_force(registry.chapter_two_guideline(section), sheet.manual,
                                    where)
        level, steps = registry.offense_level_under(
            sheet, section, given.under(section, findings, where))
        words = f"{key} (the §{section} findings): level {level}"
    else:
        level, steps = found, []
        words = f"{key}_offense_level = {level} (§{section}, as found)"
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}", title, words, level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=False)
