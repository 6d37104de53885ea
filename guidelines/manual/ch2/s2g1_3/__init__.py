"""§2G1.3: promoting a commercial sex act or prohibited sexual conduct with a minor;
transportation of minors; travel; sex trafficking of children; use of interstate facilities
to transport information about a minor."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G1.3",
    title="Promoting a Commercial Sex Act or Prohibited Sexual Conduct with a Minor; "
          "Transportation of Minors to Engage in a Commercial Sex Act or Prohibited Sexual "
          "Conduct; Travel to Engage in Commercial Sex Act or Prohibited Sexual Conduct with "
          "a Minor; Sex Trafficking of Children; Use of Interstate Facilities to Transport "
          "Information about a Minor",
    rules="ussg.guidelines.manual.ch2.s2g1_3.offense_level",
    table="promoting_sex_with_minor",
    facts_key="minor_sex_offense",
    facts="ussg.guidelines.manual.ch2.s2g1_3.facts:MinorSexOffenseFacts",
    summary="commercial sex act or prohibited sexual conduct with a minor",
)
