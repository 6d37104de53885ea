"""An independent reading of §2D1.1 (2025 and 2016 Manuals), case by case through the real CLI.

Each case was worked by hand from the Manual's text before it was run; the comment on each
cites the lines it was worked from. Paths (under /work/shared/reference/ussg/):
  S25 = sections/2025/USSG_2D1.1_2025.txt   S16 = sections/2016/USSG_2D1.1_2016.txt
What is asserted: the Chapter Two offense level (the last Chapter Two step), and where the
case is about one provision, that a step of that provision was taken.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from ussg.guidelines.case.model import Drug
from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import drug_quantity
from tests.conftest import REFERENCE
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused

HEROIN = 'substance = "heroin"'


def _case(tmp_path: Path, manual: str, body: str, role: str = "") -> Path:
    path = tmp_path / "audit.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\n{body}\n'
                    + (f"[adjustments.role]\n{role}\n" if role else "")
                    + '[criminal_history]\ncategory = "I"\n')
    return path


def _drugs(*pairs: tuple[str, str], extra: str = "") -> str:
    return extra + "\n" + "".join(f'[[offense.drugs]]\nsubstance = "{s}"\nquantity = "{q}"\n'
                                  for s, q in pairs)


def _chapter_two(result: dict) -> tuple[int, list[str]]:
    steps = [s for s in result["steps"] if s["chapter"] == "chapter_two"]
    level = [s["level"] for s in steps if s["level"] is not None][-1]
    return level, [s["section"] for s in steps]


MINOR = 'mitigating = "minor_participant"'
MINIMAL = 'mitigating = "minimal_participant"'
BETWEEN = 'mitigating = "between_minimal_and_minor"'
ORGANIZER = 'aggravating = "organizer_or_leader"\nparticipants = 5'
VALVE = ("[offense.safety_valve]\ncriminal_history = true\nno_violence_or_weapon = true\n"
         "no_death_or_serious_bodily_injury = true\nnot_organizer_or_cce = true\n"
         "truthful_disclosure = {}\n")
ALL_THREE = ('minimal_role_factors = ["motivated_by_relationship_or_fear", '
             '"no_monetary_compensation", "minimal_knowledge"]')

# (id, manual, offense body (TOML under [offense]), role lines, Chapter Two level, a section
#  that must appear among the Chapter Two steps (or ""))
CASES = [
    # ---- Part 1: (a)(5)'s mitigating-role cap --------------------------------------------
    # 2025 (a)(5), S25 lines 36-48: "(i) level 32, decrease by 2 levels; (ii) level 34,
    # decrease by 3 levels; or (iii) above level 34, decrease to level 32. If the resulting
    # offense level is greater than level 30 and the defendant receives the 4-level
    # reduction in §3B1.2(a), decrease to level 30." Heroin rows: S25 lines 305, 325, 346, 374.
    ("2025 L38 minor: above 34 to 32", "2025", _drugs(("heroin", "90 kg")), MINOR, 32,
     "§2D1.1(a)(5)"),
    ("2025 L38 between: above 34 to 32", "2025", _drugs(("heroin", "90 kg")), BETWEEN, 32,
     "§2D1.1(a)(5)"),
    ("2025 L36 minor: above 34 to 32", "2025", _drugs(("heroin", "30 kg")), MINOR, 32,
     "§2D1.1(a)(5)"),
    ("2025 L34 minor: -3 = 31", "2025", _drugs(("heroin", "10 kg")), MINOR, 31, "§2D1.1(a)(5)"),
    ("2025 L34 minimal: 31 > 30, to 30", "2025", _drugs(("heroin", "10 kg")), MINIMAL, 30,
     "§2D1.1(a)(5)"),
    ("2025 L38 minimal: 32, then to 30", "2025", _drugs(("heroin", "90 kg")), MINIMAL, 30,
     "§2D1.1(a)(5)"),
    ("2025 L32 minimal: -2 = 30", "2025", _drugs(("heroin", "3 kg")), MINIMAL, 30,
     "§2D1.1(a)(5)"),
    ("2025 L30 minimal: no change", "2025", _drugs(("heroin", "2.999 kg")), MINIMAL, 30, ""),
    # 2016 (a)(5), S16 line 15: "(i) level 32, decrease by 2 levels; (ii) level 34 or level
    # 36, decrease by 3 levels; or (iii) level 38, decrease by 4 levels. If the resulting
    # offense level is greater than level 32 and the defendant receives the 4-level
    # ("minimal participant") reduction in §3B1.2(a), decrease to level 32."
    ("2016 L38 minor: -4 = 34", "2016", _drugs(("heroin", "90 kg")), MINOR, 34, "§2D1.1(a)(5)"),
    ("2016 L36 minor: -3 = 33", "2016", _drugs(("heroin", "30 kg")), MINOR, 33, "§2D1.1(a)(5)"),
    ("2016 L36 minimal: 33, to 32", "2016", _drugs(("heroin", "30 kg")), MINIMAL, 32,
     "§2D1.1(a)(5)"),
    ("2016 L38 minimal: 34, to 32", "2016", _drugs(("heroin", "90 kg")), MINIMAL, 32,
     "§2D1.1(a)(5)"),
    ("2016 L34 minimal: 31, not above 32", "2016", _drugs(("heroin", "10 kg")), MINIMAL, 31,
     "§2D1.1(a)(5)"),
    ("2016 L32 minor: -2 = 30", "2016", _drugs(("heroin", "3 kg")), MINOR, 30, "§2D1.1(a)(5)"),
    # ---- Part 1: (a)(1)-(4) --------------------------------------------------------------
    # 2025 (a)(2), S25 lines 14-19: 38 "if ... (B) the parties stipulate to (i) such an
    # offense"; heroin 50 g is (c)(11) level 18 (S25 line 540).
    ("2025 (a)(2) 38 on a stipulation", "2025",
     _drugs(("heroin", "50 g"), extra='convictions = ["841(b)(1)(C)"]\n'
            '[offense.death_or_serious_bodily_injury]\nestablished_by = "stipulation"\n'),
     "", 38, "§2D1.1(a)(2)"),
    # 2025 (a)(1), S25 lines 7-13: 43 where the mandatory life term applies (a prior).
    ("2025 (a)(1) 43 with the prior conviction", "2025",
     _drugs(("heroin", "50 g"), extra='convictions = ["841(b)(1)(A)"]\n'
            '[offense.death_or_serious_bodily_injury]\nestablished_by = "offense_of_conviction"'
            '\nprior_conviction = true\n'),
     "", 43, "§2D1.1(a)(1)"),
    # 2025 (a)(4), S25 lines 28-34: 26 under § 841(b)(1)(E); (a)(3) 30 with the 30-year
    # maximum (a prior). Ketamine 1,000 units: (c)(16) level 8 (S25 line 723).
    ("2025 (a)(4) 26 under 841(b)(1)(E)", "2025",
     _drugs(("ketamine", "1000 units"), extra='convictions = ["841(b)(1)(E)"]\n'
            '[offense.death_or_serious_bodily_injury]\nestablished_by = "offense_of_conviction"'
            '\n'),
     "", 26, "§2D1.1(a)(4)"),
    ("2025 (a)(3) 30 under 841(b)(1)(E) with a prior", "2025",
     _drugs(("ketamine", "1000 units"), extra='convictions = ["841(b)(1)(E)"]\n'
            '[offense.death_or_serious_bodily_injury]\nestablished_by = "offense_of_conviction"'
            '\nprior_conviction = true\n'),
     "", 30, "§2D1.1(a)(3)"),
    # "Apply the greatest" (S25 line 5): (a)(2)'s 38 against (a)(5)'s 38 capped to 32 for a
    # minor participant: 38.
    ("2025 (a)(2) 38 greater than the capped (a)(5) 32", "2025",
     _drugs(("heroin", "90 kg"), extra='convictions = ["841(b)(1)(A)"]\n'
            '[offense.death_or_serious_bodily_injury]\nestablished_by = "offense_of_conviction"'
            '\n'),
     MINOR, 38, "§2D1.1(a)(2)"),
    # 2016 (a)(2), S16 line 9: "the offense of conviction establishes"; (a)(4) S16 line 13.
    ("2016 (a)(2) 38", "2016",
     _drugs(("heroin", "50 g"), extra='convictions = ["960(b)(3)"]\n'
            '[offense.death_or_serious_bodily_injury]\nestablished_by = "offense_of_conviction"'
            '\n'),
     "", 38, "§2D1.1(a)(2)"),
    ("2016 (a)(4) 26", "2016",
     _drugs(("ketamine", "1000 units"), extra='convictions = ["960(b)(5)"]\n'
            '[offense.death_or_serious_bodily_injury]\nestablished_by = "offense_of_conviction"'
            '\n'),
     "", 26, "§2D1.1(a)(4)"),
    # ---- Part 2: Drug Quantity Table rows (2025 S25 lines 299-723; 2016 S16 lines 420-710)
    ("2025 fentanyl 40 g: (c)(8) 24", "2025", _drugs(("fentanyl", "40 g")), "", 24,
     "§2D1.1(c)(8)"),  # S25 line 479
    ("2025 fentanyl 39.999 g: (c)(9) 22", "2025", _drugs(("fentanyl", "39.999 g")), "", 22,
     "§2D1.1(c)(9)"),  # S25 line 508
    ("2025 fentanyl analogue 9 kg: (c)(1) 38", "2025",
     _drugs(("fentanyl analogue", "9 kg")), "", 38, "§2D1.1(c)(1)"),  # S25 line 315
    ("2025 fentanyl analogue 8.999 kg: (c)(2) 36", "2025",
     _drugs(("fentanyl analogue", "8.999 kg")), "", 36, "§2D1.1(c)(2)"),  # S25 line 337
    ("2025 cocaine base 28 g: (c)(8) 24", "2025", _drugs(("cocaine base", "28 g")), "", 24,
     "§2D1.1(c)(8)"),  # S25 line 470
    ("2025 cocaine base 27.999 g: (c)(9) 22", "2025", _drugs(("cocaine base", "27.999 g")), "",
     22, "§2D1.1(c)(9)"),  # S25 line 499
    ("2025 cocaine 450 kg: (c)(1) 38", "2025", _drugs(("cocaine", "450 kg")), "", 38,
     "§2D1.1(c)(1)"),  # S25 line 302
    ("2025 cocaine 49.999 g: (c)(14) 12", "2025", _drugs(("cocaine", "49.999 g")), "", 12,
     "§2D1.1(c)(14)"),  # S25 line 645
    ("2025 marihuana 999.999 g: (c)(17) 6", "2025", _drugs(("marihuana", "999.999 g")), "", 6,
     "§2D1.1(c)(17)"),  # S25 line 728
    ("2025 marihuana 1 kg: (c)(16) 8", "2025", _drugs(("marihuana", "1 kg")), "", 8,
     "§2D1.1(c)(16)"),  # S25 line 715
    ("2025 LSD 900 g: (c)(1) 38", "2025", _drugs(("LSD", "900 g")), "", 38, "§2D1.1(c)(1)"),
    ("2025 LSD 99.999 mg: (c)(14) 12", "2025", _drugs(("LSD", "99.999 mg")), "", 12,
     "§2D1.1(c)(14)"),  # S25 line 653
    ("2016 cocaine base 25.2 kg: (c)(1) 38", "2016", _drugs(("cocaine base", "25.2 kg")), "",
     38, "§2D1.1(c)(1)"),
    ("2016 cocaine base 25.199 kg: (c)(2) 36", "2016",
     _drugs(("cocaine base", "25.199 kg")), "", 36, "§2D1.1(c)(2)"),
    ("2016 methamphetamine (actual) 4.5 kg: (c)(1) 38", "2016",
     _drugs(("methamphetamine (actual)", "4.5 kg")), "", 38, "§2D1.1(c)(1)"),
    # ---- Part 3: the Notes to the Drug Quantity Table (S25 lines 733-805) ------------------
    # Note (B), S25 lines 742-749: "whichever is greater". 45 g of methamphetamine at 100%:
    # 45 g actual is (c)(6) 28 (S25 line 450); the mixture 45 g is (c)(9) 22.
    ("2025 meth 45 g at 100%: the actual weight, 28", "2025",
     '[[offense.drugs]]\nsubstance = "methamphetamine"\nquantity = "45 g"\npurity = "100%"\n',
     "", 28, "§2D1.1(c)(6)"),
    # 50 g at 9%: the mixture (c)(8) 24 (S25 line 473) against 4.5 g actual (c)(9) 22.
    ("2025 meth 50 g at 9%: the mixture, 24", "2025",
     '[[offense.drugs]]\nsubstance = "methamphetamine"\nquantity = "50 g"\npurity = "9%"\n',
     "", 24, "§2D1.1(c)(8)"),
    # Note (C) "Ice": 5 g is (c)(8) 24, 4.999 g (c)(9) 22 (S25 lines 475, 504).
    ("2025 ice 5 g: 24", "2025", _drugs(("ice", "5 g")), "", 24, "§2D1.1(c)(8)"),
    ("2025 ice 4.999 g: 22", "2025", _drugs(("ice", "4.999 g")), "", 22, "§2D1.1(c)(9)"),
    # Note (E), S25 lines 763-765: each plant 100 g: 1,000 plants = 100 kg, (c)(8) 24
    # (S25 line 483); 999 plants = 99.9 kg, (c)(9) 22.
    ("2025 1,000 marihuana plants: 24", "2025", _drugs(("marihuana plants", "1000 plants")),
     "", 24, ""),
    ("2025 999 marihuana plants: 22", "2025", _drugs(("marihuana plants", "999 plants")),
     "", 22, ""),
    # 2016 note (E) (S16 line 729, the same words): 100 g a plant whatever their number:
    # 49 plants = 4.9 kg, (c)(15) 10 (not the 1 kg a plant of 50 or more before 1995).
    ("2016 49 marihuana plants: 10", "2016", _drugs(("marihuana plants", "49 plants")),
     "", 10, ""),
    ("2016 1,000 marihuana plants: 24", "2016", _drugs(("marihuana plants", "1000 plants")),
     "", 24, ""),
    # Note (G), S25 lines 777-780: each dose 0.4 mg: 2,500 doses = 1 g, (c)(8) 24 (S25 line
    # 478); 2,499 doses = 999.6 mg, (c)(9) 22 (800 mg - 1 g, S25 line 507).
    ("2025 LSD 2,500 doses: 24", "2025", _drugs(("LSD", "2500 units")), "", 24, ""),
    ("2025 LSD 2,499 doses: 22", "2025", _drugs(("LSD", "2499 units")), "", 22, ""),
    # The last rows of each schedule (the caps): Schedule III "60,000 units or more" (c)(10)
    # 20 (S25 line 541); Schedule IV "80,000 units or more" (c)(14) 12 (S25 line 662);
    # Schedule V "160,000 units or more" (c)(16) 8 (S25 line 722); Schedule I or II
    # Depressants 90,000,000 units (c)(1) 38 (S25 line 320).
    ("2025 Schedule III 1,000,000 units: capped at 20", "2025",
     _drugs(("Schedule III substances", "1000000 units")), "", 20, ""),
    ("2025 Schedule III 59,999 units: 18", "2025",
     _drugs(("Schedule III substances", "59999 units")), "", 18, ""),
    ("2025 Schedule IV 1,000,000 units: capped at 12", "2025",
     _drugs(("Schedule IV substances", "1000000 units")), "", 12, ""),
    ("2025 Schedule IV 79,999 units: 10", "2025",
     _drugs(("Schedule IV substances", "79999 units")), "", 10, ""),
    ("2025 Schedule V 1,000,000 units: capped at 8", "2025",
     _drugs(("Schedule V substances", "1000000 units")), "", 8, ""),
    ("2025 Schedule V 159,999 units: 6", "2025",
     _drugs(("Schedule V substances", "159999 units")), "", 6, ""),
    ("2025 Schedule I or II Depressants 90,000,000 units: 38", "2025",
     _drugs(("Schedule I or II Depressants", "90000000 units")), "", 38, ""),
    # ---- Part 5: comment. (n.8(D)) conversion (S25 lines 1007-1034) ------------------------
    # 1 g heroin = 1 kg, 1 g cocaine = 200 g: 50 g heroin + 250 g cocaine = 50 + 50 = 100 kg
    # converted drug weight, (c)(8) 24 (S25 line 494); 1 g less cocaine: 99.8 kg, (c)(9) 22.
    ("2025 heroin 50 g + cocaine 250 g = 100 kg CDW: 24", "2025",
     _drugs(("heroin", "50 g"), ("cocaine", "250 g")), "", 24, ""),
    ("2025 heroin 50 g + cocaine 249 g = 99.8 kg CDW: 22", "2025",
     _drugs(("heroin", "50 g"), ("cocaine", "249 g")), "", 22, ""),
    # 1 g oxycodone (actual) = 6,700 g (S25 line 1019): 15 g = 100.5 kg, 24; 14.9 g =
    # 99.83 kg, 22.
    ("2025 oxycodone (actual) 15 g: 24", "2025", _drugs(("oxycodone (actual)", "15 g")), "",
     24, ""),
    ("2025 oxycodone (actual) 14.9 g: 22", "2025", _drugs(("oxycodone (actual)", "14.9 g")),
     "", 22, ""),
    # 1 g fentanyl = 2.5 kg (S25 line 1007): 40 g fentanyl + 1 g heroin = 101 kg: 24.
    ("2025 fentanyl 40 g + heroin 1 g = 101 kg CDW: 24", "2025",
     _drugs(("fentanyl", "40 g"), ("heroin", "1 g")), "", 24, ""),
    # comment. (n.8(A)), S25 lines 925-929: "100 grams of oxymorphone ... 500 kilograms,
    # which corresponds to a base offense level of 26".
    ("2025 n.8(A) example: oxymorphone 100 g, 26", "2025", _drugs(("oxymorphone", "100 g")),
     "", 26, ""),
    # comment. (n.8(C)) examples, S25 lines 950-966 (2016: S16 lines 795-799).
    ("2025 n.8(C)(i): PCP 70 g + LSD 250 mg = 95 kg, 22", "2025",
     _drugs(("PCP", "70 g"), ("LSD", "250 mg")), "", 22, ""),
    ("2025 n.8(C)(ii): marihuana 500 g + Schedule IV 10,000 units = 1.125 kg, 8", "2025",
     _drugs(("marihuana", "500 g"), ("Schedule IV substances", "10000 units")), "", 8, ""),
    ("2025 n.8(C)(iii): cocaine 80 g + cocaine base 2 g = 23.142 kg, 16", "2025",
     _drugs(("cocaine", "80 g"), ("cocaine base", "2 g")), "", 16, ""),
    ("2016 n.8(C)(i): PCP 70 g + LSD 250 mg = 95 kg of marihuana, 22", "2016",
     _drugs(("PCP", "70 g"), ("LSD", "250 mg")), "", 22, ""),
    ("2016 n.8(C)(ii): marihuana 500 g + Schedule IV 10,000 units, 8", "2016",
     _drugs(("marihuana", "500 g"), ("Schedule IV substances", "10000 units")), "", 8, ""),
    ("2016 n.8(C)(iii): cocaine 80 g + cocaine base 2 g, 16", "2016",
     _drugs(("cocaine", "80 g"), ("cocaine base", "2 g")), "", 16, ""),
    # The level-12 minimum of the opiates (S25 lines 1002 codeine 80 g; 1023 the proviso):
    # 1 g = 80 g, level 6, raised to 12. 2016: S16 line 861.
    ("2025 codeine 1 g: the opiates' minimum 12", "2025", _drugs(("codeine", "1 g")), "", 12,
     "§2D1.1, comment. (n.8(D))"),
    ("2016 codeine 1 g: the opiates' minimum 12", "2016", _drugs(("codeine", "1 g")), "", 12,
     "§2D1.1, comment. (n.8(D))"),
    # comment. (n.9), S25 lines 1219-1234: MDMA 250 mg a unit; 1 g MDMA = 500 g (line 1075):
    # 800 units = 200 g = 100 kg, (c)(8) 24; 799 units = 199.75 g = 99.875 kg, 22.
    ("2025 n.9 MDMA 800 units: 24", "2025", _drugs(("MDMA", "800 units")), "", 24, ""),
    ("2025 n.9 MDMA 799 units: 22", "2025", _drugs(("MDMA", "799 units")), "", 22, ""),
    # n.9's own example (S25 line 1222): 100 doses of mescaline = 50 g; 1 g = 10 g (line
    # 1082): 500 g, level 6, raised to the hallucinogens' minimum 12 (line 1098).
    ("2025 n.9 mescaline 100 doses: 12", "2025", _drugs(("mescaline", "100 units")), "", 12, ""),
    # ---- Part 4: (b) ---------------------------------------------------------------------
    # (b)(3), S25 lines 73-81: +2, "less than level 26, increase to level 26". Heroin 5 g:
    # (c)(14) 12 -> 14 -> 26; 100 g (c)(8) 24 -> 26; 400 g (c)(7) 26 -> 28.
    ("2025 (b)(3) floor from 12", "2025", _drugs(("heroin", "5 g"),
                                                  extra='aircraft_or_vessel = "aircraft"'),
     "", 26, "§2D1.1(b)(3)"),
    ("2025 (b)(3) 24 + 2 = 26", "2025", _drugs(("heroin", "100 g"),
                                                extra='aircraft_or_vessel = "aircraft"'),
     "", 26, "§2D1.1(b)(3)"),
    ("2025 (b)(3) 26 + 2 = 28", "2025", _drugs(("heroin", "400 g"),
                                                extra='aircraft_or_vessel = "operation_officer"'),
     "", 28, "§2D1.1(b)(3)"),
    # (b)(14)(B), S25 lines 123-127: +2, floor 14. Methamphetamine 1 g (c)(14) 12 -> 14;
    # 10 g (c)(12) 16 -> 18.
    ("2025 (b)(14)(B) 12 + 2 = 14", "2025",
     _drugs(("methamphetamine", "1 g"), extra='convictions = ["860a (distribution)"]'),
     "", 14, "§2D1.1(b)(14)(B)"),
    ("2025 (b)(14)(B) 16 + 2 = 18", "2025",
     _drugs(("methamphetamine", "10 g"), extra='convictions = ["860a (distribution)"]'),
     "", 18, "§2D1.1(b)(14)(B)"),
    # (b)(14)(C), S25 lines 129-143: +3, floor 27; (D) lines 145-148: +6, floor 30.
    ("2025 (b)(14)(C) 12 + 3 -> 27", "2025",
     _drugs(("methamphetamine", "1 g"),
            extra='hazards = ["substantial_risk_to_life_or_environment"]'),
     "", 27, "§2D1.1(b)(14)(C)"),
    ("2025 (b)(14)(D) 12 + 6 -> 30", "2025",
     _drugs(("methamphetamine", "1 g"),
            extra='hazards = ["substantial_risk_to_minor_or_incompetent"]'),
     "", 30, "§2D1.1(b)(14)(D)"),
    ("2025 (b)(14)(D) 26 + 6 = 32", "2025",
     _drugs(("methamphetamine", "200 g"),
            extra='hazards = ["substantial_risk_to_minor_or_incompetent"]'),
     "", 32, "§2D1.1(b)(14)(D)"),
    # (b)(16), S25 lines 154-183: §3B1.1 and a factor, +2: heroin 50 g 18 -> 20.
    ("2025 (b)(16) +2", "2025",
     _drugs(("heroin", "50 g"), extra='aggravating_role_factors = ["criminal_livelihood"]'),
     ORGANIZER, 20, "§2D1.1(b)(16)(E)"),
    # (b)(17), S25 lines 199-213: the 4-level §3B1.2(a) reduction and all three factors, -2.
    # Heroin 90 kg: 38 -> (a)(5) 32 -> 30 -> (b)(17) 28.
    ("2025 (b)(17) after the cap: 28", "2025", _drugs(("heroin", "90 kg"), extra=ALL_THREE),
     MINIMAL, 28, "§2D1.1(b)(17)"),
    # (b)(17) needs "the 4-level reduction in §3B1.2(a)" (S25 line 199): not for a minor
    # participant (-2) nor between the two (-3), nor without a role.
    ("2025 (b)(17) not for a minor participant", "2025",
     _drugs(("heroin", "50 g"), extra=ALL_THREE), MINOR, 18, "§2D1.1(b)(17)"),
    ("2025 (b)(17) not between minimal and minor", "2025",
     _drugs(("heroin", "50 g"), extra=ALL_THREE), BETWEEN, 18, "§2D1.1(b)(17)"),
    # (b)(16) and (b)(15) need "an adjustment under §3B1.1" (S25 lines 150-155): none stated,
    # not applied; §3B1.1(c) (2 participants) is such an adjustment. Marihuana 100 kg: 24.
    ("2025 (b)(16) not without §3B1.1", "2025",
     _drugs(("heroin", "50 g"), extra='aggravating_role_factors = ["criminal_livelihood"]'),
     "", 18, "§2D1.1(b)(16)"),
    ("2025 (b)(15) not without §3B1.1", "2025",
     _drugs(("marihuana", "100 kg"),
            extra="marihuana_cultivation_on_public_or_trespassed_land = true"),
     "", 24, "§2D1.1(b)(15)"),
    ("2025 (b)(15) with §3B1.1(c): 26", "2025",
     _drugs(("marihuana", "100 kg"),
            extra="marihuana_cultivation_on_public_or_trespassed_land = true"),
     'aggravating = "organizer_or_leader"\nparticipants = 2', 26, "§2D1.1(b)(15)"),
    # (b)(18), S25 lines 215-217: §5C1.2(a)(1)-(5) met, -2: heroin 50 g 18 -> 16.
    ("2025 (b)(18) safety valve -2", "2025",
     _drugs(("heroin", "50 g")) + VALVE.format("true"), "", 16, "§2D1.1(b)(18)"),
    ("2025 (b)(18) not met: 18", "2025",
     _drugs(("heroin", "50 g")) + VALVE.format("false"), "", 18, ""),
    # The order of (b): (b)(3)'s floor, then (b)(18): heroin 5 g 12 -> 14 -> 26 -> 24.
    ("2025 (b)(3) floor then (b)(18): 24", "2025",
     _drugs(("heroin", "5 g"), extra='aircraft_or_vessel = "aircraft"') + VALVE.format("true"),
     "", 24, "§2D1.1(b)(18)"),
    # (b)(14)(C)'s floor 27, then (b)(16) +2: 29.
    ("2025 (b)(14)(C) floor then (b)(16): 29", "2025",
     _drugs(("methamphetamine", "1 g"),
            extra='hazards = ["substantial_risk_to_life_or_environment"]\n'
            'aggravating_role_factors = ["obstructed_justice"]'),
     ORGANIZER, 29, "§2D1.1(b)(16)(D)"),
    # 2016: (b)(16) minimal-role factors, (b)(17) safety valve (S16 lines 75-85).
    ("2016 (b)(16) after the cap: 30", "2016", _drugs(("heroin", "90 kg"), extra=ALL_THREE),
     MINIMAL, 30, "§2D1.1(b)(16)"),
    ("2016 (b)(17) safety valve -2", "2016",
     _drugs(("heroin", "50 g")) + VALVE.format("true"), "", 16, "§2D1.1(b)(17)"),
    ("2016 (b)(13)(D) 12 + 6 -> 30", "2016",
     _drugs(("methamphetamine", "1 g"),
            extra='hazards = ["substantial_risk_to_minor_or_incompetent"]'),
     "", 30, "§2D1.1(b)(13)(D)"),
    ("2016 (b)(3) floor from 12", "2016", _drugs(("heroin", "5 g"),
                                                  extra='aircraft_or_vessel = "aircraft"'),
     "", 26, "§2D1.1(b)(3)"),
]


@pytest.mark.parametrize("name, manual, body, role, level, section", CASES,
                         ids=[c[0] for c in CASES])
def test_case(tmp_path: Path, capsys, name: str, manual: str, body: str, role: str,
              level: int, section: str) -> None:
    result = calc_json(capsys, _case(tmp_path, manual, body, role))
    found, sections = _chapter_two(result)
    assert found == level, (name, [(s["section"], s["level"], s["change"])
                                   for s in result["steps"]])
    if section:
        assert any(s.startswith(section) for s in sections), (section, sections)


def test_2016_refuses_a_stipulated_death(tmp_path: Path, capsys) -> None:
    """S16 line 9: (a)(2) needs that "the offense of conviction establishes" the death; the
    stipulation ground is only in the 2025 text (S25 lines 16-19)."""
    path = _case(tmp_path, "2016", _drugs(
        ("heroin", "50 g"), extra='convictions = ["841(b)(1)(C)"]\n'
        '[offense.death_or_serious_bodily_injury]\nestablished_by = "stipulation"\n'))
    err = calc_refused(capsys, path)
    assert "offense.death_or_serious_bodily_injury.established_by" in err


# ---- Part 2, the whole table: every clause of §2D1.1(c) as printed, parsed from the Manual's
# text itself (not from tables/): S25 lines 294-732 ("(c) DRUG QUANTITY TABLE" to "*Notes to
# Drug Quantity Table"), S16 lines 99-717. Each clause is probed at its lower bound (its
# level), just below it (a lower level), just below its upper bound (its level) and at it (a
# higher level); "just below" is 0.001 mg or 1 unit less.

def _printed_clauses(path: Path) -> list[tuple[int, int, str]]:
    lines = path.read_text().splitlines()
    start = next(n for n, line in enumerate(lines) if "(c) DRUG QUANTITY TABLE" in line)
    end = next(n for n, line in enumerate(lines)
               if n > start and "*Notes to Drug Quantity Table" in line)
    kept, in_page_break = [], False
    for line in lines[start + 1:end]:
        if line.startswith("====="):  # a PDF page break, through the running head (2025)
            in_page_break = True
        elif in_page_break:
            in_page_break = "Guidelines Manual (November" not in line
        else:
            kept.append(line)
    text = re.sub(r"\s+", " ", " ".join(kept).replace("\u26ab", " "))
    parts = re.split(r"\((\d+)\) (?=(?:At least|Less than|[\d,.]+ ))", text)
    clauses = []
    for k in range(1, len(parts), 2):
        body = parts[k + 1]
        level = int(re.search(r"Level (\d+)", body).group(1))
        for clause in re.split(r";|, or |\.\s*$", re.sub(r"Level \d+", " ", body)):
            clause = re.sub(r"\s+", " ", clause).strip().rstrip(".")
            if clause:
                clauses.append((int(parts[k]), level, clause))
    return clauses


_NUM, _UNIT = r"([\d,]+(?:\.\d+)?)", r"(KG|G|MG|units)"


def _bounds(clause: str) -> tuple[str, tuple[str, str] | None, tuple[str, str] | None]:
    if m := re.fullmatch(rf"[Aa]t least {_NUM}(?: {_UNIT})? but less than {_NUM} {_UNIT} "
                         rf"of (.+)", clause):
        return m[5], (m[1], m[2] or m[4]), (m[3], m[4])
    if m := re.fullmatch(rf"{_NUM} {_UNIT} or more of (.+)", clause):
        return m[3], (m[1], m[2]), None
    m = re.fullmatch(rf"[Ll]ess than {_NUM} {_UNIT} of (.+)", clause)
    assert m, clause
    return m[3], None, (m[1], m[2])


def _substance(printed: str) -> str:
    name = re.sub(r"\s*\(N-phenyl.*Propanamide\)", "", printed)
    name = re.sub(r"\s*\(except .*?\)", "", name).replace("\u201c", "").replace("\u201d", "")
    return name.strip().removeprefix("a ")


_MG = {"KG": Decimal(10**6), "G": Decimal(1000), "MG": Decimal(1)}


def _amount(bound: tuple[str, str], less: int) -> str:
    value, unit = Decimal(bound[0].replace(",", "")), bound[1]
    if unit == "units":
        return f"{value - less} units"
    return f"{value * _MG[unit] - less * Decimal('0.001')} mg"


PRINTED = [("2025", REFERENCE / "sections" / "2025" / "USSG_2D1.1_2025.txt", dt.date(2025, 11, 1)),
           ("2016", REFERENCE / "sections" / "2016" / "USSG_2D1.1_2016.txt", dt.date(2016, 11, 1))]


@pytest.mark.parametrize("edition, path, date", PRINTED, ids=[p[0] for p in PRINTED])
def test_every_printed_clause_of_the_drug_quantity_table(edition: str, path: Path,
                                                         date: dt.date) -> None:
    clauses = _printed_clauses(path)
    # 2025: 13 substances x 14 rows, 6 x 17, flunitrazepam 16, Schedule III 8, IV 4, V 2
    # (with the Converted Drug Weight lines); 2016 the same without Converted Drug Weight.
    assert len(clauses) == {"2025": 314, "2016": 297}[edition]
    table = load_table("drug_quantity_table").in_force(date)
    wrong = []
    for subdivision, level, clause in clauses:
        printed, low, high = _bounds(clause)
        probes = []
        if low:
            probes += [(_amount(low, 0), "at"), (_amount(low, 1), "below")]
        if high:
            probes += [(_amount(high, 1), "at"), (_amount(high, 0), "above")]
        for quantity, where in probes:
            got = drug_quantity(table, [Drug(substance=_substance(printed),
                                             quantity=quantity)]).row.level
            if not {"at": got == level, "below": got < level, "above": got > level}[where]:
                wrong.append((subdivision, clause, quantity, got))
    assert not wrong, wrong


# ---- Part 5: every ratio of comment. (n.8(D)), parsed from the Manual's text: S25 lines
# 995-1196 (Drug Conversion Tables, converted drug weight), S16 lines 803-1030 (Drug
# Equivalency Tables, "of marihuana"). Each printed "1 gm/unit/ml of NAME = AMOUNT" must be an
# entry of the edition's table with the same ratio; and every entry is printed, except the
# 2016 'Fentanyl Analogue' entry the table marks `printed = false` (derived, said there).

_GRAMS = {"gm": Decimal(1), "g": Decimal(1), "kg": Decimal(1000), "mg": Decimal("0.001")}


def _printed_ratios(path: Path, first: int, last: int) -> dict[str, tuple[str, Decimal]]:
    lines = path.read_text().splitlines()[first - 1:last]
    ratios, i = {}, 0
    while i < len(lines):
        line = lines[i]
        if re.match(r"1 (gm|unit|ml) ", line):
            while "=" not in line:
                i += 1
                line += " " + lines[i].strip()
            line = re.sub(r"\s+", " ", line).replace(" /", "/").replace("/ ", "/")
            line = re.sub(r"(\d)- ", r"\1-", line)  # a name wrapped after "4-" (2016)
            m = re.fullmatch(r"1 (gm|unit|ml) (?:of )?(.+?)\**\s*=\s*([\d,.]+) (gm|kg|mg)"
                             r"(?: of)?(?: marihuana)?\.?", line)
            assert m, line
            name = m[2].strip().lower().removeprefix("a ")
            ratios[name] = ({"gm": "1 g", "unit": "1 unit", "ml": "1 ml"}[m[1]],
                            Decimal(m[3].replace(",", "")) * _GRAMS[m[4]])
        i += 1
    return ratios


RATIOS = [("2025", REFERENCE / "sections" / "2025" / "USSG_2D1.1_2025.txt", 995, 1196,
           dt.date(2025, 11, 1), 84),
          ("2016", REFERENCE / "sections" / "2016" / "USSG_2D1.1_2016.txt", 803, 1030,
           dt.date(2016, 11, 1), 84)]


@pytest.mark.parametrize("edition, path, first, last, date, count", RATIOS,
                         ids=[r[0] for r in RATIOS])
def test_every_printed_conversion_ratio(edition: str, path: Path, first: int, last: int,
                                        date: dt.date, count: int) -> None:
    printed = _printed_ratios(path, first, last)
    assert len(printed) == count
    table = load_table("drug_equivalency").in_force(date)
    entries = {re.sub(r"\s+", " ", e["name"]).lower().removeprefix("a "): e
               for c in table["class"] for e in c.get("entries", [])}
    for name, (per, grams) in printed.items():
        assert name in entries, name
        value, unit = entries[name]["equals"].split()
        assert (entries[name]["per"], Decimal(value) * _GRAMS[unit]) == (per, grams), name
    unprinted = [n for n, e in entries.items() if n not in printed]
    assert all(entries[n].get("printed") is False for n in unprinted), unprinted


# ---- Part 4: §2D1.1(b)(17) (2016) names §5C1.2(a)(1): "the defendant does not have more than
# 1 criminal history point, as determined under the sentencing guidelines before application
# of subsection (b) of §4A1.3" (sections/2016/USSG_5C1.2_2016.txt lines 5-7). A finding that
# criterion (1) is met beside criminal history points stated above 1 cannot both be true: it
# is refused (before this audit the -2 was applied). From Dec. 21, 2018 the statute's broader
# criterion (First Step Act) may be what the finding means (the worksheet warns), and from
# Nov. 1, 2023 §5C1.2(a)(1) itself excludes 1-point offenses (sections/2025/USSG_5C1.2_2025.txt
# lines 12-21): points alone do not contradict it there.

def _valve_case(tmp_path: Path, manual: str, points: int, more: str = "") -> Path:
    path = tmp_path / "valve.toml"
    path.write_text(f'manual = "{manual}"\n{more}[offense]\n' + _drugs(("heroin", "50 g"))
                    + VALVE.format("true") + f"[criminal_history]\npoints = {points}\n")
    return path


def test_2016_valve_finding_contradicting_the_points_is_refused(tmp_path: Path,
                                                                 capsys) -> None:
    err = calc_refused(capsys, _valve_case(tmp_path, "2016", 2))
    assert "offense.safety_valve.criminal_history" in err
    assert "more than 1 criminal history point" in err


def test_2016_valve_with_one_point_applies(tmp_path: Path, capsys) -> None:
    level, sections = _chapter_two(calc_json(capsys, _valve_case(tmp_path, "2016", 1)))
    assert (level, "§2D1.1(b)(17)" in sections) == (16, True)  # 18 - 2


def test_2016_valve_after_the_first_step_act_is_not_refused(tmp_path: Path, capsys) -> None:
    """Sentenced Dec. 21, 2018 or later under the 2016 Manual (an ex post facto choice): the
    statute's criterion may be the one found; the worksheet's warning says so."""
    result = calc_json(capsys, _valve_case(tmp_path, "2016", 4,
                                           more="sentencing_date = 2019-01-15\n"))
    assert _chapter_two(result)[0] == 16
    assert any("First Step Act" in w for w in result["warnings"])


def test_2025_valve_with_more_points_is_not_refused(tmp_path: Path, capsys) -> None:
    assert _chapter_two(calc_json(capsys, _valve_case(tmp_path, "2025", 4)))[0] == 16


# ---- Part 5: comment. (n.23), "Interaction with §3B1.3" (S25 lines 1449-1450; S16 line
# 1167): "Note, however, that if an adjustment from subsection (b)(3)(C) applies, do not apply
# §3B1.3 (Abuse of Position of Trust or Use of Special Skill)." Before this audit both were
# applied (heroin 400 g: 26 + 2 (b)(3)(C) + 2 §3B1.3 = 30).

def _officer(tmp_path: Path, manual: str, clause: str, role: str) -> Path:
    return _case(tmp_path, manual, _drugs(("heroin", "400 g"),
                                          extra=f'aircraft_or_vessel = "{clause}"'), role)


@pytest.mark.parametrize("manual", ["2025", "2016"])
@pytest.mark.parametrize("role", ["special_skill", "abuse_of_trust"])
def test_operation_officer_excludes_3b1_3(tmp_path: Path, capsys, manual: str,
                                          role: str) -> None:
    err = calc_refused(capsys, _officer(tmp_path, manual, "operation_officer", f"{role} = true"))
    assert f"adjustments.role.{role}" in err
    assert "do not apply §3B1.3" in err


def test_a_private_aircraft_does_not_exclude_3b1_3(tmp_path: Path, capsys) -> None:
    """(b)(3)(A) is not (C): §3B1.3 applies with it. 26 + 2 = 28, then +2 = 30."""
    result = calc_json(capsys, _officer(tmp_path, "2025", "aircraft", "special_skill = true"))
    assert _chapter_two(result)[0] == 28
    assert result["total_offense_level"] == 30
