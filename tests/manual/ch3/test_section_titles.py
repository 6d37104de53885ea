"""Step titles and quoted words as each edition prints them, through the real command line
(tables/obstruction.toml, tables/terrorism.toml; levels unchanged).

§3C1.1 was "Willfully Obstructing or Impeding Proceedings" until Amendment 347 (Nov. 1, 1990,
../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 7348-7350), and its words
changed by Amendments 251 (1989, lines 4686-4687), 347 (lines 7351-7354), 581 (1998,
APPENDIX_C_Vol_II.txt lines 504-507), 693 (2006, APPENDIX_C_Vol_III.txt lines 7328-7329) and 758
(2011, Vol. III lines 17303-17305). §3A1.4 was "International Terrorism" from Amendment 526
(Nov. 1, 1995, Vol. I lines 17410-17411) until Amendment 539 (Nov. 1, 1996, line 18505)
deleted "International".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch3.test_chapter_three_editions import compute

OBSTRUCTION = "[adjustments.obstruction]\nobstructed_justice = true\n"
TERRORISM = "[adjustments.victim]\nterrorism = true\n"


def steps(result: dict, prefix: str) -> list[dict]:
    return [s for s in result["steps"] if s["section"].startswith(prefix)]


@pytest.mark.parametrize("manual, title, words", [
    # 1987: "from Chapter Two", deleted by Amendment 251 (Vol. I lines 4686-4687)
    ("1988-10-15", "Willfully obstructing or impeding proceedings",
     "If the defendant willfully impeded or obstructed, or attempted to impede or obstruct the "
     "administration of justice during the investigation or prosecution of the instant offense, "
     "increase the offense level from Chapter Two by 2 levels."),
    # the day of Amendment 251 (Nov. 1, 1989)
    ("1989-11-01", "Willfully obstructing or impeding proceedings",
     "If the defendant willfully impeded or obstructed, or attempted to impede or obstruct the "
     "administration of justice during the investigation or prosecution of the instant offense, "
     "increase the offense level by 2 levels."),
    # the day of Amendment 347 (Nov. 1, 1990): the new title and words (lines 7348-7354)
    ("1990-11-01", "Obstructing or impeding the administration of justice",
     "If the defendant willfully obstructed or impeded, or attempted to obstruct or impede, the "
     "administration of justice during the investigation, prosecution, or sentencing of the "
     "instant offense, increase the offense level by 2 levels."),
    # the last edition before Amendment 581
    ("1997-11-01", "Obstructing or impeding the administration of justice",
     "If the defendant willfully obstructed or impeded, or attempted to obstruct or impede, the "
     "administration of justice during the investigation, prosecution, or sentencing of the "
     "instant offense, increase the offense level by 2 levels."),
    # the day of Amendment 581 (Nov. 1, 1998; Vol. II lines 504-507)
    ("1998-11-01", "Obstructing or impeding the administration of justice",
     "If (A) the defendant willfully obstructed or impeded, or attempted to obstruct or impede, "
     "the administration of justice during the course of the investigation, prosecution, or "
     "sentencing of the instant offense of conviction, and (B) the obstructive conduct related "
     "to (i) the defendant's offense of conviction and any relevant conduct; or (ii) a closely "
     "related offense, increase the offense level by 2 levels."),
    # the last change before Amendment 693
    ("2006-09-12", "Obstructing or impeding the administration of justice",
     "If (A) the defendant willfully obstructed or impeded, or attempted to obstruct or impede, "
     "the administration of justice during the course of the investigation, prosecution, or "
     "sentencing of the instant offense of conviction, and (B) the obstructive conduct related "
     "to (i) the defendant's offense of conviction and any relevant conduct; or (ii) a closely "
     "related offense, increase the offense level by 2 levels."),
    # the day of Amendment 693 (Nov. 1, 2006; Vol. III lines 7328-7329): "with respect to"
    ("2006-11-01", "Obstructing or impeding the administration of justice",
     "If (A) the defendant willfully obstructed or impeded, or attempted to obstruct or impede, "
     "the administration of justice with respect to the investigation, prosecution, or "
     "sentencing of the instant offense of conviction, and (B) the obstructive conduct related "
     "to (i) the defendant's offense of conviction and any relevant conduct; or (ii) a closely "
     "related offense, increase the offense level by 2 levels."),
    # the last edition before Amendment 758
    ("2010-11-01", "Obstructing or impeding the administration of justice",
     "If (A) the defendant willfully obstructed or impeded, or attempted to obstruct or impede, "
     "the administration of justice with respect to the investigation, prosecution, or "
     "sentencing of the instant offense of conviction, and (B) the obstructive conduct related "
     "to (i) the defendant's offense of conviction and any relevant conduct; or (ii) a closely "
     "related offense, increase the offense level by 2 levels."),
    # the day of Amendment 758 (Nov. 1, 2011; Vol. III lines 17303-17305); as in 2016 and 2025
    ("2011-11-01", "Obstructing or impeding the administration of justice",
     "If (1) the defendant willfully obstructed or impeded, or attempted to obstruct or impede, "
     "the administration of justice with respect to the investigation, prosecution, or "
     "sentencing of the instant offense of conviction, and (2) the obstructive conduct related "
     "to (A) the defendant's offense of conviction and any relevant conduct; or (B) a closely "
     "related offense, increase the offense level by 2 levels."),
    ("2025-11-01", "Obstructing or impeding the administration of justice",
     "If (1) the defendant willfully obstructed or impeded, or attempted to obstruct or impede, "
     "the administration of justice with respect to the investigation, prosecution, or "
     "sentencing of the instant offense of conviction, and (2) the obstructive conduct related "
     "to (A) the defendant's offense of conviction and any relevant conduct; or (B) a closely "
     "related offense, increase the offense level by 2 levels."),
])
def test_obstruction_title_and_words_of_the_edition(tmp_path: Path, manual: str, title: str,
                                                    words: str) -> None:
    [step] = steps(compute(tmp_path, manual, OBSTRUCTION), "§3C1.1")
    assert (step["section"], step["title"], step["change"]) == ("§3C1.1", title, "+2")
    assert step["reason"] == words


@pytest.mark.parametrize("manual, title", [
    ("1995-11-01", "International terrorism"),  # the day of Amendment 526
    ("1996-11-01", "Terrorism"),                # the day of Amendment 539
    ("2025-11-01", "Terrorism"),
])
def test_terrorism_title_of_the_edition(tmp_path: Path, manual: str, title: str) -> None:
    """500 mg of cocaine base (below level 20 in each edition) with terrorism: +12, then the minimum level 32, then Category VI
    (§3A1.4(b)); every step titled as the edition titles §3A1.4."""
    result = compute(tmp_path, manual, TERRORISM, quantity="500 mg")
    assert [(s["section"], s["title"]) for s in steps(result, "§3A1.4")] == [
        ("§3A1.4(a)", title), ("§3A1.4(a)", f"{title}: minimum level"),
        ("§3A1.4(b)", f"{title}: criminal history category")]
    assert steps(result, "§3A1.4")[1]["level"] == 32
