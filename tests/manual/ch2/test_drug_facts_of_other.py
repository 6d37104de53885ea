"""§2D1.1's drug facts on a count whose guideline applies another's level (``applies_facts_of``)
with that other guideline ``"other"`` (a level stated, not computed): the drugs would change
nothing, so they are refused (exit 2, the field named) rather than accepted and ignored.
``registry.takes_drug_facts`` used to answer True by ``all()`` over an empty set."""

from __future__ import annotations

import pytest

from ussg.guidelines.manual.ch2 import registry
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused

DRUGS = '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "150 kg"\n'  # level 36 (2016): above §2E1.4(a)(1)'s 32

# (guideline, head lines of [offense], facts key, facts naming "other", the same under §2D1.1)
CASES = [
    ("2X1.1", "", "inchoate",
     'kind = "attempt"\nsubstantive_guideline = "other"\nsubstantive_offense_level = 20\n',
     'kind = "attempt"\nsubstantive_guideline = "2D1.1"\n'),
    ("2X3.1", "statutory_maximum_months = 240\n", "accessory",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2A4.1", "", "kidnapping",
     'other_offense_guideline = "other"\nother_offense_level = 20\n'
     'other_guideline_restraint = "any_other_case"\n',
     'other_offense_guideline = "2D1.1"\nother_guideline_restraint = "any_other_case"\n'),
    ("2E1.1", "", "racketeering",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2X2.1", "", "aiding_abetting",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2X4.1", "", "misprision",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2X5.1", "", "analogous",
     'analogous_guideline = "other"\nanalogous_offense_level = 20\n',
     'analogous_guideline = "2D1.1"\n'),
    ("2H1.1", "", "individual_rights",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2H1.2", "", "civil_rights_conspiracy",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2H1.3", "", "civil_rights_force",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2H1.4", "", "civil_rights_color_of_law",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2H1.5", "", "civil_rights_other",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2H4.1", "", "peonage",
     'other_offense_guideline = "other"\nother_offense_level = 20\n',
     'other_offense_guideline = "2D1.1"\n'),
    ("2K1.5", "", "aircraft_weapons",
     'other_offense_guideline = "other"\nother_offense_level = 20\n',
     'other_offense_guideline = "2D1.1"\n'),
    ("2A5.3", "", "crime_aboard_aircraft",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2E1.2", "", "racketeering_travel",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2E1.3", "", "violent_crime_racketeering",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2E1.4", "", "murder_for_hire",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2J1.1", "", "contempt",
     'analogous_guideline = "other"\nanalogous_offense_level = 20\n',
     'analogous_guideline = "2D1.1"\n'),
    ("2J1.4", "", "impersonation",
     'facilitated_offense_guideline = "other"\nfacilitated_offense_level = 20\n',
     'facilitated_offense_guideline = "2D1.1"\n'),
    ("2K3.2", "", "injurious_mailing",
     'intended_offense_guideline = "other"\nintended_offense_level = 20\n',
     'intended_offense_guideline = "2D1.1"\n'),
    ("2X6.1", "", "minor_crime_of_violence",
     'underlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'underlying_guideline = "2D1.1"\n'),
    ("2X7.1", "", "border_tunnel",
     'convicted_under = \"(c)\"\nunderlying_guideline = "other"\nunderlying_offense_level = 20\n',
     'convicted_under = \"(c)\"\nunderlying_guideline = "2D1.1"\n'),
    ("2T3.1", "", "import_duties",
     'tax_loss = "$500"\ncontraband_item = true\ncontraband_guideline = "other"\n'
     'contraband_offense_level = 20\n',
     'tax_loss = "$500"\ncontraband_item = true\ncontraband_guideline = "2D1.1"\n'),
]

#: the edition of a guideline's cases where it is not in the 2016 Manual (§§2H1.2-2H1.5 were
#: deleted Nov. 1, 1995 by Amendment 521)
EDITION = {"2H1.2": "1989", "2H1.3": "1993", "2H1.4": "1991", "2H1.5": "1994"}


def _file(tmp_path, guideline, head, key, facts, drugs):
    path = tmp_path / f"{key}.toml"
    path.write_text(f'manual = "{EDITION.get(guideline, "2016")}"\n[offense]\nguideline = "{guideline}"\n{head}'
                    f'{DRUGS if drugs else ""}[offense.{key}]\n{facts}'
                    f'[criminal_history]\ncategory = "I"\n')
    return path


def test_every_guideline_applying_anothers_facts_is_covered():
    # a new guideline with applies_facts_of must be added here (or to the note below):
    # §2S1.1 has no "other" value (underlying_offense_level stands alone), §2K2.3's
    # firearms_guideline is "2K2.1" or "2K2.2" only, and §2S1.3 (its Part T offense) and
    # §2A5.2 (its assault) read no drugs at all (``uses_drugs`` False: the case model
    # refuses them whatever is named)
    applying = {g.section for g in registry.chapter_two_guidelines() if g.applies_facts_of}
    # §2T1.6 (its §2B1.1 embezzlement), §2T1.9 (its §2T1.1 or §2T1.4), §2A6.2 (a Part A
    # guideline), §2C1.3 (§2C1.1 or §2C1.2), §2E5.3 (§2B1.1, §2E5.1 or §2J1.2), §2M5.3
    # (§2A2.1, §2M6.1), §2H3.3 (§2B1.1 or §2B1.3), §2M6.1 (§2A2.1), §2C1.8 (§2C1.1 or
    # §2C1.2) and §2A6.1 (§2M6.1) likewise
    reading_none = ("2S1.3", "2A5.2", "2T1.6", "2T1.9", "2A6.2", "2C1.3", "2E5.3", "2M5.3",
                    "2H3.3", "2M6.1", "2C1.8", "2A6.1")
    assert applying == {c[0] for c in CASES} | {"2S1.1", "2K2.3", *reading_none}
    assert not any(registry.chapter_two_guideline(s).uses_drugs for s in reading_none)


@pytest.mark.parametrize("guideline,head,key,other,drug", CASES)
def test_drugs_with_other_are_refused(tmp_path, capsys, guideline, head, key, other, drug):
    err = calc_refused(capsys, _file(tmp_path, guideline, head, key, other, drugs=True))
    assert "drugs" in err and "offense" in err and "Traceback" not in err, err
    # the same count without the drugs is computed (the refusal is the drugs' alone)
    calc_json(capsys, _file(tmp_path, guideline, head, key, other, drugs=False))


@pytest.mark.parametrize("guideline,head,key,other,drug", CASES)
def test_drugs_under_2d1_1_are_still_read(tmp_path, capsys, guideline, head, key, other, drug):
    result = calc_json(capsys, _file(tmp_path, guideline, head, key, drug, drugs=True))
    assert any(s["section"].startswith("§2D1.1") for s in result["steps"]), result["steps"]
