"""What the small guidelines of a fixed base offense level share (§§2J1.5, 2J1.9, 2C1.3,
2A5.1, ...): the table's shape (a base level per finding, named paragraphs that add a fixed
number of levels) and the steps that read it. A guideline's ``table_schemas`` subclasses
``Levels`` with its paragraphs as named fields (so the checklist finds them)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2.offense_characteristics import section_3b1_3_stated

CH = "chapter_two"


class Base(Closed):
    """One base offense level of (a): ``applies_to`` the finding that selects it ("all" where
    (a) is one number)."""

    paragraph: str  # "(a)", "(a)(1)"
    applies_to: str
    level: int = Field(ge=1, le=43)
    text: str  # the Manual's words


class Paragraph(Closed):
    """A characteristic of a fixed number of levels; ``reaches``: the case file's values it
    names (``["true"]`` for a yes/no finding)."""

    paragraph: str
    title: str
    text: str
    levels: int
    reaches: list[str] = ["true"]


class Reference(Closed):
    """A cross reference: its paragraph, title and words."""

    paragraph: str
    title: str
    text: str


class Note(Closed):
    """A note of the commentary the rules enforce: where it is ("comment. (n.1)"), its words."""

    note: str
    text: str


class Levels(MayNotExist):
    """A version of a small guideline: its base levels, or why it does not exist."""

    heading: str | None = None  # "Base Offense Level:"
    bases: list[Base] = []
    trust_note: Note | None = None  # "Do not apply the adjustment in §3B1.3"
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "Levels":
        if self.exists and (not self.bases or self.heading is None):
            raise ValueError("a version where the guideline exists needs heading and bases")
        if not self.exists and self.text is None:
            raise ValueError("a version with exists = false needs text")
        return self


def set_base(sheet: Worksheet, version, section: str, applies_to: str, words: str,
             given=None) -> None:
    """(a): the base level that applies to the finding (or to "all"). Where the version has a
    ``trust_note`` ("Do not apply the adjustment in §3B1.3"), a §3B1.3 adjustment the case
    (``given``) states is refused, quoting it."""
    note = version.get("trust_note")
    if note is not None and given is not None \
            and (name := section_3b1_3_stated(given.adjustments.role)):
        raise CaseError(f"adjustments.role.{name}",
                        f"{section}, {note['note']}: “{note['text']}”")
    base = next(b for b in version["bases"] if b["applies_to"] in ("all", applies_to))
    title = "Base offense level"
    sheet.set_level(CH, f"{section}{base['paragraph']}", title, words, base["level"],
                    f"“{version['heading']} {base['text']}”", sheet.note_version(version))


def apply_paragraph(sheet: Worksheet, version, section: str, name: str, value: str,
                    words: str) -> None:
    """A characteristic ``name`` of the version found (``value``: the case file's value, "true"
    for a yes/no finding): its levels where the edition's words reach it, else shown not
    applied with the words."""
    rule = version[name]
    where = f"{section}{rule['paragraph']}"
    if value in rule.get("reaches", ["true"]):
        sheet.adjust(CH, where, rule["title"], words, rule["levels"], f"“{rule['text']}”",
                     sheet.note_version(version))
    else:
        sheet.note(CH, where, rule["title"], words, "not applied",
                   f"not what this edition's words name: “{rule['text']}”",
                   sheet.note_version(version))
