"""§2K2.4 and the offense underlying a count under 18 U.S.C. § 924(c), § 929(a) or § 844(h).

§2K2.4, comment. (n.4(A)) (2025): "If a sentence under this guideline is imposed in
conjunction with a sentence for an underlying offense, do not apply any specific offense
characteristic for possession, brandishing, use, or discharge of an explosive or firearm when
determining the sentence for the underlying offense." What the note said in each edition, its
number, the statutes it covered, and what followed from it (the fine guideline "that would
have been applicable had there only been a conviction for the underlying offense"; the
1991-1993 proviso subtracting the § 924(c) term from the unadjusted range; the later
upward-departure paragraph) are in tables/weapon_enhancement_with_924c.toml.

ussg computes only §2D1.1: its weapon characteristics are (b)(1), and from Nov. 1, 2010
(Amendment 748) (b)(2). The rule is applied to every §2D1.1 count of a case that has a
§2K2.4 count (they are grouped and taken as a whole, §3D1.3, comment. (n.3)).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.case.counts import recognize_statute
from ussg.guidelines.engine.tables import Version, format_date, load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.engine.patterns import LazyPattern

if TYPE_CHECKING:
    from ussg.guidelines.case.model import Case, OffenseFacts
    from ussg.guidelines.engine.computation import Result
    from ussg.guidelines.manual.ch2.s2d1_1.drug_characteristics import Context
    from ussg.guidelines.statutes.penalties import Penalty

TABLE = "weapon_enhancement_with_924c"

_TITLE_18 = LazyPattern(r"^\D*18\b")
_OTHER_STATUTES = {"929(a)": LazyPattern(r"\b929\s*\(\s*a\s*\)"),
                   "844(h)": LazyPattern(r"\b844\s*\(\s*h\s*\)")}


def statute_under_2k2_4(facts: OffenseFacts) -> str | None:
    """"924(c)", "929(a)" or "844(h)" for a count whose statute §2K2.4 covers (§ 929(a) and
    § 844(h) as an "other" statute with its consecutive term stated), else None."""
    statute = recognize_statute(facts.statute)
    if statute.kind == "924c":
        return "924(c)"
    if statute.kind != "other" or facts.consecutive_months is None:
        return None
    if not _TITLE_18.match(facts.statute):
        return None
    return next((label for label, pattern in _OTHER_STATUTES.items()
                 if pattern.search(facts.statute)), None)


def counts_under_2k2_4(case: Case) -> list[tuple[str, str]]:
    """(count name, statute) of every count §2K2.4 may cover, in the order of the case."""
    found = []
    for i, count in enumerate(case.counts):
        label = statute_under_2k2_4(count)
        if label is not None:
            found.append((count.name.strip() or f"Count {i + 1}", label))
    return found


def note_in_force(sheet: Worksheet) -> Version:
    return sheet.manual.table(TABLE)


def citation(version: Version) -> str:
    """"§2K2.4, comment. (n.4(A))": the note of the edition."""
    return f"§2K2.4, comment. (n.{version['note']})"


def rule_applies(sheet: Worksheet, case: Case) -> tuple[Version, list[tuple[str, str]]] | None:
    """The note in force and the counts it answers to, or None: no such count, or the
    computation "absent a conviction under" those statutes (for the fine and the range)."""
    if sheet.absent_2k2_4 or not case.counts:
        return None
    counts = counts_under_2k2_4(case)
    if not counts:
        return None
    version = note_in_force(sheet)
    covered = [(name, label) for name, label in counts if label in version["statutes"]]
    for name, label in counts:
        if label not in version["statutes"]:
            sheet.warn(f"{name}: 18 U.S.C. § {label} is not sentenced under §2K2.4 in the "
                       f"{format_date(sheet.edition.edition)} Manual (before Nov. 1, 1993, "
                       f"§2K1.7, whose comment. (n.3) from Nov. 1, 1990 withholds a "
                       f"characteristic \"for the use of fire or explosives\"); ussg does not "
                       f"apply that note")
    return (version, covered) if covered else None


def named_counts(counts: list[tuple[str, str]]) -> str:
    """"Count 2 (18 U.S.C. § 924(c))": the counts the note answers to."""
    return ", ".join(f"{name} (18 U.S.C. § {label})" for name, label in counts)


def withhold(sheet: Worksheet, rule: tuple[Version, list[tuple[str, str]]], section: str,
             title: str, words: str, quoted: str | None = None) -> None:
    """A characteristic the note withholds (``rule``, from :func:`rule_applies`): shown "not
    applied — §2K2.4, comment. (n.N)" with the edition's words (``quoted``: other words of the
    note than its ``text``), and recorded as left out for the fine and the range "absent"
    the count."""
    version, counts = rule
    where = f" ({version['text_from']})" if "text_from" in version.data else ""
    sheet.note("chapter_two", section, title, words, f"not applied — {citation(version)}",
               f"“{quoted or version['text']}”{where}; sentenced under §2K2.4: "
               f"{named_counts(counts)}", sheet.note_version(version))
    _record_withheld(sheet, section)


def withheld_by_the_note(sheet: Worksheet, case: Case, section: str) -> str:
    """§2K2.4's note (n.4 of the 2016 Manual): "If the explosive or weapon that was possessed,
    brandished, used, or discharged in the course of the underlying offense also results in a
    conviction that would subject the defendant to an enhancement under §2K1.3(b)(3) ... or
    §2K2.1(b)(6)(B) ..., do not apply that enhancement." The reason, if the case has a count
    §2K2.4 covers (read as for §2D1.1's weapon, guidelines/manual/ch2/s2k2_4/), else "";
    ``section`` is recorded as left out, so that the fine and the range "absent" that count
    are computed with it (guidelines/calculation.py). For §2K2.1(b)(6)(B) and §2K1.3(b)(3)(B),
    whose steps say "not applied" with this reason."""
    rule = rule_applies(sheet, case)
    if rule is None:
        return ""
    note, counts = rule
    _record_withheld(sheet, section)
    statutes = named_counts(counts)
    return (f"§2K2.4, comment. (n.{note['note']}): \"If the explosive or weapon that was "
            f"possessed, brandished, used, or discharged in the course of the underlying offense "
            f"also results in a conviction that would subject the defendant to an enhancement "
            f"under §2K1.3(b)(3) ... or §2K2.1 ... (pertaining to possession of any firearm or "
            f"ammunition in connection with another felony offense), do not apply that "
            f"enhancement\": sentenced under §2K2.4: {statutes}")


def _record_withheld(sheet: Worksheet, section: str) -> None:
    """The note's own record of what it left out: the fine and the range "absent" the count
    are computed with it (:func:`characteristics_withheld`)."""
    sheet.withheld_2k2_4.append(section)


def characteristics_withheld(sheet: Worksheet) -> list[str]:
    """The characteristics this note left out of the computation on ``sheet`` (its sections),
    for the computation "absent" the § 924(c) count that §2K2.4's fine and range rules ask for."""
    return list(sheet.withheld_2k2_4)


def withheld_under_2k2_4(ctx: Context, table: str, characteristic: Version, words: str) -> bool:
    """A §2D1.1 weapon characteristic stated in a case with a §2K2.4 count: shown as "not
    applied — §2K2.4, comment. (n.N)" with the edition's words, instead of applied."""
    rule = rule_applies(ctx.sheet, ctx.case)
    if rule is None:
        return False
    version, _ = rule
    if table not in version["withholds"]:
        return False
    withhold(ctx.sheet, rule, f"§2D1.1{characteristic['paragraph']}", load_table(table).title,
             words, version["violence_text"] if table == "drug_violence" else None)
    return True


def warn_about_stated_levels(sheet: Worksheet, case: Case) -> None:
    """A count under a guideline ussg does not compute has its Chapter Two level stated:
    ussg cannot take the weapon out of it, so it says what the note asks."""
    rule = rule_applies(sheet, case)
    if rule is None:
        return
    version, counts = rule
    stated = [count.name.strip() or f"Count {i + 1}" for i, count in enumerate(case.counts)
              if count.guideline == "other" and statute_under_2k2_4(count) is None]
    if stated:
        sheet.warn(f"{citation(version)}: if {', '.join(stated)} is the offense underlying "
                   f"{named_counts(counts)}, its stated offense level must not include a "
                   f"specific offense characteristic for a weapon (ussg cannot check it)")


def _term(penalties: list[Penalty], counts: list[tuple[str, str]]) -> int:
    names = {name for name, _ in counts}
    return sum(p.minimum for p in penalties if p.consecutive and p.count in names)


def _maximum(cell: GuidelineRange) -> int | None:
    """The maximum in months, None for life."""
    return None if cell.life else cell.max_months


def _less(months: int | None, other: int | None) -> bool:
    """months < other, None being life."""
    return months is not None and (other is None or months < other)


def range_absent_the_conviction(sheet: Worksheet, case: Case, cell: GuidelineRange,
                                absent: Result, penalties: list[Penalty], *,
                                firearm_career_offender: bool = False) -> GuidelineRange:
    """The commentary's rule for a total that would fall below the range absent the
    § 924(c) count: Nov. 1, 1991 - Oct. 31, 1993 (Amendment 405) the unadjusted range less
    the consecutive term is used; from Nov. 1, 1993 (Amendment 489) an upward departure
    "may be warranted", not above the unadjusted maximum (shown, not applied). Not for a
    career offender under §4B1.1(c) (``firearm_career_offender``), whose range that is."""
    rule = rule_applies(sheet, case)
    if rule is None or firearm_career_offender:
        return cell
    version, counts = rule
    kind = version["range_rule"]
    if kind == "none":
        return cell
    term = _term(penalties, counts)
    unadjusted = absent.range
    top = _maximum(cell)
    total_top = None if top is None else top + term
    compared = (f"adjusted range {cell} + {term} months = maximum "
                f"{'life' if total_top is None else f'{total_top} months'}; range absent "
                f"{named_counts(counts)}: {unadjusted}")
    source = sheet.note_version(version)
    section = citation(version)
    less = _less(total_top, _maximum(unadjusted))
    if kind == "upward_departure":
        if less:
            limit = _maximum(unadjusted)
            sheet.note("chapter_five", section, "Upward departure may be warranted", compared,
                       f"not above {'life' if limit is None else f'{limit} months'}",
                       f"“{version['range_text']}” (shown; ussg applies no departure)", source)
        return cell
    if not less:
        sheet.note("chapter_five", section, "Range with the weapon characteristic", compared,
                   "not applied", f"the adjusted maximum plus the consecutive term is not less "
                   f"than the unadjusted maximum; “{version['range_text']}”", source)
        return cell
    low = None if unadjusted.min_months is None else max(0, unadjusted.min_months - term)
    high = None if unadjusted.life else max(0, (unadjusted.max_months or 0) - term)
    subtracted = GuidelineRange(low, high, unadjusted.life)
    sheet.note("chapter_five", section, "Range with the weapon characteristic, less the "
               "consecutive term", compared, str(subtracted),
               f"{unadjusted} less {term} months; “{version['range_text']}”", source)
    return subtracted


def fine_offense_level(sheet: Worksheet, case: Case, level: int, absent: Result | None) -> int:
    """§2K2.4(b)(1) (from Nov. 1, 1989; (d)(1) from 2002): "the fine guideline shall be the
    fine guideline that would have been applicable had there only been a conviction for the
    underlying offense" — the offense level with the weapon characteristic (comment. (n.7))."""
    rule = rule_applies(sheet, case)
    if rule is None or absent is None:
        return level
    version, counts = rule
    if not version.get("fine"):
        return level
    fine_level = absent.table_offense_level
    sheet.note("chapter_five", version["fine_section"], "Fine guideline of the underlying "
               "offense", f"offense level {fine_level} absent {named_counts(counts)} (level {level} "
               f"with it)", f"level {fine_level}", f"“{version['fine_text']}”",
               sheet.note_version(version))
    return fine_level
