"""§2X1.1 in the Chapter Two registry, and "§2X1.1 in respect to that other offense" for a
cross reference (§2K2.1(c)(1)): (a) the substantive offense's level, (b) the 3-level decrease
and its exceptions, (c)(1) the guideline that expressly covers the attempt, conspiracy or
solicitation, (d) the offenses to which (b) does not apply (tables/attempt_solicitation_conspiracy.toml).
"""

from __future__ import annotations

from typing import Any

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

CH = "chapter_two"
TABLE = "attempt_solicitation_conspiracy"
WORDS = {"attempt": "an attempt", "conspiracy": "a conspiracy", "solicitation": "a solicitation"}
PARAGRAPH = {"attempt": "(b)(1)", "conspiracy": "(b)(2)", "solicitation": "(b)(3)(A)"}


def covering_guideline(version: Version, guideline: str, kind: str | None) -> str | None:
    """§2X1.1(c)(1) and comment. (n.1): the guideline that expressly covers this attempt,
    conspiracy or solicitation: the substantive guideline itself where the note lists it, or
    (until Nov. 1, 1992) §2D1.4 for "a conspiracy or an attempt to commit any offense
    involving a controlled substance" (a guideline of Chapter Two, Part D); else None."""
    if kind is None:
        return None
    if guideline in version[f"{kind}_covered"]:
        return guideline
    covering = version.get("part_d_covered_by")  # by its own words, whatever the note names
    if covering and guideline.startswith("2D") and kind in ("attempt", "conspiracy"):
        return covering
    return None


def murder_covering(version: Version, guideline: str, kind: str | None) -> Any:
    """§2X1.1(c)(1) and comment. (n.1) for murder: the guideline (``guideline``, ``title``)
    that covers an attempt, conspiracy or solicitation whose substantive guideline is one of
    the table's murder guidelines (§2A1.1, §2A1.2), or None."""
    murder = version["murder"]
    if kind is None or guideline not in murder["substantive"]:
        return None
    return murder[kind]


def refuse_murder(sheet: Worksheet, version: Version, guideline: str, kind: str | None,
                  field: str, key: str) -> None:
    """§2X1.1(c)(1): "apply that guideline section": an attempt, conspiracy or solicitation
    to commit murder is not computed under §2X1.1 (§2A1.1's or §2A1.2's level, less 3) but
    under the guideline that covers it; the case must state that guideline. ``key``: the
    field naming the substantive guideline (``substantive_guideline``, or ``guideline`` of a
    cross reference's other offense)."""
    covering = murder_covering(version, guideline, kind)
    if covering is None:
        return
    assert kind is not None
    section = covering["guideline"]
    where = version.get("text_c_where", "(c)(1)")
    where = f"§2X1.1{where}" if where.startswith("(") else f"§2X1.1, {where}"
    edition = (f"the Manual in force on {format_date(sheet.manual.date_of(TABLE))} "
               f"({version['citation']})")
    if key == "substantive_guideline":
        table = registry.chapter_two_guideline(section)
        facts = f" with [offense.{table.facts_key}]" if table and table.facts_key else ""
        instead = f"state guideline = \"{section}\"{facts} instead of §2X1.1"
    else:
        instead = (f"give guideline = \"other\" with offense_level, the level under "
                   f"§{section} as determined, and no inchoate (the covering guideline is "
                   f"applied without §2X1.1(b))")
    raise CaseError(f"{field}.{key}",
                    f"{WORDS[kind]} to commit murder (§{guideline}) is expressly covered by "
                    f"§{section} ({covering['title']}) in {edition}: {where}: "
                    f"\"{version['text_c']}\"; {instead}")


def expressly_covered(version: Version, guideline: str, kind: str | None) -> bool:
    """§2X1.1(c)(1): another guideline covers this attempt, conspiracy or solicitation."""
    return covering_guideline(version, guideline, kind) is not None


def substantive_offense(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                        guideline: str, stated: int | None, kind: str | None,
                        field: str, key: str = "substantive_guideline") -> bool:
    """§2X1.1(a) (or (c)(1)): the level of the substantive offense, computed through the
    registry or as stated, its steps adopted. True if (c)(1) applied that guideline. An
    attempt, conspiracy or solicitation to commit murder is refused (:func:`refuse_murder`)."""
    refuse_murder(sheet, version, guideline, kind, field, key)
    source = sheet.note_version(version)
    if guideline == "other":
        assert stated is not None
        sheet.set_level(CH, "§2X1.1(a)", "Base offense level (substantive offense)",
                        f"the substantive offense: level {stated}, as determined", stated,
                        version["text_a"], source)
        return False
    other = registry.computed_guideline(given, guideline, field)
    level, steps = registry.offense_level_under(
        sheet, guideline, given.under(guideline, other.facts_of(given.offense)))
    sheet.steps.extend(steps)
    covering = covering_guideline(version, guideline, kind)
    if covering is not None:
        assert kind is not None
        where = version.get("text_c_where", "(c)(1)")
        where = f"§2X1.1{where}" if where.startswith("(") else f"§2X1.1, {where}"
        why = f"{version['text_c']} (§{covering}: comment. (n.1))" if covering == guideline \
            else (f"{version['text_c']} (§{covering}: comment. (n.1)); §{covering}(a): "
                  f"{version['text_part_d']}")
        sheet.set_level(CH, where, "Cross reference", f"{WORDS[kind]} covered by "
                        f"§{covering}", level, why, source)
        sheet.refer_to(covering)
        return True
    sheet.set_level(CH, "§2X1.1(a)", "Base offense level (substantive offense)",
                    f"§{guideline}: level {level}", level, version["text_a"], source)
    return False


def decrease(sheet: Worksheet, version: Version, kind: str | None, all_acts_completed: bool,
             identically: bool, special: bool, field: str | None = None) -> None:
    """§2X1.1(b): decrease by 3 levels, unless all acts were completed (or about to be);
    (b)(3)(B) and (d)(1): not at all. Before Nov. 1, 1989 a solicitation was decreased under
    (b)(1) and excepted under (b)(3); before Nov. 1, 2002 there is no (d) (``field``: the
    facts table, to refuse the fact)."""
    if kind is None:
        return
    source = sheet.note_version(version)
    paragraph = PARAGRAPH[kind] if kind != "solicitation" \
        else version.get("solicitation_decrease", PARAGRAPH[kind])
    where = f"§2X1.1{paragraph}"
    text = version["text_b" + paragraph[4]]
    identical = version.get("solicitation_identical", "(b)(3)(B)")
    if special and version.get("text_d") is None:
        raise CaseError(f"{field}.special_instruction_offense",
                        f"§2X1.1 has no subsection (d) (Special Instruction) in the Manual in "
                        f"force on {format_date(sheet.manual.date_of(TABLE))} "
                        f"({version['citation']}): no such fact under it")
    why = None
    if special:
        why = ("(d)(1): subsection (b) shall not apply to this offense", "§2X1.1(d)(1)")
    elif kind == "solicitation" and identically:
        why = (f"{identical}: the statute treats solicitation identically with the substantive "
               "offense", f"§2X1.1{identical}")
    elif all_acts_completed:
        why = ("all the acts believed necessary were completed (or about to be, but for "
               "apprehension or interruption)", where)
    if why:
        sheet.note(CH, why[1], "Attempt, solicitation, or conspiracy", WORDS[kind],
                   "no decrease", why[0], source)
        return
    sheet.adjust(CH, where, "Attempt, solicitation, or conspiracy", WORDS[kind],
                 -version["decrease"], text, source)


def in_respect_to(sheet: Worksheet, given: registry.ChapterTwoCase, other: Any,
                  field: str) -> tuple[int, list, str]:
    """"§2X1.1 ... in respect to that other offense" (a cross reference): the level on a
    scratch sheet, its steps, and a few words for the step that adopts or sets it aside."""
    version = sheet.manual.table(TABLE)

    def in_respect(scratch: Worksheet) -> None:
        covered = substantive_offense(scratch, given, version, other.guideline,
                                      other.offense_level, other.inchoate, field, "guideline")
        if not covered:
            decrease(scratch, version, other.inchoate, other.all_acts_completed,
                     other.solicitation_treated_identically, False)

    level, steps = sheet.on_scratch(in_respect)
    named = "the other offense" if other.guideline == "other" else f"§{other.guideline}"
    state = f" ({other.inchoate})" if other.inchoate else ""
    return level, steps, f"{named}{state}: level {level}"


# -- §2X1.1 as the offense guideline ------------------------------------------------------

def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X1.1(a), or (c)(1) where the substantive guideline covers the offense."""
    facts = given.facts
    substantive_offense(sheet, given, sheet.manual.table(TABLE), facts.substantive_guideline,
                        facts.substantive_offense_level, facts.kind, given.facts_field)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X1.1(b), unless (c)(1) applied another guideline."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    if expressly_covered(version, facts.substantive_guideline, facts.kind):
        return
    decrease(sheet, version, facts.kind, facts.all_acts_completed,
             facts.solicitation_treated_identically, facts.special_instruction_offense,
             given.facts_field)
