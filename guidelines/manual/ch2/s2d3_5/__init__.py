"""§2D3.5: violation of recordkeeping or reporting requirements for listed chemicals and certain machines; attempt or conspiracy (Nov. 1, 1991 - Oct. 31, 1993 (Amendments 371, 481); a deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D3.5",
    title="Violation of Recordkeeping or Reporting Requirements for Listed Chemicals and Certain Machines; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d3_5.offense_level",
    table="listed_chemical_records_2d3_5",
    summary="listed chemical recordkeeping or reporting (1991-1993)",
    notes=("Nov. 1, 1991 - Oct. 31, 1993 (Amendments 371, 481): (a) 4; deleted by consolidation with §2D3.2",),
)
