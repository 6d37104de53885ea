"""The shape of §2K3.1's table (tables/hazardous_materials_transport_1987.toml)."""

from ussg.guidelines.manual.ch2.applies_guideline import Applies

SCHEMAS = {"hazardous_materials_transport_1987": Applies}
