"""§2A2.3 (Assault) in the Chapter Two registry: (a) the base offense level, (b)(1) bodily
injury, and (c)(1) the cross reference to §2A2.2, as the edition applied has them
(tables/assault.toml).

§2A2.3(c)(1) (2025): "If the conduct constituted aggravated assault, apply §2A2.2 (Aggravated
Assault)."
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2a2_3.facts import AssaultFacts

TABLE = "assault"
SECTION = "§2A2.3"
#: What (a)(1) names from Nov. 1, 1989 (Amendment 87), where a version does not list it
CONTACT_FACTS = ["physical_contact", "dangerous_weapon_possessed_and_threatened"]


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A2.3(a): (1) 7, "if the offense involved physical contact, or if a dangerous weapon
    (including a firearm) was possessed and its use was threatened"; (2) 4, otherwise. Before
    Nov. 1, 2004 (Amendment 663) 6 and 3; before Nov. 1, 1989 (Amendment 87) (1) reads "if the
    conduct involved striking, beating, or wounding". A fact the edition's (a)(1) does not
    name is refused."""
    facts: AssaultFacts = given.facts
    version = sheet.manual.table(TABLE)
    found = []
    for name in ("struck_beat_or_wounded", "physical_contact",
                 "dangerous_weapon_possessed_and_threatened"):
        if not getattr(facts, name):
            continue
        if name not in version.get("contact_facts", CONTACT_FACTS):
            raise CaseError(f"{given.facts_field}.{name}", _not_in_edition(
                sheet, f"reads (a)(1) “{version['contact_level']['text']}”"))
        found.append(f"{name} = true")
    paragraph = version["contact_level" if found else "otherwise_level"]
    sheet.set_level("chapter_two", f"{SECTION}{paragraph['paragraph']}",
                    "Base offense level (assault)", ", ".join(found) or _none_found(version),
                    paragraph["levels"], f"“{paragraph['text']}”",
                    sheet.note_version(version))


def _none_found(version) -> str:
    if version.get("contact_facts") is None:
        return "neither physical contact nor a dangerous weapon possessed and threatened"
    return "no striking, beating, or wounding"


def _not_in_edition(sheet: Worksheet, what: str) -> str:
    return (f"{SECTION} in the Guidelines Manual in force on "
            f"{format_date(sheet.manual.in_force)} {what}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A2.3(b)(1): "(A) the victim sustained bodily injury, increase by 2 levels; or (B) the
    offense resulted in substantial bodily injury to" the persons the edition names, 4 levels:
    one or the other, (B) where both are found."""
    facts: AssaultFacts = given.facts
    version = sheet.manual.table(TABLE)
    substantial = version.get("substantial_bodily_injury")
    victim = facts.substantial_bodily_injury_to
    if victim is not None and substantial is None:
        raise CaseError(f"{given.facts_field}.substantial_bodily_injury_to", _not_in_edition(
            sheet, "has no specific offense characteristic (Amendment 510 added (b)(1), eff. "
            "Nov. 1, 1995)"))
    if facts.bodily_injury and version.get("bodily_injury") is None:
        raise CaseError(f"{given.facts_field}.bodily_injury", _not_in_edition(
            sheet, "has no increase for bodily injury (Amendment 663 added (b)(1)(A), eff. "
            "Nov. 1, 2004)"))
    if victim is not None:
        if victim not in substantial["victims"]:
            raise CaseError(f"{given.facts_field}.substantial_bodily_injury_to",
                            f"§2A2.3{substantial['paragraph']} in the Guidelines Manual in "
                            f"force on {format_date(sheet.manual.in_force)} reads “"
                            f"{substantial['text']}”: it does not name {victim!r} (the words "
                            f"\"a spouse, intimate partner, or dating partner\" came with "
                            f"Amendment 781, eff. Nov. 1, 2014)")
        sheet.adjust("chapter_two", f"{SECTION}{substantial['paragraph']}",
                     "Substantial bodily injury", f"substantial_bodily_injury_to = \"{victim}\"",
                     substantial["levels"], f"“{substantial['text']}”",
                     sheet.note_version(version))
        if facts.bodily_injury:
            sheet.note("chapter_two", f"{SECTION}{version['bodily_injury']['paragraph']}",
                       "Bodily injury", "bodily_injury = true", "not applied",
                       "(b)(1) is one characteristic: (A) or (B); (B) applies",
                       sheet.note_version(version))
        return
    if facts.bodily_injury:
        paragraph = version["bodily_injury"]
        sheet.adjust("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Bodily injury",
                     "bodily_injury = true", paragraph["levels"], f"“{paragraph['text']}”",
                     sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A2.3(c)(1): the conduct constituted aggravated assault: §2A2.2 is applied (its
    level replaces this guideline's, whichever is greater)."""
    facts: AssaultFacts = given.facts
    if facts.aggravated_assault is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version.get("cross_reference")
    if reference is None:
        raise CaseError(f"{given.facts_field}.aggravated_assault", _not_in_edition(
            sheet, "has no cross reference (Amendment 663 added (c)(1), eff. Nov. 1, 2004); "
            "before it the guideline covered minor assault only: state guideline \"2A2.2\" "
            "with [offense.aggravated_assault] for an aggravated assault"))
    level, steps = registry.offense_level_under(
        sheet, "2A2.2", given.under("2A2.2", facts.aggravated_assault))
    sheet.steps.extend(steps)
    sheet.move_to("chapter_two", f"{SECTION}{reference['paragraph']}",
                  "Cross reference: aggravated assault (§2A2.2)",
                  "aggravated_assault (the §2A2.2 findings)", level,
                  f"“{reference['text']}” §2A2.2: level {level}", sheet.note_version(version))
