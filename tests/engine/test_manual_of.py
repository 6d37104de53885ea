"""guidelines/engine/manual.py's manual_of: one Manual per edition (and reading of
§1B1.11), made the first time and shared after, never another edition's."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ussg.guidelines.engine.editions import edition_named
from ussg.guidelines.engine.manual import Manual, manual_of


def test_made_once_then_shared():
    edition = edition_named("2016")
    first = manual_of(edition)
    assert first == Manual(edition) and first.strict
    assert manual_of(edition) is first  # the second time: the same value, not a new one
    compared = manual_of(edition, compared=True)
    assert compared is not first and compared.compared and not compared.strict
    assert manual_of(edition, compared=True) is compared


def test_an_equal_edition_shares_it_an_other_one_does_not():
    edition = edition_named("2016")
    first = manual_of(edition)
    equal = dataclasses.replace(edition)
    assert equal is not edition and manual_of(equal) is first
    # another edition on the same date (made by hand, as no real one is): never served the
    # Manual of the edition first asked for
    other = dataclasses.replace(edition, edition=dt.date(2015, 11, 1), interim=())
    made = manual_of(other)
    assert made.edition == other and made.edition != edition
    assert manual_of(edition).edition == edition


def test_table_kept_on_the_manual_each_its_own():
    """Manual.table keeps each version found: the same version the second time, the date's
    own version on each Manual, a substituted table's on the Manual substituting it."""
    from ussg.guidelines.engine.tables import in_force
    later, earlier = edition_named("2016"), edition_named("1995")
    assert manual_of(later).table("aggravating_role") is in_force("aggravating_role",
                                                                   later.in_force)
    assert manual_of(later).table("aggravating_role") is manual_of(later).table(
        "aggravating_role")
    assert manual_of(earlier).table("drug_quantity_table") is in_force("drug_quantity_table",
                                                                        earlier.in_force)
    assert manual_of(later).table("drug_quantity_table") is in_force("drug_quantity_table",
                                                                      later.in_force)
    substituting = manual_of(earlier).substituting({"drug_quantity_table": later.in_force})
    assert substituting.table("drug_quantity_table") is in_force("drug_quantity_table",
                                                                 later.in_force)
    assert substituting.table("aggravating_role") is in_force("aggravating_role",
                                                              earlier.in_force)
