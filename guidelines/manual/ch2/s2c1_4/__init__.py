"""§2C1.4: payment or receipt of unauthorized compensation (Nov. 1, 1987 - Oct. 31, 2001; a
deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2C1.4",
    title="Payment or Receipt of Unauthorized Compensation",
    rules="ussg.guidelines.manual.ch2.s2c1_4.offense_level",
    table="unauthorized_compensation_2c1_4",
    summary="unauthorized compensation (1987-2001)",
    notes=("Nov. 1, 1987 - Oct. 31, 2001: (a) 6, comment. (n.1) no §3B1.3; deleted by "
           "consolidation with §2C1.3 (Amendment 619)",),
)
