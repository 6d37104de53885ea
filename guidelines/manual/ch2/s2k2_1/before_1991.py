"""§2K2.1 as it stood before the 1991 consolidation (Amendment 374): the guideline of Nov. 1,
1987 (level 9; stolen or altered serial number +1; sport or recreation -4; the other offense)
and Amendment 189's of Nov. 1, 1989, as Amendment 333 changed it on Nov. 1, 1990 ((a)(1)-(3)
by statute or prior conviction; lawful sporting use to level 6; stolen +2; (c)(1) distribution
to §2K2.2; (c)(2) the other offense through §2X1.1). Versions marked ``before_consolidation``
in tables/firearm_offense.toml; ``offense_level`` hands them here."""

from __future__ import annotations

from collections.abc import Callable

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2k2_1.facts import FirearmFacts

CH = "chapter_two"
BASE = "Base offense level"
SOC = "Specific offense characteristic"
TABLE = "firearm_offense"
NFA_STATUTES = {"922(o)", "26 U.S.C. § 5861", "26 U.S.C. § 5861(g)", "26 U.S.C. § 5861(h)"}
PROHIBITED_STATUTES = {"922(g)", "922(h)", "922(n)"}


def applies(version: Version) -> bool:
    """The version in force is a text from before the 1991 consolidation of Part K, marked
    ``before_consolidation`` (§2K2.1 before Amendment 374; §2K1.3 before Amendment 373)."""
    return bool(version.get("before_consolidation"))


def refuse_other_facts(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                       facts: object, section: str, field: str | None = None) -> None:
    """Every fact stated (not its default) that this text does not read ( ``version["facts"]``):
    an error naming the field under the Manual the case asks for; under the earlier Manual
    §1B1.11(b) compares, a step "not applied"."""
    field = field or given.facts_field
    for key in sorted(facts.model_fields_set):  # type: ignore[attr-defined]
        value = getattr(facts, key)
        default = type(facts).model_fields[key].get_default(call_default_factory=True)
        if key in version["facts"] or value == default:
            continue
        message = (f"§{section} in the Manual in force on {format_date(sheet.manual.in_force)} "
                   f"({version['citation']}) has no such provision: it reads only "
                   f"{', '.join(version['facts'])}")
        if sheet.manual.strict:
            raise CaseError(f"{field}.{key}", message)
        sheet.note(CH, f"§{section}", SOC, key.replace("_", " "), "not applied",
                   f"{message}; this Manual is applied in its entirety (§1B1.11(b)(2))")


def the_greatest_base(sheet: Worksheet, candidates: list[tuple[int, str, dict, str, list]],
                      reason: Callable[[str, dict], str], source: str) -> None:
    """(a) "Apply the greatest" of the pre-1991 guidelines (§2K2.3 of 1989, §2K1.6): each
    candidate (level, subsection, row, words, its own steps) the facts give; the greatest
    (the first of equals) is the base offense level, after the steps that made it (another
    guideline's, on a scratch sheet), the others named in the reason. ``reason(where, row)``
    says why, from the chosen subsection and its row."""
    level, where, row, words, steps = max(candidates, key=lambda c: c[0])
    others = [f"{w} {lv}" for lv, w, _, _, _ in candidates if w != where]
    sheet.steps.extend(steps)
    said = reason(where, row)
    if others:
        said += f" (also: {', '.join(others)})"
    sheet.set_level(CH, where, BASE, words, level, said, source)


def _meets(rule: str, facts: FirearmFacts) -> str | None:
    statutes = set(facts.convicted_under)
    if rule == "nfa_statute":
        hit = sorted(statutes & NFA_STATUTES)
        return ("convicted under " + ", ".join(s if s.startswith("26 ") else f"18 U.S.C. § {s}"
                                               for s in hit)) if hit else None
    if rule == "prohibited_statute_or_felony":
        hit = sorted(statutes & PROHIBITED_STATUTES)
        if hit:
            return f"convicted under 18 U.S.C. § {', '.join(hit)}"
        return ("convicted, before the offense, of an offense punishable by more than one year"
                if facts.prior_felony_conviction else None)
    return "no other subsection applies" if rule == "otherwise" else None


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): the one level of 1987; from 1989 "Base Offense Level (Apply the greatest)"."""
    version = sheet.manual.table(TABLE)
    facts: FirearmFacts = given.facts
    refuse_other_facts(sheet, given, version, facts, "2K2.1")
    met = [(row, why) for row in version["base_levels"] if (why := _meets(row["rule"], facts))]
    row, why = max(met, key=lambda pair: pair[0]["level"])
    if len(version["base_levels"]) == 1:
        why = "the one base offense level of this text"
    others = [f"{r['subsection']} {r['level']}" for r, _ in met
              if r is not row and r["rule"] != "otherwise"]
    reason = f"§2K2.1{row['subsection']} ({version['title_then']}): {row['text']}"
    if others:
        reason += f" (also met, lower: {', '.join(others)})"
    sheet.set_level(CH, f"§2K2.1{row['subsection']}", BASE, why, row["level"], reason,
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b) in the order of the text: 1987 (b)(1) stolen +1, (b)(2) sport or recreation -4;
    1989 (b)(1) lawful sporting purposes or collection to level 6, (b)(2) stolen +2."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    facts: FirearmFacts = given.facts
    steps = [("lawful_sporting", _sporting), ("stolen", _stolen)]
    steps.sort(key=lambda pair: version[pair[0]]["subsection"])
    for _, step in steps:
        step(sheet, version, facts, source)


def _stolen(sheet: Worksheet, version: Version, facts: FirearmFacts, source: str) -> None:
    rule = version["stolen"]
    if not (facts.stolen or facts.altered_or_obliterated_serial_number):
        return
    words = " and ".join(w for w, on in (("stolen", facts.stolen), (
        "an altered or obliterated serial number", facts.altered_or_obliterated_serial_number))
        if on)
    sheet.adjust(CH, f"§2K2.1{rule['subsection']}", SOC, f"the firearm: {words}",
                 rule["levels"], rule["text"], source)


def _sporting(sheet: Worksheet, version: Version, facts: FirearmFacts, source: str) -> None:
    rule = version["lawful_sporting"]
    if not getattr(facts, rule["fact"]):
        return
    where = f"§2K2.1{rule['subsection']}"
    assert sheet.level is not None
    if rule.get("not_nfa_firearm") and facts.nfa_firearm:
        sheet.note(CH, where, SOC, "solely for lawful sporting purposes or collection",
                   "not applicable", "the offense involved a firearm described in 26 U.S.C. "
                   f"§ 5845(a): {rule['text']}", source)
        return
    if rule.get("decrease") is not None:
        sheet.adjust(CH, where, SOC, "obtained or possessed solely for sport or recreation",
                     -rule["decrease"], rule["text"], source)
    elif sheet.level > rule["to_level"]:
        sheet.move_to(CH, where, SOC, "solely for lawful sporting purposes or collection",
                      rule["to_level"], rule["text"], source)
    else:
        sheet.note(CH, where, SOC, "solely for lawful sporting purposes or collection",
                   "no change", f"the level determined above, {sheet.level}, is not above "
                   f"level {rule['to_level']}: {rule['text']}", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """1989 (c)(1) distribution, §2K2.2 if greater; the other offense ((c)(1) of 1987: "the
    guideline in respect to such other offense, or §2X1.1"; (c)(2) of 1989: §2X1.1 "in respect
    to that other offense"), if greater."""
    from ussg.guidelines.manual.ch2.s2k2_1.offense_level import (
        in_connection_with_another_offense)
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    facts: FirearmFacts = given.facts
    if facts.distribution is not None:
        distributed(sheet, given, version, facts, source)
    other = facts.other_offense
    if other is None:
        return
    rule = version["cross_reference"]
    if other.death_resulted:
        raise CaseError(f"{given.facts_field}.other_offense.death_resulted",
                        f"§2K2.1's cross reference in the Manual in force ({version['citation']}) "
                        f"has no homicide clause: {rule['text']}")
    in_connection_with_another_offense(sheet, given, other, f"§2K2.1{rule['subsection']}",
                                       rule["text"], source, lettered=False)


def distributed(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                facts: FirearmFacts, source: str) -> None:
    """1989 (c)(1): "apply §2K2.2 ... if the resulting offense level is greater than that
    determined above", §2K2.2 read from ``[offense.firearms.distribution]``. §2K2.2's own
    (c)(1) back to §2K2.1 (a prior felony conviction) is not run inside it: its level is the
    one determined above."""
    rule = version["distribution"]
    field = f"{given.facts_field}.distribution"
    assert facts.distribution is not None
    from ussg.guidelines.manual.ch2.s2k2_2.facts import FormerFirearm2K2_2Facts
    trafficking = FormerFirearm2K2_2Facts(distribution=True,
                                          **facts.distribution.model_dump(exclude_unset=True))
    level, steps = registry.offense_level_under(
        sheet, "2K2.2", given.under("2K2.2", trafficking, facts_at=field))
    assert sheet.level is not None
    at = f"§2K2.1{rule['subsection']}"
    words = f"§2K2.2 (distribution): level {level}"
    if level > sheet.level:
        sheet.steps.extend(steps)
        sheet.move_to(CH, at, "Cross reference", words, level,
                      f"level {level} is greater than level {sheet.level} determined above: "
                      f"{rule['text']}", source)
    else:
        sheet.note(CH, at, "Cross reference", words, "not applied",
                   f"level {level} is not greater than level {sheet.level} determined above",
                   source)
