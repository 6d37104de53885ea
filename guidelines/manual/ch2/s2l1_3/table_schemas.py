"""The shape of §2L1.3's table (tables/alien_employment_pattern_1987.toml)."""

from ussg.guidelines.manual.ch2.s2l1_3.petty import PettyOffenseLevels

SCHEMAS = {"alien_employment_pattern_1987": PettyOffenseLevels}
