"""The shape of §2B5.2's table (tables/forgery_2b5_2.toml)."""

from ussg.guidelines.manual.ch2.applies_guideline import Applies

SCHEMAS = {"forgery_2b5_2": Applies}
