"""The shape of §2E1.5's table (tables/hobbs_act_2e1_5.toml)."""

from ussg.guidelines.manual.ch2.applies_guideline import Applies

SCHEMAS = {"hobbs_act_2e1_5": Applies}
