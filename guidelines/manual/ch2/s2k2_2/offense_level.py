"""§2K2.2 of Nov. 1, 1987 - Oct. 31, 1991 in the Chapter Two registry
(tables/former_firearm_2k2_2.toml). 1987: level 12; (b)(1) stolen or altered serial number +1,
(b)(2) silencer +4, (b)(3) sport, recreation or collection -6; (c)(1) the other offense.
1989 (Amendment 189; (a)(1) 18 from 1990, Amendment 333): (a)(1) § 922(o) or 26 U.S.C. § 5861
16/18, (a)(2) 6; (b)(1) the number of firearms distributed, (b)(2) stolen +2, (b)(3) § 922(d)
+6 or § 922(b)(1)/(2) +1; (c)(1) a prior felony conviction: §2K2.1 if greater. The helpers for
a number-of-firearms table and "use the greatest" are §2K2.3's too."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2k2_1.before_1991 import refuse_other_facts
from ussg.guidelines.manual.ch2.s2k2_1.facts import STATUTES, FirearmFacts
from ussg.guidelines.manual.ch2.s2k2_1.offense_level import in_connection_with_another_offense

CH = "chapter_two"
BASE = "Base offense level"
SOC = "Specific offense characteristic"
TABLE = "former_firearm_2k2_2"
NFA_STATUTES = {"922(o)", "26 U.S.C. § 5861"}


def base_level(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
               section: str, nfa: set[str]) -> None:
    """(a): one level, or the first of (a)(1)-(2) the statutes of conviction meet."""
    facts = given.facts
    refuse_other_facts(sheet, given, version, facts, section)
    hit = sorted(set(facts.convicted_under) & nfa)
    for row in version["base_levels"]:
        if row["rule"] == "nfa_statute" and hit:
            why = "convicted under " + ", ".join(
                s if s.startswith("26 ") else f"18 U.S.C. § {s}" for s in hit)
        elif row["rule"] == "otherwise":
            why = "no other subsection applies" if len(version["base_levels"]) > 1 else \
                "the one base offense level of this text"
        else:
            continue
        sheet.set_level(CH, f"§{section}{row['subsection']}", BASE, why, row["level"],
                        f"§{section}{row['subsection']} ({version['title_then']}): {row['text']}",
                        sheet.note_version(version))
        return


def number_of_firearms(sheet: Worksheet, version: Version, section: str, n: int,
                       what: str) -> None:
    """A number-of-firearms table: the row that holds ``n``, or nothing below its first row."""
    table = version["firearms_table"]
    where = f"§{section}{table['subsection']}"
    for row in table["rows"]:
        if n >= row["at_least"] and (row.get("at_most") is None or n <= row["at_most"]):
            span = (f"{row['at_least']}-{row['at_most']}" if row.get("at_most") is not None
                    else f"{row['at_least']} or more")
            sheet.adjust(CH, f"{where}{row['row']}", SOC, f"{n} firearms {what}", row["add"],
                         f"{table['text']}: {row['row']} {span}, add {row['add']}",
                         sheet.note_version(version))
            return


def greatest(sheet: Worksheet, version: Version, section: str, key: str,
             met: list[tuple[dict, str]]) -> None:
    """"use the greatest" (or "the greater"): the clause met with the most levels."""
    if not met:
        return
    rule = version[key]
    row, why = max(met, key=lambda pair: pair[0]["levels"])
    others = [f"{r['clause']} +{r['levels']}" for r, _ in met if r is not row]
    sheet.adjust(CH, f"§{section}{rule['subsection']}{row['clause']}", SOC,
                 why + (f" (also met, lower: {', '.join(others)})" if others else ""),
                 row["levels"], rule["text"], sheet.note_version(version))


def stolen(sheet: Worksheet, version: Version, section: str, facts: object) -> None:
    rule = version.get("stolen")
    on = [w for w, f in (("stolen", "stolen"), ("an altered or obliterated serial number",
                                                  "altered_or_obliterated_serial_number"))
          if getattr(facts, f)]
    if rule is None or not on:
        return
    sheet.adjust(CH, f"§{section}{rule['subsection']}", SOC, f"the firearm: {' and '.join(on)}",
                 rule["levels"], rule["text"], sheet.note_version(version))


def other_offense(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                  section: str) -> None:
    """The cross reference to the other offense (1987: "the guideline for such other offense
    or §2X1.1 (Attempt or Conspiracy)"), through §2X1.1 in respect to it; no homicide clause."""
    other = given.facts.other_offense
    if other is None:
        return
    rule = version["cross_reference"]
    if other.death_resulted:
        raise CaseError(f"{given.facts_field}.other_offense.death_resulted",
                        f"§{section}'s cross reference in the Manual in force "
                        f"({version['citation']}) has no homicide clause: {rule['text']}")
    in_connection_with_another_offense(sheet, given, other, f"§{section}{rule['subsection']}",
                                       rule["text"], sheet.note_version(version), lettered=False)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    base_level(sheet, given, sheet.manual.table(TABLE), "2K2.2", NFA_STATUTES)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    version = sheet.manual.table(TABLE)
    facts = given.facts
    source = sheet.note_version(version)
    if version.get("firearms_table") and facts.number_of_firearms and not facts.distribution:
        raise CaseError(f"{given.facts_field}.number_of_firearms", "§2K2.2"
                        f"{version['firearms_table']['subsection']} counts firearms only where "
                        f"\"{version['firearms_table']['text']}\": give distribution = true")
    if version.get("firearms_table") and facts.distribution:
        number_of_firearms(sheet, version, "2K2.2", facts.number_of_firearms,
                           "distributed or to be distributed")
    stolen(sheet, version, "2K2.2", facts)
    if version.get("silencer") and facts.silencer:
        rule = version["silencer"]
        sheet.adjust(CH, f"§2K2.2{rule['subsection']}", SOC, "the firearm was a silencer",
                     rule["levels"], rule["text"], source)
    if version.get("sporting") and facts.sport_recreation_or_collection:
        rule = version["sporting"]
        sheet.adjust(CH, f"§2K2.2{rule['subsection']}", SOC, "obtained or possessed solely for "
                     "sport, recreation or collection", -rule["decrease"], rule["text"], source)
    if version.get("convictions"):
        statutes = set(facts.convicted_under)
        greatest(sheet, version, "2K2.2", "convictions",
                 [(row, f"convicted under 18 U.S.C. § {', '.join(sorted(hit))}")
                  for row in version["convictions"]["rows"]
                  if (hit := statutes & set(row["statutes"]))])


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    version = sheet.manual.table(TABLE)
    if version.get("cross_reference"):
        other_offense(sheet, given, version, "2K2.2")
    if version.get("prior_felony") and given.facts.prior_felony_conviction:
        _prohibited_person(sheet, given, version)


def _prohibited_person(sheet: Worksheet, given: registry.ChapterTwoCase,
                       version: Version) -> None:
    """1989 (c)(1): a prior conviction punishable by more than a year: "apply §2K2.1 ... if
    the resulting offense level is greater". §2K2.1 is read from this count's §2K2.2 facts
    (the statutes it names, the prior conviction, stolen or altered serial number); its
    (c)(1) back to §2K2.2 is not run inside it (the level determined above is §2K2.2's)."""
    facts = given.facts
    rule = version["prior_felony"]
    named = [s for s in facts.convicted_under if s in STATUTES]  # the ones §2K2.1 names
    firearms = FirearmFacts(convicted_under=named, prior_felony_conviction=True,
                            stolen=facts.stolen,
                            altered_or_obliterated_serial_number=facts.
                            altered_or_obliterated_serial_number)
    level, steps = registry.offense_level_under(
        sheet, "2K2.1", given.under("2K2.1", firearms, facts_at=given.facts_field))
    assert sheet.level is not None
    at = f"§2K2.2{rule['subsection']}"
    words = f"§2K2.1 (a prior conviction punishable by more than one year): level {level}"
    if level > sheet.level:
        sheet.steps.extend(steps)
        sheet.move_to(CH, at, "Cross reference", words, level,
                      f"level {level} is greater than level {sheet.level} determined above: "
                      f"{rule['text']}", sheet.note_version(version))
    else:
        sheet.note(CH, at, "Cross reference", words, "not applied",
                   f"level {level} is not greater than level {sheet.level} determined above",
                   sheet.note_version(version))
