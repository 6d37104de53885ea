"""The case file's `[criminal_history]`: a criminal history category as the user states it,
or the prior record from which Chapter Four computes it, with the facts of the instant
offense that Chapter Four needs. Part of the public schema (guidelines/case/model/model.py).

Facts only: whether a prior offense was a crime of violence, whether the defendant is subject
to 18 U.S.C. § 924(e), and the like are stated by the user as the court found them; the
engine applies the rules of the edition to them.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ussg.guidelines.case.facts import BUILT_WHEN_STATED, Date, Strict, no_items, signature_kept
from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.engine.term import Term, TermError, parse_term

CriminalHistoryCategory = Literal["I", "II", "III", "IV", "V", "VI"]


def _offense_kinds() -> dict[str, str]:
    """Every `kind` a prior may have: felony, misdemeanor, DWI and each offense listed in
    §4A1.2(c)(1) or (c)(2) in any edition (tables/minor_offenses.toml)."""
    kinds = {"felony": "Felony",  # punishable by death or imprisonment over one year, §4A1.2(o)
             "misdemeanor": "Misdemeanor or petty offense",
             "dwi": "Driving while intoxicated or under the influence"}  # comment. (n.5)
    for version in load_table("minor_offenses").versions:
        for entry in version["counted_only_if"] + version["never_counted"]:
            kinds.setdefault(entry["key"], entry["name"])
    return kinds


OFFENSE_KINDS = _offense_kinds()
OffenseKind = Enum("OffenseKind", {key: key for key in OFFENSE_KINDS}, type=str)


class Court(str, Enum):
    federal_state_or_local = "federal_state_or_local"
    foreign = "foreign"
    tribal = "tribal"
    general_or_special_court_martial = "general_or_special_court_martial"
    summary_court_martial_or_article_15 = "summary_court_martial_or_article_15"


class Disposition(str, Enum):
    sentenced = "sentenced"
    convicted_not_yet_sentenced = "convicted_not_yet_sentenced"
    diversion_with_finding_of_guilt = "diversion_with_finding_of_guilt"
    diversion_without_finding_of_guilt = "diversion_without_finding_of_guilt"
    expunged = "expunged"
    reversed_vacated_or_invalid = "reversed_vacated_or_invalid"


class RelatedBecause(str, Enum):
    same_occasion = "same_occasion"
    common_scheme_or_plan = "common_scheme_or_plan"
    consolidated_for_trial_or_sentencing = "consolidated_for_trial_or_sentencing"


def _term(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        parse_term(value)
    except TermError as error:
        raise ValueError(str(error)) from None
    return value


@signature_kept  # attached to several fields (see signature_kept)
def _not_future(value: dt.date | None, info: ValidationInfo) -> dt.date | None:
    if value is not None and value > dt.date.today():
        raise ValueError(f"{info.field_name} {value.isoformat()} is in the future")
    return value


def _not_before(value: dt.date | None, info: ValidationInfo, *earlier: str) -> None:
    if value is None:
        return
    for name in earlier:
        other = info.data.get(name)
        if other is not None and value < other:
            raise ValueError(f"{info.field_name} {value.isoformat()} is before {name} "
                             f"{other.isoformat()}")


class Revocation(Strict):
    """§4A1.2(k): a revocation of probation, parole or supervised release on this sentence."""

    date: Date = Field(description="Date the revocation sentence was imposed.")
    imprisonment: str = Field(description="Term of imprisonment imposed on revocation, e.g. "
                                          "\"8 months\"; added to the original term (k)(1).")
    applies_to: list[str] | None = Field(None, description="Where one revocation applies to "
                                         "several prior sentences: every one of them, this "
                                         "one included (ids or positions, as "
                                         "`under_sentence_of`); its term is added to the one "
                                         "that gives the greatest increase in points "
                                         "(§4A1.2, comment. (n.11), from Nov. 1, 1991).")

    _imprisonment = field_validator("imprisonment")(lambda v: _term(v))
    _future = field_validator("date")(_not_future)

    @property
    def term(self) -> Term:
        return parse_term(self.imprisonment)


class Prior(Strict):
    """One prior conviction and its sentence (Ch.4 Pt.A)."""

    id: str | None = Field(None, description="A label for the worksheet and for "
                           "`under_sentence_of` (default: its position, 1, 2, ...).")
    description: str = Field("", description="Offense and court, e.g. \"Robbery, Hartford "
                             "Superior Court\".")
    kind: OffenseKind = Field(strict=False,  # a string, one of the kinds
                              description="\"felony\" (punishable by death or imprisonment "
                              "exceeding one year, §4A1.2(o)), \"misdemeanor\" (or petty offense), "
                              "\"dwi\" (driving while intoxicated, always counted), or an offense "
                              "listed in §4A1.2(c)(1) or (c)(2): " + ", ".join(
                                  f"\"{k}\"" for k in list(OFFENSE_KINDS)[3:]) + ".")
    offense_date: Date = Field(description="Date the prior offense was committed.")
    arrest_date: Date | None = Field(None, description="Date of arrest for it (not a traffic "
                                        "stop); decides intervening arrests, §4A1.2(a)(2).")
    conviction_date: Date | None = Field(None, description="Date guilt was established "
                                            "(plea, verdict); §4A1.2(a)(4), §4B1.2(c).")
    sentence_date: Date | None = Field(None, description="Date the sentence was imposed. "
                                          "Required unless convicted_not_yet_sentenced.")
    imprisonment: str | None = Field(None, description="Sentence of imprisonment (or juvenile "
                                     "confinement, or imprisonment required as a condition of "
                                     "probation) imposed, its stated maximum: \"18 months\", "
                                     "\"1 year 6 months\", \"60 days\", \"life\".")
    suspended: str | None = Field(None, description="Part of the imprisonment suspended, "
                                  "§4A1.2(b)(2).")
    probation: str | None = Field(None, description="Term of probation imposed, e.g. \"2 years\".")
    consecutive: bool = Field(False, description="Imposed consecutively to the other sentences "
                              "it is counted with as a single sentence (aggregated, §4A1.2(a)(2)).")
    revocations: list[Revocation] = Field(default_factory=no_items,
                                          description="Revocations on this sentence, §4A1.2(k).")
    release_date: Date | None = Field(None, description="Date of last release from "
                                         "imprisonment or confinement on this sentence.")
    age_at_offense: int | None = Field(None, ge=0, le=130, description="Age when the prior "
                                       "offense was committed (or give "
                                       "criminal_history.birth_date).")
    juvenile: bool = Field(False, description="Adjudicated as a juvenile, not convicted as an "
                           "adult.")
    similar_to_instant: bool = Field(False, description="The prior offense was similar to an "
                                     "instant offense, §4A1.2(c)(1)(B).")
    crime_of_violence: bool = Field(False, description="A crime of violence as the edition's "
                                    "§4B1.2(a) defines it (as found by the court).")
    controlled_substance_offense: bool = Field(False, description="A controlled substance "
                                               "offense as §4B1.2(b) defines it.")
    court: Court = Field(Court.federal_state_or_local, strict=False,
                         description="\"federal_state_or_local\", "
                         "\"foreign\", \"tribal\", \"general_or_special_court_martial\" or "
                         "\"summary_court_martial_or_article_15\".")
    disposition: Disposition = Field(Disposition.sentenced, strict=False,
                                     description="\"sentenced\", "
                                     "\"convicted_not_yet_sentenced\", "
                                     "\"diversion_with_finding_of_guilt\", "
                                     "\"diversion_without_finding_of_guilt\", \"expunged\" or "
                                     "\"reversed_vacated_or_invalid\".")
    part_of_instant_offense: bool = Field(False, description="Conduct that is part of the "
                                          "instant offense (relevant conduct): not a prior "
                                          "sentence, §4A1.2(a)(1).")
    charging_instrument: str | None = Field(None, description="Indictment, information or "
                                            "docket; priors with the same one are counted as a "
                                            "single sentence (from Nov. 1, 2007).")
    related_cases: str | None = Field(None, description="Editions before Nov. 1, 2007: priors "
                                      "the court found related share this label.")
    related_because: RelatedBecause | None = Field(None, strict=False,
                                                   description="Why related (before "
                                                   "2007): \"same_occasion\", "
                                                   "\"common_scheme_or_plan\" or "
                                                   "\"consolidated_for_trial_or_sentencing\".")

    _terms = field_validator("imprisonment", "suspended", "probation")(lambda v: _term(v))
    _future = field_validator("offense_date", "arrest_date", "conviction_date", "sentence_date",
                              "release_date")(_not_future)

    @field_validator("arrest_date", "conviction_date")
    @classmethod
    def _after_offense(cls, value, info: ValidationInfo):
        _not_before(value, info, "offense_date")
        return value

    @field_validator("sentence_date")
    @classmethod
    def _sentenced_after(cls, value, info: ValidationInfo):
        _not_before(value, info, "offense_date", "conviction_date")
        return value

    @field_validator("revocations")
    @classmethod
    def _revoked_after(cls, value, info: ValidationInfo):
        imposed = info.data.get("sentence_date")
        for revocation in value:
            if imposed is not None and revocation.date < imposed:
                raise ValueError(f"revocation date {revocation.date.isoformat()} is before "
                                 f"sentence_date {imposed.isoformat()}")
        return value

    @field_validator("release_date")
    @classmethod
    def _released_after(cls, value, info: ValidationInfo):
        _not_before(value, info, "sentence_date")
        for revocation in info.data.get("revocations") or []:
            if value is not None and not revocation.term.is_zero and value < revocation.date:
                raise ValueError(f"release_date {value.isoformat()} is before the revocation "
                                 f"of {revocation.date.isoformat()}")
        return value

    @model_validator(mode="after")
    def _coherent(self) -> Prior:
        not_sentenced = self.disposition is Disposition.convicted_not_yet_sentenced
        if self.sentence_date is None and not not_sentenced:
            raise ValueError("sentence_date is required (the date the sentence was imposed)")
        if not_sentenced and self.conviction_date is None:
            raise ValueError("conviction_date is required for a conviction not yet sentenced")
        if self.juvenile and self.age_at_offense is not None and self.age_at_offense >= 18:
            raise ValueError("juvenile = true but age_at_offense is 18 or more")
        if self.related_because is not None and self.related_cases is None:
            raise ValueError("related_because needs related_cases (the label of the group)")
        if self.suspended and not self.imprisonment:
            raise ValueError("suspended needs imprisonment (the sentence it is part of)")
        return self

    @property
    def imposed(self) -> Term:
        return parse_term(self.imprisonment) if self.imprisonment else Term()

    @property
    def suspended_term(self) -> Term:
        return parse_term(self.suspended) if self.suspended else Term()

    @property
    def probation_term(self) -> Term:
        return parse_term(self.probation) if self.probation else Term()


class CategoryDeparture(Strict):
    """§4A1.3: the court departs to another criminal history category."""

    to_category: CriminalHistoryCategory = Field(description="The category the court departs to.")
    reason: str = Field(min_length=1, description="The court's reason (required).")
    section: str = Field("§4A1.3", description="Section relied on.")


class CareerOffenderFacts(Strict):
    """§4B1.1/§4B1.2 facts, as the court found them: the criteria of §4B1.1(a) for ussg to
    decide, or the court's finding of the status (``career_offender``) and its table level or
    the offense statutory maximum."""

    career_offender: bool = Field(False, description="The court's finding under §4B1.1(a): "
                                  "true, the defendant is a career offender (the age, the "
                                  "instant offense and the predicates are then not required); "
                                  "false (the default), ussg decides (a)(1)-(3).")
    offense_level: int | None = Field(None, ge=1, le=43, description="With career_offender = "
                                      "true: the §4B1.1(b) table level as the court found it "
                                      "(before any §3E1.1 decrease), one of the edition's "
                                      "levels; instead of, or with, offense_statutory_maximum.")
    instant_offense: Literal["crime_of_violence", "controlled_substance_offense",
                             "neither"] | None = Field(
        None, description="The instant offense of conviction as §4B1.2(a)/(b) define it "
        "(required unless career_offender is stated).")
    offense_statutory_maximum: str | None = Field(None, description="Maximum term authorized "
                                                  "for the instant offense of conviction, "
                                                  "without recidivist enhancement: "
                                                  "\"20 years\", \"life\" (required unless "
                                                  "career_offender = true with offense_level).")
    enhanced_statutory_maximum: str | None = Field(None, description="The maximum as increased "
                                                   "because of prior convictions (e.g. 21 U.S.C. "
                                                   "§ 851), if it is; used where the edition "
                                                   "says so.")
    instant_offense_committed: Date | None = Field(None, description="When the instant "
                                                      "offense of conviction was committed "
                                                      "(default: instant_offense_began).")
    prior_felony_convictions: int | None = Field(None, ge=0, description="With a stated "
                                                 "category, or with career_offender = true: "
                                                 "the number of qualifying prior felony "
                                                 "convictions counted separately.")
    convicted_924c_or_929a: bool = Field(False, description="Convicted under 18 U.S.C. § 924(c) "
                                         "or § 929(a) (§4B1.1(c)); a § 924(c) count in "
                                         "[[counts]] says so too.")
    other_counts_qualify: bool | None = Field(None, description="§4B1.1(c)(2), comment. "
                                              "(n.3(C)): the counts other than § 924(c) / "
                                              "§ 929(a), without them, qualify the defendant as "
                                              "a career offender. Needed with a § 924(c) count.")

    _terms = field_validator("offense_statutory_maximum", "enhanced_statutory_maximum")(
        lambda v: _term(v))

    @model_validator(mode="after")
    def _criteria_or_finding(self) -> CareerOffenderFacts:
        """Either the §4B1.1(a) criteria for ussg to decide, or the court's finding."""
        if not self.career_offender:
            if self.offense_level is not None:
                raise ValueError("offense_level is the level the court found: it needs "
                                 "career_offender = true")
            missing = [name for name in ("instant_offense", "offense_statutory_maximum")
                       if getattr(self, name) is None]
            if missing:
                raise ValueError(f"{' and '.join(missing)} required (or state the court's "
                                 f"finding: career_offender = true)")
            return self
        if self.offense_level is None and self.offense_statutory_maximum is None:
            raise ValueError("career_offender = true needs offense_statutory_maximum or "
                             "offense_level (the §4B1.1(b) level the court found)")
        if self.instant_offense == "neither":
            raise ValueError("career_offender = true, but instant_offense = \"neither\": "
                             "§4B1.1(a)(2) needs a crime of violence or a controlled substance "
                             "offense")
        if self.prior_felony_convictions is not None and self.prior_felony_convictions < 2:
            raise ValueError(f"career_offender = true, but prior_felony_convictions = "
                             f"{self.prior_felony_convictions}: §4B1.1(a)(3) needs at least two")
        return self


class ArmedCareerCriminalFacts(Strict):
    """§4B1.4 facts: "A defendant who is subject to an enhanced sentence under the provisions
    of 18 U.S.C. § 924(e) is an armed career criminal" (§4B1.4(a)), with the (b)(3) firearm
    fact or the level the court found."""

    subject_to_924e: bool = Field(description="Subject to an enhanced sentence under 18 U.S.C. "
                                  "§ 924(e): the court's finding that the defendant is an "
                                  "armed career criminal (§4B1.4(a)).")
    offense_level: int | None = Field(None, ge=1, le=43, description="The §4B1.4(b)(3) level "
                                      "as the court found it (the edition's (A) or (B) level, "
                                      "34 or 33), instead of, or with, firearm_in_connection.")
    firearm_in_connection: bool = Field(False, description="(b)(3)(A)/(c)(2): the firearm or "
                                        "ammunition was used or possessed in connection with a "
                                        "crime of violence or controlled substance offense, or "
                                        "the firearm was of a type described in 26 U.S.C. "
                                        "§ 5845(a); false (the default), (b)(3)(B) "
                                        "\"otherwise\" (offense_level, if given, decides).")
    convicted_844h_924c_or_929a: bool = Field(False, description="Also sentenced under 18 U.S.C. "
                                              "§ 844(h), § 924(c) or § 929(a) (comment. (n.2)).")

    @model_validator(mode="after")
    def _firearm_or_level(self) -> ArmedCareerCriminalFacts:
        if not self.subject_to_924e and self.offense_level is not None:
            raise ValueError("subject_to_924e = false: no §4B1.4 offense_level applies")
        return self

    @property
    def firearm_stated(self) -> bool:
        """Whether the case states firearm_in_connection (true or false)."""
        return "firearm_in_connection" in self.model_fields_set


class RepeatSexOffenderFacts(Strict):
    """§4B1.5 facts."""

    covered_sex_crime: bool = Field(description="The instant offense of conviction is a covered "
                                    "sex crime (comment. (n.2)).")
    prior_sex_offense_conviction: bool = Field(description="Committed after sustaining at least "
                                               "one sex offense conviction (§4B1.5(a)).")
    pattern_of_prohibited_sexual_conduct: bool = Field(False, description="§4B1.5(b).")
    offense_statutory_maximum: str | None = Field(None, description="For (a): maximum term "
                                                  "authorized, including recidivist increases.")

    _terms = field_validator("offense_statutory_maximum")(lambda v: _term(v))


class ZeroPointFacts(Strict):
    """§4C1.1(a): the facts that defeat the adjustment, each stated true or false. Criteria
    (1), (2), (9) and (10) come from the rest of the case (the points; the §3A1.4, §3A1.1,
    §3A1.5 and §3B1.1 facts of Chapter Three); (8) from the offense guideline."""

    violence_or_credible_threats: bool = Field(description="(a)(3) used violence or credible "
                                               "threats of violence in connection with the "
                                               "offense.")
    death_or_serious_bodily_injury: bool = Field(description="(a)(4) the offense resulted in "
                                                 "death or serious bodily injury.")
    sex_offense: bool = Field(description="(a)(5) the instant offense of conviction is a sex "
                              "offense (§4C1.1(b)(2)).")
    substantial_financial_hardship: bool = Field(description="(a)(6) the defendant personally "
                                                 "caused substantial financial hardship.")
    firearm_or_dangerous_weapon: bool = Field(description="(a)(7) possessed, received, "
                                              "purchased, transported, transferred, sold or "
                                              "otherwise disposed of a firearm or other dangerous "
                                              "weapon (or induced another participant to) in "
                                              "connection with the offense.")
    continuing_criminal_enterprise: bool = Field(description="(a)(11) (2023: part of (a)(10)) "
                                                 "engaged in a continuing criminal enterprise, "
                                                 "21 U.S.C. § 848.")
    offense_covered_by_2h1_1: bool | None = Field(None, description="(a)(8), only where a count "
                                                  "is under guideline \"other\": the instant "
                                                  "offense of conviction is covered by §2H1.1.")


class CriminalHistory(Strict):
    """Chapter Four: a category as stated, the points as stated (the category then follows
    from the Sentencing Table), or the record both are computed from."""

    category: CriminalHistoryCategory | None = Field(None, description="Criminal history "
                                                     "category, I to VI, as stated (or give "
                                                     "points or priors).")
    points: int | None = Field(None, ge=0, description="Criminal history points as stated: "
                               "alone, they give the category (Ch.5 Pt.A); with a stated "
                               "category, they must fall in its row (§4C1.1 needs them).")
    priors: Annotated[list[Prior] | None, BUILT_WHEN_STATED] = Field(
        None, description="The prior record ([[criminal_history.priors]]); `priors = []` for "
                          "none.")
    instant_offense_began: Date | None = Field(None, description="Commencement of the instant "
                                                  "offense, including relevant conduct "
                                                  "(§4A1.2 comment. (n.8)); required with priors.")
    birth_date: Date | None = Field(None, description="Defendant's date of birth (gives the "
                                       "age at each offense).")
    age_at_instant_offense: int | None = Field(None, ge=0, le=130, description="Age when the "
                                               "instant offense was committed.")
    under_criminal_justice_sentence: bool = Field(False, description="Committed the instant "
                                                  "offense while under a criminal justice "
                                                  "sentence (probation, parole, supervised "
                                                  "release, imprisonment, work release, escape).")
    under_sentence_of: str | None = Field(None, description="The prior (its id or position) "
                                          "whose sentence that was.")
    in_imprisonment_or_escape_status: bool = Field(False, description="Committed the instant "
                                                   "offense in imprisonment or escape status on "
                                                   "that sentence (recency points before 2010).")
    # the tables below, and priors, are built only when a case states them (BuiltWhenStated)
    departure: Annotated[CategoryDeparture | None, BUILT_WHEN_STATED] = Field(
        None, description="§4A1.3 departure to another category.")
    career_offender: Annotated[CareerOffenderFacts | None, BUILT_WHEN_STATED] = Field(
        None, description="§4B1.1 facts.")
    armed_career_criminal: Annotated[ArmedCareerCriminalFacts | None, BUILT_WHEN_STATED] = Field(
        None, description="§4B1.4 facts.")
    repeat_sex_offender: Annotated[RepeatSexOffenderFacts | None, BUILT_WHEN_STATED] = Field(
        None, description="§4B1.5 facts.")
    zero_point: Annotated[ZeroPointFacts | None, BUILT_WHEN_STATED] = Field(
        None, description="§4C1.1 facts.")

    _future = field_validator("instant_offense_began", "birth_date")(_not_future)

    @model_validator(mode="after")
    def _either(self) -> CriminalHistory:
        if self.category is not None and self.priors is not None:
            raise ValueError("give either `category` or the prior record `priors` (not both)")
        if self.category is None and self.priors is None and self.points is None:
            raise ValueError("give `category`, `points` or the prior record `priors`")
        if self.priors is not None:
            if self.instant_offense_began is None:
                raise ValueError("`instant_offense_began` is required with `priors` (time "
                                 "periods are counted back from it, §4A1.2(d)-(e))")
            if self.points is not None:
                raise ValueError("`points` are computed from `priors`; give one or the other")
            labels = [p.id or str(i + 1) for i, p in enumerate(self.priors)]
            if len(set(labels)) != len(labels):
                raise ValueError("two priors have the same id")
            if self.under_sentence_of is not None and self.under_sentence_of not in labels:
                raise ValueError(f"under_sentence_of = {self.under_sentence_of!r} names no prior "
                                 f"(ids: {', '.join(labels)})")
        elif self.under_sentence_of is not None:
            raise ValueError("`under_sentence_of` names a prior: give `priors`")
        if self.in_imprisonment_or_escape_status and not self.under_criminal_justice_sentence:
            raise ValueError("in_imprisonment_or_escape_status needs "
                             "under_criminal_justice_sentence = true")
        if self.under_sentence_of and not self.under_criminal_justice_sentence:
            raise ValueError("`under_sentence_of` needs under_criminal_justice_sentence = true")
        return self

    def label(self, index: int) -> str:
        assert self.priors is not None
        return self.priors[index].id or str(index + 1)
