"""§2S1.4: failure to file Currency and Monetary Instrument Report (Nov. 1, 1991 - Oct. 31,
1993; added by Amendment 379, consolidated with §2S1.3 by Amendment 490)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2S1.4",
    title="Failure to File Currency and Monetary Instrument Report",
    rules="ussg.guidelines.manual.ch2.s2s1_4.offense_level",
    table="currency_monetary_instrument_report",
    facts_key="monetary_instrument_report",
    facts="ussg.guidelines.manual.ch2.s2s1_4.facts:MonetaryInstrumentReportFacts",
    summary="failure to file a Currency and Monetary Instrument Report, 1991-1993",
    notes=("computed: (a), (b)(1)-(3); not (c), the fines of organizations",),
    checklist=("currency_monetary_instrument_report.criminally_derived",
               "currency_monetary_instrument_report.promote",
               "currency_monetary_instrument_report.value_increase"),
)
