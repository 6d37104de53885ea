"""The shape of §2E5.4's table (tables/union_embezzlement_2e5_4.toml)."""

from ussg.guidelines.manual.ch2.applies_guideline import Applies

SCHEMAS = {"union_embezzlement_2e5_4": Applies}
