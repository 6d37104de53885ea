"""The schema of §2G2.2's table (tables/child_pornography.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, Kinds, Paragraph)


class Statutes(Paragraph):
    statutes: list[str]  # the provisions of conviction (a)(1) names: "2252A(a)(5)"


class ImagesRow(Closed):
    clause: str
    at_least: int
    levels: int
    text: str


class ImagesTable(Closed):
    paragraph: str
    text: str
    per_video: int
    per_video_text: str
    rows: list[ImagesRow]


class ChildPornography(Common):
    possession_statutes: Statutes
    otherwise_level: Paragraph
    receipt_only: Paragraph
    prepubescent: Paragraph
    distribution: Alternatives
    portrayal: Kinds
    pattern: Paragraph
    computer: Kinds
    images: ImagesTable
    production_cross_reference: CrossReference


SCHEMAS = {"child_pornography": ChildPornography}
