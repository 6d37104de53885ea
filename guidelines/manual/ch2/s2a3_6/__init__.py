"""§2A3.6: aggravated offenses relating to registration as a sex offender (18 U.S.C. § 2250(c),
from Nov. 1, 2018 § 2250(d); § 2260A), from Nov. 1, 2007 (Amendment 701)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A3.6",
    title="Aggravated Offenses Relating to Registration as a Sex Offender",
    # §2A3.6: "the guideline sentence is the minimum term of imprisonment required by statute"
    # ((a)) or "the term of imprisonment required by statute" ((b)): a consecutive count
    # (§5G1.2(a)), checked by statutory_term.py; no offense level
    rules="ussg.guidelines.manual.ch2.s2a3_6.statutory_term",
    table="aggravated_registration_offense",
    facts_key="aggravated_registration_offense",
    facts="ussg.guidelines.manual.ch2.s2a3_6.facts:AggravatedRegistrationOffenseFacts",
    summary="18 U.S.C. § 2250(c)/(d) and § 2260A counts (the statutory term, consecutive), "
            "from Nov. 1, 2007",
    notes=("a [[counts]] count with its statute and consecutive_months (the statutory "
           "minimum); comment. (n.3) shown on the underlying counts",),
)
