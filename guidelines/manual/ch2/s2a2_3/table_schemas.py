"""The schema of §2A2.3's table (tables/assault.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph


class Victims(Paragraph):
    victims: list[str]  # the case file's words for the persons (b)(1)(B) names


class Assault(Common):
    contact_level: Paragraph
    # the case file's words for what (a)(1) covers in the edition (default: from Nov. 1, 1989)
    contact_facts: list[str] | None = None
    otherwise_level: Paragraph
    bodily_injury: Paragraph | None = None  # (b)(1)(A) from Nov. 1, 2004 (Amendment 663)
    substantial_bodily_injury: Victims | None = None  # from Nov. 1, 1995 (Amendment 510)
    cross_reference: CrossReference | None = None  # from Nov. 1, 2004 (Amendment 663)


SCHEMAS = {"assault": Assault}
