"""§2J1.6: failure to appear by defendant (18 U.S.C. § 3146(b)(1)), in every edition from
Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.6",
    title="Failure to Appear by Defendant",
    rules="ussg.guidelines.manual.ch2.s2j1_6.offense_level",
    table="failure_to_appear",
    facts_key="failure_to_appear",
    facts="ussg.guidelines.manual.ch2.s2j1_6.facts:FailureToAppearFacts",
    summary="failure to appear",
    # the checklist trail: (b)(1) where the edition has it (from Nov. 1, 1990)
    checklist=("failure_to_appear.surrender",),
    notes=("comment. (n.3)'s consecutive term and grouping with the underlying offense "
           "(§3D1.2(c); none for a failure to report for service of sentence) are the case's "
           "to state; (n.4)/(n.5)'s criminal history rule is not checked",),
)
