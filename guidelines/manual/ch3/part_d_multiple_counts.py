"""Chapter Three, Part D: multiple counts (§§3D1.1-3D1.5), as Worksheet B shows them.

§3D1.1(a): "(1) Group the counts resulting in conviction into distinct Groups of Closely
Related Counts ... (2) Determine the offense level applicable to each Group ... (3)
Determine the combined offense level applicable to all Groups taken together". (b)(1)
excludes "any count for which the statute (A) specifies a term of imprisonment to be imposed;
and (B) requires that such term of imprisonment be imposed to run consecutively" (18 U.S.C.
§ 924(c)); §5G1.2(a) sentences those counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ussg.guidelines.case.model import Case
from ussg.guidelines.case.counts import Conviction
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.offense_level import offense_level
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet


@dataclass
class Group:
    """A Group of Closely Related Counts and its offense level (§3D1.3)."""

    name: str
    counts: list[Conviction]
    subsections: list[str]
    level: int | None = None
    units: Decimal | None = None

    @property
    def count_names(self) -> str:
        return ", ".join(c.name for c in self.counts)


def combined_offense_level(sheet: Worksheet, case: Case,
                           counts: list[Conviction]) -> list[Group]:
    """§§3D1.1-3D1.4: the groups, their levels, the Units and the combined offense level,
    which becomes the level on ``sheet``."""
    for count in counts:
        if count.consecutive:
            sheet.note("chapter_three", "§3D1.1(b)(1)", "Count excluded from grouping",
                       f"{count.name}: {count.statute.text}", "excluded",
                       "the statute specifies a term of imprisonment and requires it to run "
                       "consecutively; sentenced under §5G1.2(a)")
    # §2B1.6 (18 U.S.C. § 1028A): the count checked, its comment. (n.2) on the underlying counts
    from ussg.guidelines.manual.ch2.s2b1_6.statutory_term import counts_under_2b1_6
    counts_under_2b1_6(sheet, counts)
    # §2A3.6 (18 U.S.C. § 2250(c)/(d), § 2260A): the count checked, its comment. (n.3)
    from ussg.guidelines.manual.ch2.s2a3_6.statutory_term import counts_under_2a3_6
    counts_under_2a3_6(sheet, counts)
    groups = form_groups(sheet, [c for c in counts if not c.consecutive])
    for group in groups:
        group_offense_level(sheet, case, group)
    units_and_combined_level(sheet, groups)
    return groups


def form_groups(sheet: Worksheet, counts: list[Conviction]) -> list[Group]:
    """§3D1.2: "All counts involving substantially the same harm shall be grouped together
    into a single Group." The counts of the guidelines the edition's (d) lists that take the
    drug quantity (§§2D1.1, 2D1.2, 2D1.5 from Nov. 1, 1989: tables/aggregate_grouping.toml,
    ``drug_quantity``) are grouped under (d) ("Offenses covered by the following guidelines
    are to be grouped under this subsection: ... §§2D1.1, 2D1.2, 2D1.5 ..."); other counts
    join a Group when the case says so (`group`, with the subsection in `grouping`)."""
    table = sheet.manual.table("aggregate_grouping")
    aggregated = set(table["drug_quantity"])
    _refuse_unsettled(sheet, table, counts, aggregated)
    drug_labels = {c.group for c in counts if c.guideline in aggregated and c.group is not None}
    if len(drug_labels) > 1:
        first, second = sorted(drug_labels)[:2]
        culprit = next(c for c in counts if c.guideline in aggregated and c.group == second)
        guidelines = sorted({c.guideline for c in counts if c.guideline in aggregated})
        which = (f"every §{guidelines[0]} count" if len(guidelines) == 1 else
                 f"the counts under {', '.join('§' + g for g in guidelines)} (aggregate "
                 f"quantity)")
        raise CaseError(f"{culprit.field}.group",
                        f"§3D1.2(d) groups {which} together; the counts are given two group "
                        f"labels ({first!r} and {second!r})")
    guidelines = {c.guideline for c in counts if c.guideline in aggregated}
    drug_label = next(iter(drug_labels), "§2D1.1 counts" if guidelines <= {"2D1.1"}
                      else "drug counts")
    own_labels = _listed_guideline_labels(table, counts)
    if guidelines:
        _warn_other_quantity(sheet, table, counts, own_labels, drug_label)
    by_label: dict[str, Group] = {}
    for count in counts:
        if count.guideline in aggregated:
            label, subsection = drug_label, "d"
        elif count.guideline in own_labels:
            label, subsection = own_labels[count.guideline], count.grouping or "d"
        elif count.group is not None:
            label, subsection = count.group, count.grouping or "d"
        else:
            label, subsection = f"({count.name})", ""
        group = by_label.setdefault(label, Group("", [], []))
        group.counts.append(count)
        if subsection and subsection not in group.subsections:
            group.subsections.append(subsection)
    groups = list(by_label.values())
    source = sheet.note_version(table)
    for number, group in enumerate(groups, start=1):
        group.name = f"Group {number}"
        if len(group.counts) == 1:
            why = "a Group may consist of a single count (§3D1.2, comment. (n.7))"
            section = "§3D1.2"
        else:
            letters = ", ".join(f"({s})" for s in sorted(group.subsections))
            section = f"§3D1.2{letters}"
            why = _grouping_reason(group, aggregated | set(table.get("other_listed", [])))
        size = len(group.counts)
        sheet.for_scope(group.name).note("chapter_three", section, "Group of closely related "
                                         "counts", f"{size} count{'s' if size > 1 else ''}",
                                         group.count_names, why, source)
    return groups


def _listed_guideline_labels(table: Version, counts: list[Conviction]) -> dict[str, str]:
    """The Group label of the counts of each guideline the edition's (d) lists that measures
    another quantity (``other_listed``: §§2D1.11, 2D1.13). "Offenses covered by the following
    guidelines are to be grouped under this subsection" (2025 Manual line 19641): the counts
    of one such guideline form one Group (the label one of them states, or their own), their
    quantities aggregated (§3D1.3(b)); with other counts only as the case states (`group`)."""
    labels: dict[str, str] = {}
    for guideline in table.get("other_listed", []):
        own = [c for c in counts if c.guideline == guideline]
        stated = sorted({c.group for c in own if c.group is not None})
        if len(stated) > 1:
            culprit = next(c for c in own if c.group == stated[1])
            raise CaseError(f"{culprit.field}.group",
                            f"§3D1.2(d) groups every §{guideline} count together (\"Offenses "
                            f"covered by the following guidelines are to be grouped under this "
                            f"subsection\": {table['listed']}); the counts are given two group "
                            f"labels ({stated[0]!r} and {stated[1]!r})")
        if own:
            labels[guideline] = stated[0] if stated else f"§{guideline} counts"
    return labels


def _refuse_unsettled(sheet: Worksheet, table: Version, counts: list[Conviction],
                      aggregated: set[str]) -> None:
    """A count under a guideline the edition's (d) lists whose grouping with the drug counts
    is not computed on that date (``refused``), with another such count: an error naming it
    and the reason the table gives."""
    refused = set(table.get("refused", []))
    drug_counts = [c for c in counts if c.guideline in aggregated | refused]
    culprit = next((c for c in drug_counts if c.guideline in refused), None)
    if culprit is None or len(drug_counts) < 2:
        return
    other = next(c for c in drug_counts if c is not culprit)
    raise CaseError(f"{culprit.field}.guideline",
                    f"§3D1.2(d) as in force on {format_date(sheet.manual.in_force)}, "
                    f"{culprit.name} (§{culprit.guideline}) with {other.name} "
                    f"(§{other.guideline}): not computed. {table['refused_reason']}")


def _warn_other_quantity(sheet: Worksheet, table: Version, counts: list[Conviction],
                         own_labels: dict[str, str], drug_label: str) -> None:
    """Counts under a guideline the edition's (d) lists that measures another quantity
    (``other_listed``: §§2D1.11, 2D1.13, listed chemicals) beside drug counts they are not
    grouped with: whether they are "of the same general type" (§3D1.2, comment. (n.6): "to
    be construed broadly") is the court's finding, which the case states with `group`; the
    worksheet says so."""
    apart = [c for c in counts if own_labels.get(c.guideline, drug_label) != drug_label]
    if apart:
        names = ", ".join(f"{c.name} (§{c.guideline})" for c in apart)
        sheet.warn(f"§3D1.2(d) ({table['listed']}) also lists {names}, which measures listed "
                   f"chemicals, not the drugs of the other counts: ussg does not group it with "
                   f"them unless the case says so. Whether the counts are \"of the same general "
                   f"type\" (§3D1.2, comment. (n.6): \"to be construed broadly\") is the "
                   f"court's finding: state the same `group` (with grouping = \"d\") on it "
                   f"and on the drug counts to group them; the Group's level is then that of "
                   f"the offense guideline that produces the highest offense level "
                   f"(§3D1.3(b)), each applied to the aggregate of its own counts")


def _grouping_reason(group: Group, aggregated: set[str]) -> str:
    reasons = {
        "a": "same victim and the same act or transaction",
        "b": "same victim and acts connected by a common criminal objective or scheme",
        "c": "one count embodies conduct treated as a specific offense characteristic in, or "
             "other adjustment to, the guideline for another",
        "d": "the offense level is determined largely by the total quantity or amount "
             "(§2D1.1 counts: quantities aggregated)",
    }
    drugs = sorted({c.guideline for c in group.counts if c.guideline in aggregated})
    if drugs and drugs != ["2D1.1"]:
        reasons["d"] = ("the offense level is determined largely by the total quantity or "
                        f"amount ({', '.join('§' + g for g in drugs)} counts: listed in (d), "
                        "quantities aggregated)")
    return "; ".join(f"({s}) {reasons[s]}" for s in sorted(group.subsections))


def group_offense_level(sheet: Worksheet, case: Case, group: Group) -> int:
    """§3D1.3: "(a) ... counts grouped together pursuant to §3D1.2(a)-(c), the offense level
    applicable to a Group is the offense level ... for the most serious of the counts
    comprising the Group, i.e., the highest offense level of the counts in the Group. (b) ...
    §3D1.2(d), the offense level corresponding to the aggregated quantity ... When the counts
    involve offenses of the same general type to which different guidelines apply, apply the
    offense guideline that produces the highest offense level." The drug counts are one
    aggregate (each drug guideline applied to all their drugs); the counts of a listed
    guideline measuring another quantity (§§2D1.11, 2D1.13) are one aggregate of their own;
    grouped under (d) with each other, the guideline producing the highest level is the
    Group's (:func:`highest_of_the_guidelines`)."""
    table = sheet.manual.table("aggregate_grouping")
    aggregated = [c for c in group.counts if c.guideline in table["drug_quantity"]]
    own = [[c for c in group.counts if c.guideline == g] for g in table.get("other_listed", [])]
    own = [part for part in own if part]
    quantity_parts = ([aggregated] if aggregated else []) + own
    parts: list[list[Conviction]] = []
    combined: list[Conviction] = []
    if "d" in group.subsections and len(quantity_parts) > 1:  # §3D1.3(b): the highest guideline
        combined = [c for c in group.counts if any(c in part for part in quantity_parts)]
        parts.append(combined)
    else:
        parts += quantity_parts
    listed = [c for part in quantity_parts for c in part]
    parts += [[c] for c in group.counts if c not in listed]
    drug_guidelines = [(g, aggregated) for g in table["drug_quantity"]
                       if any(c.guideline == g for c in aggregated)]
    levels = []
    for part in parts:
        scope = (part[0].name if len(part) == 1
                 else f"{', '.join(c.name for c in part)} (aggregated)")
        if part is combined:
            level = highest_of_the_guidelines(
                sheet, case, drug_guidelines + [(p[0].guideline, p) for p in own], scope, table)
        elif part is aggregated and len(drug_guidelines) > 1:
            level = highest_of_the_guidelines(sheet, case, drug_guidelines, scope, table)
        else:
            level = offense_level(sheet.for_scope(scope), case, part, several=True)
        levels.append((level, part))
    level, highest = max(levels, key=lambda pair: pair[0])
    group.level = level
    if len(levels) == 1 and len(highest) > 1:
        section, why = "§3D1.3(b)", "the offense level corresponding to the aggregated quantity"
    elif len(levels) == 1:
        section, why = "§3D1.3", "the offense level of the single count in the Group"
    else:
        section = "§3D1.3(a)" if not quantity_parts else "§3D1.3(a), (b)"
        shown = "; ".join(f"{', '.join(c.name for c in part)}: {lv}" for lv, part in levels)
        why = f"the highest offense level of the counts in the Group ({shown})"
    gsheet = sheet.for_scope(group.name)
    gsheet.level = level
    gsheet.note("chapter_three", section, "Offense level of the Group", group.count_names,
                f"level {level}", why)
    return level


def highest_of_the_guidelines(sheet: Worksheet, case: Case,
                              applications: list[tuple[str, list[Conviction]]], scope: str,
                              table: Version) -> int:
    """§3D1.3(b): "When the counts involve offenses of the same general type to which
    different guidelines apply, apply the offense guideline that produces the highest offense
    level." Each guideline is applied to the aggregate of the counts it covers
    (``applications``: the guideline and those counts): a drug guideline to every drug
    count's drugs, with the §2D1.1 facts taken together and its own counts' facts; §2D1.11
    or §2D1.13 to its own counts' listed chemicals (§3D1.2(d) lists them, but they measure
    another quantity). Each goes through Chapter Three, Parts A-C ("determined in accordance
    with Chapter Two and Parts A, B and C of Chapter Three"); the highest is the Group's."""
    results = []
    for guideline, counts in applications:
        covered = (counts[0].name if len(counts) == 1
                   else f"{', '.join(c.name for c in counts)} (aggregated)")
        under = f"{covered}, §{guideline}"
        results.append((offense_level(sheet.for_scope(under), case, counts, several=True,
                                      guideline_applied=guideline), guideline))
    level, chosen = max(results, key=lambda pair: pair[0])  # the first of equal levels
    shown = "; ".join(f"§{g}: level {lv}" for lv, g in results)
    chemicals = [g for g, _ in applications if g in table.get("other_listed", [])]
    how = ("each guideline applied to the aggregated quantity" if not chemicals else
           "each guideline applied to the aggregate of the counts it covers (the drugs of the "
           f"drug counts; the listed chemicals of the {', '.join('§' + g for g in chemicals)} "
           "counts)")
    ssheet = sheet.for_scope(scope)
    ssheet.level = level
    ssheet.note("chapter_three", "§3D1.3(b)", "Offense guideline that produces the highest "
                "offense level", shown, f"§{chosen}, level {level}",
                "counts of the same general type to which different guidelines apply, grouped "
                f"under §3D1.2(d): {how}, the highest offense level taken",
                sheet.note_version(table))
    return level


def units_for(table: Version, highest: int, level: int) -> Decimal:
    """§3D1.4(a)-(c): one Unit for the most serious Group and each Group "equally serious or
    from 1 to 4 levels less serious"; one-half Unit for a Group "5 to 8 levels less
    serious"; a Group "9 or more levels less serious" is disregarded."""
    behind = highest - level
    if behind <= table["one_unit_within"]:
        return Decimal(1)
    if behind <= table["half_unit_within"]:
        return Decimal("0.5")
    return Decimal(0)


def increase_for_units(table: Version, units: Decimal) -> tuple[int, str]:
    """The §3D1.4 table: the increase for a total number of Units (and the row as printed).
    The 1987 version first rounds a fractional total up, "except when the total number of
    Units is 1 1/2" (rule (d), deleted by Amendment 350)."""
    looked_up = units
    exempt = table.get("round_up_except")
    if exempt is not None and units != units.to_integral_value() and units != Decimal(exempt):
        looked_up = units.to_integral_value(rounding="ROUND_CEILING")
    for row in table["rows"]:
        low = Decimal(row["from"])
        high = Decimal(row["to"]) if "to" in row else None
        if looked_up >= low and (high is None or looked_up <= high):
            return row["increase"], row["printed"]
    raise AssertionError(f"no §3D1.4 row for {units} Units")  # the rows cover 1 and up


def format_units(units: Decimal) -> str:
    whole, half = divmod(units * 2, 2)
    text = str(int(whole)) if whole else ""
    if half:
        text = f"{text} 1/2".strip()
    return text or "0"


def units_and_combined_level(sheet: Worksheet, groups: list[Group]) -> None:
    """§3D1.4: "The combined offense level is determined by taking the offense level
    applicable to the Group with the highest offense level and increasing that offense level
    by the amount indicated in the following table"."""
    table = sheet.manual.table("multiple_count_units")
    source = sheet.note_version(table)
    highest_group = max(groups, key=lambda g: g.level or 0)
    highest = highest_group.level
    assert highest is not None
    total = Decimal(0)
    for group in groups:
        assert group.level is not None
        group.units = units_for(table, highest, group.level)
        total += group.units
        behind = highest - group.level
        if group is highest_group:
            why = "the Group with the highest offense level counts as one Unit (§3D1.4(a))"
        elif group.units == 1:
            why = (f"{behind} levels less serious: one additional Unit (§3D1.4(a))"
                   if behind else "equally serious: one additional Unit (§3D1.4(a))")
        elif group.units:
            why = f"{behind} levels less serious: one-half Unit (§3D1.4(b))"
        else:
            why = f"{behind} levels less serious: disregarded (§3D1.4(c))"
        gsheet = sheet.for_scope(group.name)
        gsheet.level = group.level
        gsheet.note("chapter_three", "§3D1.4", "Units", f"level {group.level}",
                    f"{format_units(group.units)} Unit{'s' if group.units not in (1, Decimal('0.5')) else ''}", why,
                    source)
    if len(groups) == 1:
        sheet.set_level("chapter_three", "§3D1.4", "Combined offense level",
                        f"one Group ({highest_group.name})", highest,
                        "a single Group: the combined offense level is the level of that Group "
                        "(§3D1.4, comment. (n.1))", source)
        return
    increase, printed = increase_for_units(table, total)
    sheet.set_level("chapter_three", "§3D1.4", "Combined offense level",
                    f"{highest_group.name} has the highest offense level", highest,
                    "start from the offense level of the Group with the highest offense level",
                    source)
    sheet.adjust("chapter_three", "§3D1.4", "Combined offense level: Units",
                 f"{format_units(total)} Units", increase,
                 f"table row \"{printed}\": "
                 + ("no increase" if not increase else f"add {increase} "
                    f"level{'s' if increase != 1 else ''}"), source)
