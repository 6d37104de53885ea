"""§2G3.1: importing, mailing, or transporting obscene matter; transferring obscene matter to
a minor; misleading domain names (computed from Nov. 1, 2000)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G3.1",
    title="Importing, Mailing, or Transporting Obscene Matter; Transferring Obscene Matter to a "
          "Minor; Misleading Domain Names",
    rules="ussg.guidelines.manual.ch2.s2g3_1.offense_level",
    table="obscene_matter",
    facts_key="obscene_matter",
    facts="ussg.guidelines.manual.ch2.s2g3_1.facts:ObsceneMatterFacts",
    summary="obscene matter (computed from Nov. 1, 2000)",
    notes=("computed from Nov. 1, 2000 (Amendment 592); Nov. 1, 1987 - Oct. 31, 2000 refused: "
           "the (b)(1) Amendment 592 struck is not quoted",),
    # the checklist trail: (b)(1)-(4) and the cross reference, where the edition has each
    checklist=("obscene_matter.distribution", "obscene_matter.deceiving_minor",
               "obscene_matter.computer", "obscene_matter.portrayal",
               "obscene_matter.cross_reference"),
)
