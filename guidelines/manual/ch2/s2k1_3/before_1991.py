"""§2K1.3 as it stood before the 1991 consolidation (Amendment 373): "Unlawfully Trafficking
In, Receiving, or Transporting Explosives", Nov. 1, 1987 - Oct. 31, 1991: (a) level 6; (b) of
the alternatives (1) false statement +4, (2) stolen +6, (3) distributed to a person under
twenty-one or barred by state law +4, (4) prohibited person (18 U.S.C. § 842(i)) +10, (5) a
recordkeeping offense concealing a substantive offense: its guideline, "use the greatest".
Versions marked ``before_consolidation`` in tables/explosive_materials.toml;
``offense_level`` hands them here."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2k1_3.facts import ExplosiveFacts
from ussg.guidelines.manual.ch2.s2k2_1.before_1991 import refuse_other_facts

CH = "chapter_two"
SOC = "Specific offense characteristic"
#: the keys of [offense.explosives] only the text of 1987-1991 reads
EARLY_ONLY = ("false_statement", "distributed_to_barred_person", "concealed_substantive_offense")


def refuse_early_facts(sheet: Worksheet, given: registry.ChapterTwoCase,
                       version: Version) -> None:
    """From Nov. 1, 1991: a fact only the 1987-1991 text reads is an error naming it (under
    an earlier Manual §1B1.11(b) compares, a step "not applied")."""
    facts: ExplosiveFacts = given.facts
    for key in EARLY_ONLY:
        if key not in facts.model_fields_set or getattr(facts, key) in (False, None):
            continue
        message = (f"§2K1.3 in the Manual in force on {format_date(sheet.manual.in_force)} "
                   f"({version['citation']}) has no such provision: {key} is a fact of the "
                   "guideline Amendment 373 deleted (Nov. 1, 1987 - Oct. 31, 1991)")
        if sheet.manual.strict:
            raise CaseError(f"{given.facts_field}.{key}", message)
        sheet.note(CH, "§2K1.3", SOC, key.replace("_", " "), "not applied",
                   f"{message}; this Manual is applied in its entirety (§1B1.11(b)(2))")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase,
                       version: Version) -> None:
    """(a): "Base Offense Level: 6"."""
    refuse_other_facts(sheet, given, version, given.facts, "2K1.3")
    row = version["base_level"]
    sheet.set_level(CH, f"§2K1.3{row['subsection']}", "Base offense level",
                    "the one base offense level of this text", row["level"],
                    f"§2K1.3{row['subsection']} ({version['title_then']}): {row['text']}",
                    sheet.note_version(version))


def _why(rule: str, facts: ExplosiveFacts) -> str | None:
    if rule == "false_statement":
        return "false statement, false record or misrepresented identification" \
            if facts.false_statement else None
    if rule == "stolen":
        return "knew or had reason to believe the explosives were stolen" if facts.stolen \
            else None
    if rule == "distributed_to_barred_person":
        return ("knowingly distributed explosives to a person under twenty-one, barred by "
                "state law, or intending to transport them in violation of state law"
                if facts.distributed_to_barred_person else None)
    if rule == "prohibited":
        return ("a person prohibited from receiving explosives under 18 U.S.C. § 842(i)"
                if facts.prohibited_person else "knowingly distributed explosives to a person "
                "prohibited under 18 U.S.C. § 842(i)" if facts.distributed_to_prohibited_person
                else None)
    assert rule == "substantive_offense", rule
    return None  # computed by _substantive


def _substantive(sheet: Worksheet, given: registry.ChapterTwoCase) -> tuple[int, list, str]:
    """(b)(5): the level under the guideline for the substantive offense: computed where
    ussg computes that guideline from this count's facts, else the level as determined."""
    other = given.facts.concealed_substantive_offense
    field = f"{given.facts_field}.concealed_substantive_offense"
    if other.guideline == "other":
        return other.offense_level, [], (f"the guideline for the substantive offense: level "
                                         f"{other.offense_level} (as determined)")
    guideline = registry.computed_guideline(given, other.guideline, field)
    level, steps = registry.offense_level_under(
        sheet, guideline.section, given.under(guideline.section))
    return level, steps, f"§{guideline.section} (the substantive offense): level {level}"


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase,
                                     version: Version) -> None:
    """(b): "use the greatest" of the alternatives met, by the offense level each gives:
    (1)-(4) the base level increased, (5) the substantive offense's guideline in its place."""
    facts: ExplosiveFacts = given.facts
    rule = version["characteristics"]
    source = sheet.note_version(version)
    assert sheet.level is not None
    base = sheet.level
    met: list[tuple[int, dict, str, list]] = []
    for row in rule["rows"]:
        if row["rule"] == "substantive_offense":
            if facts.concealed_substantive_offense is not None:
                level, steps, words = _substantive(sheet, given)
                met.append((level, row, words, steps))
        elif (why := _why(row["rule"], facts)) is not None:
            met.append((base + row["levels"], row, why, []))
    if not met:
        return
    level, row, why, steps = max(met, key=lambda m: m[0])  # the first of equal ones
    others = [f"{r['clause']} level {lv}" for lv, r, _, _ in met if r is not row]
    where = f"§2K1.3{rule['subsection']}{row['clause']}"
    if others:
        why += f" (also met, not greater: {', '.join(others)})"
    text = f"{rule['text']} {row['clause']} {row['text']}"
    if row["rule"] == "substantive_offense":
        sheet.steps.extend(steps)
        sheet.move_to(CH, where, SOC, why, level, text, source)
    else:
        sheet.adjust(CH, where, SOC, why, row["levels"], text, source)
