"""The shape of §2E5.2's table (tables/benefit_plan_theft_2e5_2.toml)."""

from ussg.guidelines.manual.ch2.applies_guideline import Applies

SCHEMAS = {"benefit_plan_theft_2e5_2": Applies}
