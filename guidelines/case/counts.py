"""The counts of conviction, whichever form the case file uses.

The single-count form (`[offense]` with `[adjustments]`) is one count; the multi-count form
lists `[[counts]]`, each with its own offense facts and statute. Both become a list of
:class:`Conviction`, checked here so that every error names the field the user must fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ussg.guidelines.case.model import Adjustments, Case, OffenseFacts, Stage
from ussg.guidelines.engine.errors import CaseError, shorten, shorten_text


@dataclass(frozen=True, slots=True)
class Statute:
    """A statute of conviction as ussg recognizes it."""

    text: str
    kind: str  # "841" | "960" | "924c" | "other" | "" (none stated)
    tier: str | None = None  # "A"/"B"/"C" (841) or "1"/"2"/"3" (960), where stated


# The statute's section, then on the same line its tier. Searched as two steps (the first
# section, then the first tier after it) so that no text takes quadratic time.
_SECTION_841, _TIER_841 = re.compile(r"\b841\b"), re.compile(r"\(b\)\(1\)\(([abc])\)")
_SECTION_960, _TIER_960 = re.compile(r"\b960\b"), re.compile(r"\(b\)\(([123])\)")


_NONE = Statute("", "")


@lru_cache(maxsize=4096)
def recognize_statute(text: str) -> Statute:
    """'21 U.S.C. § 841(b)(1)(B)', '21 USC 841', '21 U.S.C. §§ 846, 841(b)(1)(A)',
    '21 U.S.C. § 960(b)(2)', '18 U.S.C. § 924(c)(1)(A)' ... Anything else is "other"
    (among them '21 U.S.C. § 841(c)(2)', '21 U.S.C. § 960(d)(1)': the listed chemicals).
    Kept for the last 4,096 texts (a count's statute is read several times a case, and a
    batch repeats a few statutes): the answer, a frozen record, depends on the text alone."""
    if not text or not text.strip():
        return _NONE
    plain = re.sub(r"u\.?\s*s\.?\s*c\.?|§", " ", text.lower())
    # (?<!\s): a run of spaces is tried once, from its start (linear on any text)
    plain = re.sub(r"(?<!\s)\s*\(\s*", "(", re.sub(r"(?<!\s)\s*\)", ")", plain))
    title = (re.findall(r"\d+", plain) or [""])[0]
    if title == "21" and (tier := _tier_after(_SECTION_841, _TIER_841, plain)):
        return Statute(text, "841", tier.upper())
    if title == "21" and (tier := _tier_after(_SECTION_960, _TIER_960, plain)):
        return Statute(text, "960", tier)
    if title == "18" and re.search(r"\b924\(c\)", plain):
        return Statute(text, "924c")
    if title == "21" and _QUANTITY_841.search(plain):
        return Statute(text, "841")
    if title == "21" and _QUANTITY_960.search(plain):
        return Statute(text, "960")
    return Statute(text, "other")


#: § 841 or § 960 named otherwise than only by a subsection whose penalties are its own, not
#: those of § 841(b) or § 960(b): § 841(c)-(h) (listed chemicals, §2D1.11 and §2D1.13; booby
#: traps, §2D1.9; date-rape drugs over the internet; online pharmacies ...) and § 960(d)
#: (listed chemicals). A count named only so is "other", its terms stated.
_QUANTITY_841 = re.compile(r"\b841\b(?!\([c-z]\))")
_QUANTITY_960 = re.compile(r"\b960\b(?!\(d\))")


def _tier_after(section: re.Pattern, tier: re.Pattern, plain: str) -> str | None:
    """The first tier after the first mention of the section on a line, on the first line
    that has both (as ``section.*?tier`` would find it)."""
    for line in plain.split("\n"):
        found = section.search(line)
        if found and (match := tier.search(line, found.end())):
            return match.group(1)
    return None


@dataclass(slots=True, eq=False)
class Conviction:
    """One count of conviction, with where its facts live in the case file."""

    index: int | None  # position in [[counts]]; None in the single-count form
    name: str
    field: str  # "offense" or "counts[2]"
    facts: OffenseFacts
    adjustments: Adjustments
    adjustments_field: str
    adjustments_stated: bool
    statute: Statute
    group: str | None
    grouping: str | None

    @property
    def guideline(self) -> str:
        if self.statute.kind == "924c":
            return "2K2.4"
        return self.facts.guideline

    @property
    def consecutive(self) -> bool:
        """§3D1.1(b)(1): a statute that specifies a term and requires it to run
        consecutively (18 U.S.C. § 924(c), or as stated)."""
        return self.statute.kind == "924c" or self.facts.consecutive_months is not None

    def drug_field(self, i: int) -> str:
        return f"{self.field}.drugs[{i}]"


def convictions(case: Case) -> list[Conviction]:
    """The counts of the case, checked."""
    if not case.counts:
        return [_single(case)]
    if "offense" in case.model_fields_set:
        raise CaseError("counts", "give either [offense] (one count) or [[counts]] (several), "
                                  "not both")
    per_count = any(c.adjustments is not None for c in case.counts)
    if "adjustments" in case.model_fields_set and per_count:
        raise CaseError("adjustments", "state Chapter Three adjustments either for the whole "
                                       "case ([adjustments]) or per count "
                                       "([counts.adjustments]), not both")
    result = []
    names: dict[str, int] = {}
    for i, count in enumerate(case.counts):
        field = f"counts[{i}]"
        name = count.name.strip() or f"Count {i + 1}"
        if name in names:
            raise CaseError(f"{field}.name", f"{name!r} is also the name of counts[{names[name]}]")
        names[name] = i
        statute = recognize_statute(count.statute)
        if statute.kind == "":
            raise CaseError(f"{field}.statute", "required when there are several counts: each "
                            "count's statutory minimum and maximum bound the sentence "
                            "(§5G1.2)")
        _check_statute_facts(count, statute, field)
        if count.group is not None and count.grouping is None and count.guideline != "2D1.1":
            raise CaseError(f"{field}.grouping", "say which §3D1.2 subsection groups this count "
                                                 "with the others of its group: a, b, c or d")
        if statute.kind == "924c" and count.group is not None:
            raise CaseError(f"{field}.group", "an 18 U.S.C. § 924(c) count is excluded from "
                                              "grouping (§3D1.1(b)(1))")
        adjustments = count.adjustments if count.adjustments is not None else case.adjustments
        result.append(Conviction(
            i, name, field, count, adjustments,
            f"{field}.adjustments" if count.adjustments is not None else "adjustments",
            count.adjustments is not None, statute, count.group, count.grouping))
    if all(c.consecutive for c in result):
        raise CaseError("counts", "at least one count must be sentenced under the guidelines; "
                                  "every count here carries a mandatory consecutive term "
                                  "(a career offender whose only count is § 924(c) falls under "
                                  "§4B1.1(c)(1), which ussg does not compute)")
    _check_departures(case, names)
    return result


def _single(case: Case) -> Conviction:
    statute = recognize_statute(case.offense.statute)
    if statute.kind == "924c":
        raise CaseError("offense.statute", "an 18 U.S.C. § 924(c) count is sentenced with the "
                                           "offense it relates to: list both as [[counts]]")
    _check_statute_facts(case.offense, statute, "offense")
    for i, departure in enumerate(case.departures):
        if departure.count is not None:
            raise CaseError(f"departures[{i}].count", "only for several counts ([[counts]])")
    return Conviction(None, "", "offense", case.offense, case.adjustments, "adjustments",
                      "adjustments" in case.model_fields_set, statute, None, None)


#: The terms of supervised release a case may state where the statute leaves them open.
_SUPERVISED_RELEASE = ("supervised_release_minimum_years", "supervised_release_maximum_life",
                       "supervised_release_sex_offense", "supervised_release_terrorism_risk")
#: What :func:`_check_statute_facts` can refuse where no statute is stated: the terms of
#: supervised release, and the facts of one statute each (firearm_conduct, statutory_quantity);
#: left unstated they hold their defaults (None, False), which it never refuses.
_REFUSED_WITHOUT_STATUTE = frozenset({*_SUPERVISED_RELEASE, "firearm_conduct",
                                      "statutory_quantity"})


def _check_statute_facts(facts: OffenseFacts, statute: Statute, field: str) -> None:
    if not statute.kind and _REFUSED_WITHOUT_STATUTE.isdisjoint(facts.model_fields_set):
        return  # most single counts: no statute, and nothing stated it could refuse
    explicit = (facts.statutory_minimum_months is not None
                or facts.statutory_maximum_months is not None or facts.statutory_maximum_life
                or facts.statutory_mandatory_life)
    if statute.kind in ("841", "960") and statute.tier is not None:
        named = {c for c in facts.convictions if c.startswith(("841(b)(1)(", "960(b)("))}
        provision = (f"841(b)(1)({statute.tier})" if statute.kind == "841"
                     else f"960(b)({statute.tier})")
        if named and provision not in named:
            raise CaseError(f"{field}.convictions",
                            f"{', '.join(sorted(named))} contradicts the statute "
                            f"{shorten(statute.text)}: conflicting facts")
    if statute.kind in ("841", "960"):
        if explicit:
            raise CaseError(f"{field}.statutory_maximum_months",
                            f"ussg knows the penalties of {shorten_text(statute.text)}; do not "
                            f"state them")
        if statute.tier is None and facts.statutory_quantity is None:
            raise CaseError(f"{field}.statutory_quantity",
                            f"{shorten_text(statute.text)} without a subparagraph: state the drug and "
                            "quantity charged and found (statutory_quantity), or the "
                            "subparagraph, e.g. \"21 U.S.C. § 841(b)(1)(B)\"")
    elif statute.kind == "924c":
        if facts.firearm_conduct is None:
            raise CaseError(f"{field}.firearm_conduct", "an 18 U.S.C. § 924(c) count needs "
                            "firearm_conduct: \"used_carried_or_possessed\", \"brandished\" "
                            "or \"discharged\"")
        if (explicit or facts.drugs or facts.offense_level is not None
                or facts.base_offense_level is not None):
            raise CaseError(f"{field}.statute", "an 18 U.S.C. § 924(c) count takes its term "
                            "from the statute (§2K2.4(b)); give no drugs, offense level or "
                            "statutory terms")
    elif statute.kind == "other":
        if not explicit:
            raise CaseError(f"{field}.statutory_maximum_months",
                            f"ussg does not know the penalties of {shorten(statute.text)}: state "
                            "statutory_maximum_months (or statutory_maximum_life = true), and "
                            "statutory_minimum_months if there is one (a minimum alone: the "
                            "maximum is not stated), or statutory_mandatory_life = true")
    if statute.kind in ("841", "960", "924c"):
        for name in ("supervised_release_minimum_years", "supervised_release_maximum_life"):
            if getattr(facts, name) not in (None, False):
                raise CaseError(f"{field}.{name}",
                                f"ussg knows the supervised release terms of "
                                f"{shorten_text(statute.text)}; do not state them")
    if not statute.kind:
        for name in _SUPERVISED_RELEASE:
            if getattr(facts, name) not in (None, False):
                raise CaseError(f"{field}.{name}",
                                "the term of supervised release goes by the statute of "
                                "conviction (§5D1.2, 18 U.S.C. § 3583(b)): state the statute")
    if statute.kind != "924c" and facts.firearm_conduct is not None:
        raise CaseError(f"{field}.firearm_conduct", "only for an 18 U.S.C. § 924(c) count")
    if statute.kind not in ("841", "960") and facts.statutory_quantity is not None:
        raise CaseError(f"{field}.statutory_quantity", "only for 21 U.S.C. § 841 or § 960")


def _check_departures(case: Case, names: dict[str, int]) -> None:
    for i, departure in enumerate(case.departures):
        field = f"departures[{i}].count"
        if departure.after is Stage.total:
            if departure.count is not None:
                raise CaseError(field, "a departure from the total offense level applies to "
                                       "all counts; do not name one")
            continue
        if departure.count is None:
            raise CaseError(field, f"with several counts, say which count's offense level the "
                                   f"court departed from after {departure.after.value} "
                                   f"(one of: {', '.join(names)})")
        if departure.count not in names:
            raise CaseError(field, f"no count is named {departure.count!r} "
                                   f"(counts: {', '.join(names)})")
