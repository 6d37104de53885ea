"""The statutory penalties of each count: minimum and maximum terms, class of offense,
required supervised release and maximum fine.

ussg knows 21 U.S.C. § 841(b)(1)(A)-(C) and § 960(b)(1)-(3) by era (tables/drug_statute_*.toml)
and 18 U.S.C. § 924(c) (tables/firearm_924c.toml); for any other statute the case states
the minimum and maximum. Statute text is not in the reference: each table version says how it
was checked, and the worksheet warns when it uses one marked unverified.

Which version of a statute applies: the one in force when the offense was committed (the
ex post facto clause), except that the Fair Sentencing Act of 2010 and the First Step Act of
2018 also govern earlier offenses sentenced on or after their enactment (Dorsey v. United
States, 567 U.S. 260 (2012); Pub. L. 115-391 §§ 401(c), 403(b)).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ussg.guidelines.case.model import Case, Drug, FirearmConduct, FirearmType
from ussg.guidelines.case.counts import Conviction
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.quantity import Quantity, parse_quantity
from ussg.guidelines.engine.tables import TableError, Version, format_date, load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet

LIFE_IN_TABLE = "life"  # how a statute table writes life imprisonment
NOT_STATED = "not stated"
# 18 U.S.C. § 3559(a) classes an offense by "the maximum term of imprisonment authorized":
# with the maximum not stated, the class (and what follows from it) is not determined.
CLASS_NOT_DETERMINED = "not determined: maximum not stated"


@dataclass
class Penalty:
    """What the statute of one count allows. Months; ``None`` maximum = life, unless
    ``maximum_stated`` is false (a minimum stated alone: the maximum is "not stated")."""

    count: str
    statute: str  # as the case states it
    provision: str  # the penalty provision applied, e.g. "21 U.S.C. § 841(b)(1)(B)"
    minimum: int  # months; 0 = none
    maximum: int | None  # months; None = life
    mandatory_life: bool = False
    felony_class: str = ""
    supervised_release_minimum: int | None = None  # years required by statute
    supervised_release_life: bool = False  # the statute authorizes a term up to life
    maximum_fine: int | None = 0  # dollars; None: not determined (maximum not stated)
    consecutive: bool = False  # §3D1.1(b)(1), §5G1.2(a)
    minimum_waived: str = ""  # why the minimum does not bind (safety valve, § 3553(e))
    notes: list[str] = field(default_factory=list)
    source: str = ""  # the law the numbers come from
    maximum_stated: bool = True  # False: a minimum as stated, the maximum "not stated"
    guideline: str = ""  # the count's offense guideline ("2K2.4" for § 924(c), "2B1.6", ...)

    @property
    def range_text(self) -> str:
        if self.mandatory_life:
            return "mandatory life imprisonment"
        if not self.maximum_stated:
            return f"at least {self.minimum} months; maximum {NOT_STATED}"
        if self.maximum is None:
            return f"{self.minimum} months–life"
        if self.minimum == self.maximum:
            return f"{self.minimum} months"
        return f"{self.minimum}–{self.maximum} months"


def statute_date(case: Case, sheet: Worksheet) -> tuple[dt.date, str]:
    """The date whose statute applies, and how it was chosen."""
    if case.offense_date is not None:
        return case.offense_date, f"offense committed {format_date(case.offense_date)}"
    if case.sentencing_date is not None:
        return case.sentencing_date, (f"no offense_date: the statute as in force at sentencing, "
                                      f"{format_date(case.sentencing_date)}")
    day = sheet.edition.in_force
    return day, f"no offense or sentencing date: the statute as in force on {format_date(day)}"


def statute_version(name: str, case: Case, sheet: Worksheet, field_name: str) -> Version:
    """The version of a statute table that governs (see the module docstring)."""
    day, _ = statute_date(case, sheet)
    table = load_table(name)
    try:
        version = table.in_force(day)
    except TableError as error:
        raise CaseError("offense_date" if case.offense_date else field_name, str(error)) from None
    if case.sentencing_date is not None and case.offense_date is not None:
        for later in table.versions:
            if (later.effective > version.effective and later.get("applies_at_sentencing")
                    and later.effective <= case.sentencing_date):
                version = later
    return version


def statutory_penalties(sheet: Worksheet, case: Case, counts: list[Conviction]) -> list[Penalty]:
    """One :class:`Penalty` per count, each shown as a step."""
    day, how = statute_date(case, sheet)
    penalties = []
    for count in counts:
        if not count.statute.kind:
            continue
        kind = count.statute.kind
        if kind in ("841", "960"):
            penalty = drug_penalty(sheet, case, count)
        elif kind == "924c":
            penalty = firearm_penalty(sheet, case, count)
        else:
            penalty = stated_penalty(count)
        penalty.felony_class = felony_class(sheet, penalty)
        if penalty.maximum_fine == 0:
            penalty.maximum_fine = general_fine_maximum(sheet, penalty.felony_class,
                                                        count.facts.statutory_maximum_fine)
        waive_minimum(sheet, case, count, penalty)
        penalties.append(penalty)
        waived = (f"; the minimum does not bind: {penalty.minimum_waived}"
                  if penalty.minimum_waived else "")
        details = [*penalty.notes, class_words(penalty)]
        if penalty.supervised_release_minimum is not None:
            details.append(f"supervised release at least {penalty.supervised_release_minimum} "
                           "years")
        details.append(f"fine up to ${penalty.maximum_fine:,}" if penalty.maximum_fine is not None
                       else f"maximum fine {CLASS_NOT_DETERMINED} (18 U.S.C. § 3571(b) goes by "
                            "the class; or state statutory_maximum_fine)")
        (sheet.for_scope(count.name) if count.name else sheet).note(
            "statute", penalty.provision, "Statutory penalty", f"{count.statute.text}; {how}",
            penalty.range_text, "; ".join(details) + waived, penalty.source)
    return penalties


# 21 U.S.C. § 841 and § 960 ---------------------------------------------------------------

_ALIASES = {"crack": "cocaine_base", "marijuana": "marihuana", "marijuana_plants":
            "marihuana_plants", "phencyclidine": "pcp", "meth": "methamphetamine"}


def _substance_key(name: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return _ALIASES.get(key, key)


def drug_penalty(sheet: Worksheet, case: Case, count: Conviction) -> Penalty:
    """21 U.S.C. § 841(b)(1)(A)-(C) / § 960(b)(1)-(3): the tier stated in the statute, or
    the one the charged quantity reaches; then the term for the stated facts (death or
    serious bodily injury resulting; prior convictions under § 851)."""
    name = "drug_statute_841" if count.statute.kind == "841" else "drug_statute_960"
    version = statute_version(name, case, sheet, f"{count.field}.statute")
    source = f"{version['law']} (enacted {format_date(version['enacted'])})"
    sheet.note_version(version)
    tier, reached = count.statute.tier, ""
    if count.facts.statutory_quantity is not None:
        found, reached = tier_for_quantity(version, count.facts.statutory_quantity,
                                           f"{count.field}.statutory_quantity")
        if count.statute.kind == "960":
            found = {"A": "1", "B": "2", "C": "3"}[found]
        if tier is not None and tier != found:
            raise CaseError(f"{count.field}.statutory_quantity",
                            f"{reached} reaches subparagraph ({found}), but the statute given is "
                            f"{count.statute.text!r}: conflicting facts")
        tier = found
    assert tier is not None
    terms = version["tiers"][tier]
    priors = case.statutory.prior_drug_convictions
    injury = count.facts.death_or_serious_bodily_injury
    death = injury is not None and injury.established_by == "offense_of_conviction"
    key = ("two_priors" if priors >= 2 else "prior" if priors == 1 else "base")
    if key == "two_priors" and "two_priors" not in terms:
        key = "prior"
    if death:
        key = "death" if key == "base" else f"{key}_death"
    term = terms[key]
    provision = (f"21 U.S.C. § 841(b)(1)({tier})" if count.statute.kind == "841"
                 else f"21 U.S.C. § 960(b)({tier})")
    prior_term = version.get(f"prior_term_{tier}", version["prior_term"])
    notes = []
    if reached:
        notes.append(f"{reached} → {provision}")
    if priors:
        notes.append(f"{'two or more' if priors >= 2 else 'one'} {prior_term}"
                     f"{'s' if priors >= 2 else ''} (21 U.S.C. § 851)")
    if death:
        notes.append("death or serious bodily injury resulted")
    penalty = Penalty(
        count.name, count.statute.text, provision,
        minimum=0 if term["min"] == LIFE_IN_TABLE else term["min"],
        maximum=None if term["max"] == LIFE_IN_TABLE else term["max"],
        mandatory_life=term["min"] == LIFE_IN_TABLE,
        supervised_release_minimum=terms["supervised_release"]["prior" if priors else "base"],
        maximum_fine=terms["fine"]["prior" if priors else "base"],
        notes=notes, source=source)
    return penalty


def tier_for_quantity(version: Version, drug: Drug, field_name: str) -> tuple[str, str]:
    """The subparagraph the quantity reaches: (A) at or above the (A) threshold, (B) at or
    above (B), otherwise (C) — except marihuana below the (C) threshold, which is § 841(b)(1)(D)
    (§ 960(b)(4): `below_floor`). A substance with no (A) or (B) threshold (marihuana plants
    under § 960(b) since the 100-plant clause of (b)(4)) never reaches that tier."""
    key = _substance_key(drug.substance)
    thresholds = version["quantities"].get(key)
    if thresholds is None:
        known = ", ".join(sorted(version["quantities"]))
        raise CaseError(f"{field_name}.substance",
                        f"ussg knows the statutory quantities of: {known} (under "
                        f"{version['law']}); for {drug.substance!r} state the subparagraph")
    amount = drug.amount
    words = f"{drug.quantity} of {drug.substance}"
    for tier in ("A", "B"):
        if tier not in thresholds:
            continue
        limit = parse_quantity(thresholds[tier])
        _same_measure(amount, limit, f"{field_name}.quantity", drug)
        if amount.amount >= limit.amount:
            return tier, f"{words} (at least {thresholds[tier]})"
    floor = thresholds.get("C")
    if floor is not None:
        _same_measure(amount, parse_quantity(floor), f"{field_name}.quantity", drug)
        if amount.amount < parse_quantity(floor).amount:
            below = version.get("below_floor", "21 U.S.C. § 841(b)(1)(D)")
            raise CaseError(f"{field_name}.quantity",
                            f"less than {floor}: {below}, which ussg does not model; give the "
                            "statute without a quantity and state statutory_maximum_months")
    if "B" in thresholds:
        return "C", f"{words} (less than {thresholds['B']})"
    return "C", f"{words} (at least {floor})"


def _same_measure(amount: Quantity, limit: Quantity, field_name: str, drug: Drug) -> None:
    if amount.dimension != limit.dimension:
        raise CaseError(field_name, f"{drug.substance} is measured in {limit.dimension} for the "
                                    f"statute, not {amount.dimension} ({drug.quantity!r})")


# 18 U.S.C. § 924(c) ------------------------------------------------------------------------

def firearm_penalty(sheet: Worksheet, case: Case, count: Conviction) -> Penalty:
    """18 U.S.C. § 924(c): the term for the conduct and firearm, or for a second or
    subsequent conviction; imposed consecutively (§5G1.2(a)). §2K2.4(b) (from 2002): the
    guideline sentence is the minimum term the statute requires (§5G1.2(a)'s step quotes each
    edition's words)."""
    version = statute_version("firearm_924c", case, sheet, f"{count.field}.statute")
    sheet.note_version(version)
    facts = count.facts
    conduct = facts.firearm_conduct or FirearmConduct.used_carried_or_possessed
    notes = []
    terms = version["terms"]
    candidates = [terms["firearm"]]
    if conduct is not FirearmConduct.used_carried_or_possessed:
        if conduct.value in terms:
            candidates.append(terms[conduct.value])
        else:
            notes.append(f"'{conduct.value}' carries no separate term before Nov. 13, 1998")
    if facts.firearm_type is not FirearmType.firearm:
        if facts.firearm_type.value not in terms:
            raise CaseError(f"{count.field}.firearm_type",
                            f"{facts.firearm_type.value!r} has no separate term under "
                            f"{version['law']}")
        candidates.append(terms[facts.firearm_type.value])
    if facts.second_or_subsequent:
        if version.get("second_requires_final_prior") and not case.statutory.prior_924c_conviction_final:
            raise CaseError(f"{count.field}.second_or_subsequent",
                            "under the First Step Act (§ 403) a count is 'second or subsequent' "
                            "only after a prior § 924(c) conviction has become final: set "
                            "statutory.prior_924c_conviction_final = true if it had")
        second = version["second_or_subsequent"]
        kind = ("machinegun_destructive_device_silencer" if facts.firearm_type
                is FirearmType.machinegun_destructive_device_silencer else "firearm")
        candidates.append(second[kind])
        notes.append("second or subsequent conviction")
    life = LIFE_IN_TABLE in candidates
    term = 0 if life else max(candidates)
    if version["fixed"]:
        maximum = None if life else term
        notes.append("a fixed term ('shall be sentenced to imprisonment for ...')")
    else:
        maximum = None if version["max_months"] == LIFE_IN_TABLE else version["max_months"]
    penalty = Penalty(count.name, count.statute.text, "18 U.S.C. § 924(c)", minimum=term, maximum=maximum,
                      mandatory_life=life, consecutive=True, guideline="2K2.4", notes=[
                          f"{conduct.value.replace('_', ' ')}, "
                          f"{facts.firearm_type.value.replace('_', ' ')}", *notes,
                          "consecutive to any other term"],
                      source=f"{version['law']} (enacted {format_date(version['enacted'])})")
    return penalty


# Any other statute -------------------------------------------------------------------------

def stated_penalty(count: Conviction) -> Penalty:
    """A statute ussg does not know: the terms the case states. A minimum stated alone leaves
    the maximum "not stated" (never supplied); a mandatory life term stated directly is the
    whole term, its maximum life."""
    facts = count.facts
    maximum = None if facts.statutory_maximum_life else facts.statutory_maximum_months
    consecutive = facts.consecutive_months is not None
    minimum = facts.consecutive_months if consecutive else (facts.statutory_minimum_months or 0)
    stated = (maximum is not None or facts.statutory_maximum_life
              or facts.statutory_mandatory_life)
    notes = ["penalties as the case states them"]
    if consecutive:
        notes.append(f"a term of {facts.consecutive_months} months to run consecutively")
    if facts.statutory_mandatory_life:
        notes.append("a mandatory term of life imprisonment, as stated")
    if not stated:
        notes.append(f"maximum {NOT_STATED}: no statutory cap on the range from it (§5G1.1)")
    return Penalty(count.name, count.statute.text, count.statute.text, minimum=minimum, maximum=maximum,
                   mandatory_life=facts.statutory_mandatory_life,
                   supervised_release_minimum=facts.supervised_release_minimum_years,
                   supervised_release_life=facts.supervised_release_maximum_life,
                   maximum_fine=facts.statutory_maximum_fine or 0, consecutive=consecutive,
                   notes=notes, maximum_stated=stated, guideline=count.facts.guideline)


# Class, fine and minimum -------------------------------------------------------------------

def felony_class(sheet: Worksheet, penalty: Penalty) -> str:
    """18 U.S.C. § 3559(a): the class by the maximum term authorized ("" where the maximum
    is not stated: the class is not determined)."""
    if not penalty.maximum_stated:
        return ""
    table = sheet.manual.table("felony_classes")
    sheet.note_version(table)
    for row in table["rows"]:
        if row.get("life"):
            if penalty.maximum is None:
                return row["class"]
        elif "at_least" in row:
            if penalty.maximum is not None and penalty.maximum >= row["at_least"]:
                return row["class"]
        elif penalty.maximum is not None and penalty.maximum > row["more_than"]:
            return row["class"]
    return "infraction"


def class_words(penalty: Penalty) -> str:
    """The class of the offense for the worksheet, or why it is not determined."""
    if not penalty.felony_class:
        return f"class {CLASS_NOT_DETERMINED} (18 U.S.C. § 3559(a))"
    return f"Class {penalty.felony_class.replace('_', ' ')}"


def general_fine_maximum(sheet: Worksheet, felony: str, stated: int | None) -> int | None:
    """18 U.S.C. § 3571(b), as §5E1.2 comment. (n.2) restates it: $250,000 for a felony,
    $100,000 for a Class A misdemeanor, $5,000 for any other offense. ``None``: the class
    is not determined (maximum not stated) and no maximum fine is stated."""
    if stated is not None:
        return stated
    if not felony:
        return None
    table = sheet.manual.table("general_fine_maximum")
    sheet.note_version(table)
    if len(felony) == 1:  # A-E
        return table["felony"]
    return table.get(felony, table["other"])


def safety_valve_met(count: Conviction) -> bool:
    """The court found every §5C1.2(a)(1)-(5) criterion met (`safety_valve` of the count)."""
    findings = count.facts.safety_valve
    return findings is not None and all(getattr(findings, name) for name in
                                        type(findings).model_fields)


def waive_minimum(sheet: Worksheet, case: Case, count: Conviction, penalty: Penalty) -> None:
    """§5C1.2(a) (18 U.S.C. § 3553(f), from Sept. 23, 1994): "in the case of an offense
    under 21 U.S.C. § 841, § 844, § 846, § 960, or § 963, the court shall impose a sentence in
    accordance with the applicable guidelines without regard to any statutory minimum
    sentence, if the court finds that the defendant meets the criteria"; 18 U.S.C. § 3553(e)
    (government motion, substantial assistance) for any statutory minimum."""
    if not (penalty.minimum or penalty.mandatory_life):
        return
    if count.statute.kind in ("841", "960") and safety_valve_met(count):
        table = sheet.manual.table("safety_valve_criteria")
        if table.get("exists", True):
            penalty.minimum_waived = ("§5C1.2 (18 U.S.C. § 3553(f)): the criteria are met; "
                                      "sentence without regard to any statutory minimum")
            sheet.note_version(table)
            return
    if case.statutory.substantial_assistance_motion:
        penalty.minimum_waived = ("18 U.S.C. § 3553(e): upon motion of the government, a "
                                  "sentence below the statutory minimum")
