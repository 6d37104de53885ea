"""§2L1.2 (Unlawfully Entering or Remaining in the United States), every edition.

(a) "Base Offense Level: 8" (6 in the original Manual). (b), in the edition's shape
(tables/illegal_reentry.toml, ``structure``):

- Nov. 1, 1989 - Oct. 31, 2016: "If the defendant previously was deported, or unlawfully
  remained in the United States, after— (A) a conviction for a felony that is ..." — the
  greatest increase any prior conviction before a deportation earns;
- Nov. 1, 2016 on (Amendment 802): (b)(1) for prior illegal reentry convictions, and by the
  sentence imposed, (b)(2) for convictions "before the defendant was ordered deported or
  ordered removed from the United States for the first time" and (b)(3) for those after
  (Amendment 809, Nov. 1, 2018: by when the criminal conduct occurred).

The prior convictions are the record Chapter Four counts (``[[criminal_history.priors]]``):
felony or misdemeanor, the dates and the sentence imposed are read from it, and whether a
conviction "receives criminal history points under Chapter Four" is what Chapter Four gives it
(computed here the same way); what only §2L1.2 asks (the kind of offense as the edition defines
it) is in ``[offense.reentry.priors]``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ussg.guidelines.case.criminal_record import Disposition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.term import AmbiguousTerm, Term, compare, parse_term
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch4.part_a_criminal_history import compute_criminal_history

TABLE = "illegal_reentry"
RECORD = "criminal_history.priors"
#: Dispositions that are no conviction at all.
NOT_CONVICTIONS = (Disposition.reversed_vacated_or_invalid,
                   Disposition.diversion_without_finding_of_guilt)
#: The editions whose "sentence imposed" says nothing of revocations (Amendment 632 to 658).
REVOCATION_UNSETTLED = (dt.date(2001, 11, 1), dt.date(2003, 11, 1))


@dataclass(frozen=True)
class PriorConviction:
    """One prior conviction as §2L1.2 reads it."""

    index: int
    label: str
    description: str
    felony: bool
    kinds: frozenset[str]
    sentence: Term  # the sentence imposed: imprisonment less the suspended part, revocations added
    convicted: dt.date
    committed: dt.date
    continued: bool  # conduct continued after the first order
    points: int  # criminal history points it receives counted alone (Chapter Four)
    group: int  # the Chapter Four sentence it is counted in (for "counted separately")

    @property
    def name(self) -> str:
        what = f" ({self.description})" if self.description else ""
        return f"prior {self.label}{what}"

    def words(self) -> str:
        kind = "felony" if self.felony else "misdemeanor"
        kinds = ", ".join(k.replace("_", " ") for k in sorted(self.kinds))
        return (f"{self.name}: {kind}{', ' + kinds if kinds else ''}; sentence imposed "
                f"{self.sentence}; convicted {format_date(self.convicted)}; "
                f"{self.points} criminal history point{'s' if self.points != 1 else ''} "
                f"(Chapter Four)")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L1.2(a): "Base Offense Level: 8" (6 before Jan. 15, 1988, Amendment 38)."""
    version = sheet.manual.table(TABLE)
    sheet.set_level("chapter_two", "§2L1.2(a)", "Base offense level (Unlawfully Entering or "
                    "Remaining)", "unlawfully entering or remaining in the United States",
                    version["base"], f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L1.2(b), in the shape of the edition applied."""
    version = sheet.manual.table(TABLE)
    structure = version["structure"]
    if structure == "prior_entry":
        previous_unlawful_entry(sheet, given, version)
    elif structure == "deported_after":
        deported_after_conviction(sheet, given, version)
    elif structure == "first_order":
        convictions_around_first_order(sheet, given, version)


def previous_unlawful_entry(sheet: Worksheet, given: registry.ChapterTwoCase,
                            version: Version) -> None:
    """§2L1.2(b)(1) (Nov. 1, 1987): "If the defendant previously has unlawfully entered or
    remained in the United States, increase by 2 levels." """
    if given.facts.previously_entered_unlawfully:
        sheet.adjust("chapter_two", "§2L1.2(b)(1)", "Previous unlawful entry",
                     "previously entered or remained unlawfully", version["prior_entry_levels"],
                     f"“{version['text_prior_entry']}”", sheet.note_version(version))


# -- the prior convictions, from the one record ------------------------------------------------

def prior_convictions(sheet: Worksheet, given: registry.ChapterTwoCase,
                      version: Version) -> list[PriorConviction]:
    """The prior record's convictions as §2L1.2 reads them, the points Chapter Four gives each
    (counted alone, §4A1.2 comment. (n.3)), and a note for each prior that is no conviction
    §2L1.2 can use."""
    history = given.case.criminal_history
    facts = given.facts
    if history is None or history.priors is None:
        raise CaseError(RECORD, "§2L1.2(b) reads the prior convictions from the prior record: "
                                "give [[criminal_history.priors]] (priors = [] for none) rather "
                                "than a stated category or points")
    labels = [history.label(i) for i in range(len(history.priors))]
    for n, described in enumerate(facts.priors):
        if described.prior not in labels:
            raise CaseError(f"{given.facts_field}.priors[{n}].prior",
                            f"{described.prior!r} names no prior of [[criminal_history.priors]] "
                            f"(ids or positions: {', '.join(labels) or 'none'})")
    score = compute_criminal_history(history, sheet.manual,
                                     instant_offense_ended=given.case.offense_date,
                                     sentencing_date=given.case.sentencing_date)
    source = sheet.note_version(version)
    found: list[PriorConviction] = []
    for i, prior in enumerate(history.priors):
        label = labels[i]
        why_not = _not_a_conviction(prior, version)
        if why_not:
            sheet.note("chapter_two", "§2L1.2(b)", "Prior conviction not used", f"prior {label}",
                       "not used", why_not, source)
            continue
        described = facts.about(label)
        convicted = prior.conviction_date or prior.sentence_date
        if convicted is None:
            raise CaseError(f"{RECORD}[{i}].conviction_date", "§2L1.2(b) needs the date of "
                            "conviction (conviction_date or sentence_date)")
        result = score.priors[i]
        found.append(PriorConviction(
            i, label, prior.description, prior.kind.value == "felony",
            _kinds(prior, described, version),
            _sentence_imposed(prior, i, version), convicted, prior.offense_date,
            bool(described and described.conduct_continued_after_first_order),
            result.independent_points,
            result.group if result.group is not None else -1 - i))
    return found


def _kinds(prior, described, version: Version) -> frozenset[str]:
    """The kinds stated for §2L1.2, and those the edition defines by §4B1.2 read from the
    record's own findings (Nov. 1, 1997 - Oct. 31, 2001, comment. (n.1))."""
    stated = {k.value for k in described.kinds} if described else set()
    return frozenset(stated | {k for k in version.get("record_kinds", ()) if getattr(prior, k)})


def _not_a_conviction(prior, version: Version) -> str | None:
    if prior.part_of_instant_offense:
        return "part of the instant offense (relevant conduct), not a prior conviction"
    if prior.disposition in NOT_CONVICTIONS:
        return f"{prior.disposition.value.replace('_', ' ')}: no conviction"
    if prior.juvenile:
        if version["effective"] >= dt.date(2003, 11, 1):
            return ("adjudicated as a juvenile: (b) \"does not apply to a conviction for an "
                    "offense committed before the defendant was eighteen years of age unless "
                    "such conviction is classified as an adult conviction\" (comment. (n.1))")
        raise CaseError(RECORD, f"a juvenile adjudication under the §2L1.2 of "
                                f"{format_date(version['effective'])}: the edition does not say "
                                f"whether it is a conviction for (b) (the rule of comment. "
                                f"(n.1(A)(iv)) came with Amendment 658, Nov. 1, 2003); ussg does "
                                f"not decide it")
    if prior.disposition == Disposition.expunged and version["structure"] == "deported_after":
        raise CaseError(RECORD, "an expunged conviction under §2L1.2 before Nov. 1, 2016: the "
                                "edition does not say whether (b)(1) uses it; ussg does not "
                                "decide it")
    return None


def _sentence_imposed(prior, i: int, version: Version) -> Term:
    """"Sentence imposed" has the meaning of "sentence of imprisonment" in §4A1.2 (b) and
    comment. (n.2) (the suspended part left out) and "includes any term of imprisonment given
    upon revocation of probation, parole, or supervised release" (§2L1.2 comment. (n.2); from
    Amendment 658, Nov. 1, 2003: the Nov. 1, 2001 text, which first set a sentence length,
    did not say, and a revocation under it is refused)."""
    if prior.disposition == Disposition.convicted_not_yet_sentenced:
        return Term()
    if prior.revocations and REVOCATION_UNSETTLED[0] <= version["effective"] < \
            REVOCATION_UNSETTLED[1]:
        raise CaseError(f"{RECORD}[{i}].revocations", "the §2L1.2 of Nov. 1, 2001 - Oct. 31, "
                        "2003 does not say whether a term imposed on revocation is part of the "
                        "\"sentence imposed\" (Amendment 658, Nov. 1, 2003, added that it is); "
                        "ussg does not decide it")
    try:
        term = prior.imposed.minus(prior.suspended_term)
    except AmbiguousTerm as error:
        raise CaseError(f"{RECORD}[{i}].suspended", str(error)) from None
    for revocation in prior.revocations:
        term = term + revocation.term
    return term


# -- the tiers of an "apply the greatest" list -------------------------------------------------

def _longer(term: Term, than: str, prior: PriorConviction, strictly: bool) -> bool:
    try:
        order = compare(term, parse_term(than))
    except AmbiguousTerm as error:
        raise CaseError(f"{RECORD}[{prior.index}].imprisonment", str(error)) from None
    return order > 0 if strictly else order >= 0


def fits(tier: dict, prior: PriorConviction) -> bool:
    """Whether one conviction is what the tier describes (its felony, kind and sentence)."""
    if tier["felony"] and not prior.felony:
        return False
    if prior.kinds & set(tier.get("excluded_kinds", ())):
        return False
    if tier.get("sentence_at_least") and not _longer(prior.sentence, tier["sentence_at_least"],
                                                     prior, strictly=False):
        return False
    if tier.get("sentence_exceeds") and not _longer(prior.sentence, tier["sentence_exceeds"],
                                                    prior, strictly=True):
        return False
    kinds = tier.get("any_of", ())
    return not kinds or any(_kind_fits(kind, prior) for kind in kinds)


def _kind_fits(kind: dict, prior: PriorConviction) -> bool:
    if kind["kind"] not in prior.kinds:
        return False
    if kind.get("sentence_exceeds") and not _longer(prior.sentence, kind["sentence_exceeds"],
                                                    prior, strictly=True):
        return False
    return not (kind.get("sentence_at_most") and _longer(prior.sentence, kind["sentence_at_most"],
                                                          prior, strictly=True))


@dataclass(frozen=True)
class Applied:
    tier: dict
    levels: int
    priors: tuple[PriorConviction, ...]
    without_points: bool = False


def greatest(tiers: list[dict], priors: list[PriorConviction],
             separately: bool) -> Applied | None:
    """The greatest increase the convictions earn under one "apply the greatest" list.
    ``separately``: misdemeanors are counted only if "counted separately under §4A1.2(a)(2)"
    (one per Chapter Four sentence)."""
    best: Applied | None = None
    for tier in tiers:
        candidate: Applied | None = None
        if tier.get("misdemeanors_at_least"):
            matching = [p for p in priors if not p.felony and fits(tier, p)]
            if separately:
                matching = list({p.group: p for p in reversed(matching)}.values())[::-1]
            if len(matching) >= tier["misdemeanors_at_least"]:
                candidate = Applied(tier, tier["levels"], tuple(matching))
        else:
            for prior in priors:
                if not fits(tier, prior):
                    continue
                without = tier.get("levels_without_points") is not None and prior.points == 0
                levels = tier["levels_without_points"] if without else tier["levels"]
                if candidate is None or levels > candidate.levels:
                    candidate = Applied(tier, levels, (prior,), without)
        if candidate and (best is None or candidate.levels > best.levels):
            best = candidate
    return best


def _reason(applied: Applied, lead: str, several: bool) -> str:
    if not lead:
        text = f"“{applied.tier['text']}”"
    elif lead.endswith("—"):
        text = f"“{lead}{applied.tier['text']}”"
    else:
        text = f"“{lead}” … “{applied.tier['text']}”"
    if applied.without_points:
        text += " — the conviction receives no criminal history points"
    return text + (" (the greatest that applies)" if several else "")


def _inputs(applied: Applied) -> str:
    return "; ".join(p.words() for p in applied.priors)


# -- Nov. 1, 1989 - Oct. 31, 2016: deported (or remained) after a conviction -----------------

def deported_after_conviction(sheet: Worksheet, given: registry.ChapterTwoCase,
                              version: Version) -> None:
    """§2L1.2(b)(1) (and (b)(2), 1991-1997) before Nov. 1, 2016: the greatest increase for a
    conviction the defendant "previously was deported after" — the deportation "subsequent to
    the conviction, whether or not the deportation was in response to such conviction"
    (comment. (n.1)) — or, from Nov. 1, 1997, unlawfully remained after a removal order issued
    after it."""
    facts = given.facts
    source = sheet.note_version(version)
    priors = prior_convictions(sheet, given, version)
    last = facts.last_deported
    remained = facts.remained_after_order_of if version["remained_counts"] else None
    cutoffs = [d for d in (last, remained) if d is not None]
    where = "§2L1.2(b)"
    if priors and not facts.deportations_stated:
        raise CaseError(f"{given.facts_field}.deported_on",
                        f"§2L1.2(b) of the Manual in force on "
                        f"{format_date(sheet.manual.in_force)} turns on whether the defendant "
                        f"was deported after each conviction: give the dates of deportation "
                        f"(deported_on = [] for none)")
    if not cutoffs:
        if priors:
            sheet.note("chapter_two", where, "Deported after a conviction",
                       "no deportation (deported_on = [])", "not applied",
                       "(b) applies only if the defendant “previously was deported” after the "
                       "conviction", source)
        return
    cutoff = max(cutoffs)
    before = [_revocations_before(sheet, given, version, p, cutoff, source)
              for p in priors if p.convicted < cutoff]
    applied = greatest(version["tiers"], before, separately=False)
    after_words = (f"deported {format_date(last)}" if last else "") + \
        (f"{'; ' if last else ''}remained after a removal order of {format_date(remained)}"
         if remained else "")
    if applied is None:
        sheet.note("chapter_two", where, "Deported after a conviction", after_words,
                   "not applied", "no prior conviction before the deportation is one (b) names",
                   source)
        return
    paragraph = f"§2L1.2{applied.tier['paragraph']}"
    lead = "" if version["text_b"] == applied.tier["text"] else version["text_b"]
    several = sum(1 for t in version["tiers"] if any(fits(t, p) for p in before)) > 1
    sheet.adjust("chapter_two", paragraph, "Deported after a conviction",
                 f"{_inputs(applied)}; {after_words}", applied.levels,
                 _reason(applied, lead, several), source)


def _revocations_before(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                        prior: PriorConviction, cutoff: dt.date,
                        source: str) -> PriorConviction:
    """Nov. 1, 2012 - Oct. 31, 2016 (Amendment 764, comment. (n.1(B)(vii))): "The length of
    the sentence imposed includes any term of imprisonment given upon revocation ..., but
    only if the revocation occurred before the defendant was deported or unlawfully remained
    in the United States": a revocation on or after ``cutoff`` (the deportation, or the
    removal order remained after, that (b)(1) reads) is left out, with a step saying so."""
    note = version.get("revocation_note")
    record = given.case.criminal_history.priors[prior.index]
    late = [r for r in record.revocations if r.date >= cutoff]
    if not note or not late:
        return prior
    kept = record.model_copy(update={"revocations": [r for r in record.revocations
                                                     if r.date < cutoff]})
    sentence = _sentence_imposed(kept, prior.index, version)
    sheet.note("chapter_two", "§2L1.2(b)(1)", "Revocation after the deportation",
               f"{prior.name}: " + "; ".join(f"{r.imprisonment} on revocation "
                                             f"{format_date(r.date)}" for r in late),
               "not counted", f"on or after {format_date(cutoff)}; comment. (n.1(B)(vii)): "
               f"“{note}” (sentence imposed {sentence})", source)
    return replace(prior, sentence=sentence)


# -- Nov. 1, 2016 on: by the sentence imposed, before and after the first order ---------------

def convictions_around_first_order(sheet: Worksheet, given: registry.ChapterTwoCase,
                                   version: Version) -> None:
    """§2L1.2(b)(1)-(3) (Amendment 802). "For purposes of applying subsections (b)(1), (b)(2),
    and (b)(3), use only those convictions that receive criminal history points under
    §4A1.1(a), (b), or (c)" (comment. (n.3))."""
    facts = given.facts
    source = sheet.note_version(version)
    priors = prior_convictions(sheet, given, version)
    counted = [p for p in priors if p.points > 0]
    for p in priors:
        if p.points == 0:
            sheet.note("chapter_two", "§2L1.2(b)", "Prior conviction not used", p.name,
                       "not used", "it receives no criminal history points under §4A1.1(a), "
                       "(b), or (c) (comment. (n.3))", source)
    _apply(sheet, "§2L1.2(b)(1)", "Prior illegal reentry convictions", version["text_b1"],
           version["committed_after"], counted, "", source)
    by_sentence = [p for p in counted if greatest(version["by_sentence"], [p], True) or
                   any(t.get("misdemeanors_at_least") and not p.felony and fits(t, p)
                       for t in version["by_sentence"])]
    if not by_sentence:
        return
    order = facts.first_ordered_removed
    if order is None:
        raise CaseError(f"{given.facts_field}.first_ordered_removed",
                        "§2L1.2(b)(2) and (b)(3) turn on when the defendant was first ordered "
                        "deported or ordered removed: give its date")
    before, after = [], []
    for p in by_sentence:
        side = _side(p, order, version["timing"])
        if side == "before":
            before.append(p)
        elif side == "after":
            after.append(p)
        else:
            sheet.note("chapter_two", "§2L1.2(b)(2)-(3)", "Conviction after the first order "
                       "for conduct before it", p.name, "not used",
                       f"committed {format_date(p.committed)}, before the first order of "
                       f"{format_date(order)}, but convicted {format_date(p.convicted)}, after "
                       f"it: (b)(2) asks that the defendant “sustained” the conviction before "
                       f"the order and (b)(3) that the conduct was after it (Amendment 809, "
                       f"Nov. 1, 2018, changed this)", source)
    first = f"first ordered deported or removed {format_date(order)}"
    _apply(sheet, "§2L1.2(b)(2)", "Convictions before the first order", version["text_b2"],
           version["by_sentence"], before, first, source)
    _apply(sheet, "§2L1.2(b)(3)", "Convictions after the first order", version["text_b3"],
           version["by_sentence"], after, first, source)


def _side(prior: PriorConviction, order: dt.date, timing: str) -> str:
    """Which of (b)(2) and (b)(3) a conviction falls under.

    Nov. 1, 2016: (b)(2) "before ... the defendant sustained" the conviction; (b)(3) "at any
    time after ... engaged in criminal conduct resulting in" it. From Nov. 1, 2018 (Amendment
    809) both ask when the "criminal conduct" was, and conduct both before and after the order
    counts "only under subsection (b)(2)" (comment. (n.5))."""
    if timing == "conduct_before_order":
        return "before" if prior.committed < order else "after"
    if prior.convicted < order:
        return "before"
    if prior.committed >= order or prior.continued:
        return "after"
    return "neither"


def _apply(sheet: Worksheet, section: str, title: str, lead: str, tiers: list[dict],
           priors: list[PriorConviction], when: str, source: str) -> None:
    applied = greatest(tiers, priors, separately=True)
    if applied is None:
        return
    several = sum(1 for t in tiers if greatest([t], priors, True)) > 1
    words = _inputs(applied) + (f"; {when}" if when else "")
    sheet.adjust("chapter_two", f"{section}{applied.tier['paragraph']}", title, words,
                 applied.levels, _reason(applied, lead, several), source)
