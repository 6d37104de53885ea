"""The engine behind §2D1.1(b) and (d): one versioned table per characteristic (tables/
drug_*.toml, dangerous_weapon.toml), each version saying where the characteristic stands in
that edition (its paragraph, "(b)(12)"), its words, and its clauses with their levels and
minimum levels. The functions of guidelines/manual/ch2/s2d1_1/drug_trafficking.py say which facts of the case
state each characteristic; this module applies them in the edition's own order.

A fact the edition does not have is an error naming the field, never ignored. The one
exception is the earlier Manual that §1B1.11(b) weighs against the Manual in force at
sentencing: there the absence is the point of the comparison (the later enhancement may not
be applied ex post facto), so it is shown as a step ("not in this Manual") instead.
"""

from __future__ import annotations

import re
from functools import cache
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ussg.guidelines.case.model import MitigatingRole
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date, load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet

if TYPE_CHECKING:
    from ussg.guidelines.case.model import Case

#: A stated fact: (clause key, the case field it came from). Simple yes/no facts use "yes".
Stated = list[tuple[str, str]]
YES = "yes"

SOC_TITLE = "Specific offense characteristic"


@dataclass
class Context:
    """One computation's Chapter Two state: the worksheet, the case, whether a fact absent
    from the edition is an error (``strict``), and the characteristics applied so far."""

    sheet: Worksheet
    case: Case
    strict: bool
    applied: set[str] = field(default_factory=set)

    @property
    def manual(self) -> str:
        """"Nov. 1, 1993 Manual", with "(as amended through ...)" for interim amendments."""
        edition = self.sheet.edition
        text = f"{format_date(edition.edition)} Manual"
        if edition.in_force != edition.edition:
            text += f" (as amended through {format_date(edition.in_force)})"
        return text


def context(sheet: Worksheet, case: Case) -> Context:
    return Context(sheet, case, strict=sheet.manual.strict)


def flag(value: bool, field_name: str) -> Stated:
    return [(YES, f"offense.{field_name}")] if value else []


def values(items: Iterable[str] | str | None, field_name: str) -> Stated:
    if items is None:
        return []
    if isinstance(items, str):
        items = [items]
    return [(item, f"offense.{field_name}") for item in items]


@cache
def paragraph_number(paragraph: str) -> tuple[int, ...]:
    """"(b)(13)" -> (13,), for putting characteristics in the edition's order."""
    return tuple(int(n) for n in re.findall(r"\((\d+)\)", paragraph))


def version_in_force(ctx: Context, table: str, stated: Stated, words: str) -> Version | None:
    """The table's version for the edition, or None (after an error or a note) if the
    characteristic does not exist in it."""
    version = ctx.sheet.manual.table(table)
    if version.get("exists", True):
        return version
    subsection = load_table(table).section.split(")")[0] + ")"  # "§2D1.1(b)": numbers differ
    not_in_edition(ctx, stated[0][1], subsection, words,
                   f"{_describe(table)} does not exist in the {ctx.manual}")
    return None


def not_in_edition(ctx: Context, field_name: str, section: str, words: str,
                   message: str) -> None:
    if ctx.strict:
        raise CaseError(field_name, message)
    ctx.sheet.note("chapter_two", section, SOC_TITLE, words, "not applied",
                   f"{message}; this Manual is applied in its entirety (§1B1.11(b)(2))")


def _describe(table: str) -> str:
    """"“Premises maintained ...” (§2D1.1(b)(12) from Amendment 748, eff. Nov. 1, 2010)":
    named by its first paragraph number, which later editions may have changed."""
    loaded = load_table(table)
    for version in loaded.versions:
        if version.get("exists", True):
            where = version.get("paragraph", "")
            text = f"“{loaded.title}” (§2D1.1{where} from {version.citation}"
            earlier = [start for start, _ in loaded.gaps if start < version.effective]
            if earlier:
                text += f"; versions from {format_date(min(earlier))} on are not entered"
            return text + ")"
    return f"“{loaded.title}”"


@cache
def clauses(version: Version) -> tuple[Mapping[str, Any], ...]:
    """The version's clauses, each with its levels, minimum and paragraph filled in (read
    once for each version: tables never change)."""
    listed = version.get("clause") or [{"key": YES, "label": ""}]
    return tuple(MappingProxyType({"paragraph": version["paragraph"],
                                   "levels": version.get("levels"),
                                   "floor": version.get("floor"), **clause}) for clause in listed)


@cache
def clauses_by_key(version: Version) -> Mapping[str, Mapping[str, Any]]:
    return MappingProxyType({clause["key"]: clause for clause in clauses(version)})


def apply_clauses(ctx: Context, table: str, version: Version, stated: Stated,
                  words: Callable[[str], str]) -> None:
    """Apply a characteristic: check the clauses stated exist in this version and that its
    conditions hold, then, paragraph by paragraph, the greatest clause stated ("Apply the
    greatest") and any minimum level ("If the resulting offense level is less than level N,
    increase to level N")."""
    sheet = ctx.sheet
    source = sheet.note_version(version)
    title = load_table(table).title  # what the characteristic is, the same in every edition
    section = f"§2D1.1{version['paragraph']}"
    by_key = clauses_by_key(version)
    chosen = []
    for key, field_name in stated:
        if key in by_key:
            chosen.append(by_key[key])
            continue
        not_in_edition(ctx, field_name, section, words(key),
                       f"{section} in the {ctx.manual} has no clause for {key!r}"
                       f"{_clause_first_seen(table, key)}")
    if not chosen:
        return
    unmet = _unmet_condition(ctx, version, chosen)
    if unmet:
        sheet.note("chapter_two", section, title, _described(chosen, words), "not applied",
                   unmet, source)
        return
    if version.get("all_clauses"):  # one reduction for the factors together
        sheet.adjust("chapter_two", section, title, _described(chosen, words), version["levels"],
                     version["text"], source)
        ctx.applied.add(table)
        return
    kept = []
    for clause in chosen:
        excluded = [t for t in clause.get("unless", []) if t in ctx.applied]
        if excluded:
            sheet.note("chapter_two", f"§2D1.1{clause['paragraph']}{clause['label']}", title,
                       words(clause["key"]), "not applied", clause["unless_note"], source)
        elif _state_of_mind_met(ctx, clause, title, words, source):
            kept.append(clause)
    paragraphs: dict[str, list[dict[str, Any]]] = {}
    for clause in kept:
        paragraphs.setdefault(clause["paragraph"], []).append(clause)
    for paragraph, group in sorted(paragraphs.items(), key=lambda p: paragraph_number(p[0])):
        _apply_greatest(sheet, title, paragraph, group, version, words, source)
    if kept:
        ctx.applied.add(table)


def _described(chosen: Iterable[Mapping[str, Any]], words: Callable[[str], str]) -> str:
    return "; ".join(words(c["key"]) for c in chosen)


def _apply_greatest(sheet: Worksheet, title: str, paragraph: str, group: list[dict[str, Any]],
                    version: Version, words: Callable[[str], str], source: str) -> None:
    assert sheet.level is not None
    start = sheet.level

    def result(clause: dict[str, Any]) -> int:
        return max(start + clause["levels"], clause["floor"] or -99)

    best = max(group, key=result)  # the first of equals, in the order of the text
    section = f"§2D1.1{paragraph}{best['label']}"
    reason = version["text"]
    if len(group) > 1:
        others = ", ".join(words(c["key"]) for c in group if c is not best)
        reason = f"apply the greatest ({others} would give less or the same); {reason}"
    sheet.adjust("chapter_two", section, title, words(best["key"]), best["levels"],
                 reason, source)
    floor = best["floor"]
    if floor is not None and sheet.level < floor:
        sheet.move_to("chapter_two", section, f"{title}: minimum level",
                      f"level {sheet.level} after {section}", floor,
                      f"If the resulting offense level is less than level {floor}, increase to "
                      f"level {floor}.", source)


def _state_of_mind_met(ctx: Context, clause: dict[str, Any], title: str,
                       words: Callable[[str], str], source: str) -> bool:
    """A clause that names a state of mind (§2D1.1(b)(13)(B): "and acted with willful
    blindness or conscious avoidance of knowledge that ..." from Amendment 818, "with reckless
    disregard that ..." from Amendment 833) applies only if the court found one the clause
    `accepts`; the finding is a case fact (the clause's `finding`), shown as its own step with
    the edition's words. Not stated: an error naming the field, since the edition needs it."""
    wanted = clause.get("state_of_mind")
    if wanted is None:
        return True
    field_name = f"offense.{clause['finding']}"
    section = f"§2D1.1{clause['paragraph']}{clause['label']}"
    found = getattr(ctx.case.offense, clause["finding"])
    if found is None:
        raise CaseError(field_name, f"{section} in the {ctx.manual} applies only “{wanted}”: "
                        f"state what the court found ("
                        + " or ".join(f'"{value}"' for value in clause["accepts"]) + ")")
    stated = f"{field_name} = {found}"
    if found not in clause["accepts"]:
        ctx.sheet.note("chapter_two", section, title, f"{words(clause['key'])}; {stated}",
                       "not applied", f"the edition's words are “{wanted}”; the court found "
                       f"{found.replace('_', ' ')}, which does not meet them", source)
        return False
    reason = f"“{wanted}”: the court found {found.replace('_', ' ')}"
    if found != clause["accepts"][0]:
        reason += f": {clause['accepts_note']}"
    ctx.sheet.note("chapter_two", section, f"{title}: state of mind", stated, "met", reason, source)
    return True


def _unmet_condition(ctx: Context, version: Version, chosen: list[dict[str, Any]]) -> str:
    """Why a stated characteristic does not apply in this edition ("" if it does)."""
    role = ctx.case.adjustments.role
    needs = version.get("requires")
    if needs == "aggravating_role" and role.aggravating is None:
        return "applies only if the defendant receives an adjustment under §3B1.1 " \
               "(Aggravating Role); adjustments.role.aggravating is not stated"
    if needs == "no_mitigating_role" and role.mitigating is not None:
        return "does not apply: the defendant is subject to an adjustment under §3B1.2 " \
               "(Mitigating Role)"
    if needs == "minimal_participant" and role.mitigating is not MitigatingRole.minimal_participant:
        return "applies only if the defendant receives the 4-level reduction in §3B1.2(a) " \
               "(adjustments.role.mitigating = \"minimal_participant\")"
    if version.get("all_clauses"):
        missing = [c["label"] for c in clauses(version) if c["key"] not in {x["key"] for x in chosen}]
        if missing:
            return f"applies only if the offense involved all of the factors; not stated: " \
                   f"{', '.join(missing)}"
    statute = version.get("requires_conviction")
    if statute and not any(c.startswith(statute) for c in ctx.case.offense.convictions):
        return f"in this edition applies only to a defendant convicted of violating 21 U.S.C. " \
               f"§ {statute}(a); offense.convictions lists none"
    return ""


def _clause_first_seen(table: str, key: str) -> str:
    for version in load_table(table).versions:
        if version.get("exists", True) and any(c["key"] == key for c in clauses(version)):
            return f" (it first appears with {version.citation})"
    return ""
