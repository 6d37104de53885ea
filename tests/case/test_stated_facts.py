"""Facts a court states (issue #13): each goes through the real command line, shown as a step
"as found" with its source, the figures that follow from it worked out by hand from the
Manual's own tables (the source line cited at each assertion)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ussg.guidelines.cli import main

from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "stated"
REFERENCE = ROOT.parent / "shared" / "reference" / "ussg"
ZERO = (ROOT / "tests" / "data" / "chapter_four" / "zero-point.toml").read_text()


def _calc(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["calc", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> dict:
    code, out, err = _calc(capsys, path, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def _write(tmp_path: Path, text: str, name: str = "case.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def _variant(tmp_path: Path, base: Path | str, old: str, new: str) -> Path:
    text = base.read_text() if isinstance(base, Path) else base
    assert old in text, old
    return _write(tmp_path, text.replace(old, new, 1))


def _step(result: dict, title: str) -> dict:
    (step,) = [s for s in result["steps"] if s["title"] == title]
    return step


# -- 1. Criminal history points alone (Ch.5 Pt.A) -------------------------------------------

def test_points_alone_give_the_category_as_found(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, DATA / "points-alone-2025.toml")
    step = _step(result, "Criminal history category (as found)")
    assert step["section"] == "Ch.5 Pt.A"
    assert step["input"] == "7 criminal history points, as the case states them"
    assert step["change"] == "IV"  # 2025 Sentencing Table heading "IV (7, 8, 9)", line 21670
    assert "7, 8, 9 points" in step["reason"]
    assert result["criminal_history_category"] == "IV"
    # level 30 (§2D1.1(c)(5), "At least 1 KG but less than 3 KG of Heroin", GLM2025 line
    # 8001), category IV:
    # tables/sentencing_table_2010-11-01_to_2025.csv line 179, "30,IV,135-168"
    assert result["total_offense_level"] == 30
    assert result["range"]["min_months"] == 135 and result["range"]["max_months"] == 168
    code, out, _ = _calc(capsys, DATA / "points-alone-2025.toml")
    assert code == 0
    assert "Ch.5 Pt.A — Criminal history category (as found)" in out
    assert "Criminal history category  IV" in out


# Every row of the Sentencing Table's headings, 2025 Manual (GLM2025_fulltext.txt lines
# 21661-21678): I (0 or 1), II (2 or 3), III (4, 5, 6), IV (7, 8, 9), V (10, 11, 12),
# VI (13 or more). The 1987 table has the same point sets (App. C, Amendment 270 only put
# them in parentheses), so a 1990 sentencing gives the same rows.
ROWS = [(0, "I"), (1, "I"), (2, "II"), (3, "II"), (4, "III"), (6, "III"), (7, "IV"),
        (9, "IV"), (10, "V"), (12, "V"), (13, "VI"), (40, "VI")]


@pytest.mark.parametrize(("points", "category"), ROWS)
@pytest.mark.parametrize("manual", ["1990", "2025"])
def test_every_row_of_the_sentencing_table(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           points: int, category: str, manual: str) -> None:
    path = _variant(tmp_path, DATA / "points-alone-2025.toml", "points = 7",
                    f"points = {points}")
    result = _json(capsys, path, "--manual", manual)
    assert result["criminal_history_category"] == category
    assert _step(result, "Criminal history category (as found)")["change"] == category


def test_points_alone_serve_the_zero_point_offender(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    """§4C1.1(a)(1) "the defendant did not receive any criminal history points from Chapter
    Four, Part A" reads the stated points (sections/2025/USSG_4C1.1_2025.txt)."""
    stated = ZERO.replace("instant_offense_began = 2024-03-01\npriors = []", "points = 0")
    result = _json(capsys, _write(tmp_path, stated))
    assert result["criminal_history_category"] == "I"
    # 150 g heroin: "At least 100 G but less than 400 G of Heroin" level 24 (§2D1.1(c)(8),
    # GLM2025 line 8079);
    # all criteria met: -2 (§4C1.1(a))
    assert result["total_offense_level"] == 22
    one = _json(capsys, _write(tmp_path, stated.replace("points = 0", "points = 1")))
    assert one["total_offense_level"] == 24  # (a)(1) not met


def test_points_with_category_are_still_checked_and_neither_is_an_error(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _variant(tmp_path, DATA / "points-alone-2025.toml", "points = 7",
                    'category = "III"\npoints = 7')
    code, _, err = _calc(capsys, path)
    assert code == 2 and "criminal_history.points: 7 points make category IV, not III" in err
    path = _variant(tmp_path, DATA / "points-alone-2025.toml", "points = 7", "")
    code, _, err = _calc(capsys, path)
    assert code == 2 and "criminal_history" in err and "`points`" in err


# -- 2. Statutory terms as stated ----------------------------------------------------------

def test_a_minimum_without_a_maximum(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, DATA / "minimum-alone-2025.toml")
    (count,) = result["counts"]
    assert count["minimum_months"] == 120
    assert count["maximum_months"] is None and count["maximum_stated"] is False
    assert count["felony_class"] == "" and count["maximum_fine"] is None
    penalty = _step(result, "Statutory penalty")
    assert penalty["change"] == "at least 120 months; maximum not stated"
    assert "class not determined: maximum not stated" in penalty["reason"]
    # level 28, category I: 78-97 (sentencing_table_2010-11-01_to_2025.csv line 164); the
    # minimum of 120 months is above 97: §5G1.1(b) (USSG_5G1.1_2025.txt line 9)
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (78, 97)
    bounded = _step(result, "Guideline range within the statutory limits")
    assert bounded["section"] == "§5G1.1(b)" and bounded["change"] == "120 months"
    assert "statutory maximum not stated (18 U.S.C. § 1591(b)(2)): no cap from it" in \
        bounded["input"]
    assert result["statutory_range"] == {"min_months": 120, "max_months": 120, "life": False}
    # nothing that needs the class is invented: supervised release is not determined...
    assert "supervised_release" not in result
    assert _step(result, "Supervised release (not determined)")["change"] == "not determined"
    # ... and the fine is the table's row, unchecked against a statutory maximum:
    # GLM2025 line 23458, "26–28 $25,000 $250,000"
    assert result["fine"] == {"min_dollars": 25_000, "max_dollars": 250_000,
                              "table_max_dollars": 250_000, "statutory_max_dollars": None}
    assert "is not determined: maximum term not stated" in _step(result, "Fine range")["reason"]
    options = _step(result, "Sentence options")
    assert options["change"] == "probation not authorized"  # the binding minimum
    assert "Class A or B felony (§5B1.1(b)(1)) is not determined" in options["reason"]
    code, out, _ = _calc(capsys, DATA / "minimum-alone-2025.toml")
    assert code == 0 and "Statutory penalty: at least 120 months; maximum not stated" in out


def test_a_minimum_below_the_range_leaves_it_uncapped(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    path = _variant(tmp_path, DATA / "minimum-alone-2025.toml", "offense_level = 28",
                    "offense_level = 43")
    result = _json(capsys, path)
    # 43/I: life (sentencing table line 254); no maximum stated, so no §5G1.1(a) cap
    assert result["range"]["life"] is True
    assert result["statutory_range"]["life"] is True
    assert _step(result, "Guideline range within the statutory limits")["section"] == "§5G1.1(c)"


def test_a_mandatory_life_term_stated_directly(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, DATA / "mandatory-life-2025.toml")
    (count,) = result["counts"]
    assert count["mandatory_life"] is True and count["maximum_months"] is None
    assert "maximum_stated" not in count  # the maximum is stated: life
    # 18 U.S.C. § 3559(a)(1), "life imprisonment, or if the maximum penalty is death"
    # (tables/felony_classes.toml): Class A
    assert count["felony_class"] == "A"
    assert _step(result, "Statutory penalty")["change"] == "mandatory life imprisonment"
    # level 30/I: 97-121 (sentencing table line 176); life above 121: §5G1.1(b)
    bounded = _step(result, "Guideline range within the statutory limits")
    assert bounded["section"] == "§5G1.1(b)"
    assert result["statutory_range"] == {"min_months": None, "max_months": None, "life": True}
    # GLM2025 line 23459: "29–31 $30,000 $300,000", capped by § 3571(b)(3)'s $250,000
    assert result["fine"]["max_dollars"] == 250_000


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ("statutory_mandatory_life = true", "statutory_mandatory_life = true\n"
     "statutory_minimum_months = 360", "offense", "give no statutory_minimum_months"),
    ("statutory_mandatory_life = true", "", "offense.statutory_maximum_months",
     "statutory_mandatory_life = true"),
    ("statutory_mandatory_life = true", 'statutory_mandatory_life = "yes"',
     "offense.statutory_mandatory_life", ""),
])
def test_stated_terms_refused_clearly(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      old: str, new: str, field: str, words: str) -> None:
    code, out, err = _calc(capsys, _variant(tmp_path, DATA / "mandatory-life-2025.toml", old,
                                            new))
    assert code == 2 and out == "" and "Traceback" not in err
    assert field in err and words in err


# -- 3. A §2D1.1 base level or a bracketed quantity --------------------------------------------

COURIER = ROOT / "examples" / "courier-2025.toml"


def test_at_least_reads_the_row_of_that_amount(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, DATA / "cocaine-at-least-2025.toml")
    found = _step(result, "Drug quantity (as found)")
    assert found["input"] == "at least 15 kg of cocaine, as the court found it"
    assert found["change"] == "15 kg"
    base = _step(result, "Base offense level (Drug Quantity Table)")
    # GLM2025 lines 7979-7980: "(4) At least 15 KG but less than 50 KG of Cocaine", level 32
    assert base["section"] == "§2D1.1(c)(4)" and base["level"] == 32
    # sentencing_table_2010-11-01_to_2025.csv: "32,I,121-151"
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (121, 151)


def test_between_in_one_row_then_the_characteristics(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, DATA / "cocaine-between-2025.toml")
    assert "both ends fall in one row" in _step(result, "Drug quantity (as found)")["reason"]
    base = _step(result, "Base offense level (Drug Quantity Table)")
    # GLM2025 lines 8001-8002: "(5) ... At least 5 KG but less than 15 KG of Cocaine", 30
    assert base["section"] == "§2D1.1(c)(5)" and base["level"] == 30
    assert result["total_offense_level"] == 32  # §2D1.1(b)(1), +2


def test_a_bracket_across_rows_is_an_error_naming_them(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _calc(capsys, DATA / "meth-between-rows-2025.toml")
    assert code == 2 and out == ""
    assert "offense.drugs[0].quantity_between: between 5 g and 20 g" in err
    # GLM2025 line 8085 (row (8), level 24) and line 8057 (row (7), level 26)
    assert "§2D1.1(c)(8) (at least 5 g but less than 20 g of Methamphetamine (actual) → " \
           "level 24)" in err
    assert "§2D1.1(c)(7) (at least 20 g but less than 35 g of Methamphetamine (actual) → " \
           "level 26)" in err


def test_brackets_keep_the_conversion_caps(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, DATA / "schedules-bracketed-2025.toml")
    caps = [s["change"] for s in result["steps"] if s["title"] == "Cap"]
    # USSG_2D1.1_2025.txt lines 974-987: V capped at 2.49 kg, IV and V at 9.99 kg, the
    # combined weight (76 + 9.99 kg) at 79.99 kg
    assert [c.split("→ ")[-1] for c in caps] == ["2.49 kg", "9.99 kg", "79.99 kg"]
    base = _step(result, "Base offense level (Drug Quantity Table)")
    assert base["section"] == "§2D1.1(c)(10)" and base["level"] == 20  # line 8150


def test_at_least_keeps_role_cap_and_safety_valve(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    """The courier example with its quantity found "at least 12 kg": level 34 (GLM2025 line
    7951, "(3) At least 10 KG but less than 30 KG of Heroin"), then as the example's own
    comment works it by hand: cap to 31, to 30, (b)(17) -2, (b)(18) -2, §3B1.2(a) -4: 22."""
    path = _variant(tmp_path, COURIER, 'quantity = "12 kg"', 'quantity_at_least = "12 kg"')
    result = _json(capsys, path)
    assert result["total_offense_level"] == 22
    assert [s["level"] for s in result["steps"] if s["title"] == "Mitigating-role cap"] == \
        [31, 30]
    assert _step(result, "Safety valve")["delta"] == -2


def test_a_base_level_as_found_takes_the_rest_of_2d1_1(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    text = COURIER.read_text().replace('[[offense.drugs]]\nsubstance = "heroin"\n'
                                       'quantity = "12 kg"\n', "")
    text = text.replace("[offense]\n", "[offense]\nbase_offense_level = 34\n")
    result = _json(capsys, _write(tmp_path, text))
    base = _step(result, "Base offense level (as found)")
    assert base["section"] == "§2D1.1(c)" and base["level"] == 34
    assert [s["level"] for s in result["steps"] if s["title"] == "Mitigating-role cap"] == \
        [31, 30]
    assert result["total_offense_level"] == 22  # as the example's comment works it by hand


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ('quantity_at_least = "15 kg"', 'quantity_at_least = "15 kg"\nquantity = "15 kg"',
     "offense.drugs[0]", "give one of quantity, quantity_at_least, quantity_between"),
    ('quantity_at_least = "15 kg"', 'quantity_between = ["15 kg"]',
     "offense.drugs[0].quantity_between", "give the two ends"),
    ('quantity_at_least = "15 kg"', 'quantity_between = ["20 kg", "15 kg"]',
     "offense.drugs[0].quantity_between", "must be less than"),
    ('quantity_at_least = "15 kg"', 'quantity_between = ["15 kg", "20 units"]',
     "offense.drugs[0].quantity_between", "different measures"),
    ('[[offense.drugs]]', "[offense]\nbase_offense_level = 32\n\n[[offense.drugs]]",
     "offense", "not both"),
    ('[[offense.drugs]]\nsubstance = "cocaine"\nquantity_at_least = "15 kg"',
     "[offense]\nbase_offense_level = 33", "offense.base_offense_level",
     "33 is not a level of the Drug Quantity Table"),
])
def test_bracket_and_level_refused_clearly(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           old: str, new: str, field: str, words: str) -> None:
    code, out, err = _calc(capsys, _variant(tmp_path, DATA / "cocaine-at-least-2025.toml", old,
                                            new))
    assert code == 2 and out == "" and "Traceback" not in err
    assert field in err and words in err, err


# -- 4. One mixture containing two controlled substances ------------------------------------

MIXTURE = DATA / "mixture-cocaine-heroin-2025.toml"


def test_the_whole_mixture_goes_to_the_greater_level(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, MIXTURE)
    step = _step(result, "Mixture of controlled substances")
    assert step["section"] == "§2D1.1(c), Note (A) to the Drug Quantity Table"
    # GLM2025 line 8080 (cocaine 500 G-2 KG, level 24) and line 8051 (heroin 400-700 G, 26)
    assert step["input"] == ("600 g of one mixture containing cocaine, heroin: as cocaine, "
                             "level 24; as heroin, level 26")
    assert step["change"] == "the whole weight as heroin"
    assert "assigned to the controlled substance that results in the greater offense level" \
        in step["reason"]
    base = _step(result, "Base offense level (Drug Quantity Table)")
    assert base["section"] == "§2D1.1(c)(7)" and base["level"] == 26
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (63, 78)


def test_the_order_named_does_not_matter(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    path = _write(tmp_path, MIXTURE.read_text().replace('"cocaine"', '"heroin"', 1)
                  .replace('["heroin"]', '["cocaine"]'))
    result = _json(capsys, path)
    assert _step(result, "Mixture of controlled substances")["change"] == \
        "the whole weight as heroin"
    assert result["total_offense_level"] == 26


def test_the_note_by_edition(capsys: pytest.CaptureFixture[str]) -> None:
    # Nov. 1, 1989: Amendment 125's asterisk note, the same words (APPENDIX_C_Vol_I.txt lines
    # 2558-2561); DQT_1989-11-01_table_as_inserted_by_amendment_125.txt line 122, "(8) At
    # least 400 G but less than 700 G of Heroin Level 28", line 140 cocaine 500 G-2 KG in (9),
    # level 26
    result = _json(capsys, MIXTURE, "--manual", "1989-11-01")
    step = _step(result, "Mixture of controlled substances")
    assert step["section"] == "§2D1.1(c), note (*) to the Drug Quantity Table"
    assert step["input"].endswith("as cocaine, level 26; as heroin, level 28")
    assert result["total_offense_level"] == 28
    # Nov. 1, 1995 on: lettered Note (A) by Amendment 518 (APPENDIX_C_Vol_I.txt line 16633);
    # 2016: DQT_2016 line 235, heroin 400-700 G, level 26; line 275, cocaine 500 G-2 KG, 24
    result = _json(capsys, MIXTURE, "--manual", "2016")
    step = _step(result, "Mixture of controlled substances")
    assert step["section"] == "§2D1.1(c), Note (A) to the Drug Quantity Table"
    assert result["total_offense_level"] == 26


def test_the_1987_footnote_is_not_guessed(capsys: pytest.CaptureFixture[str]) -> None:
    """The original table's footnote: "the most serious controlled substance shall determine
    the categorization of the entire quantity" (DQT_1987-11-01_original_table_verbatim.txt
    lines 100-104): no test of "most serious" is given, so ussg asks for the substance."""
    code, out, err = _calc(capsys, MIXTURE, "--manual", "1987-11-01")
    assert code == 2 and out == ""
    assert "offense.drugs[0].also_contains" in err and "most serious" in err


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ('["heroin"]', '["unobtainium"]', "offense.drugs[0].also_contains[0]",
     "unknown substance"),
    ('quantity = "600 g"', 'quantity = "600 g"\npurity = "50%"', "offense.drugs[0]",
     "purity with also_contains"),
])
def test_mixture_refused_clearly(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                 old: str, new: str, field: str, words: str) -> None:
    code, out, err = _calc(capsys, _variant(tmp_path, MIXTURE, old, new))
    assert code == 2 and out == "" and "Traceback" not in err
    assert field in err and words in err, err


def test_a_base_level_and_drugs_on_grouped_counts_refused(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    """§3D1.2(d) groups §2D1.1 counts by aggregate quantity: a base level found for one count
    cannot be added to another count's quantity."""
    text = ('sentencing_date = 2025-12-15\noffense_date = 2025-06-01\n\n'
            '[[counts]]\nstatute = "21 U.S.C. § 841(a)(1), (b)(1)(C)"\nbase_offense_level = 30\n\n'
            '[[counts]]\nstatute = "21 U.S.C. § 841(a)(1), (b)(1)(C)"\n'
            'drugs = [{ substance = "heroin", quantity = "50 g" }]\n\n'
            '[criminal_history]\ncategory = "I"\n')
    code, out, err = _calc(capsys, _write(tmp_path, text))
    assert code == 2 and out == "" and "Traceback" not in err
    assert "counts[0].base_offense_level: Count 1 is grouped with Count 2" in err
