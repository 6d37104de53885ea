"""Hypothesis strategies: any supported edition, any substance it lists, any valid case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import reject
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.computation import Computation
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import substances
from ussg.guidelines.engine.editions import manual_dates
from ussg.guidelines.engine.tables import TableError, in_force

SUPPORTED = [d.effective for d in manual_dates() if d.supported]
UNIT_OF = {"mass": "g", "units": "units", "plants": "plants"}


def computed(case: Case) -> Computation:
    """``calculate(case)``; a case that lands on one of the 1987 Sentencing Table cells whose
    text is not known (tables/sentencing_table.toml: refused, naming Amendment 270) is not a
    counterexample, so hypothesis draws another."""
    try:
        return calculate(case)
    except CaseError as error:
        if "Amendment 270" in str(error) and "one of 0-1 ... 0-6" in str(error):
            reject()
        raise


def mitigating_role_cap_known(day) -> bool:
    """Whether the §2D1.1(a) cap (tables/mitigating_role_cap.toml) has a version for ``day``;
    a date it does not cover (a gap, or past its review) would refuse a mitigating role."""
    try:
        in_force("mitigating_role_cap", day)
    except TableError:
        return False
    return True


@st.composite
def edition_and_substance(draw, days: list | None = None):
    day = draw(st.sampled_from(days or SUPPORTED))
    table = in_force("drug_quantity_table", day)
    substance = draw(st.sampled_from(substances(table)))
    return day, substance


def amounts() -> st.SearchStrategy[Decimal]:
    """Positive exact amounts from a milligram to 1,000 tonnes, three decimals."""
    return st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000000000"), places=3)


@st.composite
def cases(draw, days: list | None = None) -> Case:
    day, substance = draw(edition_and_substance(days))
    amount = draw(amounts())
    roles = [{}, {"aggravating": "organizer_or_leader", "participants": draw(st.integers(1, 50))},
             {"aggravating": "manager_or_supervisor", "otherwise_extensive": True}]
    if mitigating_role_cap_known(day):
        roles += [{"mitigating": "minimal_participant"}, {"mitigating": "minor_participant"},
                  {"mitigating": "between_minimal_and_minor"}]
    role = draw(st.sampled_from(roles))
    departures = draw(st.lists(st.one_of(
        st.builds(lambda after, to: {"after": after, "to_level": to, "reason": "test"},
                  st.sampled_from(["base_offense_level", "chapter_two", "chapter_three", "total"]),
                  st.integers(1, 43)),
        st.builds(lambda after, by: {"after": after, "levels": by, "reason": "test"},
                  st.sampled_from(["base_offense_level", "chapter_two", "chapter_three", "total"]),
                  st.integers(-43, 43).filter(bool)),
    ), max_size=3))
    return Case.model_validate({
        "manual": day.isoformat(),
        "offense": {"drugs": [{"substance": substance.key,
                               "quantity": f"{amount} {UNIT_OF[substance.measure]}"}],
                    "dangerous_weapon": draw(st.booleans())},
        "adjustments": {"role": role},
        "criminal_history": {"category": draw(st.sampled_from(["I", "II", "III", "IV", "V", "VI"]))},
        "departures": departures,
    })


# Several counts, statutes, acceptance ------------------------------------------------------

TIERS = ["21 U.S.C. § 841(b)(1)(A)", "21 U.S.C. § 841(b)(1)(B)", "21 U.S.C. § 841(b)(1)(C)",
         "21 U.S.C. § 960(b)(1)", "21 U.S.C. § 960(b)(2)", "21 U.S.C. § 960(b)(3)"]


def acceptance_facts() -> st.SearchStrategy[dict]:
    return st.builds(lambda a, m, t: {"accepted": a, "government_motion": a and m,
                                      "timely_assistance": a and t},
                     st.booleans(), st.booleans(), st.booleans())


def statutory_facts() -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({
        "prior_drug_convictions": st.integers(0, 2),
        "substantial_assistance_motion": st.booleans(),
    })


def _provision(statute: str) -> str:
    """"21 U.S.C. § 841(b)(1)(A)" -> "841(b)(1)(A)", as offense.convictions names it."""
    return statute.removeprefix("21 U.S.C. § ")


def _known(table: str, day) -> bool:
    try:
        in_force(table, day)
    except TableError:
        return False
    return True


#: Editions whose Chapter Five tables are entered (sentence options: not before Nov. 1, 1989).
WITH_CHAPTER_FIVE = [day for day in SUPPORTED if _known("sentence_options", day)]


@st.composite
def statute_and_injury(draw, day) -> dict:
    """A drug statute, and maybe a death or serious bodily injury established by the offense
    of conviction (which §2D1.1(a) reads from `convictions`), where that table is entered."""
    statute = draw(st.sampled_from(TIERS))
    facts: dict = {"statute": statute}
    if _known("drug_death_or_injury", day) and draw(st.booleans()):
        facts["death_or_serious_bodily_injury"] = {"established_by": "offense_of_conviction"}
        facts["convictions"] = [_provision(statute)]
    return facts


@st.composite
def drug_count(draw, day, substance, name: str) -> dict:
    amount = draw(amounts())
    return {"name": name, "guideline": "2D1.1",
            "drugs": [{"substance": substance.key,
                       "quantity": f"{amount} {UNIT_OF[substance.measure]}"}],
            "dangerous_weapon": draw(st.booleans()), **draw(statute_and_injury(day))}


@st.composite
def other_count(draw, name: str, groups: list[str]) -> dict:
    count = {"name": name, "statute": "18 U.S.C. § 1001", "guideline": "other",
             "offense_level": draw(st.integers(1, 45))}
    if draw(st.booleans()):
        count["statutory_maximum_life"] = True
    else:
        count["statutory_maximum_months"] = draw(st.integers(1, 600))
    if draw(st.booleans()):
        count["statutory_minimum_months"] = draw(
            st.integers(0, count.get("statutory_maximum_months", 600)))
    group = draw(st.sampled_from([None, *groups]))
    if group is not None:
        count["group"], count["grouping"] = group, draw(st.sampled_from(["a", "b", "c", "d"]))
    return count


@st.composite
def multi_count_cases(draw) -> Case:
    """Any valid multi-count case: one or more §2D1.1 counts (one substance), counts under
    other guidelines with stated levels and statutory terms, maybe a § 924(c) count."""
    day, substance = draw(edition_and_substance(WITH_CHAPTER_FIVE))
    counts = [draw(drug_count(day, substance, f"Count {i + 1}"))
              for i in range(draw(st.integers(1, 2)))]
    labels = draw(st.lists(st.sampled_from(["X", "Y"]), max_size=2, unique=True))
    for _ in range(draw(st.integers(0, 4))):
        counts.append(draw(other_count(f"Count {len(counts) + 1}", labels)))
    if draw(st.booleans()):
        counts.append({"name": f"Count {len(counts) + 1}", "statute": "18 U.S.C. § 924(c)",
                       "guideline": "2K2.4", "firearm_conduct": "used_carried_or_possessed"})
    return Case.model_validate({
        "manual": day.isoformat(), "offense_date": day, "sentencing_date": day,
        "counts": counts,
        "acceptance": draw(acceptance_facts()),
        "statutory": draw(statutory_facts()),
        "criminal_history": {"category": draw(st.sampled_from(CATEGORIES_DRAWN))},
        "variances": draw(st.lists(st.builds(lambda m: {"months": m, "reason": "test"},
                                              st.integers(-120, 120).filter(bool)),
                                   max_size=1)),
    })


@st.composite
def single_count_statutory_cases(draw) -> Case:
    """A single drug count with a statute, acceptance and statutory facts."""
    base = draw(cases(WITH_CHAPTER_FIVE)).model_dump(mode="json", exclude_defaults=True)
    day = dt.date.fromisoformat(base["manual"])
    base["offense"].update(draw(statute_and_injury(day)))
    base["offense_date"] = base["sentencing_date"] = day  # dates, as a case file gives them
    base["acceptance"] = draw(acceptance_facts())
    base["statutory"] = draw(statutory_facts())
    for departure in base.get("departures", []):
        departure.pop("count", None)
    return Case.model_validate(base)


CATEGORIES_DRAWN = ["I", "II", "III", "IV", "V", "VI"]


def chapter_two_level(manual: str, guideline: str, key: str, facts: dict,
                      category: str = "I") -> int:
    """The total offense level of a one-count case under ``guideline`` with its facts table
    ``[offense.<key>]``, computed from the real tables; the level the Sentencing Table reads
    must be within 1-43 (the hypothesis tests of the Chapter Two guidelines share this)."""
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": category},
                                "offense": {"guideline": guideline, key: facts}})
    result = computed(case).result
    assert 1 <= result.table_offense_level <= 43
    return result.total_offense_level
