"""The Drug Equivalency / Conversion Tables: the data against the Manual's text, against the
Drug Quantity Table, and the engine's combining of substances (properties and bad input).

The worked cases (the Manual's own examples, with every intermediate weight computed by hand)
are data: tests/cases/mixture-*.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.manual.ch2.s2d1_1.drug_conversion import tables
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import substances
from ussg.guidelines.engine.editions import supported_dates
from ussg.guidelines.engine.tables import TableError, load_table

from tests.conftest import REFERENCE, run_ussg

EQUIVALENCY = load_table("drug_equivalency")
VERSIONS = EQUIVALENCY.versions
DQT = load_table("drug_quantity_table")
IDS = [str(v.effective) for v in VERSIONS]


def _in_force(day):
    try:
        return EQUIVALENCY.in_force(day)
    except TableError:
        return None


#: Supported editions whose tables are entered (others refuse a case that needs them).
COVERED = [d for d in supported_dates() if _in_force(d) is not None]


# --------------------------------------------------------------------------- the text


def _source_lines(version, item=None, key="file") -> list[str]:
    if not REFERENCE.is_dir():  # CI has shared/ beside the clone; a bare clone does not
        pytest.skip("reference texts not present")
    name = (item or {}).get(key) or version["source_file"]
    return (REFERENCE / name).read_text(encoding="utf-8").split("\n")


_AMOUNT = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*(gm|kg|mg|kilograms|grams)\b")
_UNIT = {"gm": Decimal(1), "grams": Decimal(1), "kg": Decimal(1000), "kilograms": Decimal(1000),
         "mg": Decimal("0.001")}


def _grams_printed(text: str, first_after_equals: bool) -> list[Decimal]:
    """The amounts printed in the text: for a verbatim table line, the first one after "=";
    in amendment text ("by striking "10 kg" and inserting "20 kg""), every one."""
    if first_after_equals:
        text = text[text.index("="):] if "=" in text else ""
        found = _AMOUNT.findall(text)[:1]
    else:
        found = _AMOUNT.findall(text)
    return [Decimal(n.replace(",", "")) * _UNIT[u] for n, u in found]


def _grams(text: str) -> Decimal:
    number, unit = text.split()
    return Decimal(number) * {"g": 1, "kg": 1000, "mg": Decimal("0.001")}[unit]


def _named(name: str, text: str) -> bool:
    """The first word of the name, or of any "/" part of it, is in the text."""
    flat = re.sub(r"[^a-z0-9]", "", text.lower())
    for part in name.split("/"):
        words = part.split()
        if words and words[0] in ("a", "an"):
            words = words[1:]
        if words and re.sub(r"[^a-z0-9]", "", words[0].lower())[:5] in flat:
            return True
    return False


#: Official amendment texts read through the search tool (not in the reference): an entry that
#: cites one gives its address as `file` and the line read there as `quote` (no line number).
_OFFICIAL_URL = re.compile(r"https://(www\.ussc\.gov/|guidelines\.ussc\.gov/)\S+$")


def _is_url(item: dict, key: str = "file") -> bool:
    return str(item.get(key, "")).startswith(("http://", "https://"))


@pytest.mark.parametrize("version", VERSIONS, ids=IDS)
def test_entries_read_in_an_official_web_text_quote_it(version) -> None:
    """A URL source cannot be line-checked: the entry must cite an official USSC address, that
    address must be among the version's sources, and the quoted line must name the entry and
    print its factor."""
    for group in version["class"]:
        for entry in group["entries"]:
            if not _is_url(entry):
                assert "quote" not in entry, entry  # a quote stands only for a line number
                continue
            assert _OFFICIAL_URL.match(entry["file"]), entry
            assert entry["file"] in version.source, (entry["key"], version.source)
            assert "line" not in entry and entry.get("quote"), entry
            quote = entry["quote"]
            assert _named(entry["name"], quote), entry
            assert _grams(entry["equals"]) in _grams_printed(quote, True), entry


@pytest.mark.parametrize("version", VERSIONS, ids=IDS)
def test_every_printed_factor_is_on_its_cited_line(version) -> None:
    """Each entry cites the line of the Manual (verbatim versions) or of the amendment text
    that inserted or last changed it (derived versions); the factor is printed there, within
    the next few lines where the text wraps. Entries read in an official web text (a URL
    `file`) are checked against their quote instead (test above)."""
    verbatim = version.verification != "derived"
    for group in version["class"]:
        lines = _source_lines(version, group)
        assert _named(group["name"], lines[group["line"] - 1]), group
        for entry in group["entries"]:
            if not entry.get("printed", True):
                assert entry.get("derived") and "line" not in entry, entry
                continue
            if _is_url(entry):
                continue
            lines = _source_lines(version, entry)
            text = " ".join(lines[entry["line"] - 1: entry["line"] + 4])
            assert _named(entry["name"], text), (entry, text)
            if "referents" in entry:  # before 1991: "= 0.4 gm of cocaine/0.08 gm of heroin"
                line = text[text.index("=") + 1:].split("=")[0]
                printed = _grams_printed(line, False)
                for referent, amount in entry["referents"].items():
                    if referent != entry["key"]:  # cocaine = 1 gm of cocaine goes unsaid
                        assert _grams(amount) in printed, (entry, referent, line)
                continue
            assert _grams(entry["equals"]) in _grams_printed(text, verbatim), (entry, text)


@pytest.mark.parametrize("version", VERSIONS, ids=IDS)
def test_every_cap_and_minimum_is_on_its_cited_line(version) -> None:
    for cap in version.get("cap", []):
        lines = _source_lines(version, cap)
        text = " ".join(lines[cap["line"] - 1: cap["line"] + 2])
        assert _grams(cap["limit"]) in _grams_printed(text, False) or \
            cap["limit"].split()[0] in text.replace(",", ""), (cap, text)
    for group in version["class"]:
        if "minimum_level" in group:
            lines = _source_lines(version, group, "minimum_file")
            text = " ".join(lines[group["minimum_line"] - 1: group["minimum_line"] + 3])
            assert f"is level {group['minimum_level']}" in text, (group["name"], text)


@pytest.mark.parametrize("version", VERSIONS, ids=IDS)
def test_every_version_cites_its_source_and_how_it_was_checked(version) -> None:
    assert version.source and version.get("checked") and "amendments" in version.data
    assert version.verification in {"verbatim", "derived", "unverified"}


@pytest.mark.parametrize("version", VERSIONS, ids=IDS)
def test_caps_are_nested_or_disjoint_and_name_known_headings(version) -> None:
    """The caps are applied smallest set first; that is only well defined when each two caps
    cover nested or disjoint sets of headings."""
    t = tables(version)
    for cap in t.caps:
        assert cap.groups <= set(t.groups), cap
        for other in t.caps:
            assert cap.groups <= other.groups or other.groups <= cap.groups or \
                not cap.groups & other.groups


# --------------------------------------------------------------------------- vs the Drug Quantity Table


def _dqt_for(version):
    """Every Drug Quantity Table version in force while this tables version is."""
    later = [v.effective for v in VERSIONS if v.effective > version.effective]
    later += [start for start, _ in EQUIVALENCY.gaps if start > version.effective]
    end = min(later) if later else None
    return [d for d in DQT.versions if (end is None or d.effective < end) and
            (d.effective >= version.effective or d is DQT.in_force(version.effective))]


#: Where the tables, as printed, do not reproduce the Drug Quantity Table's own levels at its
#: thresholds:
#: - flunitrazepam (from Amendment 556, 1997): "1 unit = 16 gm", so the table's 62, 156 and
#:   312 units convert to 992 g, 2.496 kg and 4.992 kg, just under 1, 2.5 and 5 kg;
#: - cocaine base, May 1, 2008 - Oct. 31, 2010 (Amendment 715): 20 kg a gram with the table of
#:   Amendment 706, two levels higher at every threshold, which 715's 2-level reduction offsets;
#: - cocaine base from Nov. 1, 2010 (Amendment 748): "3,571 gm", so 28 g converts to 99.988 kg,
#:   just under the 100 kg of the same level.
_FLUNITRAZEPAM = ["1997-11-01", "2000-11-01", "2001-05-01", "2001-11-01", "2002-11-01",
                  "2003-11-01", "2004-11-01", "2006-03-27", "2007-11-01", "2008-05-01",
                  "2009-11-01", "2010-11-01", "2012-11-01", "2014-11-01", "2015-11-01",
                  "2018-11-01", "2023-11-01", "2025-11-01"]
_COCAINE_BASE = ["2008-05-01", "2009-11-01", "2010-11-01", "2012-11-01", "2014-11-01",
                 "2015-11-01", "2018-11-01", "2023-11-01", "2025-11-01"]
#: - Nov. 1, 1989 - Oct. 31, 1991, in heroin equivalents: the Heroin row starts at level 12
#:   ("Less than 5 G"), so marihuana, hashish, hashish oil, depressants and Schedule III-V
#:   quantities that are level 8 or 10 alone read as level 12 in heroin.
_BELOW_TWELVE = ["marihuana", "hashish", "hashish_oil", "schedule_i_ii_depressants",
                 "schedule_iii_substances", "schedule_iv_substances", "schedule_v_substances"]
KNOWN_DIFFERENCES = ({("flunitrazepam", d) for d in _FLUNITRAZEPAM}
                     | {("cocaine_base", d) for d in _COCAINE_BASE}
                     | {(k, d) for k in _BELOW_TWELVE for d in ("1989-11-01", "1990-11-01")})


#: Nov. 1, 1991 - Oct. 31, 1992: the tables had no "minimum offense level ... is level 12"
#: footnote (Amendment 446 added it, "to make clear the interaction between the minimum
#: offense level ... in the Drug Quantity Table and the instructions for determining a combined
#: offense level", App. C lines 12348-12350). Applied as printed, 1 mg of heroin is level 12
#: alone (its own row) but 1 g of marihuana equivalent with anything added. Shown by
#: test_before_amendment_446_a_mixture_has_no_minimum_level.
WITHOUT_MINIMUM = {d for d in supported_dates()
                   if _in_force(d) is not None and _in_force(d).effective.year == 1991}


def _measures(version) -> list[tuple[str, dict]]:
    """(Drug Quantity Table row, {key: factor in grams of it}) for each common measure the
    version converts to: marihuana or converted drug weight; before 1991 each referent."""
    t = tables(version)
    if not t.referents:
        return [(t.measure_key, {k: e for k, e in t.entries.items()})]
    return [(row, {k: replace(e, equals=dict(e.referents)[referent])
                   for k, e in t.entries.items() if referent in dict(e.referents)})
            for referent, row in t.referents.items()]


def _differences(version) -> set[tuple[str, str]]:
    found = set()
    for dqt in _dqt_for(version):
        for row_key, entries in _measures(version):
            row = next(s for s in substances(dqt) if s.key == row_key)
            for substance in substances(dqt):
                if substance.key == row_key or substance.key not in entries:
                    continue  # (a missing entry fails test_every_..._can_be_combined)
                entry = entries[substance.key]
                for r in substance.rows:
                    if r.at_least.amount and \
                            row.row_for(entry.convert(r.at_least.amount)).level != r.level:
                        found.add((substance.key, str(version.effective)))
    return found


@pytest.mark.parametrize("version", VERSIONS, ids=IDS)
def test_every_drug_quantity_table_substance_can_be_combined(version) -> None:
    t = tables(version)
    for dqt in _dqt_for(version):
        keys = {s.key for s in substances(dqt)} - {t.measure_key}
        if t.special.get("cocaine_base", {}).get("rule") == "per_level":
            keys -= {"cocaine_base"}  # Nov. 1, 2007: converted by its own level (n.10(D))
        assert keys <= set(t.entries), (dqt.effective, keys - set(t.entries))


@pytest.mark.parametrize("version", VERSIONS, ids=IDS)
def test_converting_a_threshold_gives_the_drug_quantity_table_level(version) -> None:
    """At every threshold of every substance, the tables' factor lands on the level the Drug
    Quantity Table gives that substance, except the documented differences of the text."""
    expected = {k for k in KNOWN_DIFFERENCES if k[1] == str(version.effective)}
    assert _differences(version) == expected


@pytest.mark.parametrize("version", VERSIONS, ids=IDS)
def test_unprinted_factors_are_the_drug_quantity_tables_own_ratio(version) -> None:
    for dqt in _dqt_for(version):
        for row_key, entries in _measures(version):
            row = next(s for s in substances(dqt) if s.key == row_key)
            by_level = {r.level: r for r in row.rows}
            for entry in entries.values():
                own = next((s for s in substances(dqt) if s.key == entry.key), None)
                if entry.printed or own is None:
                    continue
                for a in own.rows:
                    if a.at_least.amount and a.level in by_level and \
                            by_level[a.level].at_least.amount:
                        assert entry.convert(a.at_least.amount) == \
                            by_level[a.level].at_least.amount, (entry.key, row_key, a)


# --------------------------------------------------------------------------- the engine


def _case(day, drugs) -> Case:
    return Case.model_validate({"manual": day.isoformat(), "criminal_history": {"category": "I"},
                                "offense": {"drugs": drugs}})


def _base_level(day, drugs) -> int:
    """The base offense level, minimum included (a case of drugs alone: the total)."""
    return calculate(_case(day, drugs)).result.total_offense_level


UNIT = {"mass": "g", "units": "units", "volume": "ml", "plants": "plants"}


@st.composite
def _drug(draw, day, exclude=frozenset()):
    t = tables(EQUIVALENCY.in_force(day))
    keys = sorted(set(t.entries) - {t.measure_key} - set(exclude))
    key = draw(st.sampled_from(keys))
    amount = draw(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("100000000"),
                              places=3))
    return {"substance": key, "quantity": f"{amount} {UNIT[t.entries[key].measure]}"}


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_adding_a_substance_to_a_mixture_never_lowers_the_base_level(data) -> None:
    """Converted weights are never negative, the caps only ever cap a growing sum, and every
    minimum level stays once its substance is in the case."""
    day = data.draw(st.sampled_from(COVERED))
    first = data.draw(_drug(day))
    second = data.draw(_drug(day, {first["substance"]}))
    third = data.draw(_drug(day))
    before = _base_level(day, [first, second])
    assert _base_level(day, [first, second, third]) >= before


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_adding_a_second_substance_never_lowers_the_base_level(data) -> None:
    """One substance read in its own Drug Quantity Table row, then a second one added: the
    combined level is never lower, except for the documented differences of the text."""
    day = data.draw(st.sampled_from([d for d in COVERED if d not in WITHOUT_MINIMUM]))
    version = EQUIVALENCY.in_force(day)
    dqt = DQT.in_force(day)
    keys = [s.key for s in substances(dqt) if s.key != tables(version).measure_key
            and (s.key, str(version.effective)) not in KNOWN_DIFFERENCES]
    key = data.draw(st.sampled_from(keys))
    measure = next(s.measure for s in substances(dqt) if s.key == key)
    amount = data.draw(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("100000000"),
                                   places=3))
    first = {"substance": key, "quantity": f"{amount} {UNIT[measure]}"}
    second = data.draw(_drug(day, {key}))
    assert _base_level(day, [first, second]) >= _base_level(day, [first])


def test_the_documented_difference_is_real_and_shown() -> None:
    """28 g of cocaine base: level 24 alone, 22 with a gram of marihuana (2025). Both from
    the text: the Drug Quantity Table row, and 28 x 3,571 g = 99.988 kg < 100 kg."""
    import datetime as dt

    day = dt.date(2025, 11, 1)
    crack = {"substance": "cocaine base", "quantity": "28 g"}
    assert _base_level(day, [crack]) == 24
    assert _base_level(day, [crack, {"substance": "marihuana", "quantity": "1 g"}]) == 22


def test_before_amendment_446_a_mixture_has_no_minimum_level() -> None:
    """1991 tables (App. C lines 10413-10508): no minimum; 1 g of heroin = 1 kg and 1 g of
    marihuana: 1.001 kg, 'At least 1 KG but less than 2.5 KG of Marihuana' (DQT_1989 text line
    282), level 10. From Nov. 1, 1992 (Amendment 446) the opiates' minimum raises it to 12."""
    import datetime as dt

    drugs = [{"substance": "heroin", "quantity": "1 g"}, {"substance": "marihuana", "quantity": "1 g"}]
    assert _base_level(dt.date(1991, 11, 1), drugs) == 10
    assert _base_level(dt.date(1992, 11, 1), drugs) == 12


def test_one_substance_in_its_own_measure_takes_the_direct_path() -> None:
    import datetime as dt

    computation = calculate(_case(dt.date(1993, 11, 1),
                                  [{"substance": "heroin", "quantity": "1 kg"},
                                   {"substance": "heroin", "quantity": "500 g"}]))
    sections = [s.section for s in computation.steps if s.chapter == "chapter_two"]
    assert sections == ["§2D1.1(c)(6)"]  # 1.5 kg of heroin: at least 1 but less than 3 kg, 32


def test_plants_change_rule_at_fifty_in_1993() -> None:
    """Note after the 1989 table (DQT_1989 text lines 307-310): 49 plants x 100 g = 4.9 kg,
    'At least 2.5 KG but less than 5 KG' (line 274), level 12; 50 plants x 1 kg = 50 kg,
    'At least 40 KG but less than 60 KG' (line 201), level 20."""
    import datetime as dt

    day = dt.date(1993, 11, 1)
    assert _base_level(day, [{"substance": "marihuana plants", "quantity": "49 plants"}]) == 12
    assert _base_level(day, [{"substance": "marihuana plants", "quantity": "50 plants"}]) == 20
    # 2025, note (E): 100 g each however many: 50 plants = 5 kg, 'At least 5 KG but less than
    # 10 KG of Marihuana', level 12 (USSG_2D1.1_2025.txt lines 719-721, DQT line 643)
    assert _base_level(dt.date(2025, 11, 1),
                       [{"substance": "marihuana plants", "quantity": "50 plants"}]) == 12


def test_lsd_doses_weigh_0_4_mg_from_1993() -> None:
    """Amendment 488 (App. C lines 14748-14750): 1,000 doses = 400 mg of LSD, 'At least 400 MG
    but less than 600 MG of LSD' (DQT_1989 text line 197), level 20. With 1 g of marihuana:
    400 mg x 100 kg = 40 kg (App. C line 10461) + 1 g, 'At least 40 KG but less than 60 KG'
    (line 201), level 20."""
    import datetime as dt

    day = dt.date(1993, 11, 1)
    assert _base_level(day, [{"substance": "LSD", "quantity": "1000 units"}]) == 20
    assert _base_level(day, [{"substance": "LSD", "quantity": "1000 units"},
                             {"substance": "marihuana", "quantity": "1 g"}]) == 20
    # before Amendment 488 (Nov. 1, 1992 edition) a dose is not 0.4 mg: the Typical Weight Per
    # Unit Table's 0.05 mg (an estimate) applies, 50 mg, 'At least 50 MG but less than 100 MG',
    # level 14 (line 253) -- in the tables' terms 5 kg + 1 g, 'At least 5 KG but less than 10 KG'
    assert _base_level(dt.date(1992, 11, 1),
                       [{"substance": "LSD", "quantity": "1000 units"},
                        {"substance": "marihuana", "quantity": "1 g"}]) == 14


# --------------------------------------------------------------------------- bad input


def _write(tmp_path: Path, manual: str, drugs: list[dict]) -> Path:
    lines = [f'manual = "{manual}"', "[criminal_history]", 'category = "I"']
    for drug in drugs:
        lines.append("[[offense.drugs]]")
        lines += [f'{k} = "{v}"' for k, v in drug.items()]
    path = tmp_path / "case.toml"
    path.write_text("\n".join(lines) + "\n")
    tomllib.loads(path.read_text())
    return path


BAD = {
    "unit_mismatch_in_a_mixture": (
        "1993-11-01", [{"substance": "heroin", "quantity": "10 g"},
                       {"substance": "cocaine", "quantity": "10 units"}],
        "offense.drugs[1].quantity", "measured in weight"),
    "unknown_substance_in_a_mixture": (
        "2025", [{"substance": "heroin", "quantity": "10 g"},
                 {"substance": "diazepam", "quantity": "10 units"}],
        "offense.drugs[1].substance", "Schedule IV substances"),
    "plants_by_weight": (
        "2025", [{"substance": "marihuana plants", "quantity": "2 kg"},
                 {"substance": "heroin", "quantity": "1 g"}],
        "offense.drugs[0].quantity", "counted in plants"),
    "oxycodone_without_purity": (
        "2025", [{"substance": "oxycodone", "quantity": "30 g"}],
        "offense.drugs[0].purity", "actual"),
    "bad_purity": (
        "2025", [{"substance": "methamphetamine", "quantity": "30 g", "purity": "150%"}],
        "offense.drugs[0].purity", "purity"),
    "liquid_by_weight": (
        "2025", [{"substance": "GHB", "quantity": "100 g"}, {"substance": "heroin", "quantity": "1 g"}],
        "offense.drugs[0].quantity", "volume"),
    "doses_of_a_substance_without_a_weight_per_dose": (
        "2025", [{"substance": "heroin", "quantity": "100 units"}],
        "offense.drugs[0].quantity", "measured in weight"),
}


def test_the_tables_refuse_the_editions_they_lack() -> None:
    """Nov. 1, 1987 - Oct. 31, 1989: not entered (those editions are not supported either)."""
    import datetime as dt

    with pytest.raises(TableError, match="not entered"):
        EQUIVALENCY.in_force(dt.date(1988, 6, 15))
    assert EQUIVALENCY.in_force(dt.date(1989, 11, 1)).effective == dt.date(1989, 11, 1)


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_mixture_input_exits_2_naming_the_field(name: str, tmp_path: Path) -> None:
    manual, drugs, field, words = BAD[name]
    path = _write(tmp_path, manual, drugs)
    run = run_ussg("calc", path)
    assert run.code == 2, (run.out, run.err)
    assert run.out == "" and "Traceback" not in run.err
    assert f"{path}: {field}" in run.err, run.err
    assert words in run.err, run.err


def test_one_substance_with_purity_takes_the_greater_row_1993() -> None:
    """Note following the 1989 table (DQT_1989 text lines 304-306): 100 g of methamphetamine
    at 50% is 'At least 100 G but less than 400 G of Methamphetamine' (line 145), level 26, or
    50 g of pure methamphetamine, 'at least 40 G but less than 70 G' (lines 129-130), level
    28: the greater, 28."""
    import datetime as dt

    drugs = [{"substance": "methamphetamine", "quantity": "100 g", "purity": "50%"}]
    assert _base_level(dt.date(1993, 11, 1), drugs) == 28
    # at 10% (10 g actual, 'at least 10 G but less than 40 G', level 26) the mixture's 26 stands
    drugs[0]["purity"] = "10%"
    assert _base_level(dt.date(1993, 11, 1), drugs) == 26


def test_anabolic_steroid_vials_count_by_volume_until_2006() -> None:
    """Amendment 369's note (App. C lines 8650-8653): one unit is a 10 cc vial; 1995-2006 note
    (G). 500 ml = 50 units; with a gram of marihuana, 1999: 50 units x 1 gm (line 16591) + 1 g
    = 51 g of marihuana, 'Less than 250 G', level 6 -- the same as 50 units stated as units."""
    import datetime as dt

    day = dt.date(1998, 11, 1)
    by_volume = [{"substance": "anabolic steroids", "quantity": "500 ml"},
                 {"substance": "marihuana", "quantity": "1 g"}]
    by_units = [{"substance": "anabolic steroids", "quantity": "50 units"},
                {"substance": "marihuana", "quantity": "1 g"}]
    assert _base_level(day, by_volume) == _base_level(day, by_units) == 6
