"""§2T1.4 (Aiding, Assisting, Procuring, Counseling, or Advising Tax Fraud) in the Chapter Two
registry (tables/tax_aiding_assisting.toml).

2025: "(a) Base Offense Level: (1) Level from §2T4.1 (Tax Table) corresponding to the tax loss;
or (2) 6, if there is no tax loss. For purposes of this guideline, the "tax loss" is the tax
loss, as defined in §2T1.1, resulting from the defendant's aid, assistance, procurance or
advice. (b)(1) If (A) the defendant committed the offense as part of a pattern or scheme from
which he derived a substantial portion of his income; or (B) the defendant was in the business
of preparing or assisting in the preparation of tax returns, increase by 2 levels. (2) If the
offense involved sophisticated means, increase by 2 levels. If the resulting offense level is
less than level 12, increase to level 12." Before Nov. 1, 1993 (Amendment 491) the tax loss was
§2T1.3's (computed from the understatement) and the business of preparing returns was (b)(3), a
separate +2.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_1.offense_level import (shown, sophisticated,
                                                            tax_table_level, understated_tax_loss)
from ussg.guidelines.manual.ch2.s2t1_4.facts import TaxAidingFacts

CH = "chapter_two"
TABLE = "tax_aiding_assisting"
SECTION = "§2T1.4"
TITLE = "Base offense level (Aiding, Assisting, Procuring, Counseling, or Advising Tax Fraud)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.4(a)(1) the Tax Table level for the tax loss; (a)(2) 6 where there is none."""
    facts: TaxAidingFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    in_force = format_date(sheet.manual.in_force)
    none = version["no_tax_loss"]
    if version.get("tax_loss_of_2t1_3"):
        if facts.tax_loss is not None:
            raise CaseError(f"{given.facts_field}.tax_loss",
                            f"{SECTION}(a) in the Guidelines Manual in force on {in_force} "
                            f"reads the tax loss “as defined in §2T1.3”: give understatement "
                            f"(28 or 34 percent of it, plus the false credits, is computed)")
        if facts.understatement is None:
            sheet.set_level(CH, f"{SECTION}{none['paragraph']}", TITLE, "no tax loss stated",
                            none["level"], f"“{version['text_a']}”: “{none['text']}”", source)
            return
        amount, working, _ = understated_tax_loss(sheet, facts.understatement,
                                                  f"{given.facts_field}.understatement")
        level, line, table_source = tax_table_level(sheet, amount,
                                                    f"{given.facts_field}.understatement")
        sheet.set_level(CH, f"{SECTION}(a)(1)", TITLE, f"tax loss {shown(amount)} (§2T1.3's)",
                        level,
                        f"“{version['text_a']}” Tax loss: {working}. {line}",
                        f"{source}; {table_source}")
        return
    if facts.understatement is not None:
        raise CaseError(f"{given.facts_field}.understatement",
                        f"{SECTION}(a) in the Guidelines Manual in force on {in_force} reads "
                        f"the tax loss “as defined in §2T1.1” (Amendment 491, Nov. 1, 1993): "
                        f"give tax_loss as the court found it")
    if facts.tax_loss is None:
        raise CaseError(f"{given.facts_field}.tax_loss",
                        f"{SECTION}(a) in the Guidelines Manual in force on {in_force}: give "
                        f"the tax loss resulting from the defendant's aid, assistance, "
                        f"procurance or advice (\"0\" if there is none: (a)(2), level 6)")
    if facts.tax_loss == 0:
        sheet.set_level(CH, f"{SECTION}{none['paragraph']}", TITLE, "no tax loss",
                        none["level"], f"“{none['text']}”", source)
        return
    level, line, table_source = tax_table_level(sheet, facts.tax_loss,
                                                f"{given.facts_field}.tax_loss")
    sheet.set_level(CH, f"{SECTION}(a)(1)", TITLE, f"tax loss {facts.tax_loss!s}", level,
                    f"“Level from §2T4.1 (Tax Table) corresponding to the tax loss” {line}",
                    f"{source}; {table_source}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.4(b): the scheme and the business of preparing returns (one increase from Nov. 1,
    1993, (b)(1)(A) or (B); before, (b)(1) and (b)(3), each +2), then (b)(2)."""
    facts: TaxAidingFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    found = [(name, version[name]) for name, stated in (
        ("scheme_income", facts.scheme_income), ("return_preparer", facts.return_preparer))
        if stated]
    if version.get("one_increase") and len(found) > 1:
        name, entry = found[0]
        sheet.adjust(CH, f"{SECTION}(b)(1)", "Scheme income or business of preparing returns",
                     "scheme_income and return_preparer", entry["levels"],
                     f"“{entry['text']}” (both prongs: one increase)", source)
    else:
        for name, entry in found:
            sheet.adjust(CH, f"{SECTION}{entry['paragraph']}", entry["title"],
                         name.replace("_", " "), entry["levels"], f"“{entry['text']}”", source)
    sophisticated(sheet, given, version, SECTION, facts)
