"""§2M5.1: evasion of export controls (from Nov. 1, 2002 also financial transactions with
countries supporting international terrorism), in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M5.1",
    title="Evasion of Export Controls; Financial Transactions with Countries Supporting "
          "International Terrorism",
    rules="ussg.guidelines.manual.ch2.s2m5_1.offense_level",
    table="export_controls_evasion",
    facts_key="export_evasion",
    facts="ussg.guidelines.manual.ch2.s2m5_1.facts:ExportEvasionFacts",
    summary="evasion of export controls; financial transactions with terrorism-supporting "
            "countries",
    notes=("(a)(1)'s controls as each edition names them (22 until Nov. 1, 2001, then 26); "
           "(a)(1)(B) from Nov. 1, 2002 (Amendment 637)",),
    checklist=("export_controls_evasion.controls", "export_controls_evasion.terrorism_country"),
)
