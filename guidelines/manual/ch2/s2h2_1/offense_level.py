"""§2H2.1 (Obstructing an Election or Registration) in the Chapter Two registry
(tables/obstructing_election.toml): (a) "(Apply the greatest)": (1) 18, force or threat of
force; (2) 12, forgery, fraud, theft, bribery, deceit, or other means, "except as provided in
(3)"; (3) 6, the defendant's own vote-selling, false eligibility information or double voting.
No specific offense characteristics; comment. (n.1)'s upward departure (removed in 2025) is
the court's, not computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

CH = "chapter_two"
TABLE = "obstructing_election"
SECTION = "§2H2.1"
TITLE = "Base offense level (apply the greatest)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): the greatest of the subdivisions the findings reach; (2), the obstruction by other
    means, where neither (1) nor (3) is found ("except as provided in (3) below"). Where both
    (1) and (3) are found, (3) is shown, not applied."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    bases = {b["applies_to"]: b for b in version["bases"]}
    found: list[tuple[dict, str]] = []
    if facts.force_or_threat_of_force:
        found.append((bases["force"], "force_or_threat_of_force = true"))
    if facts.defendant_conduct is not None:
        found.append((bases["defendant_conduct"],
                      f"defendant_conduct = \"{facts.defendant_conduct}\""))
    if not found:
        found.append((bases["other_means"],
                      given.offense.description or "obstruction by other means"))
    greatest = max(found, key=lambda f: f[0]["level"])
    base, words = greatest
    sheet.set_level(CH, f"{SECTION}{base['paragraph']}", TITLE, words, base["level"],
                    f"“{version['heading']} {base['text']}”", source)
    for other, other_words in found:
        if other is not base:
            sheet.note(CH, f"{SECTION}{other['paragraph']}", TITLE, other_words,
                       "not applied", f"“{other['text']}”: level {other['level']}, less "
                       f"than {base['paragraph']}'s {base['level']}", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H2.1 has none."""
