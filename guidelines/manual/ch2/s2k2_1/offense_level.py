"""§2K2.1 in the Chapter Two registry (guidelines/manual/ch2/registry.py): the base offense
level of (a), the specific offense characteristics of (b) with the cap at level 29, and the
cross reference of (c)(1), each as the edition applied words it (tables/firearm_offense.toml).

(a) "Base Offense Level (Apply the Greatest)": every subsection the facts meet is a
candidate and the greatest is taken. The prior felony convictions of (a)(1)-(4)(A) are counted
from the same ``[[criminal_history.priors]]`` Chapter Four counts (comment. (n.10): "use only
those felony convictions that receive criminal history points under §4A1.1(a), (b), or (c)
... for purposes of applying subsection (a)(1) and (a)(2), use only those felony convictions
that are counted separately"), or stated (``qualifying_prior_felony_convictions``) where the
criminal history is stated as a category or points.
"""

from __future__ import annotations

from typing import Any

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2k2_1 import before_1991
from ussg.guidelines.manual.ch2.s2k2_1.facts import DestructiveDevice, FirearmFacts, OtherOffense
from ussg.guidelines.manual.ch2.s2k2_4.underlying_offense import withheld_by_the_note
from ussg.guidelines.manual.ch2.s2x1_1.inchoate import in_respect_to

CH = "chapter_two"
BASE = "Base offense level"
SOC = "Specific offense characteristic"


def _statutes(facts: FirearmFacts) -> set[str]:
    return set(facts.convicted_under)


# -- (a) ---------------------------------------------------------------------------------

def qualifying_priors(sheet: Worksheet, given: registry.ChapterTwoCase,
                      note: str = "§2K2.1, comment. (n.10)") -> tuple[int, int, str]:
    """Comment. (n.10) to §2K2.1 (and (n.9) to §2K1.3): (felony convictions of a crime of
    violence or controlled substance offense that receive points; of those, the groups counted
    separately), and the words saying which. From the prior record if the case gives one, else
    as stated (the guideline's facts' ``qualifying_prior_felony_convictions``)."""
    facts = given.facts
    record = given.case.criminal_history
    field = f"{given.facts_field}.qualifying_prior_felony_convictions"
    if record.priors is None:
        if facts.qualifying_prior_felony_convictions is None:
            raise CaseError(field, "needed when the criminal history is stated as a category "
                                   "or points: the prior felony convictions of a crime of "
                                   f"violence or controlled substance offense that {note} "
                                   "counts; 0 if none (or give "
                                   "[[criminal_history.priors]])")
        n = facts.qualifying_prior_felony_convictions
        return n, n, f"{n} qualifying prior felony conviction(s), as stated"
    if facts.qualifying_prior_felony_convictions is not None:
        raise CaseError(field, "counted from [[criminal_history.priors]] (crime_of_violence, "
                               "controlled_substance_offense): give one or the other")
    from ussg.guidelines.manual.ch4.part_a_criminal_history import compute_criminal_history
    score = compute_criminal_history(record, sheet.manual,
                                     instant_offense_ended=given.case.offense_date,
                                     sentencing_date=given.case.sentencing_date)
    committed = given.case.offense_date or record.instant_offense_began
    group_points: dict[int, int] = {}
    for result in score.priors:
        if result.group is not None:
            group_points[result.group] = group_points.get(result.group, 0) + result.points
    counted: list[str] = []
    groups: set[int] = set()
    for result in score.priors:
        prior = record.priors[result.index]
        if not (prior.crime_of_violence or prior.controlled_substance_offense):
            continue
        if prior.kind.value != "felony" or prior.juvenile or result.group is None \
                or group_points.get(result.group, 0) == 0:
            continue
        sustained = prior.conviction_date or prior.sentence_date
        if committed is not None and sustained is not None and sustained > committed:
            continue  # no part of the instant offense came after it
        counted.append(f"prior {result.label}")
        groups.add(result.group)
    names = ", ".join(counted) or "none"
    return len(counted), len(groups), (
        f"felony convictions of a crime of violence or controlled substance offense receiving "
        f"points under §4A1.1(a)-(c): {names}; counted separately: {len(groups)} "
        f"({note})")


def prior_felony_convictions(sheet: Worksheet, given: registry.ChapterTwoCase,
                             version: Version, note: str = "§2K2.1, comment. (n.10)",
                             ) -> tuple[int, int, str]:
    """The prior felony convictions (a)(1)-(4)(A) count (and §2K1.3(a)(1)-(2)): from the
    record as the commentary says (:func:`qualifying_priors`), or, before Amendment 630
    (Nov. 1, 2001), when the guideline read "had at least two prior felony convictions" and
    its note only "count any such prior conviction that receives any points under §4A1.1",
    as stated (``priors_from_record = false``)."""
    if version.get("priors_from_record", True):
        return qualifying_priors(sheet, given, note)
    stated = given.facts.qualifying_prior_felony_convictions
    if stated is None:
        raise CaseError(f"{given.facts_field}.qualifying_prior_felony_convictions",
                        f"under this Manual ({version['citation']}) the base offense level "
                        "reads \"had at least two prior felony convictions\" / \"had one prior "
                        "felony conviction\" of a crime of violence or controlled substance "
                        "offense, which ussg does not count from the record: give the number "
                        "as the court determined it (0 if none)")
    return stated, stated, f"{stated} prior felony conviction(s), as stated"


#: the words for each kind of firearm (a) names (the edition's ``weapons``)
WEAPONS = {"semiautomatic_large_capacity": "a semiautomatic firearm capable of accepting a "
           "large capacity magazine",
           "nfa_firearm": "a firearm described in 26 U.S.C. § 5845(a)",
           "semiautomatic_assault_weapon": "a firearm described in 18 U.S.C. § 921(a)(30)"}
#: the kinds from Nov. 1, 2006 (Amendment 691), where a version names none
LATER_WEAPONS = ("semiautomatic_large_capacity", "nfa_firearm")


def _weapons(version: Version) -> tuple[str, ...]:
    return tuple(version.get("weapons", LATER_WEAPONS))


def _weapon(facts: FirearmFacts, version: Version) -> str | None:
    """The firearm of (a)(1), (a)(3), (a)(4)(B) as the edition names it (before Nov. 1, 2006
    "a firearm described in 26 U.S.C. § 5845(a) or 18 U.S.C. § 921(a)(30)")."""
    kinds = [WEAPONS[kind] for kind in WEAPONS
             if kind in _weapons(version) and getattr(facts, kind)]
    return " and ".join(kinds) or None


def _prohibited(facts: FirearmFacts, version: Version) -> str | None:
    """(a)(4)(B)(ii) and (a)(6): the defendant's status or conviction."""
    statutes = _statutes(facts)
    if facts.prohibited_person:
        return "a prohibited person when the offense was committed"
    transfer = sorted(statutes & set(version["prohibited_transfer_statutes"]))
    if transfer:
        return f"convicted under 18 U.S.C. § {transfer[0]}"
    if facts.knew_transfer_to_prohibited_person and statutes & set(version["straw_statutes"]):
        return ("convicted under 18 U.S.C. § 922(a)(6) or § 924(a)(1)(A), knowing or "
                "believing the offense would result in a transfer to a prohibited person")
    return None


def _meets(rule: str, facts: FirearmFacts, version: Version, priors: tuple[int, int],
           ) -> str | None:
    """Why subsection ``rule`` of (a) applies to the facts, or None."""
    weapon, prohibited = _weapon(facts, version), _prohibited(facts, version)
    convictions, separately = priors
    if rule == "two_priors_and_weapon":
        return f"{weapon}; {separately} prior felony convictions" if weapon and separately >= 2 \
            else None
    if rule == "two_priors":
        return f"{separately} prior felony convictions" if separately >= 2 else None
    if rule == "one_prior_and_weapon":
        return f"{weapon}; a prior felony conviction" if weapon and convictions >= 1 else None
    if rule == "one_prior_or_weapon_and_prohibited":
        if convictions >= 1:
            return "(A) a prior felony conviction"
        return f"(B) {weapon}; {prohibited}" if weapon and prohibited else None
    if rule == "nfa_firearm":
        return "a firearm described in 26 U.S.C. § 5845(a)" if facts.nfa_firearm else None
    if rule == "listed_weapon":  # (a)(5) before Nov. 1, 2006: § 5845(a) or § 921(a)(30)
        return weapon
    if rule == "prohibited":
        return prohibited
    statutes = sorted(_statutes(facts) & set(version["level_six_statutes"]))
    if rule == "regulatory":
        return f"convicted under 18 U.S.C. § {statutes[0]}" if statutes else None
    assert rule == "otherwise", rule
    return None if statutes else "no other subsection applies"


#: the stolen-firearm offenses of 18 U.S.C. § 924 that only the note on (b)(4) names, under
#: the numbers of the Violent Crime Control Act of 1994 ((j), (k): Amendment 522, Nov. 1, 1995,
#: App. C Vol. I lines 17295-17298) and of the Economic Espionage Act of 1996 ((l), (m):
#: Amendment 578, Nov. 1, 1998, Vol. II lines 216-218 and 258-264)
RENUMBERED = ("924(j)", "924(k)", "924(l)", "924(m)")


def _renumbered_statutes(sheet: Worksheet, given: registry.ChapterTwoCase,
                         version: Version) -> None:
    """A § 924(j)-(m) the edition's note on (b)(4) does not name: an error naming the field
    (under the earlier Manual §1B1.11(b) weighs, a step, the statute counted as one the note
    does not name, and a warning)."""
    named = [s for s in RENUMBERED if s in version.get("stolen_offenses", ())]
    for statute in sorted(set(given.facts.convicted_under) & set(RENUMBERED)):
        if statute in named:
            continue
        in_force = format_date(sheet.manual.in_force)
        names = (f"§2K2.1, {version.get('stolen_note')}, of the Manual in force on {in_force} "
                 f"(the note on (b)(4)) names 18 U.S.C. § {named[0]} or ({named[1][4]}) for the "
                 f"offenses involving a stolen firearm or stolen ammunition" if named else
                 f"§2K2.1 of the Manual in force on {in_force} names no offense under 18 U.S.C. "
                 f"§ 924(j)-(m)")
        message = (f"“{statute}”: {names}; the stolen-firearm offenses "
                   f"of the Violent Crime Control Act of 1994 were § 924(j) and (k), which the "
                   f"Economic Espionage Act of 1996 redesignated (l) and (m) (Amendment 578, "
                   f"Reason; the note named (j), (k) from Nov. 1, 1995, Amendment 522, and (l), "
                   f"(m) from Nov. 1, 1998). Give \"other\" for a conviction under a statute this "
                   f"note does not name (as printed)"
                   + (", or the number this note gives the same offense if the court read the "
                      "note so: check by hand" if named else ""))
        if sheet.manual.strict:
            raise CaseError(f"{given.facts_field}.convicted_under", message)
        sheet.note(CH, "§2K2.1(b)(4)", SOC, f"convicted under 18 U.S.C. § {statute}",
                   "not named", f"{message}; taken as a statute the note does not name "
                   "(§1B1.11(b)(2))")
        sheet.warn(f"§2K2.1 (Manual of {in_force}, weighed under §1B1.11(b)): {message}")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K2.1(a): "Base Offense Level (Apply the Greatest)"."""
    version = sheet.manual.table("firearm_offense")
    _renumbered_statutes(sheet, given, version)
    if before_1991.applies(version):
        return before_1991.base_offense_level(sheet, given)
    facts: FirearmFacts = given.facts
    convictions, separately, counted = prior_felony_convictions(sheet, given, version)
    met = [(row, why) for row in version["base_levels"]
           if (why := _meets(row["rule"], facts, version, (convictions, separately)))]
    row, why = max(met, key=lambda pair: pair[0]["level"])
    others = [f"{r['subsection']} {r['level']}" for r, _ in met if r is not row]
    reason = f"§2K2.1{row['subsection']}: {row['text']}"
    if others:
        reason += f" (also met, lower: {', '.join(others)})"
    sheet.set_level(CH, f"§2K2.1{row['subsection']}", BASE, f"{why}; {counted}",
                    row["level"], reason, sheet.note_version(version))


def _base_subsection(sheet: Worksheet) -> str:
    """The subsection of (a) the base offense level came from (its step on the sheet)."""
    step = next(s for s in reversed(sheet.steps)
                if s.title == BASE and s.section.startswith("§2K2.1(a)"))
    return step.section.removeprefix("§2K2.1")


# -- (b) ---------------------------------------------------------------------------------

def _refuse(given: registry.ChapterTwoCase, key: str, sheet: Worksheet, words: str) -> None:
    """A fact this edition's §2K2.1 does not have: an error under the Manual the case asks
    for; under the earlier Manual §1B1.11(b)(1) compares with it, a step "not applied" (as
    §2D1.1's facts, guidelines/manual/ch2/s2d1_1/drug_characteristics.py)."""
    message = (f"§2K2.1 in the Manual in force on {format_date(sheet.manual.in_force)} has no "
               f"such provision: {words}")
    if sheet.manual.strict:
        raise CaseError(f"{given.facts_field}.{key}", message)
    sheet.note(CH, "§2K2.1(b)", SOC, key.replace("_", " "), "not applied",
               f"{message}; this Manual is applied in its entirety (§1B1.11(b)(2))")


def _edition_facts(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version) -> None:
    """Refuse each fact the edition's §2K2.1 does not have."""
    facts: FirearmFacts = given.facts
    # a serial number modified so as to be illegible (the 2024 words) is an altered one (the
    # words before): only the 2024 text refuses the earlier finding
    if version["serial_number"]["fact"] == "serial_number_illegible" \
            and facts.altered_or_obliterated_serial_number:
        _refuse(given, "altered_or_obliterated_serial_number", sheet, f"its (b)(4)(B) reads "
                f"\"{version['serial_number']['text']}\" (give serial_number_illegible)")
    if facts.knew_not_marked_with_serial_number and not version["serial_number"].get("unmarked"):
        _refuse(given, "knew_not_marked_with_serial_number", sheet,
                "the unmarked-firearm clause of (b)(4)(B)(ii) was added Nov. 1, 2023 "
                "(Amendment 819)")
    if facts.knew_transfer_to_prohibited_person and not version["straw_statutes"]:
        _refuse(given, "knew_transfer_to_prohibited_person", sheet, "(a)(4)(B)(ii)(III) and "
                "(a)(6)(C), on 18 U.S.C. § 922(a)(6) and § 924(a)(1)(A), were added Nov. 1, 2011 "
                "(Amendment 753)")
    if facts.leaving_united_states and not version["another_felony"].get("leaving_united_states",
                                                                         True):
        _refuse(given, "leaving_united_states", sheet, "(b)(6)(A), leaving the United States, "
                "was added Nov. 1, 2011 (Amendment 753)")
    if version.get("machinegun_conversion") is None:
        if facts.machinegun_conversion_devices_possessed:
            _refuse(given, "machinegun_conversion_devices_possessed", sheet,
                    "machinegun conversion devices (added Nov. 1, 2025)")
        if facts.transferred_machinegun_conversion_device:
            _refuse(given, "transferred_machinegun_conversion_device", sheet,
                    "machinegun conversion devices (added Nov. 1, 2025)")
    for kind, words in WEAPONS.items():
        if getattr(facts, kind) and kind not in _weapons(version):
            named = " or ".join(WEAPONS[k] for k in _weapons(version))
            _refuse(given, kind, sheet, f"its (a) names {named}, not {words}")
    if version.get("trafficking") is None:
        for key in ("trafficking", "transferred_to_prohibited_or_unlawful_user",
                    "transferred_two_or_more_to_listed_individual"):
            if getattr(facts, key):
                _refuse(given, key, sheet, "the trafficking enhancement was added Nov. 1, "
                        "2006 (Amendment 691)")
    elif version["trafficking"]["kind"] == "single":
        for key in ("transferred_to_prohibited_or_unlawful_user",
                    "transferred_two_or_more_to_listed_individual"):
            if getattr(facts, key):
                _refuse(given, key, sheet, f"its trafficking enhancement reads \""
                        f"{version['trafficking']['text']}\" (give trafficking)")
    elif facts.trafficking:
        _refuse(given, "trafficking", sheet, "\"engaged in the trafficking of firearms\" was "
                f"replaced Nov. 1, 2023 (Amendment 819) by the tiers of "
                f"{version['trafficking']['subsection']}: give "
                "transferred_to_prohibited_or_unlawful_user or "
                "transferred_two_or_more_to_listed_individual")
    for key, then in (("sport_or_recreation", "Nov. 1, 1987 - Oct. 31, 1989"),
                      ("prior_felony_conviction", "Nov. 1, 1989 - Oct. 31, 1991"),
                      ("distribution", "Nov. 1, 1989 - Oct. 31, 1991")):
        if getattr(facts, key) not in (False, None):
            _refuse(given, key, sheet, f"{key.replace('_', ' ')} is a fact of the §2K2.1 of "
                    f"{then} (Amendment 374 replaced that guideline on Nov. 1, 1991)")
    for key, table in (("criminal_group", "criminal_group"),
                       ("motivated_by_relationship_or_threats", "reduced_culpability"),
                       ("unusually_vulnerable", "reduced_culpability")):
        if getattr(facts, key) and version.get(table) is None:
            _refuse(given, key, sheet, f"{key.replace('_', ' ')} (added Nov. 1, 2023, "
                    "Amendment 819)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K2.1(b), in order, with the cap of level 29 after (b)(1) through (b)(4) (2016) or
    (b)(5) (2025)."""
    version = sheet.manual.table("firearm_offense")
    if before_1991.applies(version):
        return before_1991.specific_offense_characteristics(sheet, given)
    source = sheet.note_version(version)
    facts: FirearmFacts = given.facts
    _edition_facts(sheet, given, version)
    base = _base_subsection(sheet)
    only = _statutes(facts)
    number_of_firearms(sheet, version, facts, source)
    lawful_sporting(sheet, version, facts, base, source)
    rocket = destructive_device(sheet, version, facts, source)
    stolen_or_serial_number(sheet, version, facts, base, only, source)
    machinegun_conversion_devices(sheet, version, facts, source)
    cap = version["cap"]
    assert sheet.level is not None
    if sheet.level > cap["level"] and not rocket:
        sheet.move_to(CH, f"§2K2.1(b) (after {cap['through']})", "Limit on (b)(1)-"
                      f"{cap['through'][-3:]}", f"cumulative level {sheet.level}", cap["level"],
                      cap["text"], source)
    trafficked = trafficking(sheet, version, facts, source)
    another_felony(sheet, version, given, source)
    recordkeeping(sheet, version, facts, source)
    criminal_group(sheet, version, facts, trafficked, source)
    reduced_culpability(sheet, version, given, trafficked, source)


def number_of_firearms(sheet: Worksheet, version: Version, facts: FirearmFacts,
                       source: str) -> None:
    """(b)(1): "If the offense involved three or more firearms, increase as follows"."""
    n = facts.number_of_firearms
    where = f"§2K2.1{version['number_of_firearms']['subsection']}"
    for row in version["firearms_table"]:
        if n >= row["at_least"] and (row.get("at_most") is None or n <= row["at_most"]):
            span = (f"{row['at_least']}–{row['at_most']}" if row.get("at_most") is not None
                    else f"{row['at_least']} or more")
            sheet.adjust(CH, f"{where}{row['row']}", "Number of firearms",
                         f"{n} firearms", row["add"],
                         f"Number of Firearms {row['row']} {span}: add {row['add']}", source)
            return


def lawful_sporting(sheet: Worksheet, version: Version, facts: FirearmFacts, base: str,
                    source: str) -> None:
    """(b)(2): solely lawful sporting purposes or collection: "decrease the offense level
    determined above to level 6" (not with a base level under (a)(1)-(a)(5))."""
    if not facts.lawful_sporting_or_collection:
        return
    rule = version["lawful_sporting"]
    where = f"§2K2.1{rule['subsection']}"
    if base in rule["not_with"]:
        sheet.note(CH, where, "Lawful sporting purposes or collection",
                   "firearms and ammunition solely for lawful sporting purposes or collection",
                   "not applicable", f"the base offense level is from {base}: (b)(2) applies "
                   f"only to a defendant \"other than a defendant subject to subsection "
                   f"{', '.join(rule['not_with'])}\"", source)
        return
    sheet.move_to(CH, where, "Lawful sporting purposes or collection",
                  "firearms and ammunition solely for lawful sporting purposes or collection",
                  rule["level"], rule["text"], source)


def destructive_device(sheet: Worksheet, version: Version, facts: FirearmFacts,
                       source: str) -> bool:
    """(b)(3): (A) a portable rocket or missile (or launcher), +15; (B) another destructive
    device, +2. True if (A) applied (the cap of level 29 then does not)."""
    rule = version["destructive_device"]
    if rule.get("rocket_or_missile") is None:  # before Amendment 669 (Nov. 1, 2004)
        if facts.destructive_device != DestructiveDevice.none:
            sheet.adjust(CH, f"§2K2.1{rule['subsection']}", "Destructive device",
                         "a destructive device (26 U.S.C. § 5845(f))", rule["other"],
                         rule["text"], source)
        return False
    if facts.destructive_device == DestructiveDevice.portable_rocket_or_missile:
        sheet.adjust(CH, f"§2K2.1{rule['subsection']}(A)", "Destructive device",
                     "a portable rocket, a missile, or a device for launching one",
                     rule["rocket_or_missile"], "a destructive device that is a portable "
                     "rocket, a missile, or a device for use in launching a portable rocket or "
                     f"a missile, increase by {rule['rocket_or_missile']} levels", source)
        return True
    if facts.destructive_device == DestructiveDevice.other:
        sheet.adjust(CH, f"§2K2.1{rule['subsection']}(B)", "Destructive device",
                     "a destructive device (26 U.S.C. § 5845(f))", rule["other"],
                     "a destructive device other than a destructive device referred to in "
                     f"(A), increase by {rule['other']} levels", source)
    return False


def stolen_or_serial_number(sheet: Worksheet, version: Version, facts: FirearmFacts,
                            base: str, statutes: set[str], source: str) -> None:
    """(b)(4): (A) stolen, +2; or (B) the serial number, +4 (the greater applies: "or").
    Comment. (n.8)(A): with a base level from (a)(7), not (A) when the only offense is one
    involving a stolen firearm, nor (B)(i) when it is one involving the serial number."""
    stolen, serial = version["stolen"], version["serial_number"]
    note = version.get("stolen_note", "comment. (n.8)(A)")
    # until Nov. 1, 1995 (Amendment 522) the note withheld (b)(4) altogether, whatever the
    # base level, when every offense of conviction was one it names
    whole = version.get("stolen_note_withholds_b4", False)
    only_stolen = bool(statutes) and statutes <= set(version["stolen_offenses"]) \
        and (whole or base == "(a)(7)")
    if only_stolen and whole and (facts.stolen or facts.altered_or_obliterated_serial_number
                                  or facts.serial_number_illegible):
        sheet.note(CH, f"§2K2.1{stolen['subsection']}", "Stolen firearm or serial number",
                   "convicted of no other offense subject to §2K2.1 than one the note names",
                   "not applied", f"{note}: \"do not apply the adjustment in subsection (b)(4) "
                   "because the base offense level itself takes such conduct into account\"",
                   source)
        return
    only_serial = bool(statutes) and statutes <= set(version["serial_offenses"]) \
        and base == "(a)(7)"
    serial_fact = getattr(facts, serial["fact"]) or (
        serial["fact"] == "altered_or_obliterated_serial_number" and facts.serial_number_illegible)
    unmarked = facts.knew_not_marked_with_serial_number and serial.get("unmarked", False)
    if only_serial and serial_fact:
        sheet.note(CH, f"§2K2.1{serial['subsection']}", "Serial number",
                   "the serial number; the only offense involves it, base level (a)(7)",
                   "not applied", f"{note}: the base offense level takes into "
                   "account the serial number", source)
        serial_fact = False
    if only_stolen and facts.stolen:
        sheet.note(CH, f"§2K2.1{stolen['subsection']}", "Stolen firearm",
                   "stolen; the only offense involves a stolen firearm, base level (a)(7)",
                   "not applied", f"{note}: the base offense level takes into "
                   "account that the firearm or ammunition was stolen", source)
    if serial_fact or unmarked:
        which = "(i) " if serial.get("unmarked") and serial_fact else \
            "(ii) " if unmarked else ""
        words = ("the serial number altered or obliterated" if serial["fact"] ==
                 "altered_or_obliterated_serial_number" else
                 "a serial number modified, illegible to the unaided eye") if serial_fact else \
            "knew a firearm was not marked with a serial number"
        sheet.adjust(CH, f"§2K2.1{serial['subsection']}{which.strip()}", "Serial number",
                     words + ("; also stolen (the greater applies)" if facts.stolen else ""),
                     serial["levels"], serial["text"], source)
    elif facts.stolen and not only_stolen:
        sheet.adjust(CH, f"§2K2.1{stolen['subsection']}", "Stolen firearm", "a firearm was "
                     "stolen", stolen["levels"], stolen["text"], source)


def machinegun_conversion_devices(sheet: Worksheet, version: Version, facts: FirearmFacts,
                                  source: str) -> None:
    """(b)(5) from Nov. 1, 2025 (Apply the Greatest): (A) four or more possessed, or any
    transferred, +2; (B) 30 or more possessed, +4."""
    rule = version.get("machinegun_conversion")
    if rule is None:
        return
    n = facts.machinegun_conversion_devices_possessed
    where = f"§2K2.1{rule['subsection']}"
    if n >= rule["many_at_least"]:
        sheet.adjust(CH, f"{where}(B)", "Machinegun conversion devices",
                     f"{n} machinegun conversion devices possessed", rule["many_levels"],
                     f"possessed {rule['many_at_least']} or more machinegun conversion devices, "
                     f"increase by {rule['many_levels']} levels", source)
    elif n >= rule["possessed_at_least"] or facts.transferred_machinegun_conversion_device:
        words = (f"{n} machinegun conversion devices possessed"
                 if n >= rule["possessed_at_least"] else
                 "transferred or sold a machinegun conversion device")
        sheet.adjust(CH, f"{where}(A)", "Machinegun conversion devices", words, rule["levels"],
                     f"(A)(i) possessed {rule['possessed_at_least']} or more machinegun "
                     f"conversion devices; or (ii) transferred or sold any, increase by "
                     f"{rule['levels']} levels", source)


def trafficking(sheet: Worksheet, version: Version, facts: FirearmFacts,
                source: str) -> bool:
    """Trafficking: (b)(5) before Nov. 1, 2023, +4; from then (b)(5) ((b)(6) from Nov. 1, 2025)
    (Apply the Greatest):
    (A) convicted under 18 U.S.C. § 933(a)(2) or (a)(3), +2; (B) to a prohibited person or
    one who intended unlawful use, +2; (C) two or more firearms to an individual (I)-(III),
    +5. True if it applied."""
    rule = version.get("trafficking")
    if rule is None:
        return False
    where = f"§2K2.1{rule['subsection']}"
    if rule["kind"] == "single":
        if facts.trafficking:
            sheet.adjust(CH, where, "Trafficking of firearms", "engaged in the trafficking of "
                         "firearms", rule["levels"], rule["text"], source)
        return facts.trafficking
    convicted = sorted(_statutes(facts) & set(rule["convicted_933"]))
    candidates = []
    if facts.transferred_two_or_more_to_listed_individual:
        candidates.append(("(C)", rule["two_or_more_levels"], "two or more firearms to an "
                           "individual with a listed prior conviction, under sentence, or "
                           "intending unlawful use"))
    if facts.transferred_to_prohibited_or_unlawful_user:
        candidates.append(("(B)", rule["prohibited_receipt_levels"], "a firearm or ammunition "
                           "to a prohibited person or one intending unlawful use"))
    if convicted:
        candidates.append(("(A)", rule["convicted_933_levels"],
                           f"convicted under 18 U.S.C. § {convicted[0]}"))
    if not candidates:
        return False
    sub, levels, words = max(candidates, key=lambda c: c[1])
    sheet.adjust(CH, f"{where}{sub}", "Trafficking of firearms", words, levels,
                 f"(Apply the Greatest) {sub}: increase by {levels} levels", source)
    return True


def another_felony(sheet: Worksheet, version: Version, given: registry.ChapterTwoCase,
                   source: str) -> None:
    """(b)(6) ((b)(7) from 2025): (A) leaving the United States, or (B) in connection
    with another felony offense: +4, and at least level 18."""
    facts: FirearmFacts = given.facts
    rule = version["another_felony"]
    leaving = facts.leaving_united_states and rule.get("leaving_united_states", True)
    if not (leaving or facts.in_connection_with_another_felony):
        return
    sub = "(B)" if facts.in_connection_with_another_felony else "(A)"
    if not rule.get("leaving_united_states", True):
        sub = ""  # before Nov. 1, 2011 the paragraph had no subdivisions
    where = f"§2K2.1{rule['subsection']}{sub}"
    withheld = sub != "(A)" and withheld_by_the_note(sheet, given.case, where)
    if withheld:
        sheet.note(CH, where, SOC, "a firearm in connection with "
                   "another felony offense; a § 924(c) (or § 929(a), § 844(h)) count",
                   "not applied", withheld, source)
        if not leaving:
            return
        sub = "(A)"
    words = ("used or possessed a firearm or ammunition in connection with another felony "
             "offense" if sub != "(A)" else "possessed a firearm or ammunition leaving, or "
             "bound out of, the United States")
    where = f"§2K2.1{rule['subsection']}{sub}"
    sheet.adjust(CH, where, SOC, words, rule["levels"], rule["text"], source)
    assert sheet.level is not None
    if sheet.level < rule["floor"]:
        sheet.move_to(CH, where, "Minimum level", f"level {sheet.level}", rule["floor"],
                      f"\"If the resulting offense level is less than level {rule['floor']}, "
                      f"increase to level {rule['floor']}.\"", source)


def recordkeeping(sheet: Worksheet, version: Version, facts: FirearmFacts, source: str) -> None:
    """(b)(7) ((b)(8) from 2025): "increase to the offense level for the substantive offense"."""
    level = facts.recordkeeping_concealed_offense_level
    if level is None:
        return
    rule = version["recordkeeping"]
    where = f"§2K2.1{rule['subsection']}"
    assert sheet.level is not None
    words = f"the concealed substantive offense: level {level}"
    if level > sheet.level:
        sheet.move_to(CH, where, "Recordkeeping offense", words, level, rule["text"], source)
    else:
        sheet.note(CH, where, "Recordkeeping offense", words, "no increase",
                   f"level {level} is not above level {sheet.level}: an \"increase to\" the "
                   f"substantive offense's level does not lower the level", source)


def criminal_group(sheet: Worksheet, version: Version, facts: FirearmFacts, trafficked: bool,
                   source: str) -> None:
    """(b)(8) from Nov. 1, 2023 ((b)(9) from 2025): the trafficking enhancement applied and a
    criminal group of five or more: +2."""
    rule = version.get("criminal_group")
    if rule is None or not facts.criminal_group:
        return
    where = f"§2K2.1{rule['subsection']}"
    words = "participation in a group of five or more with a criminal primary purpose"
    if not trafficked:
        sheet.note(CH, where, SOC, words, "not applicable", f"(A): the defendant must "
                   f"receive an enhancement under subsection {rule['requires']}", source)
        return
    sheet.adjust(CH, where, SOC, words, rule["levels"], rule["text"], source)


def reduced_culpability(sheet: Worksheet, version: Version, given: registry.ChapterTwoCase,
                        trafficked: bool, source: str) -> None:
    """(b)(9) from Nov. 1, 2023 ((b)(10) from 2025): the trafficking enhancement applied, not
    more than 1 criminal history point, and
    motivated by a relationship or threats, or unusually vulnerable: -2."""
    rule = version.get("reduced_culpability")
    facts: FirearmFacts = given.facts
    if rule is None or not (facts.motivated_by_relationship_or_threats
                            or facts.unusually_vulnerable):
        return
    where = f"§2K2.1{rule['subsection']}"
    words = ("motivated by a relationship, threats or fear"
             if facts.motivated_by_relationship_or_threats else "unusually vulnerable")
    points, counted = _criminal_history_points(sheet, given)
    why = None
    if not trafficked:
        why = f"(A): the defendant must receive an enhancement under subsection {rule['requires']}"
    elif points > rule["max_points"]:
        why = f"(B): {counted}, more than {rule['max_points']}"
    if why:
        sheet.note(CH, where, SOC, words, "not applicable", why, source)
        return
    sheet.adjust(CH, where, SOC, f"{words}; {counted}", -rule["decrease"], rule["text"], source)


def _criminal_history_points(sheet: Worksheet, given: registry.ChapterTwoCase) -> tuple[int, str]:
    record = given.case.criminal_history
    if record.priors is not None:
        from ussg.guidelines.manual.ch4.part_a_criminal_history import compute_criminal_history
        score = compute_criminal_history(record, sheet.manual,
                                         instant_offense_ended=given.case.offense_date,
                                         sentencing_date=given.case.sentencing_date)
        return score.total, f"{score.total} criminal history points"
    if record.points is not None:
        return record.points, f"{record.points} criminal history points, as stated"
    # a category alone: I is 0 or 1 point, every other category more than 1
    return (0 if record.category == "I" else 2), (
        f"criminal history category {record.category} ("
        + ("0 or 1 point" if record.category == "I" else "2 or more points") + ")")


# -- (c) ---------------------------------------------------------------------------------

def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K2.1(c)(1): in connection with another offense, apply (A) §2X1.1 in respect to that
    other offense, or (B) if death resulted, the most analogous homicide guideline, "if the
    resulting offense level is greater than that determined above"."""
    facts: FirearmFacts = given.facts
    version = sheet.manual.table("firearm_offense")
    if before_1991.applies(version):
        return before_1991.cross_references(sheet, given)
    if facts.other_offense is None:
        return
    rule = version["cross_reference"]
    in_connection_with_another_offense(sheet, given, facts.other_offense,
                                       f"§2K2.1{rule['subsection']}", rule["text"],
                                       sheet.note_version(version))


def in_connection_with_another_offense(sheet: Worksheet, given: registry.ChapterTwoCase,
                                       other: OtherOffense, where: str, text: str,
                                       source: str, lettered: bool = True) -> None:
    """The cross reference §§2K2.1(c)(1) and 2K2.5(c)(1) share: "(A) §2X1.1 ... in respect
    to that other offense ...; or (B) if death resulted, the most analogous offense guideline
    from Chapter Two, Part A, Subpart 1 (Homicide), if the resulting offense level is greater
    than that determined above": the greater, adopted only if greater than the level."""
    # (the 1989 §2K2.5(b)(1) has neither (A) nor (B): ``lettered`` False)
    assert sheet.level is not None
    field = f"{given.facts_field}.other_offense"
    level, steps, words = in_respect_to(sheet, given, other, field)
    candidates: list[tuple[int, str, list[Any]]] = [(level, f"(A) §2X1.1: {words}", steps)]
    if other.death_resulted:
        assert other.homicide_offense_level is not None
        candidates.append((other.homicide_offense_level, "(B) death resulted: the most "
                           f"analogous homicide guideline, level {other.homicide_offense_level} "
                           "(as determined)", []))
    level, words, steps = max(candidates, key=lambda c: c[0])
    at = f"{where}{words[:3]}" if lettered else where
    if not lettered:
        words = words[4:]  # "§2X1.1: ..."
    if level > sheet.level:
        sheet.steps.extend(steps)
        sheet.move_to(CH, at, "Cross reference", words, level,
                      f"level {level} is greater than level {sheet.level} determined above: "
                      f"{text}", source)
        if not steps:  # (B): a guideline of Part A, Subpart 1, its level as determined
            sheet.refer_to("2A1")
    else:
        sheet.note(CH, at, "Cross reference", words, "not applied",
                   f"level {level} is not greater than level {sheet.level} determined above",
                   source)
