"""Hypothesis strategies: any supported edition, any substance it lists, any valid case."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from guidelines.case import Case
from guidelines.drug_quantity import substances
from guidelines.editions import manual_dates
from guidelines.tables import TableError, in_force

SUPPORTED = [d.effective for d in manual_dates() if d.supported]
UNIT_OF = {"mass": "g", "units": "units", "plants": "plants"}


def mitigating_role_cap_known(day) -> bool:
    """The §2D1.1(a) cap has a gap (tables/mitigating_role_cap.toml); such cases refuse."""
    try:
        in_force("mitigating_role_cap", day)
    except TableError:
        return False
    return True


@st.composite
def edition_and_substance(draw):
    day = draw(st.sampled_from(SUPPORTED))
    table = in_force("drug_quantity_table", day)
    substance = draw(st.sampled_from(substances(table)))
    return day, substance


def amounts() -> st.SearchStrategy[Decimal]:
    """Positive exact amounts from a milligram to 1,000 tonnes, three decimals."""
    return st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000000000"), places=3)


@st.composite
def cases(draw) -> Case:
    day, substance = draw(edition_and_substance())
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
