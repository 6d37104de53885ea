"""§2T1.2 (Willful Failure To File Return, Supply Information, or Pay Tax), Nov. 1, 1987 -
Oct. 31, 1993 (tables/tax_failure_to_file.toml): "(a) Base Offense Level: (1) 1 level less
than the level from §2T4.1 (Tax Table) corresponding to the tax loss; or (2) 5, if there is no
tax loss." (b) as §2T1.1's of the same date; from Nov. 1, 1989 (c)(1): a willful violation of
26 U.S.C. § 6050I, §2S1.3 "in lieu of this guideline" (its level as determined: ussg does not
compute §2S1.3)."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_1.offense_level import tax_characteristics, tax_table_level

CH = "chapter_two"
TABLE = "tax_failure_to_file"
SECTION = "§2T1.2"
TITLE = "Base offense level (Willful Failure To File Return, Supply Information, or Pay Tax)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.2(a)(1) one level less than the Tax Table's for the tax loss; (a)(2) 5 if none."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if facts.tax_loss == 0:
        sheet.set_level(CH, f"{SECTION}(a)(2)", TITLE, "no tax loss",
                        version["no_tax_loss_level"], f"“{version['text_a']}”: “5, if there is "
                        f"no tax loss”", source)
        return
    level, line, table_source = tax_table_level(sheet, facts.tax_loss,
                                                f"{given.facts_field}.tax_loss")
    less = version["less_than_table"]
    sheet.set_level(CH, f"{SECTION}(a)(1)", TITLE, f"tax loss {facts.tax_loss!s}",
                    level - less, f"“{version['text_a']}” {line}, less {less}: level "
                    f"{level - less}", f"{source}; {table_source}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.2(b)(1) and (b)(2), as §2T1.1's of the same date."""
    tax_characteristics(sheet, given, sheet.manual.table(TABLE), SECTION)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.2(c)(1), from Nov. 1, 1989: "If the defendant is convicted of a willful violation
    of 26 U.S.C. § 6050I, apply §2S1.3 (Failure to Report Monetary Transactions) in lieu of
    this guideline." The §2S1.3 level is stated (``section_6050i_offense_level``)."""
    level = given.facts.section_6050i_offense_level
    if level is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version.get("cross_reference")
    if reference is None:
        raise CaseError(f"{given.facts_field}.section_6050i_offense_level",
                        f"{SECTION} in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} has no cross reference "
                        f"(subsection (c) was added by Amendment 225, Nov. 1, 1989)")
    sheet.set_level(CH, f"{SECTION}{reference['paragraph']}",
                    "Cross reference: §2S1.3 in lieu of this guideline",
                    f"willful violation of 26 U.S.C. § 6050I; §2S1.3 level {level} (as "
                    f"determined)", level, f"“{reference['text']}”",
                    sheet.note_version(version))
