"""The shape of §2P1.4's table (tables/prison_trespass_1987.toml)."""

from ussg.guidelines.manual.ch2.s2l1_3.petty import PettyOffenseLevels

SCHEMAS = {"prison_trespass_1987": PettyOffenseLevels}
