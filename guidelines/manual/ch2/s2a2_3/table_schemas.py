"""The schema of §2A2.3's table (tables/assault.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph


class Victims(Paragraph):
    victims: list[str]  # the case file's words for the persons (b)(1)(B) names


class Assault(Common):
    contact_level: Paragraph
    otherwise_level: Paragraph
    bodily_injury: Paragraph
    substantial_bodily_injury: Victims
    cross_reference: CrossReference


SCHEMAS = {"assault": Assault}
