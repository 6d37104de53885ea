"""§2L1.1 (Smuggling, Transporting, or Harboring an Unlawful Alien) before Amendment 543 (May 1,
1997), as each edition had it (tables/alien_smuggling.toml, the versions of ``era = "1987"``):

(a) one level, 6 (Nov. 1, 1987) or 9 (Jan. 15, 1988, Amendment 35); from Nov. 1, 1991
(Amendment 375) "(1) 20, if the defendant was convicted under 8 U.S.C. § 1327 of a violation
involving an alien who previously was deported after a conviction for an aggravated felony; or
(2) 9, otherwise."
(b)(1) Nov. 1, 1987: "If the defendant committed the offense for profit or with knowledge that
the alien was excludable under 8 U.S.C. §§ 1182(a)(27), (28), (29), increase by 3 levels.";
from Jan. 15, 1988 a decrease of 3 "other than for profit" (and, until Amendment 335, without
that knowledge; from Amendment 375, only under (a)(2)).
(b)(2) until Oct. 31, 1992: "If the defendant previously has been convicted of smuggling,
transporting, or harboring an unlawful alien, or a related offense, increase by 2 levels."; from
Nov. 1, 1992 (Amendment 450) the number of unlawful aliens, 6-24 add 2, 25-99 add 4, 100 or more
add 6.
(b)(3) Nov. 1, 1989 (Amendment 192): "If the defendant is an unlawful alien who has been
deported (voluntarily or involuntarily) on one or more occasions prior to the instant offense,
and the offense level determined above is less than level 8, increase to level 8."

A fact of the later guideline (weapon, risk, injury, the prior felony immigration convictions,
...) is refused in these editions, as a fact of these editions is in the later ones.
"""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2l1_1.immigration_priors import priors_named
from ussg.guidelines.manual.ch2.s2l2_1.offense_level import where

TITLE = "Base offense level (Smuggling, Transporting, or Harboring)"
#: The facts only the guideline of May 1, 1997 on has, with the provision that added them
LATER = {
    "immigration_felony_priors": "(b)(3), prior felony immigration convictions",
    "unaccompanied_minor": "(b)(4), an unaccompanied minor (Amendment 692, 2006)",
    "weapon": "(b)(4), a firearm or dangerous weapon",
    "substantial_risk": "(b)(5), a substantial risk of death or serious bodily injury",
    "injury": "(b)(6), death or bodily injury",
    "involuntarily_detained": "(b)(8), involuntary detention (Amendment 692, 2006; (b)(8)(A) "
                              "from Amendment 730, 2009)",
    "harboring_for_prostitution": "(b)(8)(B), harboring for prostitution (Amendment 730, "
                                  "2009)",
    "convicted_1324a4": "(b)(9), a conviction under 8 U.S.C. § 1324(a)(4) (Amendment 686, "
                        "2006)",
}
#: The facts only these editions have: refused from May 1, 1997
EARLIER = {
    "knew_alien_excludable_as_subversive": "(b)(1), knowledge that the alien was excludable "
                                           "under 8 U.S.C. § 1182(a)(27)-(29) (until Amendment "
                                           "335, Nov. 1, 1990)",
    "smuggling_priors": "(b)(2), a prior conviction of smuggling, transporting, or harboring "
                        "an unlawful alien (until Amendment 450, Nov. 1, 1992)",
    "previously_deported": "(b)(3), the floor of level 8 for a previously deported unlawful "
                           "alien (Nov. 1, 1989 - Apr. 30, 1997)",
}


def _stated(facts, name: str) -> bool:
    return getattr(facts, name) not in (None, False, [], 0)


def refuse_earlier_facts(sheet: Worksheet, given: registry.ChapterTwoCase, source: str) -> None:
    """From May 1, 1997: a fact of the guideline before Amendment 543 is not in the edition."""
    for name, provision in EARLIER.items():
        if _stated(given.facts, name):
            not_in_edition(sheet, where(sheet, given), name, "§2L1.1(b)", name.replace("_", " "),
                           name.replace("_", " "), f"§2L1.1{provision} is not in the guideline "
                           f"as Amendment 543 rewrote it (May 1, 1997)", source, "chapter_two")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase, version) -> None:
    """§2L1.1(a) before May 1, 1997: one level, or from Nov. 1, 1991 (1) 20 for a § 1327
    conviction involving an alien deported after an aggravated felony, (2) 9 otherwise."""
    source = sheet.note_version(version)
    at = version["paragraph"]
    convicted = given.facts.convicted_1327
    if convicted is not None and (convicted != "alien_deported_after_aggravated_felony"
                                  or at.get("a_aggravated") is None):
        not_in_edition(sheet, where(sheet, given), "convicted_1327", "§2L1.1(a)", TITLE,
                       convicted.replace("_", " "), "§2L1.1(a) in this edition has no level "
                       "for it (Amendment 375 added the level for an alien deported after an "
                       "aggravated felony, Nov. 1, 1991; Amendment 692 the one for an alien "
                       "inadmissible under § 1182(a)(3), 2006)", source, "chapter_two")
        convicted = None
    if convicted is not None:
        sheet.set_level("chapter_two", f"§2L1.1{at['a_aggravated']}", TITLE, "8 U.S.C. § 1327, "
                        "an alien previously deported after an aggravated felony",
                        version["base_aggravated_felon"], f"“{version['text_a']}”", source)
    else:
        sheet.set_level("chapter_two", f"§2L1.1{at['a_otherwise']}", TITLE, "smuggling, "
                        "transporting, or harboring", version["base_otherwise"],
                        f"“{version['text_a']}”", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase,
                                     version, base_otherwise: bool) -> None:
    """§2L1.1(b)(1)-(3) before May 1, 1997, in order; ``base_otherwise``: the base offense
    level was set under (a)(2) (or the one (a) before Nov. 1, 1991)."""
    facts = given.facts
    source = sheet.note_version(version)
    for name, provision in LATER.items():
        if _stated(facts, name):
            not_in_edition(sheet, where(sheet, given), name, "§2L1.1(b)", name.replace("_", " "),
                           name.replace("_", " "), f"§2L1.1{provision} came with Amendment 543 "
                           f"(May 1, 1997) or later", source, "chapter_two")
    _profit(sheet, given, version, source, base_otherwise)
    if version.get("smuggling_prior") is not None:
        _smuggling_prior(sheet, given, version, source)
    else:
        _number_of_aliens(sheet, given, version, source)
    if facts.previously_deported:
        if version.get("deported_floor") is None:
            not_in_edition(sheet, where(sheet, given), "previously_deported", "§2L1.1(b)(3)",
                           "Previously deported alien", "previously deported",
                           "§2L1.1(b)(3) was added by Amendment 192 (Nov. 1, 1989)", source,
                           "chapter_two")
        elif sheet.level < version["deported_floor"]:
            sheet.move_to("chapter_two", "§2L1.1(b)(3)", "Previously deported alien",
                          "an unlawful alien deported before the instant offense",
                          version["deported_floor"], f"“{version['text_b3']}”", source)
        else:
            sheet.note("chapter_two", "§2L1.1(b)(3)", "Previously deported alien",
                       "an unlawful alien deported before the instant offense", "not applied",
                       f"the offense level determined above ({sheet.level}) is not less than "
                       f"level {version['deported_floor']}", source)


def _profit(sheet: Worksheet, given: registry.ChapterTwoCase, version, source: str,
            base_otherwise: bool) -> None:
    """(b)(1): +3 "for profit or with knowledge" (1987); -3 "other than for profit" (and
    without that knowledge until Nov. 1, 1990; under (a)(2) only from Nov. 1, 1991)."""
    facts = given.facts
    knew = facts.knew_alien_excludable_as_subversive
    if knew and not version.get("subversive_knowledge", False):
        not_in_edition(sheet, where(sheet, given), "knew_alien_excludable_as_subversive",
                       "§2L1.1(b)(1)", "Knowledge that the alien was excludable",
                       "knew the alien was excludable as a subversive", "Amendment 335 "
                       "(Nov. 1, 1990) struck these words from §2L1.1(b)(1)", source,
                       "chapter_two")
        knew = False
    words = ("committed other than for profit" if facts.other_than_for_profit else
             "committed for profit") + ("; knew the alien was excludable under 8 U.S.C. "
                                        "§ 1182(a)(27)-(29)" if knew else "")
    if version.get("profit_increase") is not None:
        if not facts.other_than_for_profit or knew:
            sheet.adjust("chapter_two", "§2L1.1(b)(1)", "For profit or with knowledge", words,
                         version["profit_increase"], f"“{version['text_b1']}”", source)
        return
    if not facts.other_than_for_profit:
        return
    at = version["paragraph"]
    if knew:
        sheet.note("chapter_two", "§2L1.1(b)(1)", "Other than for profit", words, "not applied",
                   f"“{version['text_b1']}”: the defendant knew", source)
    elif not base_otherwise:
        sheet.note("chapter_two", "§2L1.1(b)(1)", "Other than for profit", words, "not applied",
                   f"(b)(1) applies only if “the base offense level is determined under "
                   f"subsection {at['a_otherwise']}”", source)
    else:
        sheet.adjust("chapter_two", "§2L1.1(b)(1)", "Other than for profit", words,
                     -version["profit_decrease"], f"“{version['text_b1']}”", source)


def _smuggling_prior(sheet: Worksheet, given: registry.ChapterTwoCase, version,
                     source: str) -> None:
    """(b)(2) until Oct. 31, 1992: a prior conviction of smuggling, transporting, or harboring
    an unlawful alien, or a related offense (1987: "of bringing illegal aliens into the United
    States"), named among the priors of the record; +2 once. An alien count of six or more is
    refused: the edition has no number table (Amendment 450 added it, Nov. 1, 1992)."""
    facts = given.facts
    if facts.aliens >= 6:
        not_in_edition(sheet, where(sheet, given), "aliens", "§2L1.1(b)(2)",
                       "Number of unlawful aliens", f"{facts.aliens} unlawful aliens",
                       "§2L1.1(b)(2) counts the unlawful aliens from Amendment 450 (Nov. 1, "
                       "1992)", source, "chapter_two")
    named = facts.smuggling_priors
    if not named:
        return
    priors_named(given, f"{given.facts_field}.smuggling_priors", named)
    sheet.adjust("chapter_two", "§2L1.1(b)(2)", "Prior smuggling conviction",
                 f"prior{'s' if len(named) > 1 else ''} {', '.join(named)}",
                 version["smuggling_prior"], f"“{version['text_b2']}”", source)


def _number_of_aliens(sheet: Worksheet, given: registry.ChapterTwoCase, version,
                      source: str) -> None:
    """(b)(2) from Nov. 1, 1992 (Amendment 450); a prior smuggling conviction is refused."""
    facts = given.facts
    if facts.smuggling_priors:
        not_in_edition(sheet, where(sheet, given), "smuggling_priors", "§2L1.1(b)(2)",
                       "Prior smuggling conviction", "prior smuggling conviction",
                       "Amendment 450 (Nov. 1, 1992) replaced §2L1.1(b)(2) with the number of "
                       "unlawful aliens", source, "chapter_two")
    from ussg.guidelines.manual.ch2.s2l1_1.offense_level import number_of_aliens
    number_of_aliens(sheet, version, facts.aliens, source)
