"""§2G3.1 (Importing, Mailing, or Transporting Obscene Matter; Transferring Obscene Matter to
a Minor; Misleading Domain Names) in the Chapter Two registry (tables/obscene_matter.toml),
from Nov. 1, 2000: (a) 10; (b)(1) "Apply the Greatest" (A) distribution for pecuniary gain,
the loss table of the same Manual (§2F1.1's, then §2B1.1's) for the retail value, not less than
5 levels, (B)-(F) as each edition letters them; (b)(2) misleading domain name and (b)(3)
computer (from Nov. 1, 2004); (b)(4) ((b)(2) before 2004) sadistic or masochistic conduct;
(c)(1) §2G2.2 (or §2G2.4, "as appropriate", 2000-2004) through the registry, applied.
Nov. 1, 1987 - Oct. 31, 2000 is the table's gap (refused)."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, apply_kinds, apply_paragraph, base_level_of,
    refuse_clause_not_in_edition)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import loss_table_line

TABLE = "obscene_matter"
SECTION = "§2G3.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G3.1(a): "Base Offense Level: 10"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level (obscene matter)",
                  given.offense.description or "obscene matter")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G3.1(b)(1)-(4), in order."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    _distribution(sheet, version, facts, field)
    for name, key, stated in (("deceiving_minor", "deceiving_minor", facts.deceiving_minor),
                              ("computer", "computer", facts.computer)):
        if stated and version.get(name) is None:
            raise CaseError(f"{field}.{key}", f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} has no such increase "
                            f"(Amendment 664 added it, eff. Nov. 1, 2004)")
    if version.get("deceiving_minor") is not None:
        apply_kinds(sheet, version, SECTION, "deceiving_minor",
                    "Deceiving a minor into viewing harmful material", facts.deceiving_minor,
                    f"{field}.deceiving_minor")
        apply_paragraph(sheet, version, SECTION, "Computer or interactive computer service",
                        version["computer"], facts.computer, "computer = true")
    apply_kinds(sheet, version, SECTION, "portrayal", "Sadistic or masochistic conduct",
                facts.portrays, f"{field}.portrays")


def _distribution(sheet: Worksheet, version: Version, facts, field: str) -> None:
    """(b)(1), "Apply the Greatest": the clause found; (A) the levels of the loss table the
    edition names for ``retail_value`` (or ``pecuniary_gain_levels`` as found), not less
    than 5."""
    stated = [name for name in ("retail_value", "pecuniary_gain_levels")
              if getattr(facts, name) is not None]
    if stated and facts.distribution != "pecuniary_gain":
        raise CaseError(f"{field}.{stated[0]}",
                        f"{stated[0]} is for the increase of {SECTION}(b)(1)(A): give it with "
                        f"distribution = \"pecuniary_gain\"")
    refuse_clause_not_in_edition(sheet, SECTION, version["distribution"], facts.distribution,
                                 f"{field}.distribution")
    if facts.distribution != "pecuniary_gain":
        apply_alternative(sheet, version, SECTION, "Distribution", version["distribution"],
                          facts.distribution, f"distribution = \"{facts.distribution}\"")
        return
    if len(stated) != 1:
        raise CaseError(f"{field}.retail_value",
                        f"distribution = \"pecuniary_gain\" ({SECTION}(b)(1)(A)) needs the "
                        "retail value of the material (retail_value, read on the loss table) "
                        "or the levels from that table as found (pecuniary_gain_levels): "
                        "exactly one of them")
    clause = next(c for c in version["distribution"]["clauses"] if c["key"] == "pecuniary_gain")
    if facts.retail_value is not None:
        table = sheet.manual.table(version["retail_value_table"])
        _, found, line = loss_table_line(table, facts.retail_value, f"{field}.retail_value")
        words = f"distribution = \"pecuniary_gain\", retail value {facts.retail_value!s}"
        how = f"{version['retail_value_section']} {line} ({sheet.note_version(table)})"
    else:
        found = facts.pecuniary_gain_levels
        words = (f"distribution = \"pecuniary_gain\", pecuniary_gain_levels = "
                 f"{facts.pecuniary_gain_levels}")
        how = "the loss table's levels as found"
    levels = max(clause["levels"], found)
    floor = f"; not less than {clause['levels']}" if found < clause["levels"] else ""
    sheet.adjust("chapter_two", f"{SECTION}{version['distribution']['paragraph']}"
                 f"{clause['clause']}", "Distribution", words, levels,
                 f"“{clause['text']}” ({how}{floor})", sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): "apply §2G2.2" (2000-2009: "or §2G2.4 ..., as appropriate"): the guideline's
    level, computed through the registry from its findings, replaces this one."""
    facts = given.facts
    stated = [(key, section, findings) for key, section, findings in (
        ("child_pornography", "2G2.2", facts.child_pornography),
        ("child_pornography_possession", "2G2.4", facts.child_pornography_possession))
        if findings is not None]
    if not stated:
        return
    field = given.facts_field
    if len(stated) > 1:
        raise CaseError(f"{field}.child_pornography_possession",
                        f"{SECTION}(c)(1) applies one guideline, \"as appropriate\": give the "
                        f"§2G2.2 findings or the §2G2.4 findings, not both")
    key, section, findings = stated[0]
    version = sheet.manual.table(TABLE)
    reference = version["cross_reference"]
    where = f"{field}.{key}"
    if section not in reference["guidelines"]:
        raise CaseError(where, f"{SECTION}{reference['paragraph']} in the Guidelines Manual in "
                        f"force on {format_date(sheet.manual.in_force)} names no §{section}: "
                        f"“{reference['text']}”")
    registry.guideline_in_force(registry.chapter_two_guideline(section), sheet.manual, where)
    level, steps = registry.offense_level_under(sheet, section,
                                                given.under(section, findings, where))
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                     f"Cross reference: {key} (§{section})",
                     f"{key} (the §{section} findings): level {level}", level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=False)
