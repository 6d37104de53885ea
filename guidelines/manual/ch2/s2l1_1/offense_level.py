"""§2L1.1 (Smuggling, Transporting, or Harboring an Unlawful Alien), from Nov. 1, 2007:
(a)(1)-(3), (b)(1)-(9), (c)(1); May 1, 1997 - Oct. 31, 2006 as Amendment 543 shaped it; before
May 1, 1997 the earlier guideline (:mod:`.before_1997`)."""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2l1_1 import before_1997
from ussg.guidelines.manual.ch2.s2l1_1.immigration_priors import felony_immigration_convictions
from ussg.guidelines.manual.ch2.s2l2_1.offense_level import (number_table_line, span_words,
                                                              where)

TABLE = "alien_smuggling"
TITLE = "Base offense level (Smuggling, Transporting, or Harboring)"
WEAPON = {  # (b)(5): letter, words, key of the increase (the floor is key + "_floor")
    "firearm_discharged": ("A", "a firearm was discharged", "discharged"),
    "brandished_or_otherwise_used": ("B", "a dangerous weapon (including a firearm) was "
                                     "brandished or otherwise used", "brandished"),
    "possessed": ("C", "a dangerous weapon (including a firearm) was possessed", "possessed"),
}
INJURY = ["bodily_injury", "serious_bodily_injury", "permanent_or_life_threatening_bodily_injury",
          "death"]  # the order of the (b)(7) lines ((b)(6) before Nov. 1, 2006)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L1.1(a) (from Nov. 1, 2006): "(1) 25, if the defendant was convicted under 8 U.S.C.
    § 1327 of a violation involving an alien who was inadmissible under 8 U.S.C. § 1182(a)(3);
    (2) 23, if ... an alien who previously was deported after a conviction for an aggravated
    felony; or (3) 12, otherwise." (1997-2006: the 23 as (a)(1), 12 as (a)(2).)"""
    version = sheet.manual.table(TABLE)
    if _before_1997(version):
        before_1997.base_offense_level(sheet, given, version)
        return
    source = sheet.note_version(version)
    at = version["paragraph"]
    convicted = given.facts.convicted_1327
    if convicted == "alien_inadmissible_1182a3" and version.get("base_security") is None:
        not_in_edition(sheet, where(sheet, given), "convicted_1327", "§2L1.1(a)", TITLE,
                       "8 U.S.C. § 1327, an alien inadmissible under 8 U.S.C. § 1182(a)(3)",
                       "§2L1.1(a)(1) (25 for an alien inadmissible under § 1182(a)(3)) was added "
                       "by Amendment 692 (Nov. 1, 2006)", source, "chapter_two")
        convicted = None
    if convicted == "alien_inadmissible_1182a3":
        sheet.set_level("chapter_two", f"§2L1.1{at['a_security']}", TITLE, "8 U.S.C. § 1327, "
                        "an alien inadmissible under 8 U.S.C. § 1182(a)(3)",
                        version["base_security"],
                        f"“{version['base_security']}, if the defendant was convicted under 8 "
                        f"U.S.C. § 1327 of a violation involving an alien who was inadmissible "
                        f"under 8 U.S.C. § 1182(a)(3)”", source)
    elif convicted == "alien_deported_after_aggravated_felony":
        sheet.set_level("chapter_two", f"§2L1.1{at['a_aggravated']}", TITLE, "8 U.S.C. § 1327, "
                        "an alien previously deported after an aggravated felony",
                        version["base_aggravated_felon"],
                        f"“{version['base_aggravated_felon']}, if the defendant was convicted "
                        f"under 8 U.S.C. § 1327 of a violation involving an alien who previously "
                        f"was deported after a conviction for an aggravated felony”", source)
    else:
        sheet.set_level("chapter_two", f"§2L1.1{at['a_otherwise']}", TITLE, "smuggling, "
                        "transporting, or harboring", version["base_otherwise"],
                        f"“{version['base_otherwise']}, otherwise”", source)


def _before_1997(version) -> bool:
    """A version of the guideline before Amendment 543 (May 1, 1997)."""
    return version.get("era") == "1987"


def _base_section(sheet: Worksheet) -> str:
    """The section the base offense level was set under ("§2L1.1(a)(3)", ...)."""
    return next(s for s in reversed(sheet.steps) if s.section.startswith("§2L1.1(a)")).section


def _base_otherwise(sheet: Worksheet) -> bool:
    """Whether the base offense level was set under "otherwise" ((a)(3); (a)(2) before 2006)."""
    return _base_section(sheet) == \
        f"§2L1.1{sheet.manual.table(TABLE)['paragraph']['a_otherwise']}"


def _warn_misprint(sheet: Worksheet, version, names: str) -> None:
    """Nov. 1, 2006 - Oct. 31, 2007: (b)(1)(B) reads "determined under subsection (a)(2)", which
    Amendment 692 had made the level 23 for an aggravated-felon alien; Amendment 702 corrected
    it to (a)(3). The words are applied as printed (the project's rule for misprints, as
    §2B3.2(b)(2) of 1997-1998); the warning says what was corrected."""
    at = version["paragraph"]
    base = _base_section(sheet).removeprefix("§2L1.1")
    if base not in (names, at["a_otherwise"]):
        return  # neither reading gives the decrease
    printed = ("applies the decrease as printed" if base == names
               else "does not apply the decrease, as printed")
    read = ("not applied it" if base == names else f"applied it (-{version['profit_decrease']})")
    sheet.warn(f"§2L1.1(b)(1) (in force on {format_date(sheet.manual.in_force)}) reads “the base "
               f"offense level is determined under subsection {names}”, which in this Manual is "
               f"the level {version['base_aggravated_felon']} for an alien previously deported "
               f"after an aggravated felony, not the level {version['base_otherwise']} "
               f"“otherwise” ({at['a_otherwise']}); the base offense level here is {base}: ussg "
               f"{printed}. {version['b1_misprint']}. A court may have read "
               f"{at['a_otherwise']} and {read}: check by hand")


def _not_in_this_edition(sheet: Worksheet, given: registry.ChapterTwoCase, name: str,
                         section: str, title: str, added: str, source: str) -> None:
    not_in_edition(sheet, where(sheet, given), name, section, title, name.replace("_", " "),
                   f"{section} was added by {added}", source, "chapter_two")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L1.1(b), in order: (b)(1)-(9) from Nov. 1, 2006; (b)(1)-(6) before."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if _before_1997(version):
        before_1997.specific_offense_characteristics(sheet, given, version,
                                                     _base_otherwise(sheet))
        return
    before_1997.refuse_earlier_facts(sheet, given, source)
    at = version["paragraph"]
    if facts.other_than_for_profit:
        names = at.get("b1_names") or at["a_otherwise"]
        if _base_section(sheet) == f"§2L1.1{names}":
            sheet.adjust("chapter_two", "§2L1.1(b)(1)", "Other than for profit",
                         "committed other than for profit", -version["profit_decrease"],
                         f"“{version['text_b1']}”", source)
        else:
            sheet.note("chapter_two", "§2L1.1(b)(1)", "Other than for profit",
                       "committed other than for profit", "not applied",
                       f"(b)(1) applies only if “(B) the base offense level is determined under "
                       f"subsection {names}”"
                       f"{' (as printed: see the warning)' if names != at['a_otherwise'] else ''}",
                       source)
        if names != at["a_otherwise"]:
            _warn_misprint(sheet, version, names)
    number_of_aliens(sheet, version, facts.aliens, source)
    felony_immigration_convictions(sheet, given, "§2L1.1(b)(3)", version)
    if facts.unaccompanied_minor:
        if version.get("minor") is None:
            _not_in_this_edition(sheet, given, "unaccompanied_minor", "§2L1.1(b)(4)",
                                 "Unaccompanied minor", "Amendment 692 (Nov. 1, 2006)", source)
        else:
            sheet.adjust("chapter_two", "§2L1.1(b)(4)", "Unaccompanied minor",
                         "an unaccompanied minor", version["minor"], f"“{version['text_b4']}”",
                         source)
    if facts.weapon is not None:
        letter, words, key = WEAPON[facts.weapon]
        increase_with_floor(sheet, f"§2L1.1{at['weapon']}({letter})",
                            "Firearm or dangerous weapon", words, version[key],
                            version[f"{key}_floor"], source)
    if facts.substantial_risk:
        increase_with_floor(sheet, f"§2L1.1{at['risk']}", "Substantial risk of death or serious "
                            "bodily injury", "intentionally or recklessly created a substantial "
                            "risk", version["risk"], version["risk_floor"], source)
    if facts.injury is not None:
        label = at["injury_labels"][INJURY.index(facts.injury)]
        sheet.adjust("chapter_two", f"§2L1.1{at['injury']}{label}", "Death or injury",
                     facts.injury.replace("_", " "), version[facts.injury],
                     f"{at['injury']}: {facts.injury.replace('_', ' ')}, add "
                     f"{version[facts.injury]} levels", source)
    detention_or_prostitution(sheet, given, version, source)
    if facts.convicted_1324a4:
        if version.get("convicted_1324a4") is None:
            _not_in_this_edition(sheet, given, "convicted_1324a4", "§2L1.1(b)(9)",
                                 "Convicted under 8 U.S.C. § 1324(a)(4)",
                                 "Amendment 686 (Nov. 1, 2006)", source)
        else:
            sheet.adjust("chapter_two", "§2L1.1(b)(9)", "Convicted under 8 U.S.C. § 1324(a)(4)",
                         "convicted under 8 U.S.C. § 1324(a)(4)", version["convicted_1324a4"],
                         "“If the defendant was convicted under 8 U.S.C. § 1324(a)(4), increase "
                         f"by {version['convicted_1324a4']} levels.”", source)


def number_of_aliens(sheet: Worksheet, version, aliens: int, source: str) -> None:
    """§2L1.1(b)(2): "If the offense involved the smuggling, transporting, or harboring of six
    or more unlawful aliens, increase as follows" (from Nov. 1, 1992, Amendment 450)."""
    row = number_table_line(version["aliens"], aliens)
    if row is not None:
        sheet.adjust("chapter_two", f"§2L1.1(b)(2)({row['line']})", "Number of unlawful aliens",
                     f"{aliens} unlawful aliens", row["add"],
                     f"(b)(2) number of unlawful aliens smuggled, transported, or harbored: "
                     f"{span_words(row)}, add {row['add']}", source)


def increase_with_floor(sheet: Worksheet, section: str, title: str, words: str, levels: int,
                        floor: int, source: str) -> None:
    """"increase by N levels, but if the resulting offense level is less than level F, increase
    to level F" ((b)(5), (b)(6), (b)(8)(A))."""
    sheet.adjust("chapter_two", section, title, words, levels,
                 f"increase by {levels} levels", source)
    if sheet.level < floor:
        sheet.move_to("chapter_two", section, title, words, floor,
                      f"“if the resulting offense level is less than level {floor}, increase "
                      f"to level {floor}”", source)


def detention_or_prostitution(sheet: Worksheet, given: registry.ChapterTwoCase, version,
                              source: str) -> None:
    """§2L1.1(b)(8) "(Apply the greater)": (A) involuntary detention, +2, at least 18; (B)
    harboring for prostitution with a §3B1.1 adjustment, +2, or +6 if the alien was a minor."""
    facts = given.facts
    prostitution = None
    if facts.harboring_for_prostitution is not None:
        if version.get("prostitution") is None:
            not_in_edition(sheet, where(sheet, given), "harboring_for_prostitution",
                           "§2L1.1(b)(8)(B)", "Harboring for prostitution",
                           "alien harboring for the purpose of prostitution",
                           "§2L1.1(b)(8)(B) was added by Amendment 730 (Nov. 1, 2009)", source,
                           "chapter_two")
        elif given.adjustments.role.aggravating is None:
            sheet.note("chapter_two", "§2L1.1(b)(8)(B)", "Harboring for prostitution",
                       "alien harboring for the purpose of prostitution", "not applied",
                       "(B) applies only if “(iii) the defendant receives an adjustment under "
                       "§3B1.1 (Aggravating Role)”", source)
        else:
            prostitution = version["prostitution_minor" if facts.harboring_for_prostitution ==
                                   "minor" else "prostitution"]
    if facts.involuntarily_detained and version.get("detained") is None:
        _not_in_this_edition(sheet, given, "involuntarily_detained", "§2L1.1(b)(8)",
                             "Involuntary detention", "Amendment 692 (Nov. 1, 2006)", source)
    detained = version.get("detained") if facts.involuntarily_detained else None
    if detained is None and prostitution is None:
        return
    floor_a = max(sheet.level + version["detained"], version["detained_floor"]) \
        if detained is not None else None
    if prostitution is not None and (floor_a is None or sheet.level + prostitution > floor_a):
        sheet.adjust("chapter_two", "§2L1.1(b)(8)(B)", "Harboring for prostitution",
                     f"alien harboring for prostitution ({facts.harboring_for_prostitution}), "
                     f"§3B1.1 adjustment", prostitution, "(b)(8)(B), the greater of (A) and (B): "
                     f"increase by {prostitution} levels", source)
        return
    # Nov. 1, 2006 - Oct. 31, 2009 the detention was all of (b)(8), whose own clauses "(A) after
    # the alien was smuggled ...; or (B) while the alien was transported or harbored" (Amendment
    # 692, App. C Vol. III lines 7209-7213) are not (b)(8)(B) of 2009: one fact covers both, so
    # the step cites "(b)(8)". Amendment 730 (lines 13320-13340) made it (b)(8)(A), its clauses
    # (i)/(ii), with harboring for prostitution (the table's "prostitution") as (b)(8)(B).
    paragraph = "(b)(8)(A)" if version.get("prostitution") is not None else "(b)(8)"
    if given.adjustments.victim.restrained:
        # comment. (n.5) (Amendment 692, App. C Vol. III lines 7255-7258, "(b)(8)"; "(b)(8)(A)"
        # from Amendment 730; 2016 and 2025 Manuals)
        raise CaseError("adjustments.victim.restrained",
                        f"§2L1.1, comment.: “If an enhancement under subsection {paragraph} "
                        f"applies, do not apply §3A1.3 (Restraint of Victim)” "
                        f"({given.facts_field}.involuntarily_detained = true)")
    increase_with_floor(sheet, f"§2L1.1{paragraph}", "Involuntary detention",
                        "an alien involuntarily detained", version["detained"],
                        version["detained_floor"], source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L1.1(c)(1) (from Nov. 1, 2006): "If death resulted, apply the appropriate homicide
    guideline from Chapter Two, Part A, Subpart 1, if the resulting offense level is greater
    than that determined under this guideline." May 1, 1997 - Oct. 31, 2006, (c): "If any
    person was killed under circumstances that would constitute murder under 18 U.S.C. § 1111
    ..., apply the appropriate murder guideline". The homicide guideline's level is the
    case's (ussg does not compute it)."""
    facts = given.facts
    if facts.injury != "death":
        return
    version = sheet.manual.table(TABLE)
    if _before_1997(version):
        return  # injury was refused: the guideline had no (b)(6) and no (c) before 1997
    source = sheet.note_version(version)
    section = f"§2L1.1{version['paragraph']['cross']}"
    murder = version["cross_reference"] == "murder"
    if murder and not facts.killing_would_be_murder:
        return
    level = facts.homicide_offense_level
    if level is None:
        raise CaseError(f"{given.facts_field}.homicide_offense_level",
                        f"{'a killing that would be murder' if murder else 'death resulted'}: "
                        f"{section} applies the {'murder' if murder else 'homicide'} guideline"
                        f"{'' if murder else ' if its level is greater'}; give that level as "
                        f"determined")
    words = f"{'murder' if murder else 'homicide'} guideline offense level {level}"
    if murder or level > sheet.level:
        sheet.move_to("chapter_two", section, "Cross reference (death)", words, level,
                      f"“{version['text_c1']}”", source)
    else:
        sheet.note("chapter_two", section, "Cross reference (death)", words, "not applied",
                   f"not greater than {sheet.level}", source)
