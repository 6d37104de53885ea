"""Chapter Four, Part A: criminal history points and category from the prior record.

§4A1.1: "(a) Add 3 points for each prior sentence of imprisonment exceeding one year and one
month. (b) Add 2 points for each prior sentence of imprisonment of at least sixty days not
counted in (a). (c) Add 1 point for each prior sentence not counted in (a) or (b), up to a
total of 4 points for this subsection", plus the status points, the recency points of editions
before Nov. 1, 2010, and the crime-of-violence point for sentences counted as one. §4A1.2
defines prior sentences, the time periods and what is excluded; "§§4A1.1 and 4A1.2 must be
read together" (§4A1.1, comment.). The total gives the category (Ch.5 Pt.A).

Every number comes from the table versions in force on the date asked for; each prior gets a
step with its points and the provision that gave or excluded them.

Choices the Manual leaves open, made explicit (README.md, "Chapter Four"): "within fifteen
(ten, five) years" includes the day exactly that many years before the commencement; a single
sentence is scored as each of its members would score with the combined term, and the highest
counts; offenses committed on the same day are not separated by an intervening arrest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.engine.computation import Step
from ussg.guidelines.case.criminal_record import (OFFENSE_KINDS, Court, CriminalHistory,
                                                  Disposition, Prior, Revocation)
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.ch4.part_a_revocations import (Placement, greatest_increase,
                                                           shared_revocations)
from ussg.guidelines.manual.ch4.part_a_single_sentence import (Group, combined_term,
                                                               combined_terms_without_each,
                                                               single_sentence_groups)
from ussg.guidelines.engine.manual import Manual
from ussg.guidelines.engine.tables import Version, format_date, in_force
from ussg.guidelines.engine.term import ZERO, AmbiguousTerm, Term, compare, parse_term, shift

FIELD = "criminal_history.priors"


@dataclass
class StepLog:
    """Chapter Four steps and warnings, before they join a worksheet."""

    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def cite(self, *versions: Version) -> str:
        for version in versions:
            if version.verification == "unverified":
                message = (f"{version.section} ({version.citation}) is marked unverified in "
                           f"tables/: {version.get('checked', '')}").strip()
                if message not in self.warnings:
                    self.warnings.append(message)
        return "; ".join(f"{v.section}: {v.citation}" for v in versions)

    def note(self, section: str, title: str, given: str, change: str, reason: str,
             source: str = "") -> None:
        self.steps.append(Step(chapter="chapter_four", section=section, title=title,
                               input=given, change=change, reason=reason, source=source))


@frozen_record
class Score:
    """Points one sentence receives, and the provision that decided."""

    points: int
    subsection: str  # "a", "b", "c", or "" when no points
    rule: str  # e.g. "§4A1.1(a)", "§4A1.2(e)(3)", "§4A1.2(d)(2)(A)"
    reason: str


@frozen_record
class PriorResult:
    index: int
    label: str
    points: int  # points this prior carries in the total (0 for the other members of a group)
    section: str  # the provision that gave or excluded them
    reason: str
    independent_points: int  # what it would receive counted alone (comment. (n.3) to §4A1.2)
    group: int | None  # index of its sentence in `groups`, None if not a prior sentence counted


@frozen_record
class CriminalHistoryScore:
    priors: tuple[PriorResult, ...]
    groups: tuple[Group, ...]
    a: int
    b: int
    c_before_cap: int
    c: int
    violence: int
    status: int
    recency: int
    total: int
    category: str
    steps: tuple[Step, ...]
    warnings: tuple[str, ...]


@frozen_record
class _Tables:
    points: Version
    status: Version
    violence: Version
    category: Version
    periods: Version
    minor: Version
    single: Version
    rules: Version

    @classmethod
    def on(cls, manual: Manual | dt.date) -> _Tables:
        table = manual.table if isinstance(manual, Manual) else (lambda name: in_force(name, manual))
        return cls(*(table(name) for name in (
            "criminal_history_points", "status_points", "crime_of_violence_points",
            "criminal_history_category", "applicable_time_periods", "minor_offenses",
            "single_sentence_rule", "prior_sentence_rules")))


def category_from_points(points: int, table: Version) -> str:
    """Ch.5 Pt.A: the category whose point set includes ``points`` (I: 0-1 ... VI: 13+)."""
    chosen = table["categories"][0]
    for category, least in zip(table["categories"], table["from_points"]):
        if points >= least:
            chosen = category
    return chosen


def compute_criminal_history(record: CriminalHistory, manual: Manual | dt.date, *,
                             instant_offense_ended: dt.date | None = None,
                             sentencing_date: dt.date | None = None) -> CriminalHistoryScore:
    """§4A1.1 and §4A1.2 applied to ``record`` under ``manual`` (or the Manual in force on a
    date)."""
    assert record.priors is not None and record.instant_offense_began is not None
    _check_dates(record, instant_offense_ended, sentencing_date)
    on = manual.in_force if isinstance(manual, Manual) else manual
    tables = _Tables.on(manual)
    shared = shared_revocations(record)
    if not shared:
        return _Computation(record, tables, instant_offense_ended, on).run()
    placement, steps = greatest_increase(  # §4A1.2, comment. (n.11)
        record, shared, tables.rules, format_date(on),
        lambda placed: _Computation(record, tables, instant_offense_ended, on, placed).run())
    score = _Computation(record, tables, instant_offense_ended, on, placement).run()
    return replace(score, steps=(*steps, *score.steps))


def _check_dates(record: CriminalHistory, ended: dt.date | None,
                 sentenced: dt.date | None) -> None:
    began = record.instant_offense_began
    assert began is not None
    if ended is not None and began > ended:
        raise CaseError("criminal_history.instant_offense_began",
                        f"{began.isoformat()} is after offense_date {ended.isoformat()} (the "
                        f"date the offense ended)")
    if sentenced is None:
        return
    if began > sentenced:
        raise CaseError("criminal_history.instant_offense_began",
                        f"{began.isoformat()} is after sentencing_date {sentenced.isoformat()}")
    for i, prior in enumerate(record.priors or []):
        for name in ("offense_date", "arrest_date", "conviction_date", "sentence_date",
                     "release_date"):
            value = getattr(prior, name)
            if value is not None and value > sentenced:
                raise CaseError(f"{FIELD}[{i}].{name}",
                                f"{value.isoformat()} is after sentencing_date "
                                f"{sentenced.isoformat()}: not a prior sentence")


class _Computation:
    def __init__(self, record: CriminalHistory, tables: _Tables, ended: dt.date | None,
                 on: dt.date, placement: Placement | None = None):
        self.record = record
        self.on = on
        self.priors: list[Prior] = list(record.priors or [])
        # §4A1.2(k)(1): the revocation terms added to each prior's term (comment. (n.11): a
        # revocation applying to several sentences is added where ``placement`` puts it)
        # (the prior it is listed under), and those listed under a prior but added to another
        self.added: list[list[tuple[Revocation, int]]] = [[] for _ in self.priors]
        self.moved: list[list[tuple[Revocation, int]]] = [[] for _ in self.priors]
        for i, prior in enumerate(self.priors):
            for j, revocation in enumerate(prior.revocations):
                target = (placement or {}).get((i, j), i)
                self.added[target].append((revocation, i))
                if target != i:
                    self.moved[i].append((revocation, target))
        self.t = tables
        self.began: dt.date = record.instant_offense_began  # type: ignore[assignment]
        self.ended = ended or self.began
        self.log = StepLog()
        self.alone: dict[int, Score] = {}  # each eligible sentence's score alone (run)
        periods = tables.periods
        self.start_long = shift(self.began, parse_term(periods["long_window"]), -1)
        self.start_other = shift(self.began, parse_term(periods["other_window"]), -1)
        self.start_juvenile = shift(self.began, parse_term(periods["juvenile_window"]), -1)

    # -- the whole computation -------------------------------------------------------------
    def run(self) -> CriminalHistoryScore:
        exclusions = {i: self._excluded(i) for i in range(len(self.priors))}
        eligible = [i for i, why in exclusions.items() if why is None]
        groups = single_sentence_groups(self.priors, eligible, self.t.single, FIELD)
        # each sentence scored alone (a single sentence of one member scores the same)
        alone = self.alone = {i: self._score(i, self._term(i)) for i in eligible}
        results: dict[int, PriorResult] = {}
        group_scores: list[Score] = []
        self.carriers: list[int] = []
        for number, group in enumerate(groups):
            carrier, score = self._group_score(group.members)
            group_scores.append(score)
            self.carriers.append(carrier)
            for i in group.members:
                if i == carrier:
                    results[i] = PriorResult(i, self._label(i), score.points, score.rule,
                                             self._carrier_reason(group, i, score),
                                             alone[i].points, number)
                else:
                    results[i] = PriorResult(
                        i, self._label(i), 0, "§4A1.2(a)(2)",
                        f"treated as a single sentence with {self._name(carrier)} (§4A1.2(a)(2), "
                        f"above); no points of its own (alone: {alone[i].points})",
                        alone[i].points, number)
        for i, why in exclusions.items():
            if why is not None:
                results[i] = PriorResult(i, self._label(i), 0, why[0], why[1], 0, None)
        ordered = tuple(results[i] for i in range(len(self.priors)))
        first_members = {group.members[0]: number for number, group in enumerate(groups)
                         if len(group.members) > 1}
        for result in ordered:
            if result.index in first_members:
                number = first_members[result.index]
                self._single_sentence_step(groups[number], self.carriers[number])
            self._prior_step(result)
        return self._totals(ordered, groups, group_scores)

    def _totals(self, ordered, groups, group_scores) -> CriminalHistoryScore:
        sums = {"a": 0, "b": 0, "c": 0}
        for score in group_scores:
            if score.subsection:
                sums[score.subsection] += score.points
        cap = self.t.points["c_cap"]
        c = min(sums["c"], cap)
        if sums["c"] > cap:
            self.log.note(self.t.points.section.replace("(a)-(c)", "(c)"), "Limit on (c) points",
                          f"{sums['c']} points under (c)", f"{cap} points",
                          f"(c): \"up to a total of {cap} points for this subsection\"",
                          self.log.cite(self.t.points))
        violence = self._violence_points(groups, group_scores)
        before_status = sums["a"] + sums["b"] + c + violence
        status = self._status_points(ordered, group_scores, before_status)
        recency = self._recency_points(groups, group_scores, status)
        total = before_status + status + recency
        parts = [f"{sums['a']} under (a)", f"{sums['b']} under (b)", f"{c} under (c)"]
        if self.t.violence["exists"]:
            parts.append(f"{violence} under {self.t.violence['subsection'][-3:]}")
        parts.append(f"{status} status")
        if self.t.status["recency"]:
            parts.append(f"{recency} recency")
        self.log.note("§4A1.1", "Criminal history points", f"{len(self.priors)} prior(s)",
                      _points(total), " + ".join(parts), self.log.cite(self.t.points))
        category = category_from_points(total, self.t.category)
        self.log.note("Ch.5 Pt.A", "Criminal history category",
                      _points(total, "criminal history"),
                      category, f"category {category}: {point_set(category, self.t.category)} "
                      f"(Sentencing Table)", self.log.cite(self.t.category))
        return CriminalHistoryScore(ordered, tuple(groups), sums["a"], sums["b"], sums["c"], c,
                                    violence, status, recency, total, category,
                                    tuple(self.log.steps), tuple(self.log.warnings))

    # -- §4A1.2(a), (c), (f)-(j): is it a prior sentence that counts at all? ---------------
    def _excluded(self, i: int) -> tuple[str, str] | None:
        prior, rules = self.priors[i], self.t.rules
        if prior.part_of_instant_offense:
            return ("§4A1.2(a)(1)", "conduct that is part of the instant offense: not a prior "
                    "sentence")
        court = {
            Court.foreign: ("§4A1.2(h)", "sentences resulting from foreign convictions are not "
                                         "counted"),
            Court.tribal: ("§4A1.2(i)", "sentences resulting from tribal court convictions are not "
                                        "counted"),
            Court.summary_court_martial_or_article_15: (
                "§4A1.2(g)", "sentences imposed by a summary court-martial or Article 15 "
                "proceeding are not counted"),
        }.get(prior.court)
        if court:
            return court
        disposition = prior.disposition
        if disposition is Disposition.expunged:
            return "§4A1.2(j)", "sentences for expunged convictions are not counted"
        if disposition is Disposition.reversed_vacated_or_invalid:
            return ("§4A1.2, comment. (n.6)", "convictions reversed, vacated or ruled "
                    "constitutionally invalid are not counted")
        if disposition is Disposition.diversion_without_finding_of_guilt:
            return "§4A1.2(f)", "diversion without a finding of guilt is not counted"
        if disposition is Disposition.diversion_with_finding_of_guilt and prior.juvenile:
            return "§4A1.2(f)", "diversion from juvenile court is not counted"
        if (disposition is Disposition.convicted_not_yet_sentenced
                and not rules["convicted_not_sentenced_counted"]):
            return ("§4A1.2(a)(1)", "no sentence imposed yet, and this edition has no rule "
                    "counting such convictions (§4A1.2(a)(4) dates from Nov. 1, 1991)")
        return self._minor_offense_exclusion(i)

    def _minor_offense_exclusion(self, i: int) -> tuple[str, str] | None:
        prior, minor = self.priors[i], self.t.minor
        kind = prior.kind.value
        if kind in ("felony", "misdemeanor", "dwi"):
            return None
        never = {e["key"]: e["name"] for e in minor["never_counted"]}
        only_if = {e["key"]: e["name"] for e in minor["counted_only_if"]}
        if kind in never:
            return "§4A1.2(c)(2)", f"{never[kind]}: never counted"
        if kind not in only_if:
            return None  # not listed in this edition: an ordinary misdemeanor
        not_sentenced = prior.disposition is Disposition.convicted_not_yet_sentenced
        if prior.similar_to_instant:
            return None
        if not_sentenced:
            return ("§4A1.2(a)(4)", f"{only_if[kind]} not yet sentenced: counted only where "
                    "countable regardless of type or length (similar to the instant offense)")
        probation = parse_term(minor["probation_threshold"])
        jail = parse_term(minor["imprisonment_at_least"])
        order = self._compare(prior.probation_term, probation, f"{FIELD}[{i}].probation")
        long_probation = order > 0 or (order == 0 and minor["probation_comparison"] == "at_least")
        long_jail = self._compare(self._term(i), jail, f"{FIELD}[{i}].imprisonment") >= 0
        if long_probation or long_jail:
            return None
        words = "more than" if minor["probation_comparison"] == "more_than" else "at least"
        return ("§4A1.2(c)(1)", f"{only_if[kind]}: counted only with probation of {words} "
                f"{probation} or imprisonment of at least {jail}, or if similar to an instant "
                f"offense — none here")

    # -- §4A1.2(b), (k)(1): the sentence of imprisonment -----------------------------------
    def _term(self, i: int) -> Term:
        prior = self.priors[i]
        if prior.disposition in (Disposition.convicted_not_yet_sentenced,
                                 Disposition.diversion_with_finding_of_guilt):
            return ZERO
        try:
            term = prior.imposed.minus(prior.suspended_term)
        except AmbiguousTerm as error:
            raise CaseError(f"{FIELD}[{i}].suspended", str(error)) from None
        for revocation, _ in self.added[i]:
            term = term + revocation.term
        return term

    def _compare(self, a: Term, b: Term, where: str) -> int:
        try:
            return compare(a, b)
        except AmbiguousTerm as error:
            raise CaseError(where, str(error)) from None

    # -- §4A1.1(a)-(c) with §4A1.2(d), (e): points for one sentence ------------------------
    def _score(self, i: int, term: Term) -> Score:
        prior, points = self.priors[i], self.t.points
        where = f"{FIELD}[{i}].imprisonment"
        forced = self._counts_under_c_only(i)
        under18 = self._age(i) < self.t.periods["adult_age"]
        imposed = prior.sentence_date or prior.conviction_date
        assert imposed is not None
        long = not forced and self._compare(term, parse_term(points["a_exceeds"]), where) > 0
        medium = not forced and not long and self._compare(
            term, parse_term(points["b_at_least"]), where) >= 0
        if under18 and not (long and not prior.juvenile):
            return self._score_juvenile(i, term, medium or long, imposed, forced)
        rule_d1 = (" (§4A1.2(d)(1): adult conviction for an offense before age 18)"
                   if under18 else "")
        if long:
            if imposed >= self.start_long:
                return Score(points["a_points"], "a", "§4A1.1(a)",
                             f"imprisonment of {term} exceeds one year and one month; imposed "
                             f"{imposed.isoformat()}, within {self.t.periods['long_window']} (§4A1.2(e)(1)){rule_d1}")
            release = self._release(i, f"§4A1.2(e)(1): imposed more than {self.t.periods['long_window']} before the "
                                       "instant offense began")
            if release >= self.start_long:
                return Score(points["a_points"], "a", "§4A1.1(a)",
                             f"imprisonment of {term} exceeds one year and one month; imposed "
                             f"{imposed.isoformat()}, but incarcerated on it until "
                             f"{release.isoformat()}, within {self.t.periods['long_window']} (§4A1.2(e)(1)){rule_d1}")
            return Score(0, "", "§4A1.2(e)(3)",
                         f"imposed {imposed.isoformat()} and released {release.isoformat()}, "
                         f"both before {self.start_long.isoformat()} ({self.t.periods['long_window']} before the "
                         f"instant offense began): not counted")
        if imposed < self.start_other:
            return Score(0, "", "§4A1.2(e)(3)",
                         f"imposed {imposed.isoformat()}, more than {self.t.periods['other_window']} before the instant "
                         f"offense began ({self.start_other.isoformat()}, §4A1.2(e)(2)): not "
                         f"counted")
        if medium:
            return Score(points["b_points"], "b", "§4A1.1(b)",
                         f"imprisonment of {term}: at least sixty days, not more than one year "
                         f"and one month; imposed {imposed.isoformat()}, within {self.t.periods['other_window']}")
        return Score(points["c_points"], "c", "§4A1.1(c)",
                     f"{self._c_words(i, term)}; imposed {imposed.isoformat()}, within {self.t.periods['other_window']}")

    def _score_juvenile(self, i: int, term: Term, confinement: bool, imposed: dt.date,
                        forced: bool) -> Score:
        """§4A1.2(d)(2): offenses committed before age eighteen, other than (d)(1)."""
        points = self.t.points
        if confinement and not forced:
            if imposed >= self.start_juvenile:
                released = f"released within {self.t.periods['juvenile_window']} (imposed within them)"
            else:
                release = self._release(i, "§4A1.2(d)(2)(A): confinement of at least sixty days "
                                           f"imposed more than {self.t.periods['juvenile_window']} before the instant offense")
                if release < self.start_juvenile:
                    return Score(0, "", "§4A1.2(d)(2)",
                                 f"offense before age 18; confinement of {term} imposed "
                                 f"{imposed.isoformat()}, released {release.isoformat()}, "
                                 f"before {self.start_juvenile.isoformat()} ({self.t.periods['juvenile_window']}): not counted")
                released = f"released {release.isoformat()}, within {self.t.periods['juvenile_window']}"
            return Score(points["b_points"], "b", "§4A1.2(d)(2)(A)",
                         f"offense before age 18; confinement of {term} (at least sixty days), "
                         f"{released}: counted under §4A1.1(b)")
        if imposed >= self.start_juvenile:
            return Score(points["c_points"], "c", "§4A1.2(d)(2)(B)",
                         f"offense before age 18; {self._c_words(i, term)}; imposed "
                         f"{imposed.isoformat()}, within {self.t.periods['juvenile_window']}: counted under §4A1.1(c)")
        return Score(0, "", "§4A1.2(d)(2)",
                     f"offense before age 18; sentence imposed {imposed.isoformat()}, more than "
                     f"{self.t.periods['juvenile_window']} before the instant offense began: not counted")

    def _counts_under_c_only(self, i: int) -> bool:
        return self.priors[i].disposition in (Disposition.convicted_not_yet_sentenced,
                                              Disposition.diversion_with_finding_of_guilt)

    def _c_words(self, i: int, term: Term) -> str:
        prior = self.priors[i]
        if prior.disposition is Disposition.convicted_not_yet_sentenced:
            return "convicted, not yet sentenced: counted under (c) (§4A1.2(a)(4))"
        if prior.disposition is Disposition.diversion_with_finding_of_guilt:
            return "diversion after a finding or admission of guilt: counted under (c) (§4A1.2(f))"
        if term.is_zero and not prior.imposed.is_zero:
            return "imprisonment totally suspended: counted under (c) (§4A1.2(a)(3))"
        if term.is_zero:
            return "no imprisonment"
        return f"imprisonment of {term}, less than sixty days"

    def _age(self, i: int) -> int:
        prior, record = self.priors[i], self.record
        if prior.age_at_offense is not None:
            return prior.age_at_offense
        if prior.juvenile:
            # adjudicated as a juvenile: under the adult age of §4A1.2(d) (exact age not needed)
            return self.t.periods["adult_age"] - 1
        if record.birth_date is not None:
            return _age_on(record.birth_date, prior.offense_date)
        raise CaseError(f"{FIELD}[{i}].age_at_offense",
                        "needed: §4A1.2(d) treats offenses committed before age eighteen "
                        "differently; give age_at_offense or criminal_history.birth_date")

    def _release(self, i: int, why: str) -> dt.date:
        release = self.priors[i].release_date
        if release is None:
            raise CaseError(f"{FIELD}[{i}].release_date",
                            f"needed ({why}): the date of last release from imprisonment or "
                            f"confinement on this sentence")
        return release

    # -- §4A1.2(a)(2): a single sentence ---------------------------------------------------
    def _group_score(self, members: tuple[int, ...]) -> tuple[int, Score]:
        """The points of a single sentence: the combined term scored as each member would be
        scored; the highest, and the member it comes from. One member: its combined term is
        its own, so its score is the one it has alone (:meth:`run`), not scored again."""
        if len(members) == 1 and members[0] in self.alone:
            return members[0], self.alone[members[0]]
        term = self._combined(members)
        best: tuple[int, Score] | None = None
        for i in members:
            score = self._score(i, term)
            if best is None or score.points > best[1].points:
                best = (i, score)
        assert best is not None
        return best

    def _combined(self, members: tuple[int, ...]) -> Term:
        try:
            return combined_term([(self._term(i), self.priors[i].consecutive) for i in members])
        except AmbiguousTerm as error:
            raise CaseError(f"{FIELD}[{members[0]}].imprisonment", str(error)) from None

    def _carrier_reason(self, group: Group, carrier: int, score: Score) -> str:
        if len(group.members) == 1:
            return score.reason
        return (f"carries the single sentence of {len(group.members)} prior sentences "
                f"(§4A1.2(a)(2), above); combined term {self._combined(group.members)}: "
                f"{score.reason}")

    def _single_sentence_step(self, group: Group, carrier: int) -> None:
        """One step per single sentence, naming its members once and saying what joins them
        (the facts of §4A1.2(a)(2), each once), however many sentences it holds."""
        self.log.note(self.t.single.section, "Single sentence",
                      f"{len(group.members)} prior sentences",
                      f"one sentence, counted on {self._name(carrier)}",
                      f"{group.why}: treated as a single sentence; combined term "
                      f"{self._combined(group.members)} (longest if concurrent, aggregate if "
                      f"consecutive)", self.log.cite(self.t.single))

    # -- the crime-of-violence point -------------------------------------------------------
    def _violence_points(self, groups: list[Group], scores: list[Score]) -> int:
        table = self.t.violence
        if not table["exists"]:
            return 0
        total = 0
        for group, score, carrier in zip(groups, scores, self.carriers):
            if len(group.members) < 2:
                continue
            points_without = self._points_without(group.members)
            for i in group.members:
                prior = self.priors[i]
                if i == carrier:
                    continue  # the sentence the single sentence's points are counted on
                if not prior.crime_of_violence or self.alone[i].points == 0:
                    continue
                if points_without(i) != score.points:
                    continue  # this sentence added points to the single sentence
                why = self._violence_bar(group, i)
                if why:
                    self.log.note(table["subsection"], "Crime-of-violence point",
                                  self._name(i), "0 points", why, self.log.cite(table))
                    continue
                if total >= table["cap"]:
                    self.log.note(table["subsection"], "Crime-of-violence point", self._name(i),
                                  "0 points", f"limit of {table['cap']} points reached",
                                  self.log.cite(table))
                    continue
                total += table["points"]
                self.log.note(table["subsection"], "Crime-of-violence point", self._name(i),
                              _points(table["points"]),
                              f"a crime of violence that received no points because it was "
                              f"treated as a single sentence with another (§4A1.2(a)(2): "
                              f"the single sentence counted on {self._name(carrier)})",
                              self.log.cite(table))
        return total

    def _points_without(self, members: tuple[int, ...]) -> Callable[[int], int]:
        """The points of the single sentence without one member (the crime-of-violence
        point's test), as :meth:`_group_score` of the others would give them, raising the
        error it would raise; each combined term is scored once, not once per member."""
        terms = combined_terms_without_each(
            [(self._term(i), self.priors[i].consecutive) for i in members])
        if terms is None:  # terms that may not be comparable: the others, one set at a time
            return lambda i: self._group_score(tuple(m for m in members if m != i))[1].points
        by_member = dict(zip(members, terms))
        summaries: dict[Term, tuple[list[tuple[int, CaseError]], list[tuple[int, int]]]] = {}

        def without(i: int) -> int:
            term = by_member[i]
            if term not in summaries:
                summaries[term] = self._two_highest(members, term)
            errors, highest = summaries[term]
            for member, error in errors:  # the first error among the others, in their order
                if member != i:
                    raise error
            return next(points for member, points in highest if member != i)

        return without

    def _two_highest(self, members: tuple[int, ...], term: Term
                     ) -> tuple[list[tuple[int, CaseError]], list[tuple[int, int]]]:
        """The first two members whose score with ``term`` is an error, and the two highest
        scores (the first member of the highest, then the highest of the rest)."""
        errors: list[tuple[int, CaseError]] = []
        highest: list[tuple[int, int]] = []
        for m in members:
            try:
                points = self._score(m, term).points
            except CaseError as error:
                if len(errors) < 2:
                    errors.append((m, error))
                continue
            if not highest or points > highest[0][1]:
                highest = [(m, points)] + highest[:1]
            elif len(highest) < 2 or points > highest[1][1]:
                highest = [highest[0], (m, points)]
        return errors, highest

    def _violence_bar(self, group: Group, i: int) -> str:
        if self.t.violence["basis"] != "related_cases":
            return ""
        prior = self.priors[i]
        others = [m for m in group.members if m != i and self.priors[m].crime_of_violence]
        if not others:
            return "related only to sentences for offenses that were not crimes of violence"
        if prior.related_because is not None and prior.related_because.value == "same_occasion":
            return "related because the offenses occurred on the same occasion (proviso)"
        return ""

    # -- status and recency ------------------------------------------------------------------
    def _status_points(self, ordered: tuple[PriorResult, ...], scores: list[Score],
                       other_points: int) -> int:
        table, record = self.t.status, self.record
        if not record.under_criminal_justice_sentence:
            return 0
        section, source = table["status_subsection"], self.log.cite(table)
        given = "instant offense committed under a criminal justice sentence"
        if record.under_sentence_of is not None:
            labels = [r.label for r in ordered]
            result = ordered[labels.index(record.under_sentence_of)]
            given += f" ({self._name(result.index)})"
            countable = result.group is not None and (
                result.independent_points > 0 or scores[result.group].points > 0)
            if not countable:
                self.log.note(section, "Status points", given, "0 points",
                              f"that sentence is not countable under §4A1.2 ({result.reason}), "
                              f"so it is not a \"criminal justice sentence\" (comment.)", source)
                return 0
        least = table["status_min_other_points"]
        if other_points < least:
            self.log.note(section, "Status points", given, "0 points",
                          f"only with {least} or more points under (a) through (d); "
                          f"{other_points} here", source)
            return 0
        points = table["status_points"]
        condition = f" and {other_points} points under (a)-(d) (at least {least})" if least else ""
        self.log.note(section, "Status points", given, _points(points),
                      f"committed the instant offense while under a criminal justice "
                      f"sentence{condition}", source)
        return points

    def _recency_points(self, groups: list[Group], scores: list[Score], status: int) -> int:
        table, record = self.t.status, self.record
        if not table["recency"]:
            return 0
        section, source = table["recency_subsection"], self.log.cite(table)
        if (not table["recency_in_custody"] and record.in_imprisonment_or_escape_status
                and table.get("recency_in_custody_refused")):
            raise CaseError("criminal_history.in_imprisonment_or_escape_status",
                            f"{section} (recency) in the Manual in force on "
                            f"{format_date(self.on)}: {table['recency_in_custody_refused']}")
        if (table["recency_in_custody"] and record.in_imprisonment_or_escape_status
                and record.under_sentence_of is None):
            raise CaseError("criminal_history.under_sentence_of",
                            f"needed: {section} (recency) counts imprisonment or escape status "
                            f"only on a sentence counted under (a) or (b); name that prior")
        points = table["recency_points_with_status"] if status else table["recency_points"]
        window = parse_term(table["recency_window"])
        for group, score, carrier in zip(groups, scores, self.carriers):
            if score.subsection not in ("a", "b"):
                continue
            served = [i for i in group.members if not self._term(i).is_zero
                      and self.priors[i].sentence_date is not None
                      and self.priors[i].sentence_date <= self.ended]
            if not served:
                continue  # imposed after the instant offense: no release before it
            name = ", ".join(self._name(i) for i in group.members)
            tail = " (1 point, as status points were added)" if status else ""
            custody = [i for i in served if record.under_sentence_of == self._label(i)]
            if table["recency_in_custody"] and record.in_imprisonment_or_escape_status and custody:
                self.log.note(section, "Recency points", name, _points(points),
                              "committed the instant offense while in imprisonment or escape "
                              "status on a sentence counted under (a) or (b)" + tail, source)
                return points
            known = [self.priors[i].release_date for i in served
                     if self.priors[i].release_date is not None]
            release = max(known) if known else self._release(
                carrier, f"the {section} recency points of the Manual in force on "
                         f"{format_date(self.on)}")
            until = shift(release, window, 1)
            if self.began < until and self.ended >= release:
                self.log.note(section, "Recency points", name, _points(points),
                              f"instant offense committed {self.began.isoformat()}, less than "
                              f"{window} after release on {release.isoformat()} from a "
                              f"sentence counted under (a) or (b)" + tail, source)
                return points
        return 0

    # -- worksheet -------------------------------------------------------------------------
    def _prior_step(self, result: PriorResult) -> None:
        prior = self.priors[result.index]
        sources = [self.t.points, self.t.periods]
        if result.section.startswith("§4A1.2(c)"):
            sources = [self.t.minor]
        elif result.section == "§4A1.2(a)(2)":
            sources = [self.t.single]
        elif result.group is None:
            sources = [self.t.rules]
        self.log.note(result.section, f"Prior sentence {result.label}",
                      _describe(prior, self._revocation_words(result.index)),
                      _points(result.points),
                      result.reason, self.log.cite(*sources))

    def _revocation_words(self, i: int) -> list[str]:
        """§4A1.2(k): the revocation terms added to this prior's term, and those listed under
        it but added to another (comment. (n.11))."""
        words = []
        for revocation, listed_under in self.added[i]:
            words.append(f"revoked {revocation.date.isoformat()}: {revocation.imprisonment}"
                         + ("" if listed_under == i else
                            f" (listed under {self._name(listed_under)}; comment. (n.11))"))
        for revocation, target in self.moved[i]:
            words.append(f"revoked {revocation.date.isoformat()}: {revocation.imprisonment}, "
                         f"added to {self._name(target)} (comment. (n.11))")
        return words

    def _label(self, i: int) -> str:
        return self.priors[i].id or str(i + 1)

    def _name(self, i: int) -> str:
        return f"prior {self._label(i)}"


def _points(n: int, kind: str = "") -> str:
    """"1 point", "3 points"; with ``kind``, "1 criminal history point"."""
    return f"{n} {kind + ' ' if kind else ''}point" + ("" if n == 1 else "s")


points_in_words = _points


def _describe(prior: Prior, revocations: list[str]) -> str:
    what = prior.description or OFFENSE_KINDS[prior.kind.value]
    parts = [f"{what}, offense {prior.offense_date.isoformat()}"]
    if prior.sentence_date:
        parts.append(f"sentenced {prior.sentence_date.isoformat()}")
    elif prior.conviction_date:
        parts.append(f"convicted {prior.conviction_date.isoformat()}")
    terms = []
    if prior.imprisonment:
        terms.append(f"{prior.imprisonment} imprisonment")
    if prior.suspended:
        terms.append(f"{prior.suspended} suspended")
    if prior.probation:
        terms.append(f"{prior.probation} probation")
    terms += revocations
    if prior.release_date:
        terms.append(f"released {prior.release_date.isoformat()}")
    return "; ".join([", ".join(parts)] + terms)


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def point_set(category: str, table: Version) -> str:
    """Ch.5 Pt.A: the points of ``category``'s row, as the Sentencing Table prints them."""
    index = table["categories"].index(category)
    low = table["from_points"][index]
    if index + 1 == len(table["categories"]):
        return f"{low} or more points"
    high = table["from_points"][index + 1] - 1
    return f"{', '.join(str(p) for p in range(low, high + 1))} points"
