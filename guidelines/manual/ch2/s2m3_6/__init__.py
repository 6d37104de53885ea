"""§2M3.6: disclosure of classified cryptographic information, Nov. 1, 1987 - Oct. 31, 1993 (deleted by
consolidation with §2M3.3, Amendment 481): (a)(1) 29 if top secret information was disclosed, (a)(2)
24 otherwise; it reads §2M3.3's facts table (top_secret)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M3.6",
    title="Disclosure of Classified Cryptographic Information",
    rules="ussg.guidelines.manual.ch2.s2m3_6.offense_level",
    table="cryptographic_disclosure_1987",
    shares_facts_of=("2M3.3",),
    summary="disclosure of classified cryptographic information (1987-1993), facts in [offense.defense_information_transmitting]",
    notes=("Nov. 1, 1987 - Oct. 31, 1993 (refused after: §2M3.3); reads §2M3.3's facts table",),
)
