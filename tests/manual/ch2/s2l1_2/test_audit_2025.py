"""An independent second reading of §2L1.2 against the 2025 and 2016 Manuals (task auditch2):
what the guideline's own tests leave out. Sources:
- 2025: /work/shared/reference/ussg/manual_2025/GLM2025_fulltext.txt lines 14645-14808
  ((a)-(b) 14647-14708; comment. (n.1)-(n.5) 14720-14808)
- 2016: /work/shared/reference/ussg/manual_2016/GLM2016_fulltext.txt lines 7915-7989
"""

from __future__ import annotations

import json

import pytest

from tests.manual.ch2.immigration_cli import calc
from tests.manual.ch2.s2l1_2.test_illegal_reentry import case_file, chapter_two, one_prior


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_reentry_and_another_felony_sentenced_together(tmp_path, capsys, manual):
    """comment. (n.4) (2025 lines 14779-14787; 2016 line 7981): sentences for an illegal
    reentry offense and another felony "imposed at the same time and treated as a single
    sentence": "use the illegal reentry offense in determining the appropriate enhancement
    under subsection (b)(1), if it independently would have received criminal history points
    ... use the prior sentence for the other felony offense" under (b)(3) (2025: "(b)(2) or
    (b)(3), as appropriate"). Both committed after the first order (2015), sentenced the same
    day: 8 + 4 ((b)(1)(A)) + 8 ((b)(3)(B), 2 years) = 20."""
    same_day = dict(sentenced="2019-06-01", released="2021-01-01")
    priors = [dict(imprisonment="10 months", committed="2019-01-01", **same_day),
              dict(imprisonment="2 years", committed="2019-02-01", **same_day)]
    described = ('[[offense.reentry.priors]]\nprior = "1"\nkinds = ["illegal_reentry"]\n'
                 '[[offense.reentry.priors]]\nprior = "2"\nkinds = []\n')
    path = case_file(tmp_path, priors, "first_ordered_removed = 2015-01-01\n"
                     "deported_on = [2021-02-01]", described)
    # no intervening arrest: prior 1's arrest came after prior 2's offense (§4A1.2(a)(2))
    path.write_text(path.read_text().replace(
        'imprisonment = "10 months"',
        'imprisonment = "10 months"\narrest_date = 2019-03-01', 1))
    assert chapter_two(calc(capsys, path, "--manual", manual)) == [
        ("§2L1.2(a)", None, 8), ("§2L1.2(b)(1)(A)", 4, 12), ("§2L1.2(b)(3)(B)", 8, 20)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_b2_and_b3_each_apply_their_greatest_and_add_up(tmp_path, capsys, manual):
    """(b)(2) and (b)(3) are each "(Apply the Greatest)" over its own convictions, and both
    apply (2025 lines 14651-14708; 2016 lines 7923-7949): before the order a 5-year felony
    (+10) and a 2-year felony; after it a 14-month felony (+6) and a 60-day felony.
    8 + 10 + 6 = 24."""
    priors = [dict(imprisonment="5 years", committed="2005-01-01", sentenced="2005-06-01",
                   released="2010-01-01"),
              dict(imprisonment="2 years", committed="2009-06-01", sentenced="2009-09-01",
                   released="2011-01-01"),
              dict(imprisonment="14 months", committed="2016-01-01", sentenced="2016-06-01",
                   released="2017-06-01"),
              dict(imprisonment="60 days", committed="2019-01-01", sentenced="2019-03-01",
                   released="2019-05-01")]
    described = "".join(f'[[offense.reentry.priors]]\nprior = "{n}"\nkinds = []\n'
                        for n in range(1, 5))
    path = case_file(tmp_path, priors, "first_ordered_removed = 2012-01-01\n"
                     "deported_on = [2012-02-01, 2017-07-01, 2019-06-01]", described)
    assert chapter_two(calc(capsys, path, "--manual", manual)) == [
        ("§2L1.2(a)", None, 8), ("§2L1.2(b)(2)(A)", 10, 18), ("§2L1.2(b)(3)(C)", 6, 24)]


def test_misdemeanor_illegal_reentry_is_not_b1a(tmp_path, capsys):
    """(b)(1)(A) needs "a conviction for a felony that is an illegal reentry offense" (2025
    lines 14653-14654): the same offense as a misdemeanor (punishable by a year or less,
    comment. (n.2) "Misdemeanor") adds nothing."""
    path = one_prior(tmp_path, "6 months", ["illegal_reentry"], kind="misdemeanor")
    assert chapter_two(calc(capsys, path)) == [("§2L1.2(a)", None, 8)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_juvenile_adjudication_is_not_used_but_adult_conviction_at_17_is(tmp_path, capsys,
                                                                         manual):
    """comment. (n.1(B)) (2025 lines 14729-14732; 2016 line 7965): (b)(1)-(3) "do not apply
    to a conviction for an offense committed before the defendant was eighteen years of age
    unless such conviction is classified as an adult conviction". Born 2000; offense at 17,
    after the first order (2015), sentenced to 2 years as an adult: (b)(3)(B) 8 + 8 = 16; the
    same as a juvenile adjudication: 8."""
    def record(juvenile: bool):
        path = one_prior(tmp_path, "2 years", [], committed="2017-06-01",
                         sentenced="2017-09-01", name=f"juvenile-{juvenile}")
        text = path.read_text().replace("birth_date = 1980-01-01", "birth_date = 2000-01-01")
        if juvenile:
            text = text.replace('imprisonment = "2 years"',
                                'imprisonment = "2 years"\njuvenile = true')
        path.write_text(text)
        return path
    assert chapter_two(calc(capsys, record(False), "--manual", manual))[1:] == [
        ("§2L1.2(b)(3)(B)", 8, 16)]
    assert chapter_two(calc(capsys, record(True), "--manual", manual)) == [
        ("§2L1.2(a)", None, 8)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_revocation_makes_five_years(tmp_path, capsys, manual):
    """comment. (n.2) "Sentence imposed" "includes any term of imprisonment given upon
    revocation" (2025 lines 14767-14770; 2016 line 7975): 4 years 6 months + 6 months on
    revocation = five years: (b)(3)(A) +10 = 18 (without the revocation, (B) +8)."""
    path = one_prior(tmp_path, "4 years 6 months", [])
    text = path.read_text().replace(
        'imprisonment = "4 years 6 months"',
        'imprisonment = "4 years 6 months"\n'
        'revocations = [{ date = 2019-06-01, imprisonment = "6 months" }]')
    path.write_text(text)
    assert chapter_two(calc(capsys, path, "--manual", manual))[1:] == [
        ("§2L1.2(b)(3)(A)", 10, 18)]


def test_two_1325a_misdemeanors_and_a_felony_reentry_apply_the_greater(tmp_path, capsys):
    """(b)(1) "(Apply the Greater)" (2025 lines 14651-14656): a felony illegal reentry (+4)
    and two § 1325(a) misdemeanors (+2): only +4. 8 + 4 = 12."""
    priors = [dict(kind="misdemeanor", imprisonment="30 days", committed="2016-01-01",
                   sentenced="2016-02-01"),
              dict(kind="misdemeanor", imprisonment="30 days", committed="2017-01-01",
                   sentenced="2017-02-01"),
              dict(imprisonment="10 months", committed="2019-01-01", sentenced="2019-06-01")]
    described = "".join(f'[[offense.reentry.priors]]\nprior = "{n}"\nkinds = {json.dumps(k)}\n'
                        for n, k in ((1, ["misdemeanor_1325a"]), (2, ["misdemeanor_1325a"]),
                                     (3, ["illegal_reentry"])))
    path = case_file(tmp_path, priors, "first_ordered_removed = 2015-01-01", described)
    assert chapter_two(calc(capsys, path)) == [("§2L1.2(a)", None, 8),
                                               ("§2L1.2(b)(1)(A)", 4, 12)]


def test_the_two_sentences_are_one_for_chapter_four(tmp_path, capsys):
    """The case of comment. (n.4) above is one: Chapter Four treats the two as a single
    sentence (§4A1.2(a)(2)), and §2L1.2 still uses each (its independent points)."""
    test_reentry_and_another_felony_sentenced_together(tmp_path, capsys, "2025")
    path = tmp_path / "case.toml"
    result = calc(capsys, path)
    assert any(s["section"] == "§4A1.2(a)(2)" for s in result["steps"])


# -- Nov. 1, 2012 - Oct. 31, 2016: Amendment 764 (found in this audit; before the 2016 Manual) --

def _revoked_after_deportation(tmp_path, revoked: str):
    """A felony drug trafficking offense, 12 months (sentenced 2010), deported Jan. 1, 2012
    (and on Mar. 1, 2014), 6 months imposed on revocation on ``revoked``."""
    path = one_prior(tmp_path, "12 months", ["drug_trafficking_offense"],
                     committed="2009-06-01", sentenced="2010-01-01",
                     reentry="first_ordered_removed = 2011-06-01\n"
                             "deported_on = [2012-01-01, 2014-03-01]", name=f"rev-{revoked}")
    released = f"{int(revoked[:4])}-12-01"  # released after serving the revocation term
    path.write_text(path.read_text().replace(
        'imprisonment = "12 months"',
        f'imprisonment = "12 months"\nrevocations = [{{ date = {revoked}, imprisonment = '
        f'"6 months" }}]').replace("release_date = 2010-01-01", f"release_date = {released}"))
    return path


@pytest.mark.parametrize("revoked,paragraph,levels", [
    ("2013-06-01", "(b)(1)(A)", 16),   # before the last deportation: 18 months, "exceeded 13"
    ("2015-06-01", "(b)(1)(B)", 12),   # after it: 12 months only, "13 months or less"
])
def test_2015_revocation_counts_only_before_the_deportation(tmp_path, capsys, revoked,
                                                             paragraph, levels):
    """Amendment 764 (Nov. 1, 2012; APPENDIX_C_Supplement.txt lines 482-486, the note as 802
    struck it lines 6841-6847): "The length of the sentence imposed includes any term of
    imprisonment given upon revocation ..., but only if the revocation occurred before the
    defendant was deported or unlawfully remained in the United States". (b)(1)(A) "a drug
    trafficking offense for which the sentence imposed exceeded 13 months" +16, (B) "13 months
    or less" +12 (Supplement lines 6695-6703). Before this audit ussg counted both revocations
    (+16 each time)."""
    path = _revoked_after_deportation(tmp_path, revoked)
    assert chapter_two(calc(capsys, path, "--manual", "2015")) == [
        ("§2L1.2(a)", None, 8), (f"§2L1.2{paragraph}", levels, 8 + levels)]


def test_2011_text_counts_every_revocation(tmp_path, capsys):
    """Before Amendment 764 (the Nov. 1, 2011 Manual) the definition had no such limit: the
    revocation after the deportation counts, 18 months, +16."""
    path = _revoked_after_deportation(tmp_path, "2015-06-01")
    assert chapter_two(calc(capsys, path, "--manual", "2011"))[1:] == [
        ("§2L1.2(b)(1)(A)", 16, 24)]
