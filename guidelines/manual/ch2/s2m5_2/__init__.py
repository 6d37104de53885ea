"""§2M5.2: exportation of arms, munitions, or military equipment or services without a
required validated export license, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M5.2",
    title="Exportation of Arms, Munitions, or Military Equipment or Services Without Required "
          "Validated Export License",
    rules="ussg.guidelines.manual.ch2.s2m5_2.offense_level",
    table="arms_export",
    facts_key="arms_export",
    facts="ussg.guidelines.manual.ch2.s2m5_2.facts:ArmsExportFacts",
    summary="exportation of arms, munitions, or military equipment without a license",
    notes=("(a) by edition: sophisticated weaponry (1987-1990); from Nov. 1, 1990 the small-arms "
           "exception of (a)(2) (ten weapons; from Nov. 1, 2011 two, or 500 rounds); "
           "ammunition before Nov. 1, 2011 is refused (Amendment 753: courts differed)",),
    checklist=("arms_export.lesser",),
)
