"""§2D1.1: Unlawful Manufacturing, Importing, Exporting, or Trafficking — base offense
level (a), specific offense characteristics (b) and cross references (d).

Each characteristic of (b) is a function below that says which facts of the case state it,
with the 2025 words in its docstring; where it stood in each edition (its paragraph number,
words, levels) is in its table (tables/drug_*.toml). guidelines/manual/ch2/s2d1_1/drug_characteristics.py
applies them in the order of the edition applied.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING

from ussg.guidelines.case.model import Drug, MitigatingRole, Offense, Role
from ussg.guidelines.manual.ch2.s2d1_1.drug_conversion import (combined_base_offense_level,
                                                               needs_conversion)
from ussg.guidelines.manual.ch2.s2d1_1.drug_characteristics import (
    YES,
    Context,
    Stated,
    apply_clauses,
    context,
    flag,
    not_in_edition,
    paragraph_number,
    values,
    version_in_force,
)
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import (describe_total, drug_quantity,
                                                             substances)
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.ch2.s2d1_1.safety_valve import (apply_safety_valve,
                                                            findings_for_the_statute_only)
from ussg.guidelines.engine.tables import Version, load_table
from ussg.guidelines.manual.ch2.s2k2_4.underlying_offense import withheld_under_2k2_4
from ussg.guidelines.engine.worksheet_builder import Worksheet

if TYPE_CHECKING:
    from ussg.guidelines.case.model import Case


def base_offense_level_from_quantity(sheet: Worksheet, offense: Offense) -> None:
    """§2D1.1(a): "the offense level specified in the Drug Quantity Table set forth in
    subsection (c)". Several substances, or one that only the Drug Equivalency / Conversion
    Tables list, or a count the notes turn into a weight: guidelines/manual/ch2/s2d1_1/drug_conversion.py.
    """
    table = sheet.manual.table("drug_quantity_table")
    sheet.read_drugs()
    if offense.base_offense_level is not None:
        base_offense_level_as_found(sheet, table, offense.base_offense_level)
        return
    drugs = substances_of_mixtures(sheet, table, offense.drugs)
    drugs = quantities_as_found(sheet, table, drugs)
    _base_offense_level(sheet, table, drugs)


def _base_offense_level(sheet: Worksheet, table: Version, drugs: list[Drug]) -> None:
    """The (c) level of exact quantities: one row, or the Drug Equivalency Tables."""
    if drugs and needs_conversion(table, drugs):
        combined_base_offense_level(sheet, table, drugs)
        return
    finding = drug_quantity(table, drugs)
    row = finding.row
    section, reason = finding.substance.row_words(row)
    sheet.set_level("chapter_two", section, "Base offense level (Drug Quantity Table)",
                    describe_total(finding), row.level, reason, sheet.note_version(table))


def base_offense_level_as_found(sheet: Worksheet, table: Version, level: int) -> None:
    """§2D1.1(a)(5) (2025; (a)(3) before Nov. 1, 2014): "the offense level specified in the
    Drug Quantity Table set forth in subsection (c)", as the court found it. It must be a level
    that table gives; everything after (c) applies to it as to a level read from a quantity."""
    levels = sorted({row.level for substance in substances(table) for row in substance.rows})
    if level not in levels:
        raise CaseError("offense.base_offense_level",
                        f"{level} is not a level of the Drug Quantity Table "
                        f"({sheet.edition.label}) "
                        f"(its levels: {', '.join(map(str, levels))})")
    sheet.set_level("chapter_two", "§2D1.1(c)", "Base offense level (as found)",
                    "the base offense level under the Drug Quantity Table, as the court found "
                    "it", level, f"level {level}, as found (a level of the Drug Quantity Table); "
                    f"the rest of §2D1.1 applies to it",
                    sheet.note_version(table))


def quantities_as_found(sheet: Worksheet, table: Version, drugs: list[Drug]) -> list[Drug]:
    """§2D1.1(c) read for a quantity the court found "at least" so much (the row that amount
    reaches) or "between" two amounts (both ends must be in one row of the table: the row is
    then certain). Each is shown as a step "as found"; exact quantities pass unchanged."""
    if not any(drug.bracketed for drug in drugs):
        return drugs
    low = [drug.at_end() for drug in drugs]
    row = _row_reached(sheet, table, low)
    if any(drug.quantity_between is not None for drug in drugs):
        high = _row_reached(sheet, table, [drug.at_end(upper=True) for drug in drugs])
        if high != row:
            i, drug = next((i, d) for i, d in enumerate(drugs) if d.quantity_between)
            raise CaseError(f"offense.drugs[{i}].quantity_between",
                            f"{drug.found_words} of {drug.substance}: the ends fall in different "
                            f"rows of the Drug Quantity Table ({sheet.edition.label}): "
                            f"{row[0]} ({row[1]}) and {high[0]} ({high[1]}); state the quantity "
                            f"within one row, or the base offense level as found")
    for i, drug in enumerate(drugs):
        if not drug.bracketed:
            continue
        how = ("both ends fall in one row of the Drug Quantity Table"
               if drug.quantity_between is not None else
               "the defendant is accountable for at least this amount: the table is read at "
               "that amount")
        sheet.note("chapter_two", "§2D1.1(c)", "Drug quantity (as found)",
                   f"{drug.found_words} of {drug.substance}, as the court found it",
                   str(low[i].amount), f"{how}; {row[0]}: {row[1]}", sheet.note_version(table))
    return low


def substances_of_mixtures(sheet: Worksheet, table: Version, drugs: list[Drug]) -> list[Drug]:
    """§2D1.1(c), Note (A) to the Drug Quantity Table (from Nov. 1, 1989): "If a mixture or
    substance contains more than one controlled substance, the weight of the entire mixture
    or substance is assigned to the controlled substance that results in the greater offense
    level." Each substance the mixture contains is tried with the whole weight (the rest of
    the case as it is); the one giving the greater base offense level is kept, as a step."""
    if not any(drug.also_contains for drug in drugs):
        return drugs
    note = sheet.manual.table("drug_mixture_of_substances")
    source = sheet.note_version(note)
    resolved = list(drugs)
    for i, drug in enumerate(drugs):
        if not drug.also_contains:
            continue
        field = f"offense.drugs[{i}].also_contains"
        if note["assignment"] != "greater_offense_level":
            raise CaseError(field, f"{note['section_label']} ({sheet.edition.label}): "
                            f"\"{note['text']}\" ussg does not decide which substance is the "
                            f"most serious: state that substance alone")
        names = [drug.substance, *drug.also_contains]
        tried = []
        for j, name in enumerate(names):
            trial = drug.model_copy(update={"substance": name, "also_contains": []})
            try:
                level = _level_reached(sheet, table, [*resolved[:i], trial, *resolved[i + 1:]])
            except CaseError as error:
                if j == 0 or not error.field.startswith(f"offense.drugs[{i}]"):
                    raise
                raise CaseError(f"{field}[{j - 1}]", error.message) from None
            tried.append((level, name))
        best = max(level for level, _ in tried)
        chosen = next(name for level, name in tried if level == best)
        sheet.note("chapter_two", note["section_label"], "Mixture of controlled substances",
                   f"{drug.found_words} of one mixture containing {', '.join(names)}: "
                   + "; ".join(f"as {name}, level {level}" for level, name in tried),
                   f"the whole weight as {chosen}", f"\"{note['text']}\"", source)
        resolved[i] = drug.model_copy(update={"substance": chosen, "also_contains": []})
    return resolved


def _scratch(sheet: Worksheet, table: Version, drugs: list[Drug]) -> Worksheet:
    """The (c) level of these drugs (a bracket at its lower end) on a scratch worksheet, by
    the same path as the case itself."""
    scratch = Worksheet(sheet.manual, None, [], [])
    _base_offense_level(scratch, table, [drug.at_end() for drug in drugs])
    return scratch


def _level_reached(sheet: Worksheet, table: Version, drugs: list[Drug]) -> int:
    level = _scratch(sheet, table, drugs).level
    assert level is not None
    return level


def _row_reached(sheet: Worksheet, table: Version, drugs: list[Drug]) -> tuple[str, str]:
    """The Drug Quantity Table row these exact quantities reach (its subsection and words)."""
    step = next(s for s in reversed(_scratch(sheet, table, drugs).steps)
                if s.title == "Base offense level (Drug Quantity Table)")
    return step.section, step.reason


def mitigating_role_cap(sheet: Worksheet, role: Role) -> None:
    """§2D1.1(a)(5) (2025): if the defendant receives a §3B1.2 adjustment, a base level of 32
    decreases by 2, of 34 by 3, above 34 to 32; and "if the resulting offense level is greater
    than level 30 and the defendant receives the 4-level reduction in §3B1.2(a), decrease to
    level 30". Earlier versions (tables/mitigating_role_cap.toml): none before Nov. 1, 2002;
    §2D1.1(a)(3) "shall be not more than level 30" (Amendment 640, 2002); the graduated
    decreases for 32, 34-36 and 38 (Amendment 668, 2004), with the minimal-participant cap
    of 32 (Amendment 748, 2010), in force until Amendment 833 (Nov. 1, 2025) quoted it as the
    text it struck.
    """
    if role.mitigating is None:
        return
    table = sheet.manual.table("mitigating_role_cap")
    if table["rule"] == "none":
        return
    source = sheet.note_version(table)
    section = table["subsection"]
    base = sheet.level
    assert base is not None
    if table["rule"] == "ceiling":
        ceiling = table["ceiling"]
        if base > ceiling:
            sheet.move_to("chapter_two", section, "Mitigating-role cap",
                          f"base level {base}; §3B1.2 applies", ceiling,
                          f"with a §3B1.2 adjustment the base offense level under this "
                          f"subsection shall be not more than level {ceiling}", source)
        return
    steps = {int(level): delta for level, delta in table["steps"].items()}
    cap_to = table.get("above_cap_to")
    if base in steps:
        sheet.adjust("chapter_two", section, "Mitigating-role cap", f"base level {base}; §3B1.2 applies",
                     steps[base], f"base level {base} with a mitigating role: decrease by "
                     f"{-steps[base]} levels", source)
    elif cap_to is not None and base > max(steps):
        sheet.move_to("chapter_two", section, "Mitigating-role cap",
                      f"base level {base}; §3B1.2 applies", cap_to,
                      f"base level above {max(steps)} with a mitigating role: decrease to {cap_to}",
                      source)
    minimal_cap = table.get("minimal_cap")
    if (role.mitigating is MitigatingRole.minimal_participant and minimal_cap is not None
            and sheet.level > minimal_cap):
        sheet.move_to("chapter_two", section, "Mitigating-role cap",
                      f"level {sheet.level}; minimal participant (§3B1.2(a))", minimal_cap,
                      f"greater than {minimal_cap} with the 4-level §3B1.2(a) reduction: "
                      f"decrease to {minimal_cap}", source)



# ---------------------------------------------------------------------------------------
# (a)(1)-(4): death or serious bodily injury

@cache
def death_statutes() -> frozenset[str]:
    """Every statute of conviction any version of §2D1.1(a)(1)-(4) names (from the table's
    versions: tables/drug_death_or_injury.toml)."""
    return frozenset(statute for version in load_table("drug_death_or_injury").versions
                     for level in version.get("level", []) for statute in level["statutes"])


def death_or_serious_bodily_injury(sheet: Worksheet, case: Case) -> None:
    """§2D1.1(a) "Base Offense Level (Apply the greatest)": (1) 43 and (2) 38 for a conviction
    under 21 U.S.C. § 841(b)(1)(A)-(C) or § 960(b)(1)-(3) where death or serious bodily
    injury resulted from the use of the substance, (1) after a prior conviction; (3) 30 and
    (4) 26 likewise under § 841(b)(1)(E) or § 960(b)(5) (Amendment 727, Nov. 1, 2009).
    Amendment 123 (1989) required that "the offense of conviction establishes" the result;
    the 2025 text also accepts a stipulation. The prior conviction was "for a similar
    offense" until Amendment 817 (Nov. 1, 2023) split (a)(1): "(A) ... § 841(b)(1)(A) or
    (b)(1)(B), or ... § 960(b)(1) or (b)(2), ... after one or more prior convictions for a
    serious drug felony or serious violent felony; or (B) ... § 841(b)(1)(C) or ...
    § 960(b)(3) ... for a felony drug offense", and (a)(3) "for a felony drug offense": there
    the kind of prior conviction is a fact of the case. Compared with the level from (a)(5)
    (the Drug Quantity Table, after the mitigating-role cap): the greater applies.
    """
    facts = case.offense.death_or_serious_bodily_injury
    if facts is None:
        return
    ctx = context(sheet, case)
    field = "offense.death_or_serious_bodily_injury"
    version = sheet.manual.table("drug_death_or_injury")
    source = sheet.note_version(version)
    if not version.get("computable", True):
        raise CaseError(field, "the original §2D1.1(a) (in force until Oct. 31, 1989) turns on "
                        "the schedule and amount of every substance; ussg does not compute it")
    convictions = set(case.offense.convictions)
    how = facts.established_by.replace("_", " ")
    words = (f"death or serious bodily injury resulted ({how}); convicted under "
             + (", ".join(f"21 U.S.C. § {c}" for c in sorted(convictions & death_statutes()))
                or "no statute listed")
             + ("; after a prior conviction" if facts.prior_conviction else ""))
    if facts.established_by not in version["grounds"]:
        not_in_edition(ctx, f"{field}.established_by", "§2D1.1(a)", words,
                       f"in the {ctx.manual} §2D1.1(a)(1)-(4) apply only where the offense of "
                       f"conviction establishes the death or injury (a stipulation counts in "
                       f"the 2025 text)")
        return
    levels = version["level"]
    named = {statute for level in levels for statute in level["statutes"]}
    for statute in sorted((convictions & death_statutes()) - named):
        not_in_edition(ctx, "offense.convictions", "§2D1.1(a)", words,
                       f"§2D1.1(a) in the {ctx.manual} has no base offense level for a "
                       f"conviction under 21 U.S.C. § {statute} (§2D1.1(a)(3)-(4) first appear "
                       f"with Amendment 727, eff. Nov. 1, 2009)")
    kinds = set(facts.prior_conviction_kinds)
    if kinds:
        words += " (" + ", ".join(kind.replace("_", " ") for kind in sorted(kinds)) + ")"
    candidates = []
    for level in levels:
        if not convictions & set(level["statutes"]):
            continue
        if level["prior_conviction"] and not facts.prior_conviction:
            continue
        named_kinds = level.get("prior_kinds")
        if level["prior_conviction"] and named_kinds and not kinds & set(named_kinds):
            _prior_kind_not_named(sheet, ctx.manual, field, level, named_kinds, kinds, words,
                                  source)
            continue
        candidates.append(level)
    if not candidates:
        if convictions & death_statutes():
            return  # only statutes this (earlier) Manual does not name: noted above
        raise CaseError("offense.convictions", "§2D1.1(a)(1)-(4) apply only on a conviction "
                        "under 21 U.S.C. § " + ", § ".join(sorted(named))
                        + ": list the provision of conviction in offense.convictions")
    best = max(candidates, key=lambda level: level["level"])
    section = f"§2D1.1{best['paragraph']}"
    quantity = f"(a)({max(paragraph_number(level['paragraph'])[0] for level in levels) + 1})"
    base = sheet.level
    assert base is not None
    title = "Base offense level (death or serious bodily injury)"
    if best["level"] > base:
        sheet.move_to("chapter_two", section, title, words, best["level"],
                      f"apply the greatest: {best['level']} is greater than level {base} under "
                      f"{quantity}; {best['paragraph']} {best['text']}", source)
    else:
        sheet.note("chapter_two", section, title, words, "not greater",
                   f"apply the greatest: level {base} under {quantity} is not less than "
                   f"{best['level']}; {best['paragraph']} {best['text']}", source)


def _prior_kind_not_named(sheet: Worksheet, manual: str, field: str, level: dict,
                          named: list[str], kinds: set[str], words: str, source: str) -> None:
    """A level that names the kind of prior conviction (Amendment 817) and a case that
    states a prior conviction: an error if the case does not say of what kind, else a step
    showing why this level does not apply."""
    wanted = " or ".join(kind.replace("_", " ") for kind in named)
    if not kinds:
        raise CaseError(f"{field}.prior_conviction_kinds",
                        f"§2D1.1{level['paragraph']} in the {manual} asks for a prior conviction "
                        f"for a {wanted}: state the kinds of prior conviction the court found "
                        f"(\"felony_drug_offense\", \"serious_drug_felony\", "
                        f"\"serious_violent_felony\")")
    sheet.note("chapter_two", f"§2D1.1{level['paragraph']}",
               "Base offense level (death or serious bodily injury)", words, "not applied",
               f"the prior conviction must be for a {wanted}; {level['paragraph']} "
               f"{level['text']}", source)


# ---------------------------------------------------------------------------------------
# (b): specific offense characteristics, in the 2025 order


def dangerous_weapon(offense: Offense) -> Stated:
    """§2D1.1(b)(1): "If a dangerous weapon (including a firearm) was possessed, increase by
    2 levels." (1987: "a firearm or other dangerous weapon ... during commission of the
    offense"; Amendments 124 (1989) and 394 (1991).)"""
    return flag(offense.dangerous_weapon, "dangerous_weapon")


def violence(offense: Offense) -> Stated:
    """§2D1.1(b)(2) (Amendment 748, Nov. 1, 2010): "If the defendant used violence, made a
    credible threat to use violence, or directed the use of violence, increase by 2 levels.\""""
    return flag(offense.violence, "violence")


def aircraft_or_vessel(offense: Offense) -> Stated:
    """§2D1.1(b)(3): "If the defendant unlawfully imported or exported a controlled substance
    under circumstances in which (A) an aircraft other than a regularly scheduled commercial
    air carrier was used ..., (B) a submersible vessel or semi-submersible vessel ... was
    used, or (C) the defendant acted as a pilot, copilot, captain, navigator, flight officer,
    or any other operation officer aboard any craft or vessel carrying a controlled
    substance, increase by 2 levels. If the resulting offense level is less than level 26,
    increase to level 26." (b)(2) from Amendment 134 (1989), for a conviction under 21 U.S.C.
    § 960(a) until Amendment 446 (1992); (B) from Amendment 728 (2009); (b)(3) from 2010."""
    return values(offense.aircraft_or_vessel, "aircraft_or_vessel")


def prison_distribution(offense: Offense) -> Stated:
    """§2D1.1(b)(4) ((b)(3) from Amendment 514, Nov. 1, 1995): "If the object of the offense
    was the distribution of a controlled substance in a prison, correctional facility, or
    detention facility, increase by 2 levels.\""""
    return flag(offense.prison_distribution, "prison_distribution")


def methamphetamine_importation(offense: Offense) -> Stated:
    """§2D1.1(b)(5) ((b)(4) from Amendment 555, Nov. 1, 1997): "If (A) the offense involved
    the importation of amphetamine or methamphetamine or the manufacture of amphetamine or
    methamphetamine from listed chemicals that the defendant knew were imported unlawfully,
    and (B) the defendant is not subject to an adjustment under §3B1.2 (Mitigating Role),
    increase by 2 levels." Comment. (n.12): not with (b)(3) in an importation case."""
    return values(offense.methamphetamine_importation, "methamphetamine_importation")


def conviction_865(offense: Offense) -> Stated:
    """§2D1.1(b)(6) ((b)(5) from Amendment 705, Nov. 1, 2007): "If the defendant is
    convicted under 21 U.S.C. § 865, increase by 2 levels.\""""
    return values([c for c in offense.convictions if c == "865"], "convictions")


def mass_marketing(offense: Offense) -> Stated:
    """§2D1.1(b)(7) ((b)(5) from Amendment 667, Nov. 1, 2004): "If the defendant, or a
    person for whose conduct the defendant is accountable under §1B1.3 (Relevant Conduct),
    distributed a controlled substance through mass-marketing by means of an interactive
    computer service, increase by 2 levels.\""""
    return flag(offense.mass_marketing, "mass_marketing")


def steroid_masking_agent(offense: Offense) -> Stated:
    """§2D1.1(b)(8) ((b)(6) from Amendment 681, Mar. 27, 2006): "If the offense involved the
    distribution of an anabolic steroid and a masking agent, increase by 2 levels.\""""
    return flag(offense.steroid_masking_agent, "steroid_masking_agent")


def steroid_to_athlete(offense: Offense) -> Stated:
    """§2D1.1(b)(9) ((b)(7) from Amendment 681, Mar. 27, 2006): "If the defendant
    distributed an anabolic steroid to an athlete, increase by 2 levels.\""""
    return flag(offense.steroid_to_athlete, "steroid_to_athlete")


def conviction_841g(offense: Offense) -> Stated:
    """§2D1.1(b)(10) ((b)(9) from Amendment 705, Nov. 1, 2007): "If the defendant was
    convicted under 21 U.S.C. § 841(g)(1)(A), increase by 2 levels.\""""
    return values([c for c in offense.convictions if c == "841(g)(1)(A)"], "convictions")


def bribed_law_enforcement(offense: Offense) -> Stated:
    """§2D1.1(b)(11) (Amendment 748, Nov. 1, 2010): "If the defendant bribed, or attempted
    to bribe, a law enforcement officer to facilitate the commission of the offense,
    increase by 2 levels.\""""
    return flag(offense.bribed_law_enforcement, "bribed_law_enforcement")


def maintained_premises(offense: Offense) -> Stated:
    """§2D1.1(b)(12) (Amendment 748, Nov. 1, 2010): "If the defendant maintained a premises
    for the purpose of manufacturing or distributing a controlled substance, increase by
    2 levels.\""""
    return flag(offense.maintained_premises, "maintained_premises")


def fentanyl_misrepresentation(offense: Offense) -> Stated:
    """§2D1.1(b)(13) (2025): "If the defendant (A) knowingly misrepresented or knowingly
    marketed as another substance a mixture or substance containing fentanyl ... or a
    fentanyl analogue, increase by 4 levels; or (B) represented or marketed as a
    legitimately manufactured drug another mixture or substance containing fentanyl ... or
    a fentanyl analogue, with reckless disregard that such mixture or substance was not the
    legitimately manufactured drug, increase by 2 levels." Inserted by Amendment 807 (Nov. 1,
    2018) without the letter (A); (B) from Amendment 818 (Nov. 1, 2023), "and acted with
    willful blindness or conscious avoidance of knowledge" until Amendment 833 (Nov. 1,
    2025). The state of mind of (B) is offense.fentanyl_state_of_mind (the table's clause
    says which findings meet each edition's words)."""
    return values(offense.fentanyl_misrepresentation, "fentanyl_misrepresentation")


def hazards(offense: Offense) -> Stated:
    """§2D1.1(b)(14) "(Apply the greatest)": (A) a hazardous or toxic substance released,
    or hazardous waste unlawfully handled, +2; (B) convicted under 21 U.S.C. § 860a of
    distributing methamphetamine on premises where a minor is present or resides, +2,
    minimum 14; (C) convicted under § 860a of manufacturing there, or the manufacture of
    amphetamine or methamphetamine created a substantial risk of harm to human life or the
    environment, +3, minimum 27; (D) ... to the life of a minor or an incompetent, +6,
    minimum 30. From Amendment 555 (1997), 608 (2000), 620 (2001) and 705 (2007)."""
    return (values(offense.hazards, "hazards")
            + values([c for c in offense.convictions if c.startswith("860a")], "convictions"))


def marihuana_cultivation(offense: Offense) -> Stated:
    """§2D1.1(b)(15) ((b)(14) from Amendment 783, Nov. 1, 2014): "If (A) the offense
    involved the cultivation of marihuana on state or federal land or while trespassing on
    tribal or private land; and (B) the defendant receives an adjustment under §3B1.1
    (Aggravating Role), increase by 2 levels.\""""
    return flag(offense.marihuana_cultivation_on_public_or_trespassed_land,
                "marihuana_cultivation_on_public_or_trespassed_land")


def aggravating_role_factors(offense: Offense) -> Stated:
    """§2D1.1(b)(16) ((b)(14) from Amendment 748, Nov. 1, 2010): "If the defendant receives
    an adjustment under §3B1.1 (Aggravating Role) and the offense involved 1 or more of the
    following factors: (A) ... fear, impulse, friendship, affection ...; (B) ... an
    individual ... less than 18 ..., 65 or more ..., pregnant, or unusually vulnerable ...;
    (C) the defendant was directly involved in the importation of a controlled substance;
    (D) ... obstructed justice ...; (E) ... a pattern of criminal conduct engaged in as a
    livelihood, increase by 2 levels." Comment. (n.20(B)): not (C) with (b)(3) or (b)(5)."""
    return values(offense.aggravating_role_factors, "aggravating_role_factors")


def minimal_role_factors(offense: Offense) -> Stated:
    """§2D1.1(b)(17) ((b)(15) from Amendment 748, Nov. 1, 2010): "If the defendant receives
    the 4-level reduction in §3B1.2(a) and the offense involved all of the following
    factors: (A) the defendant was motivated by an intimate or familial relationship or by
    threats or fear ...; (B) the defendant received no monetary compensation ...; and (C)
    the defendant had minimal knowledge of the scope and structure of the enterprise,
    decrease by 2 levels.\""""
    return values(offense.minimal_role_factors, "minimal_role_factors")


def safety_valve(offense: Offense) -> Stated:
    """§2D1.1(b)(18) ((b)(4) from Amendment 515, Nov. 1, 1995): the findings on
    §5C1.2(a)(1)-(5); applied by guidelines/manual/ch2/s2d1_1/safety_valve.py."""
    return [(YES, "offense.safety_valve")] if offense.safety_valve is not None else []


WORDS: Mapping[str, str] = {
    "aircraft": "non-commercial aircraft used to import or export",
    "submersible_vessel": "submersible or semi-submersible vessel used",
    "operation_officer": "defendant acted as pilot or operation officer aboard the craft or vessel",
    "importation": "importation of amphetamine or methamphetamine",
    "manufacture_from_imported_chemicals": "manufacture from listed chemicals known to be "
                                           "imported unlawfully",
    "865": "convicted under 21 U.S.C. § 865",
    "841(g)(1)(A)": "convicted under 21 U.S.C. § 841(g)(1)(A)",
    "knowingly_misrepresented": "fentanyl knowingly misrepresented or marketed as another substance",
    "marketed_as_legitimate_drug": "fentanyl marketed as a legitimately manufactured drug",
    "hazardous_release": "release of a hazardous or toxic substance",
    "hazardous_waste": "unlawful transportation, treatment, storage or disposal of hazardous waste",
    "860a (distribution)": "convicted under 21 U.S.C. § 860a of distributing",
    "860a (manufacture)": "convicted under 21 U.S.C. § 860a of manufacturing",
    "substantial_risk_to_life_or_environment": "manufacture created a substantial risk of harm "
                                               "to human life or the environment",
    "substantial_risk_to_minor_or_incompetent": "manufacture created a substantial risk of harm "
                                                "to the life of a minor or an incompetent",
    "used_fear_or_affection_to_involve_others": "(A) used fear, impulse, friendship or affection "
                                                "to involve another",
    "vulnerable_individual": "(B) distributed to or involved a young, old, pregnant or "
                             "vulnerable individual",
    "directly_involved_in_importation": "(C) directly involved in the importation",
    "obstructed_justice": "(D) obstructed justice",
    "criminal_livelihood": "(E) criminal conduct engaged in as a livelihood",
    "motivated_by_relationship_or_fear": "(A) motivated by a relationship or by threats or fear",
    "no_monetary_compensation": "(B) no monetary compensation",
    "minimal_knowledge": "(C) minimal knowledge of the enterprise",
}

#: (table, facts, words for a yes/no fact), in the 2025 order; each edition's own order is
#: taken from its paragraph numbers.
CHARACTERISTICS: tuple[tuple[str, Callable[[Offense], Stated], str], ...] = (
    ("dangerous_weapon", dangerous_weapon, "dangerous weapon possessed"),
    ("drug_violence", violence, "violence used, threatened or directed"),
    ("drug_aircraft_or_vessel", aircraft_or_vessel, ""),
    ("drug_prison", prison_distribution, "object of distribution in a prison or detention "
                                         "facility"),
    ("drug_amphetamine_importation", methamphetamine_importation, ""),
    ("drug_conviction_865", conviction_865, ""),
    ("drug_mass_marketing", mass_marketing, "mass-marketing by an interactive computer service"),
    ("drug_steroid_masking_agent", steroid_masking_agent, "anabolic steroid with a masking agent"),
    ("drug_steroid_athlete", steroid_to_athlete, "anabolic steroid distributed to an athlete"),
    ("drug_conviction_841g", conviction_841g, ""),
    ("drug_bribery", bribed_law_enforcement, "bribed or tried to bribe a law enforcement officer"),
    ("drug_premises", maintained_premises, "maintained a premises for manufacturing or "
                                           "distributing"),
    ("drug_fentanyl_misrepresentation", fentanyl_misrepresentation, ""),
    ("drug_hazards", hazards, ""),
    ("drug_marihuana_cultivation", marihuana_cultivation, "marihuana cultivated on public or "
                                                          "trespassed land"),
    ("drug_aggravating_role_factors", aggravating_role_factors, ""),
    ("drug_minimal_role_factors", minimal_role_factors, ""),
    ("drug_safety_valve", safety_valve, "the §5C1.2 criteria as found"),
)


#: The case keys each characteristic reads (a quick test before asking its function).
FIELDS: Mapping[str, frozenset[str]] = {
    "dangerous_weapon": frozenset({"dangerous_weapon"}),
    "drug_violence": frozenset({"violence"}),
    "drug_aircraft_or_vessel": frozenset({"aircraft_or_vessel"}),
    "drug_prison": frozenset({"prison_distribution"}),
    "drug_amphetamine_importation": frozenset({"methamphetamine_importation"}),
    "drug_conviction_865": frozenset({"convictions"}),
    "drug_mass_marketing": frozenset({"mass_marketing"}),
    "drug_steroid_masking_agent": frozenset({"steroid_masking_agent"}),
    "drug_steroid_athlete": frozenset({"steroid_to_athlete"}),
    "drug_conviction_841g": frozenset({"convictions"}),
    "drug_bribery": frozenset({"bribed_law_enforcement"}),
    "drug_premises": frozenset({"maintained_premises"}),
    "drug_fentanyl_misrepresentation": frozenset({"fentanyl_misrepresentation"}),
    "drug_hazards": frozenset({"hazards", "convictions"}),
    "drug_marihuana_cultivation": frozenset({"marihuana_cultivation_on_public_or_trespassed_land"}),
    "drug_aggravating_role_factors": frozenset({"aggravating_role_factors"}),
    "drug_minimal_role_factors": frozenset({"minimal_role_factors"}),
    "drug_safety_valve": frozenset({"safety_valve"}),
}


#: Every case key some characteristic reads.
CHARACTERISTIC_FIELDS = frozenset().union(*FIELDS.values())


@cache
def characteristics_reading(keys: frozenset[str]) -> tuple[
        tuple[str, Callable[[Offense], Stated], str], ...]:
    """The characteristics (in CHARACTERISTICS order) that read one of the case keys
    ``keys``; the others hold their defaults, so they state nothing."""
    return tuple(c for c in CHARACTERISTICS if FIELDS[c[0]] & keys)


def specific_offense_characteristics(sheet: Worksheet, case: Case) -> None:
    """§2D1.1(b): every characteristic the case states, in the order of the edition applied
    (§1B1.1(a)(2): "specific offense characteristics ... in the order listed"); a weapon
    characteristic of the offense underlying a § 924(c) count is shown as not applied
    (§2K2.4, comment. (n.4), guidelines/manual/ch2/s2k2_4/underlying_offense.py)."""
    offense = case.offense
    given = offense.model_fields_set & CHARACTERISTIC_FIELDS  # keys the case wrote
    if not given:
        return
    stated_all = [(table, stated, yes) for table, facts, yes in characteristics_reading(
                  frozenset(given)) if (stated := facts(offense))]
    if not stated_all:
        return
    ctx = context(sheet, case)
    pending = []
    for table, stated, yes in stated_all:
        if table == "drug_safety_valve" and findings_for_the_statute_only(ctx):
            continue

        def words(key: str, yes: str = yes) -> str:
            return yes if key == YES else WORDS.get(key, key)

        version = version_in_force(ctx, table, stated, "; ".join(words(k) for k, _ in stated))
        if version is not None:
            pending.append((paragraph_number(version["paragraph"]), table, version, stated, words))
    for _, table, version, stated, words in sorted(pending, key=lambda item: item[0]):
        if withheld_under_2k2_4(ctx, table, version, "; ".join(words(k) for k, _ in stated)):
            continue
        if table == "drug_safety_valve":
            apply_safety_valve(ctx, version)
        else:
            apply_clauses(ctx, table, version, stated, words)
            if table in ctx.applied:  # "If subsection (b)(2)(B) applies" (not where unmet)
                refuse_3b1_3_where_excluded(ctx, version, stated)


def refuse_3b1_3_where_excluded(ctx: Context, version: Version, stated: list) -> None:
    """§2D1.1, comment. (n.23) (2016 and 2025): "if an adjustment from subsection (b)(3)(C)
    applies, do not apply §3B1.3 (Abuse of Position of Trust or Use of Special Skill)"; from
    Nov. 1, 1989 Note 13 on (b)(2)(B), from 1995 Note 8 (the table's `excludes_3b1_3_note`).
    A case stating both is refused, naming the adjustment (as §2C1.1's "Do not apply
    §3B1.3")."""
    keys = {key for key, _ in stated}
    excluding = [clause for clause in version.get("clause", [])
                 if clause["key"] in keys and clause.get("excludes_3b1_3")]
    if not excluding:  # most cases (asked first: the import below costs some 4 µs a call)
        return
    from ussg.guidelines.manual.ch2.offense_characteristics import section_3b1_3_stated
    name = section_3b1_3_stated(ctx.case.adjustments.role)  # (imported here: not on start-up)
    if name is None:
        return
    clause = excluding[0]  # the first clause stated that excludes §3B1.3
    note = clause.get("excludes_3b1_3_note")
    where = f"§2D1.1, {note}: " if note else ""
    raise CaseError(f"adjustments.role.{name}",
                    f"§2D1.1{version['paragraph']}{clause['label']} applies "
                    f"({ctx.manual}): {where}\"{clause['excludes_3b1_3']}\"")


# ---------------------------------------------------------------------------------------
# (d): cross references


def cross_references(sheet: Worksheet, case: Case) -> None:
    """§2D1.1(d): the cross references the user can state as facts, after (b)."""
    offense = case.offense
    if offense.victim_killed is None and "841(b)(7)" not in offense.convictions:
        return
    ctx = context(sheet, case)
    murder_cross_reference(ctx)
    crime_of_violence_cross_reference(ctx)


GUIDELINE_TITLES = {"§2A1.1": "§2A1.1 (First Degree Murder)",
                    "§2A1.2": "§2A1.2 (Second Degree Murder)"}


def murder_cross_reference(ctx: Context) -> None:
    """§2D1.1(d)(1): "If a victim was killed under circumstances that would constitute
    murder under 18 U.S.C. § 1111 had such killing taken place within the territorial or
    maritime jurisdiction of the United States, apply §2A1.1 (First Degree Murder) or §2A1.2
    (Second Degree Murder), as appropriate, if the resulting offense level is greater than
    that determined under this guideline." Amendment 479 (Nov. 1, 1993) made it "apply
    §2A1.1 (First Degree Murder)." outright; Amendment 684 (Nov. 1, 2006) the rest.
    """
    killed = ctx.case.offense.victim_killed
    if killed is None:
        return
    words = f"victim killed: {killed.replace('_', ' ')} (18 U.S.C. § 1111)"
    version = version_in_force(ctx, "drug_murder_cross_reference",
                               [(killed, "offense.victim_killed")], words)
    if version is None:
        return
    sheet = ctx.sheet
    assert sheet.level is not None
    guideline = version["apply"][killed]
    levels = sheet.manual.table("murder_base_levels")
    level = levels["levels"][guideline]
    source = f"{sheet.note_version(version)}; {guideline}(a): {sheet.note_version(levels)}"
    section = f"§2D1.1{version['paragraph']}"
    applied = f"apply {GUIDELINE_TITLES[guideline]}: base offense level {level}"
    if version["only_if_greater"] and level <= sheet.level:
        sheet.note("chapter_two", section, "Cross reference", words, "not greater",
                   f"{applied}, not greater than level {sheet.level} under §2D1.1", source)
        return
    reason = applied if version["only_if_greater"] else f"{applied} (in this edition whatever " \
        f"the §2D1.1 level)"
    sheet.move_to("chapter_two", section, "Cross reference", words, level,
                  f"{reason}; {version['text']}", source)
    sheet.refer_to(guideline.removeprefix("§"))


def crime_of_violence_cross_reference(ctx: Context) -> None:
    """§2D1.1(d)(2) (Amendment 556, Nov. 1, 1997): "If the defendant was convicted under 21
    U.S.C. § 841(b)(7) (of distributing a controlled substance with intent to commit a crime
    of violence), apply §2X1.1 (Attempt, Solicitation, or Conspiracy) in respect to the
    crime of violence ..., if the resulting offense level is greater than that determined
    above." ussg does not compute §2X1.1: the user states the level the court found.
    """
    offense = ctx.case.offense
    if "841(b)(7)" not in offense.convictions:
        return
    words = "convicted under 21 U.S.C. § 841(b)(7)"
    version = version_in_force(ctx, "drug_crime_of_violence_cross_reference",
                               [("841(b)(7)", "offense.convictions")], words)
    if version is None:
        return
    level = offense.crime_of_violence_offense_level
    if level is None:
        raise CaseError("offense.crime_of_violence_offense_level",
                        "a conviction under 21 U.S.C. § 841(b)(7) brings §2D1.1(d)(2): state the "
                        "offense level the court determined under §2X1.1 for the crime of "
                        "violence (ussg does not compute §2X1.1)")
    sheet = ctx.sheet
    assert sheet.level is not None
    source = sheet.note_version(version)
    section = f"§2D1.1{version['paragraph']}"
    words += f"; §2X1.1 level for the crime of violence {level} (as stated)"
    if level <= sheet.level:
        sheet.note("chapter_two", section, "Cross reference", words, "not greater",
                   f"level {level} under §2X1.1 is not greater than level {sheet.level}", source)
        return
    sheet.move_to("chapter_two", section, "Cross reference", words, level, version["text"], source)
