"""§2D1.9: placing or maintaining dangerous devices on federal property to protect the
unlawful production of controlled substances (21 U.S.C. § 841(d)(1))."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.9",
    title="Placing or Maintaining Dangerous Devices on Federal Property to Protect the "
          "Unlawful Production of Controlled Substances; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_9.offense_level",
    table="dangerous_devices",
    summary="dangerous devices on federal property",
)
