"""The shape of §2D1.4's table (tables/drug_attempts_conspiracies_2d1_4.toml)."""

from ussg.guidelines.manual.ch2.applies_guideline import Applies

SCHEMAS = {"drug_attempts_conspiracies_2d1_4": Applies}
