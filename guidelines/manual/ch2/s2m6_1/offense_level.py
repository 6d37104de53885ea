"""§2M6.1 (Unlawful Activity Involving Nuclear Material, Weapons, or Facilities, Biological
Agents, Toxins, or Delivery Systems, Chemical Weapons, or Other Weapons of Mass Destruction;
Attempt or Conspiracy) in the Chapter Two registry (tables/mass_destruction_weapons.toml).
Before Nov. 1, 2001: (a) 30; (b)(1) +12 with intent to injure the United States or to aid a
foreign nation. From Nov. 1, 2001 (Amendment 633): (a) "(Apply the Greatest)" of the levels
whose findings are met ((a)(2), 28, where no other is); (b)(1)-(3) each only where the base
applied is one its (A) names; (c)(1) §2A1.1/§2A1.2 if death resulted, (c)(2) §2A2.1 if
tantamount to attempted murder, each if the resulting level is greater.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_death_or_attempted_murder_references)

CH = "chapter_two"
TABLE = "mass_destruction_weapons"
SECTION = "§2M6.1"
# the keys the replacement guideline of Nov. 1, 2001 (Amendment 633) introduced
_FROM_2001 = ("threat_without_intent_or_ability", "dangerous_agent", "victim_injury",
              "disruption_or_response_expenditure", "death_resulted",
              "attempted_murder_guideline")
_CONVICTION = {"175b": "statute_175b", "175(b)": "statute_175b_possession"}


def _refuse(sheet: Worksheet, field: str, why: str) -> None:
    raise CaseError(field, f"{SECTION} in the Guidelines Manual in force on "
                    f"{format_date(sheet.manual.in_force)} {why}")


def _stated(facts, name: str) -> bool:
    value = getattr(facts, name)
    return value not in (None, False, [])


def _met(version, facts) -> list[tuple[dict, str]]:
    """The bases of (a) whose findings the case meets, each with the words of its input; (a)(2)
    ("otherwise") where no other is."""
    met = []
    for base in version["bases"]:
        finding = base["finding"]
        if finding == "intent":
            named = [i for i in facts.intent if i in base.get("reaches", [])]
            if named:
                met.append((base, f"intent = {', '.join(named)}"))
        elif finding == "threat" and facts.threat_without_intent_or_ability:
            met.append((base, "threat_without_intent_or_ability = true"))
        elif finding == _CONVICTION.get(facts.conviction or ""):
            met.append((base, f"conviction = {facts.conviction}"))
    if not met:
        met = [(b, "no other base level's finding") for b in version["bases"]
               if b["finding"] == "otherwise"]
    return met


def _applied(version, facts) -> tuple[list[tuple[dict, str]], list[tuple[dict, str]]]:
    """The greatest of the bases met (all of that level), and the lesser ones met."""
    met = _met(version, facts)
    greatest = max(b["level"] for b, _ in met)
    return ([m for m in met if m[0]["level"] == greatest],
            [m for m in met if m[0]["level"] < greatest])


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 30 before Nov. 1, 2001; from then the greatest of the levels met."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source, heading, where = sheet.note_version(version), version["heading"], given.facts_field
    if version.get("intent_increase") is not None:  # the guideline of 1987-2001
        for name in ("conviction", *_FROM_2001):
            if _stated(facts, name):
                _refuse(sheet, f"{where}.{name}", "has (a) 30 and (b)(1)'s intent only (the "
                        "guideline on nuclear material, weapons, or facilities that Amendment "
                        "633 replaced on Nov. 1, 2001): leave out " + name)
    elif facts.conviction is not None and not any(
            b["finding"] == _CONVICTION[facts.conviction] for b in version["bases"]):
        _refuse(sheet, f"{where}.conviction", "has no base level for a conviction under 18 "
                f"U.S.C. § {facts.conviction} (Amendment 637 added (a)(3) and (a)(4) on Nov. "
                "1, 2002): leave out conviction")
    applied, lesser = _applied(version, facts)
    base, words = applied[0]
    reason = f"“{heading} {base['text']}”"
    if len(version["bases"]) > 1:
        also = [b["paragraph"] for b, _ in applied[1:]] + [
            f"{b['paragraph']} {b['level']}" for b, _ in lesser]
        reason += " (the greatest" + (f"; also met: {', '.join(also)})" if also else ")")
    sheet.set_level(CH, f"{SECTION}{base['paragraph']}", "Base offense level",
                    "; ".join(w for _, w in applied), base["level"], reason, source)


def _covers(applied: list[str], names: list[str]) -> bool:
    return any(p == n or p.startswith(n + "(") for p in applied for n in names)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """Before Nov. 1, 2001 (b)(1) +12 for the intent; from then (b)(1)-(3), each where (A)
    names the base applied (shown not applied where it does not)."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source, where_facts = sheet.note_version(version), given.facts_field
    increase = version.get("intent_increase")
    if increase is not None:
        where = f"{SECTION}{increase['paragraph']}"
        named = [i for i in facts.intent if i in increase["reaches"]]
        for item in facts.intent:
            if item not in increase["reaches"]:
                sheet.note(CH, where, increase["title"], f"intent = {item}", "not applied",
                           f"not what this edition's words name: “{increase['text']}”", source)
        if named:
            sheet.adjust(CH, where, increase["title"], f"intent = {', '.join(named)}",
                         increase["levels"], f"“{increase['text']}”", source)
        return
    applied = [b["paragraph"] for b, _ in _applied(version, facts)[0]]
    stated = (("agent", "dangerous_agent", facts.dangerous_agent),
              ("injury", "victim_injury", facts.victim_injury),
              ("disruption", "disruption_or_response_expenditure",
               facts.disruption_or_response_expenditure or None))
    for name, key, value in stated:
        if value is None:
            continue
        rule = version[name]
        where, words = f"{SECTION}{rule['paragraph']}", f"{key} = {str(value).lower()}"
        if _covers(applied, rule["applies_with"]):
            levels = rule["levels"][value] if isinstance(rule["levels"], dict) else rule["levels"]
            sheet.adjust(CH, where, rule["title"], words, levels, f"“{rule['text']}”", source)
        elif _covers(applied, rule.get("refused_with", [])):
            _refuse(sheet, f"{where_facts}.{key}", rule["refused_because"])
        else:
            sheet.note(CH, where, rule["title"], words, "not applied",
                       f"the base applied is {', '.join(applied)}, not one (A) names: "
                       f"“{rule['text']}”", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """From Nov. 1, 2001: (c)(1), then (c)(2), each applied if the resulting level is greater
    than the level then."""
    version = sheet.manual.table(TABLE)
    if version.get("death") is None:
        return
    source = sheet.note_version(version)
    apply_death_or_attempted_murder_references(sheet, given, version, SECTION, source)
