"""§2D2.1 in the Chapter Two registry, as it stood in each edition from Nov. 1, 1987.

2025 text: "(a) Base Offense Level: (1) 8, if the substance is heroin or any Schedule I or II
opiate, an analogue of these, or cocaine base; or (2) 6, if the substance is cocaine,
flunitrazepam, LSD, or PCP; or (3) 4, if the substance is any other controlled substance or a
list I chemical. (b) Cross Reference (1) If the offense involved possession of a controlled
substance in a prison, correctional facility, or detention facility, apply §2P1.2 (Providing
or Possessing Contraband in Prison)." Nov. 1, 1989 - Oct. 31, 2010 (Amendments 304, 748):
"(b)(1) If the defendant is convicted of possession of more than 5 grams of a mixture or
substance containing cocaine base, apply §2D1.1 ... as if the defendant had been convicted of
possession of that mixture or substance with intent to distribute." Each edition's words and
the substances under each category: tables/drug_possession.toml.
"""

from __future__ import annotations

import dataclasses

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.quantity import Quantity, parse_quantity
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import adopt_if_greater
from ussg.guidelines.manual.ch2.part_d_levels import (drugs_case, greatest_option,
                                                      refuse_facts_not_in_edition,
                                                      refuse_unread_drug_facts)
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import find_substance
from ussg.guidelines.manual.ch2.s2p1_2.facts import CONTROLLED_SUBSTANCES

SECTION = "2D2.1"
TABLE = "drug_possession"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D2.1(a): 8, 6 or 4 by the category of (a) that names the substance in the edition
    applied; a value the edition cannot place (a list I chemical before 1997; a category of
    the later texts under an earlier one, or where cocaine base has its own cross reference
    and the substance itself decides it) is an error naming the key."""
    version = sheet.manual.table(TABLE)
    kinds = {c["kind"] for c in version.get("cross_references", [])}
    refuse_facts_not_in_edition(sheet, given, SECTION,
                                {"substance"} | ({"in_prison", "prison_contraband"}
                                                 if "prison" in kinds else set()),
                                "its text")
    stated = given.facts.substance
    categories = version["substances"]
    if not any(stated in named for named in categories.values()):
        accepted = sorted({name for named in categories.values() for name in named})
        raise CaseError(f"{given.facts_field}.substance",
                        f"§2D2.1 as it stood on {format_date(sheet.manual.in_force)} cannot "
                        f"place {stated!r} (its (a): "
                        f"{'; '.join(o['text'] for o in version['options'])}): state the "
                        f"substance as one of {', '.join(accepted)}")
    greatest_option(sheet, given, SECTION, TABLE,
                    answers={category: stated in named for category, named in categories.items()},
                    quantities={}, drugs_read_elsewhere=True)  # by the cocaine-base reference


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D2.1 has none."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D2.1(b): Nov. 1, 1989 - Oct. 31, 2010, to §2D1.1 for possession of more than 5 grams
    of cocaine base; from Nov. 1, 1995, to §2P1.2 for possession of a controlled substance
    in a prison (its level replacing (a)'s: "apply §2P1.2"). Where both would apply (more
    than 5 grams of cocaine base in a prison, 1995-2010) the case is refused: the text does
    not say which."""
    version = sheet.manual.table(TABLE)
    references = {r["kind"]: r for r in version.get("cross_references", [])}
    prison = _prison_case(sheet, given, references.get("prison"))
    cocaine = references.get("cocaine_base")
    if cocaine is None or given.facts.substance != "cocaine_base":
        if prison is None:
            why = (f"§2D2.1 as it stood on {format_date(sheet.manual.in_force)} reads the "
                   f"drugs only for the cross reference on more than 5 grams of cocaine base "
                   f"(Nov. 1, 1989 - Oct. 31, 2010, with substance = \"cocaine_base\") and, "
                   f"from Nov. 1, 1995, for §2P1.2's cross reference to §2D1.1 (in_prison)")
            if given.offense.drugs:
                raise CaseError(f"{given.field}.drugs", f"{why}: leave them out")
            refuse_unread_drug_facts(given, why)
    else:
        _more_than_5_grams_of_cocaine_base(sheet, given, cocaine, references.get("prison"),
                                           in_prison=prison is not None)
        if prison is not None and not prison.facts.object_was_distribution:
            prison = _without_drugs(prison)  # read by (b)(1) above; §2P1.2 does not read them
    if prison is not None:
        _apply_section_2p1_2(sheet, given, references["prison"], prison)


def _prison_case(sheet: Worksheet, given: registry.ChapterTwoCase,
                 reference) -> registry.ChapterTwoCase | None:
    """The case read under §2P1.2 where the offense involved possession in a prison
    (``in_prison``), its findings from ``[offense.possession.prison_contraband]``; None where
    it did not. The object must be a controlled substance (the words: "possession of a
    controlled substance"), and LSD and PCP, which both guidelines name, the same in both."""
    facts = given.facts
    where = f"{given.facts_field}.prison_contraband"
    if not facts.in_prison:
        if facts.prison_contraband is not None:
            raise CaseError(where, "the §2P1.2 findings are read only with in_prison = true "
                                   "(§2D2.1's cross reference to §2P1.2)")
        return None
    assert reference is not None  # in_prison is refused where the edition lacks it
    words = f"§2D2.1{reference['paragraph']}: “{reference['text']}”"
    if facts.substance == "list_i_chemical":
        raise CaseError(f"{given.facts_field}.in_prison",
                        f"{words} — a list I chemical is not a controlled substance (§2D2.1(a)(3) "
                        f"names them apart: “any other controlled substance or a list I "
                        f"chemical”)")
    if facts.prison_contraband is None:
        raise CaseError(where, f"{words} — give the §2P1.2 findings in "
                               f"[offense.possession.prison_contraband] (object: the controlled "
                               f"substance as §2P1.2(a) names it)")
    stated = facts.prison_contraband.object
    if stated not in CONTROLLED_SUBSTANCES:
        raise CaseError(f"{where}.object", f"{words} — the object is the controlled substance "
                                           f"possessed: one of "
                                           f"{', '.join(CONTROLLED_SUBSTANCES)}, not {stated!r}")
    named = {"lsd", "pcp"}
    substance = facts.substance
    within = {"cocaine_flunitrazepam_lsd_or_pcp": named}.get(substance, {substance} & named)
    if (substance in named and stated != substance) or (stated in named and stated not in within):
        raise CaseError(f"{where}.object", f"the substance possessed is {substance!r} "
                                           f"({given.facts_field}.substance), the object of "
                                           f"§2P1.2 {stated!r}: LSD and PCP are named alike in "
                                           f"both guidelines")
    return given.under("2P1.2", facts.prison_contraband, where)


def _without_drugs(case: registry.ChapterTwoCase) -> registry.ChapterTwoCase:
    """The case without its drugs (the cocaine base (b)(1) has read), for §2P1.2, whose
    (c)(1) does not read them here and would refuse them as unused."""
    offense = case.offense.model_copy(update={"drugs": []})
    return dataclasses.replace(case, offense=offense,
                               case=case.case.model_copy(update={"offense": offense}))


def _apply_section_2p1_2(sheet: Worksheet, given: registry.ChapterTwoCase, reference,
                         prison: registry.ChapterTwoCase) -> None:
    """"apply §2P1.2": its whole level (§1B1.5(b)(1)), computed from the §2P1.2 findings and
    the count's drug facts, with its steps, replaces (a)'s (not "if greater")."""
    version = sheet.manual.table(TABLE)
    level, steps = registry.offense_level_under(sheet, "2P1.2", prison)
    adopt_if_greater(sheet, f"§2D2.1{reference['paragraph']}", "Cross reference to §2P1.2",
                     f"in_prison = true; §2P1.2 level {level}", level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=False)


def _more_than_5_grams_of_cocaine_base(sheet: Worksheet, given: registry.ChapterTwoCase,
                                       reference, prison, in_prison: bool) -> None:
    """§2D2.1(b)(1) (Nov. 1, 1989 - Oct. 31, 2010): "If the defendant is convicted of
    possession of more than 5 grams of a mixture or substance containing cocaine base, apply
    §2D1.1 ... as if the defendant had been convicted of possession of that mixture or
    substance with intent to distribute." The quantity of the conviction is
    ``[[offense.drugs]]`` (cocaine base, exact quantities); §2D1.1 is computed from them in
    full and its level replaces (a)'s."""
    version = sheet.manual.table(TABLE)
    paragraph, words = f"§2D2.1{reference['paragraph']}", reference["text"]
    drugs = given.offense.drugs
    if not drugs:
        raise CaseError(f"{given.field}.drugs", f"{paragraph}: “{words}” — give the cocaine "
                                                f"base possessed as [[offense.drugs]] with its "
                                                f"exact quantity")
    table = sheet.manual.table("drug_quantity_table")
    total: Quantity | None = None
    for i, drug in enumerate(drugs):
        field = f"{given.field}.drugs[{i}]"
        if find_substance(table, drug.substance, f"{field}.substance").key != "cocaine_base":
            raise CaseError(f"{field}.substance", f"{paragraph} reads the cocaine base of the "
                                                  f"conviction (substance = \"cocaine_base\"): "
                                                  f"{drug.substance!r} is not cocaine base")
        if drug.quantity is None:
            raise CaseError(f"{field}.quantity", f"{paragraph} turns on the quantity of the "
                                                 f"conviction (\"more than 5 grams\"): give it "
                                                 f"exactly as quantity")
        amount = parse_quantity(drug.quantity)
        total = amount if total is None else total + amount
    assert total is not None
    limit = parse_quantity(reference["more_than"])
    source = sheet.note_version(version)
    if total.amount > limit.amount:
        if in_prison:
            raise CaseError(f"{given.facts_field}.in_prison",
                            f"{paragraph} (“{words}”) and §2D2.1{prison['paragraph']} (“"
                            f"{prison['text']}”) would both apply to {total} of cocaine base "
                            f"in a prison: the text does not say which, and ussg does not "
                            f"decide: enter the count with guideline = \"other\" and the level "
                            f"as found")
        level, steps = registry.offense_level_under(sheet, "2D1.1", drugs_case(given))
        sheet.steps.extend(steps)
        sheet.move_to("chapter_two", paragraph, "Cross reference to §2D1.1",
                      f"{total} of cocaine base: more than {limit}", level, f"“{words}”",
                      source)
        return
    if not in_prison:  # §2P1.2's cross reference reads them, or refuses them
        refuse_unread_drug_facts(given, f"{paragraph} does not apply to {total} of cocaine "
                                        f"base")
    sheet.note("chapter_two", paragraph, "Cross reference to §2D1.1",
               f"{total} of cocaine base", "not applied", f"not more than {limit}: “{words}”",
               source)
