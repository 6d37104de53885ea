"""§2G2.2 in the Chapter Two registry: (a) the base offense level by the statute of conviction,
(b) the specific offense characteristics, (c)(1) the cross reference to §2G2.1, as the edition
applied has them (tables/child_pornography.toml).

§2G2.2(b)(7) (2025) counts images: "(A) at least 10 images, but fewer than 150, increase by 2
levels; ... (D) 600 or more images, increase by 5 levels"; comment. (n.6(B)(ii)): "Each video,
video-clip, movie, or similar visual depiction shall be considered to have 75 images."
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, apply_kinds, apply_paragraph,
    infant_or_toddler_without_vulnerable_victim, refuse_clause_not_in_edition)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import LOSS_TABLE, loss_table_line
from ussg.guidelines.manual.ch2.s2g2_2.facts import ChildPornographyFacts

TABLE = "child_pornography"
SECTION = "§2G2.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.2(a): (1) 18 for a conviction under the provisions it names; (2) 22 otherwise.
    Before Nov. 1, 2004 (Amendment 664) "Base Offense Level: 17", possession being §2G2.4
    (a conviction of possession is refused, naming guideline = "2G2.4")."""
    facts: ChildPornographyFacts = given.facts
    version = sheet.manual.table(TABLE)
    single = version.get("single_level")
    if single is not None:
        elsewhere = version["possession_elsewhere"]
        if facts.convicted_under in elsewhere["statutes"]:
            raise CaseError(f"{given.facts_field}.convicted_under",
                            f"18 U.S.C. § {facts.convicted_under}: in the Guidelines Manual in "
                            f"force on {format_date(sheet.manual.in_force)} "
                            f"{elsewhere['text']}")
        sheet.set_level("chapter_two", f"{SECTION}{single['paragraph']}", "Base offense level",
                        f"convicted_under = \"{facts.convicted_under}\" (18 U.S.C.)",
                        single["levels"], f"“{single['text']}”", sheet.note_version(version))
        return
    named = version["possession_statutes"]
    paragraph = named if facts.convicted_under in named["statutes"] else version["otherwise_level"]
    sheet.set_level("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Base offense level",
                    f"convicted_under = \"{facts.convicted_under}\" (18 U.S.C.)",
                    paragraph["levels"], f"“{paragraph['text']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.2(b)(1)-(7), in order."""
    facts: ChildPornographyFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    _receipt_only(sheet, version, facts, field)
    apply_paragraph(sheet, version, SECTION, "Prepubescent minor or minor under 12",
                    version["prepubescent"], facts.prepubescent_minor,
                    "prepubescent_minor = true")
    _distribution(sheet, version, facts, field)
    _in_edition(sheet, version, "portrayal", bool(facts.portrays), f"{field}.portrays",
                "what the material portrays (Amendment 325 added it, eff. Nov. 1, 1990)")
    apply_kinds(sheet, version, SECTION, "portrayal", "Material portraying", facts.portrays,
                f"{field}.portrays")
    infant_or_toddler_without_vulnerable_victim(given, SECTION, facts.portrays)
    _in_edition(sheet, version, "pattern", facts.pattern_of_activity,
                f"{field}.pattern_of_activity", "a pattern of activity (Amendment 435 added it, "
                "eff. Nov. 27, 1991)")
    if facts.pattern_of_activity:
        apply_paragraph(sheet, version, SECTION, "Pattern of activity", version["pattern"],
                        True, "pattern_of_activity = true")
    _in_edition(sheet, version, "computer", facts.computer is not None, f"{field}.computer",
                "the use of a computer (Amendment 537 added it, eff. Nov. 1, 1996)")
    apply_kinds(sheet, version, SECTION, "computer", "Use of a computer",
                [facts.computer] if facts.computer else [], f"{field}.computer")
    _images(sheet, version, facts, field)


def _in_edition(sheet: Worksheet, version: Version, name: str, found: bool, field: str,
                what: str) -> None:
    """A finding of a paragraph the edition does not have yet (before Nov. 27, 1991 the
    guideline had fewer) is refused, naming its field and the amendment that added it."""
    if found and version.get(name) is None:
        raise CaseError(field, _not_in_edition(sheet, f"has no increase for {what}"))


def _not_in_edition(sheet: Worksheet, what: str) -> str:
    return f"{SECTION} in the Guidelines Manual in force on " \
        f"{format_date(sheet.manual.in_force)} {what}"


def _receipt_only(sheet: Worksheet, version: Version, facts: ChildPornographyFacts,
                  field: str) -> None:
    """(b)(1): "If (A) subsection (a)(2) applies; (B) ... limited to the receipt or
    solicitation ...; and (C) ... did not intend to traffic in, or distribute, such material,
    decrease by 2 levels"."""
    if not facts.receipt_only_no_intent_to_distribute:
        return
    paragraph = version.get("receipt_only")
    if paragraph is None:
        raise CaseError(f"{field}.receipt_only_no_intent_to_distribute", _not_in_edition(
            sheet, "has no decrease for receipt only (Amendment 664 added (b)(1), eff. Nov. 1, "
            "2004)"))
    words = "receipt_only_no_intent_to_distribute = true"
    _receipt_only_and_distribution(version, facts, field)
    if facts.convicted_under in version["possession_statutes"]["statutes"]:
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Receipt only", words,
                   "not applied", "(A) “subsection (a)(2) applies” is not met: the level is "
                   "(a)(1)'s", sheet.note_version(version))
        return
    sheet.adjust("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Receipt only", words,
                 paragraph["levels"], f"“{paragraph['text']}”", sheet.note_version(version))


def _receipt_only_and_distribution(version: Version, facts: ChildPornographyFacts,
                                   field: str) -> None:
    """(b)(1)(B)-(C), "the defendant's conduct was limited to the receipt or solicitation
    ... and ... the defendant did not intend to traffic in, or distribute, such material",
    cannot be true with a (b)(3) clause that finds the defendant distributed (from Nov. 1, 2016,
    Amendment 801: (B) "If the defendant distributed in exchange for any valuable
    consideration", (F) "If the defendant knowingly engaged in distribution"): both are
    refused, naming each field. The clauses that ask whether "the offense involved"
    distribution are left to the court (relevant conduct may hold another's)."""
    if facts.distribution is None:
        return
    clause = next((c for c in version["distribution"]["clauses"]
                   if c["key"] == facts.distribution), None)
    if clause is None or not clause["text"].startswith("If the defendant"):
        return
    raise CaseError(f"{field}.receipt_only_no_intent_to_distribute",
                    f"§2G2.2(b)(1) needs that “the defendant’s conduct was limited to the "
                    f"receipt or solicitation” of the material and that “the defendant did not "
                    f"intend to traffic in, or distribute,” it, but {field}.distribution = "
                    f"\"{facts.distribution}\" finds §2G2.2(b)(3){clause['clause']}: "
                    f"“{clause['text']}” — the two cannot both be true")


def _distribution(sheet: Worksheet, version: Version, facts: ChildPornographyFacts,
                  field: str) -> None:
    """(b)(3), "Apply the greatest": the clause found; (A) "Distribution for pecuniary gain,
    increase by the number of levels from the table in §2B1.1 (Theft, Property Destruction,
    and Fraud) corresponding to the retail value of the material, but by not less than 5
    levels": the §2B1.1(b)(1) table of the same Manual (§2F1.1's where the edition names it)
    for ``retail_value``, or the levels as the court found them (``pecuniary_gain_levels``)."""
    stated = [name for name in ("retail_value", "pecuniary_gain_levels")
              if getattr(facts, name) is not None]
    if stated and facts.distribution != "pecuniary_gain":
        raise CaseError(f"{field}.{stated[0]}",
                        f"{stated[0]} is for the increase of §2G2.2(b)(3)(A): give it with "
                        f"distribution = \"pecuniary_gain\"")
    definition = version.get("distribution_definition")
    if definition and facts.distribution not in (None, "pecuniary_gain"):
        raise CaseError(f"{field}.distribution", _not_in_edition(
            sheet, f"has one distribution increase, (b)(2): “{version['distribution']['text']}”, "
            f"its commentary reading “{definition}”: give distribution = \"pecuniary_gain\" "
            f"where the court found the distribution within it (the clauses by kind of "
            f"distribution came with Amendment 592, eff. Nov. 1, 2000)"))
    refuse_clause_not_in_edition(sheet, SECTION, version["distribution"], facts.distribution,
                                 f"{field}.distribution")
    if facts.distribution != "pecuniary_gain":
        apply_alternative(sheet, version, SECTION, "Distribution", version["distribution"],
                          facts.distribution, f"distribution = \"{facts.distribution}\"")
        return
    if len(stated) != 1:
        raise CaseError(f"{field}.retail_value",
                        "distribution = \"pecuniary_gain\" (§2G2.2(b)(3)(A)) needs the retail "
                        "value of the material (retail_value, read on the §2B1.1 table) or "
                        "the levels from that table as found (pecuniary_gain_levels): exactly "
                        "one of them")
    clause = next(c for c in version["distribution"]["clauses"] if c["key"] == "pecuniary_gain")
    if facts.retail_value is not None:
        # the table the edition's words name: §2B1.1's, or §2F1.1's (Nov. 1, 2000 - Oct. 31,
        # 2001, "the table in §2F1.1 (Fraud and Deceit)")
        table = sheet.manual.table(version.get("retail_value_table") or LOSS_TABLE)
        _, found, line = loss_table_line(table, facts.retail_value, f"{field}.retail_value")
        words = f"distribution = \"pecuniary_gain\", retail value {facts.retail_value!s}"
        named = version.get("retail_value_section") or "§2B1.1(b)(1)"
        how = f"{named} {line} ({sheet.note_version(table)})"
    else:
        found = facts.pecuniary_gain_levels
        words = (f"distribution = \"pecuniary_gain\", pecuniary_gain_levels = "
                 f"{facts.pecuniary_gain_levels}")
        how = "the §2B1.1 levels as found"
    levels = max(clause["levels"], found)
    floor = f"; not less than {clause['levels']}" if found < clause["levels"] else ""
    sheet.adjust("chapter_two", f"{SECTION}{version['distribution']['paragraph']}"
                 f"{clause['clause']}", "Distribution", words, levels,
                 f"“{clause['text']}” ({how}{floor})", sheet.note_version(version))


def images_counted(table: dict, images: int, videos: int) -> int:
    """The number of images (b)(7) reads: each still image one, each video ``per_video``."""
    return images + videos * table["per_video"]


def images_levels(table: dict, count: int) -> dict | None:
    """The greatest (b)(7) row whose "at least" the count reaches, or None (fewer than the
    first row)."""
    reached = [row for row in table["rows"] if count >= row["at_least"]]
    return reached[-1] if reached else None


def _images(sheet: Worksheet, version: Version, facts: ChildPornographyFacts,
            field: str) -> None:
    """The images table ((b)(7); (b)(6) Apr. 30, 2003 - Oct. 31, 2004, without a rule for
    videos; none before): a count the edition cannot read is refused."""
    if not {"images", "videos"} & facts.model_fields_set:
        return
    table = version.get("images")
    if table is None and facts.images >= 10:
        raise CaseError(f"{field}.images", _not_in_edition(
            sheet, "has no increase for the number of images (Amendment 649 added it, eff. "
            "Apr. 30, 2003)"))
    if facts.videos and (table is None or table.get("per_video") is None):
        raise CaseError(f"{field}.videos", _not_in_edition(
            sheet, "says nothing of how a video counts (the rule that each counts as 75 images "
            "came with Amendment 664, eff. Nov. 1, 2004): give the images counted as found"))
    if table is None:
        return
    if table.get("per_video") is None:  # Apr. 30, 2003 - Oct. 31, 2004: still images only
        count, words, video_rule = facts.images, f"images = {facts.images}", ""
    else:
        count = images_counted(table, facts.images, facts.videos)
        words = (f"images = {facts.images}, videos = {facts.videos} (× {table['per_video']} = "
                 f"{facts.videos * table['per_video']}): {count} images")
        video_rule = f"; “{table['per_video_text']}”"
    row = images_levels(table, count)
    if row is None:
        first = table["rows"][0]
        sheet.note("chapter_two", f"{SECTION}{table['paragraph']}", "Number of images", words,
                   "no increase", f"fewer than {first['at_least']} images: “{first['text']}” "
                   f"is the first row", sheet.note_version(version))
        return
    sheet.adjust("chapter_two", f"{SECTION}{table['paragraph']}{row['clause']}",
                 "Number of images", words, row["levels"],
                 f"“{row['text']}”{video_rule}",
                 sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): apply §2G2.1 "if the resulting offense level is greater than that determined
    above": the §2G2.1 level as the court found it, or computed from its findings."""
    facts: ChildPornographyFacts = given.facts
    if facts.production_offense_level is None and facts.production is None:
        return
    if facts.production_offense_level is not None and facts.production is not None:
        raise CaseError(f"{given.facts_field}.production",
                        "give the §2G2.1 level as found (production_offense_level) or the "
                        "§2G2.1 findings (production), not both")
    version = sheet.manual.table(TABLE)
    reference = version.get("production_cross_reference")
    if reference is None:
        raise CaseError(f"{given.facts_field}.production", _not_in_edition(
            sheet, "has no cross reference to §2G2.1 (Amendment 325 added (c)(1), eff. Nov. 1, "
            "1990)"))
    section = f"{SECTION}{reference['paragraph']}"
    title = "Cross reference: production (§2G2.1)"
    if facts.production is not None:
        where = f"{given.facts_field}.production"
        registry.guideline_in_force(registry.chapter_two_guideline("2G2.1"), sheet.manual, where)
        level, steps = registry.offense_level_under(
            sheet, "2G2.1", given.under("2G2.1", facts.production, where))
        words = f"production (the §2G2.1 findings): level {level}"
    else:
        level, steps = facts.production_offense_level, []
        words = f"production_offense_level = {level} (§2G2.1, as found)"
    adopt_if_greater(sheet, section, title, words, level, steps, reference["text"],
                     sheet.note_version(version), only_if_greater=True)
