"""The schema of §2D1.14's table (tables/narco_terrorism.toml)."""

from pydantic import Field

from ussg.guidelines.engine.table_schemas import MayNotExist


class NarcoTerrorism(MayNotExist):
    """A version of §2D1.14: (a)(1)'s words, the §2D1.1 paragraphs it says "shall not apply"
    as that edition numbers them, and (b)(1)."""

    text: str | None = None  # (a)(1); where the guideline does not exist: why
    cap_paragraphs: str | None = None  # "(a)(5)(A), (a)(5)(B)": the mitigating-role cap
    safety_valve_paragraph: str | None = None  # "(b)(18)": the §5C1.2 decrease
    increase_text: str | None = None  # (b)(1)
    increase: int | None = Field(None, ge=1, le=10)
    warning: str | None = None  # where the edition's cross-reference misnames a paragraph


SCHEMAS = {"narco_terrorism": NarcoTerrorism}
