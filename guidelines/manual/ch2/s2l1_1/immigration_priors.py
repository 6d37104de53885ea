"""The increase §§2L1.1(b)(3), 2L2.1(b)(4) and 2L2.2(b)(2) share: "If the defendant committed
any part of the instant offense after sustaining (A) a conviction for a felony immigration and
naturalization offense, increase by 2 levels; or (B) two (or more) convictions for felony
immigration and naturalization offenses, each such conviction arising out of a separate
prosecution, increase by 4 levels." ("Immigration and naturalization offense" means any
offense covered by Chapter Two, Part L.)

The convictions are priors of the one record (``[[criminal_history.priors]]``), named by id or
position in the guideline's ``immigration_felony_priors``; the record says each is a felony
(its ``kind``), when guilt was established, and its charging instrument (a separate
prosecution: a different one, or none stated)."""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

RECORD = "criminal_history.priors"


def priors_named(given: registry.ChapterTwoCase, field: str, named: list[str]) -> list:
    """The priors of the record that ``named`` names by id or position, as (n, label, prior);
    a name the record does not have is refused at ``field[n]``."""
    history = given.case.criminal_history
    if history is None or history.priors is None:
        raise CaseError(field, "names prior convictions: give them in "
                               "[[criminal_history.priors]]")
    labels = [history.label(i) for i in range(len(history.priors))]
    found = []
    for n, label in enumerate(named):
        if label not in labels:
            raise CaseError(f"{field}[{n}]", f"{label!r} names no prior of "
                            f"[[criminal_history.priors]] (ids or positions: {', '.join(labels)})")
        found.append((n, label, history.priors[labels.index(label)]))
    return found


def felony_immigration_convictions(sheet: Worksheet, given: registry.ChapterTwoCase,
                                   section: str, version: Version) -> None:
    """Apply the increase at ``section`` ("§2L2.2(b)(2)") with the version's ``felony_prior``
    and ``felony_priors`` levels."""
    named = given.facts.immigration_felony_priors
    if not named:
        return
    if version.get("felony_prior") is None:
        from ussg.guidelines.manual.ch2.s2l2_1.offense_level import where
        not_in_edition(sheet, where(sheet, given), "immigration_felony_priors", section,
                       "Prior felony immigration convictions", f"priors {', '.join(named)}",
                       f"{section} was added by Amendment 544 (May 1, 1997)",
                       sheet.note_version(version), "chapter_two")
        return
    field = f"{given.facts_field}.immigration_felony_priors"
    prosecutions: dict[str, str] = {}
    priors = priors_named(given, field, named)
    # "committed any part of the instant offense after sustaining": the conviction must come
    # before the offense ended (offense_date), not before it began (a conviction sustained
    # while a continuing offense went on counts); without the end, before it began
    ended = given.case.offense_date or given.case.criminal_history.instant_offense_began
    which = "ended" if given.case.offense_date is not None else "began"
    for n, label, prior in priors:
        if prior.kind.value != "felony":
            raise CaseError(f"{field}[{n}]", f"prior {label} is not a felony (its kind is "
                            f"{prior.kind.value!r}): (A) and (B) count felony convictions")
        convicted = prior.conviction_date or prior.sentence_date
        if convicted is None or (ended is not None and convicted >= ended):
            raise CaseError(f"{field}[{n}]", f"prior {label} was not sustained before the "
                            f"instant offense {which} ({format_date(ended) if ended else '?'}): "
                            f"no part of the instant offense was committed after sustaining it")
        prosecutions.setdefault(prior.charging_instrument or f"prior {label}", label)
    count = len(prosecutions)
    letter, levels = ("B", version["felony_priors"]) if count >= 2 else \
        ("A", version["felony_prior"])
    sheet.adjust("chapter_two", f"{section}({letter})", "Prior felony immigration convictions",
                 f"{count} felony immigration and naturalization conviction"
                 f"{'s' if count != 1 else ''} from separate prosecutions (priors "
                 f"{', '.join(prosecutions.values())})", levels,
                 "“(A) a conviction for a felony immigration and naturalization offense, "
                 "increase "
                 "by 2 levels; or (B) two (or more) convictions ... each such conviction arising "
                 "out of a separate prosecution, increase by 4 levels”",
                 sheet.note_version(version))
