"""The schema of §2G1.3's table (tables/promoting_sex_with_minor.toml)."""

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Kinds, Paragraph


class BaseLevel(Closed):
    """A subsection of (a): its level for the statutes of conviction it names ([] =
    "otherwise")."""

    paragraph: str  # "(a)(3)"
    level: int
    convictions: list[str]
    text: str


class Proviso(Closed):
    """(b)(3)'s proviso (2025): the kind of computer use that "shall not apply" for the
    convictions named."""

    kind: str
    convictions: list[str]
    text: str


class SexAct(Paragraph):
    """(b)(4) (2025 (b)(4)(A)): a sex act or sexual contact, or a commercial sex act where
    the base level is one of ``commercial_requires`` ([] = any)."""

    commercial_requires: list[str]


class Conditional(Paragraph):
    """A paragraph that applies only where the base level is one of ``requires`` ([] = any)
    and, if ``convictions`` is given, the offense of conviction is one of them."""

    requires: list[str]
    convictions: list[str] | None = None


class PromotingSexWithMinor(Common):
    convictions: list[str]
    base_levels: list[BaseLevel]
    custodian: Paragraph
    misrepresentation_or_influence: Kinds
    computer: Kinds
    computer_proviso: Proviso | None = None
    sex_act: SexAct
    aggravated_2421A: Conditional | None = None
    under_twelve: Conditional
    production_cross_reference: CrossReference
    murder_cross_reference: CrossReference
    sexual_abuse_cross_reference: CrossReference
    more_than_one_minor: CrossReference


SCHEMAS = {"promoting_sex_with_minor": PromotingSexWithMinor}
