"""The facts models that nest each other (guidelines/manual/ch2/nested_facts.py: §2B1.1's
cross reference nests §2K1.4's and §2B1.5's facts, §2B1.3's (c)(1) §2K1.4's, §2K1.4's facts
§2B1.1's and §2B1.3's, §2B1.5's (c)(1) §2K1.4's) are complete whichever module a fresh
process imports first (a case file's table decides which)."""

import json
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

CH2 = "ussg.guidelines.manual.ch2"


@pytest.mark.parametrize("first", ["s2b1_1", "s2b1_3", "s2k1_4", "s2b1_5"])
def test_each_import_order_completes_every_model(first: str) -> None:
    code = textwrap.dedent(f"""
        import json
        import {CH2}.{first}.facts
        from {CH2}.s2b1_1.facts import TheftFraudFacts
        from {CH2}.s2b1_3.facts import PropertyDamageFacts
        from {CH2}.s2b1_5.facts import CulturalHeritageFacts
        from {CH2}.s2k1_4.facts import ArsonFacts
        theft = TheftFraudFacts.model_validate({{"loss": "$5", "cross_reference": {{
            "ground": "cultural_heritage_or_paleontological_resource", "guideline": "2B1.5",
            "cultural_heritage": {{"value": "$3", "arson": {{"destroyed": "dwelling",
                                   "theft_fraud": {{"loss": "$1"}}}}}}}}}})
        damage = PropertyDamageFacts.model_validate({{"loss": "$5", "arson": {{
            "property_damage": {{"loss": "$4"}}}}}})
        arson = ArsonFacts.model_validate({{"theft_fraud": {{"loss": "$2", "cross_reference": {{
            "ground": "arson_or_explosive_damage", "guideline": "2K1.4", "arson": {{}}}}}}}})
        print(json.dumps([
            str(theft.cross_reference.cultural_heritage.arson.theft_fraud.loss),
            str(damage.arson.property_damage.loss),
            type(arson.theft_fraud.cross_reference.arson).__name__,
            CulturalHeritageFacts.__pydantic_complete__]))
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == ["$1", "$4", "ArsonFacts", True]
