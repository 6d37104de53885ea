"""§2E5.4: embezzlement or theft from labor unions in the private sector (Nov. 1, 1987 - Oct. 31, 1993; from Nov. 1, 1989
"Apply §2B1.1"; a deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E5.4",
    title="Embezzlement or Theft from Labor Unions in the Private Sector",
    rules="ussg.guidelines.manual.ch2.s2e5_4.offense_level",
    table="union_embezzlement_2e5_4",
    shares_facts_of=("2B1.1",),  # [offense.theft_fraud]
    summary="embezzlement from labor unions (1987-1993, through §2B1.1)",
    notes=("Nov. 1, 1989 - Oct. 31, 1993: \"Apply §2B1.1\", computed from §2B1.1's "
           "[offense.theft_fraud]; Nov. 1, 1987 - Oct. 31, 1989 (its own (a) 4 and (b)(1)-(3)) "
           "refused; deleted by consolidation with §2B1.1 (Amendment 481)",),
)
