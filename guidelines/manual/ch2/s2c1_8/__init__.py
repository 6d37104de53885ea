"""§2C1.8: making, receiving, or failing to report a contribution, donation, or expenditure in
violation of the Federal Election Campaign Act; fraudulently misrepresenting campaign
authority; soliciting or receiving a donation in connection with an election while on certain
federal property, from Jan. 25, 2003 (Amendment 648)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2C1.8",
    title="Making, Receiving, or Failing to Report a Contribution, Donation, or Expenditure in "
          "Violation of the Federal Election Campaign Act; Fraudulently Misrepresenting "
          "Campaign Authority; Soliciting or Receiving a Donation in Connection with an "
          "Election While on Certain Federal Property",
    rules="ussg.guidelines.manual.ch2.s2c1_8.offense_level",
    table="election_campaign",
    facts_key="election_campaign",
    applies_facts_of="bribe_or_gratuity",  # (c)(1): its facts table beside [offense.election_campaign]
    facts="ussg.guidelines.manual.ch2.s2c1_8.facts:ElectionCampaignFacts",
    summary="Federal Election Campaign Act offenses (from Jan. 25, 2003)",
    checklist=("election_campaign.value", "election_campaign.foreign_source",
               "election_campaign.governmental_funds_or_federal_benefit",
               "election_campaign.thirty_or_more_transactions", "election_campaign.coercion",
               "election_campaign.cross_reference"),
    notes=("entered from Jan. 25, 2003 (Amendment 648); refused before",
           "(c)(1)'s §2C1.1 or §2C1.2 is computed from its own facts table in the same count "
           "([offense.bribery] or [offense.gratuity])",
           "the upward departure of comment. (n.4) (to 2025) is the court's, not computed"),
)
