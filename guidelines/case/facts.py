"""Facts of a case that stand on their own: Chapter Three findings, acceptance, statutory
facts and variances. Part of the public schema (re-exported by :mod:`ussg.guidelines.case.model`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import types
import typing
import unicodedata
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, field_validator,
                      model_validator)
from pydantic_core import core_schema

from ussg.guidelines.engine.patterns import LazyPattern

#: Keys of free text (shown on the worksheet, never read as a fact): they may hold line
#: breaks and tabs. Every other string is a name, an edition, a quantity or a term.
FREE_TEXT = frozenset({"notes", "description", "reason", "note"})


def signature_kept(function: Any) -> Any:
    """``function``, a validator, with its signature worked out once and kept on it
    (``__signature__``, as :func:`inspect.signature` reads it). pydantic reads a validator's
    signature (does it take ``info``?) again for every field it is attached to, and
    :func:`inspect.signature` takes about 0.1 ms: Strict's check of every field, and the
    date checks, are attached to some 340 fields of the case (a third of building the case
    validator at a start, README "Speed"). The signature is the same either way."""
    function.__signature__ = inspect.signature(function)
    return function


#: A character beyond ASCII (a statute's "§", a name's accent).
_NOT_ASCII = LazyPattern(r"[^\x00-\x7f]")


def hidden_character(value: str, free_text: bool = False) -> str | None:
    """Why ``value`` cannot be read as typed: a control character, an invisible (format)
    character such as a zero-width space, or a digit other than 0-9 (e.g. full-width "１");
    None if it holds none. A name that looks right on screen must be the name it shows."""
    if value.isprintable():  # no control, invisible or separator character (but " ")
        if value.isascii() or not any(char.isdigit() for char in _NOT_ASCII.findall(value)):
            return None  # and no digit but 0-9: a statute's "§" is looked at alone
    for position, char in enumerate(value, 1):
        category = unicodedata.category(char)
        if char in "\t\n\r" and free_text:
            continue
        if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            kind = "a control character" if category == "Cc" else "an invisible character"
        elif char.isdigit() and not char.isascii():
            kind = "a digit other than 0-9"
        else:
            continue
        name = " " + unicodedata.name(char, "") if category != "Cc" else ""
        return f"contains {kind}, U+{ord(char):04X}{name}, at character {position}"
    return None


class FactsTable:
    """The type of a guideline's own facts table in the case file (``[offense.firearms]``),
    or of a count (``[[counts]]``): its model (:meth:`model`) is built only when a case
    states the table, so that a start builds none it does not read (guidelines/case/model.py).
    Code that walks the case model's fields reads the table's model through
    :func:`model_of_table`."""

    @classmethod
    def model(cls) -> type[BaseModel]:
        raise NotImplementedError


class Strict(BaseModel):
    """Unknown keys are errors: a typo must never be silently ignored. Types are exact
    (``strict``): a yes/no fact takes only a boolean, a number only an integer, a date only
    a date; nothing is coerced ("true", 1 or "5" are refused, never read as true or 5).
    Fields that take one of several words (enums) say ``strict=False``: their value is the
    word, a string, compared with the listed ones only (an enum member is accepted too)."""

    # defer_build: a model's own validator is built when it is first used alone; the case's
    # validator (Case) takes the nested models' schemas into its own, so a start builds
    # each model's schema once instead of once for itself and again inside the case
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)

    @field_validator("*", mode="after")
    @classmethod
    @signature_kept
    def _shown_as_read(cls, value: Any, info) -> Any:
        """Every string of the case reads as it shows: no hidden characters (see
        :func:`hidden_character`). A name, edition, quantity or term is not blank, except
        where "" is the default (a statute, a caption): there blank is the same as absent."""
        if type(value) is str and value.isascii() and value.isprintable() and value.strip():
            return value  # most strings: printable ASCII (nothing hidden), not blank
        if isinstance(value, str):
            texts: Any = (value,)
        elif isinstance(value, list):
            texts = value
        else:
            return value
        for text in texts:
            if not isinstance(text, str):
                continue
            if not (text.isascii() and text.isprintable()):  # else nothing hidden in it
                problem = hidden_character(text, free_text=info.field_name in FREE_TEXT)
                if problem:
                    raise ValueError(problem)
            if not text.strip() and info.field_name not in FREE_TEXT \
                    and cls.model_fields[info.field_name].default != "":
                raise ValueError("is empty: give a value, or leave the key out")
        return value

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """:meth:`_shown_as_read` on the fields whose value can hold a string of the user's
        words, not on every field: a yes/no, a number, a date, a table, a word of a fixed
        list (an enum, a Literal) can hold none it could refuse, so the check there is a call
        that returns its value (11 calls a single-count case, 5 of them needed). Set before
        the model's validator is built (``defer_build``); each model works out its own fields,
        those it inherits included."""
        super().__pydantic_init_subclass__(**kwargs)
        decorator = cls.__pydantic_decorators__.field_validators.get("_shown_as_read")
        if decorator is None:
            return
        fields = tuple(name for name, info in cls.__pydantic_fields__.items()
                       if not holds_no_free_text(info.annotation))
        decorator.info = dataclasses.replace(decorator.info, fields=fields)


def holds_no_free_text(annotation: Any) -> bool:
    """True if a field of this type can hold no string :meth:`Strict._shown_as_read` would
    refuse: its values are booleans, numbers, dates, models (a guideline's facts table
    too), members of an enum or a Literal whose words are printable ASCII and not blank, or
    lists or unions of these.
    Anything else (a str, a type this does not know) keeps the check."""
    if annotation in _NO_TEXT:
        return True
    origin = typing.get_origin(annotation)
    if origin is None:
        if not isinstance(annotation, type):
            return False
        if issubclass(annotation, Enum):
            return all(_fixed_word(member.value) for member in annotation) \
                if issubclass(annotation, str) else True
        # a model, or a guideline's facts table (validated by its model, which checks its
        # own strings)
        return issubclass(annotation, (BaseModel, FactsTable)) \
            and not issubclass(annotation, str)
    if origin is Literal:
        return all(_fixed_word(word) for word in typing.get_args(annotation))
    if origin is Annotated:
        inner, *metadata = typing.get_args(annotation)
        # only metadata that cannot change what the value is: constraints, a field's
        # description, the date check that returns its date
        return holds_no_free_text(inner) and all(
            not callable(getattr(item, "func", None)) or item.func is _not_before_1900
            for item in metadata)
    if origin in (list, typing.Union, types.UnionType):
        return all(holds_no_free_text(arg) for arg in typing.get_args(annotation))
    return False


_NO_TEXT = frozenset({bool, int, float, Decimal, dt.date, type(None)})


def _fixed_word(word: Any) -> bool:
    """A word of a fixed list that passes the check whatever the field: printable ASCII,
    not blank (a non-string member is never a string to check)."""
    return not isinstance(word, str) or (word.isascii() and word.isprintable()
                                         and bool(word.strip()))

#: The earliest date a case may state: every date of a case is checked against it.
EARLIEST_DATE = dt.date(1900, 1, 1)


@signature_kept
def _not_before_1900(value: dt.date) -> dt.date:
    if value < EARLIEST_DATE:
        raise ValueError(f"{value.isoformat()} is before 1900: check the year")
    return value


#: A date of the case: a TOML date (not a string, not a date-time), from 1900 on.
Date = Annotated[dt.date, AfterValidator(_not_before_1900)]


# Chapter Three, Part A ---------------------------------------------------------------------

class OfficialVictim(str, Enum):
    status = "status"
    status_person_offense = "status_person_offense"
    assault = "assault"


class HumanRightsOffense(str, Enum):
    incitement_to_genocide = "incitement_to_genocide"
    other = "other"
    other_death_resulted = "other_death_resulted"


class VictimFacts(Strict):
    """Chapter Three, Part A: victim-related adjustments (§§3A1.1-3A1.5)."""

    hate_crime: bool = Field(
        False, description="§3A1.1(a): the finder of fact (or the court, on a plea) determined "
        "beyond a reasonable doubt that the victim or property was selected because of a "
        "protected characteristic (from Nov. 1, 1995).")
    vulnerable_victim: bool = Field(
        False, description="§3A1.1(b)(1): the defendant knew or should have known that a "
        "victim was a vulnerable victim.")
    large_number_of_vulnerable_victims: bool = Field(
        False, description="§3A1.1(b)(2): the offense involved a large number of vulnerable "
        "victims (from Nov. 1, 1998; requires vulnerable_victim).")
    official_victim: OfficialVictim | None = Field(
        None, strict=False,
        description="§3A1.2: \"status\" (victim a government officer or employee, offense "
        "motivated by that status), \"status_person_offense\" (the same, with a Chapter Two, "
        "Part A guideline) or \"assault\" (assault on a law enforcement officer or prison "
        "official creating a substantial risk of serious bodily injury).")
    restrained: bool = Field(False, description="§3A1.3: a victim was physically restrained.")
    terrorism: bool = Field(
        False, description="§3A1.4: a felony that involved, or was intended to promote, a "
        "federal crime of terrorism (from Nov. 1, 1995).")
    human_rights_offense: HumanRightsOffense | None = Field(
        None, strict=False, description="§3A1.5 (from Nov. 1, 2012): \"incitement_to_genocide\" "
        "(18 U.S.C. § 1091(c)), \"other\", or \"other_death_resulted\".")

    @model_validator(mode="after")
    def _large_number_needs_vulnerable(self) -> VictimFacts:
        if self.large_number_of_vulnerable_victims and not self.vulnerable_victim:
            raise ValueError("large_number_of_vulnerable_victims requires vulnerable_victim "
                             "(§3A1.1(b)(2): 'if (A) subdivision (1) applies')")
        return self


# Chapter Three, Part C ---------------------------------------------------------------------

class ObstructionFacts(Strict):
    """Chapter Three, Part C: obstruction and related adjustments (§§3C1.1-3C1.4)."""

    obstructed_justice: bool = Field(
        False, description="§3C1.1: the defendant willfully obstructed or impeded the "
        "administration of justice with respect to the instant offense.")
    reckless_endangerment_during_flight: bool = Field(
        False, description="§3C1.2: recklessly created a substantial risk of death or serious "
        "bodily injury in the course of fleeing from a law enforcement officer (from 1990).")
    offense_while_on_release: bool = Field(
        False, description="18 U.S.C. § 3147 enhancement applies: §2J1.7 (1989-2006) or "
        "§3C1.3 (from Nov. 1, 2006), +3.")
    false_domain_registration: bool = Field(
        False, description="§3C1.4: 18 U.S.C. § 3559(g)(1) enhancement applies (from 2006).")


# Chapter Three, Part E ---------------------------------------------------------------------

class Acceptance(Strict):
    """§3E1.1: acceptance of responsibility."""

    accepted: bool = Field(
        False, description="§3E1.1(a): the defendant clearly demonstrates acceptance of "
        "responsibility (-2).")
    government_motion: bool = Field(
        False, description="§3E1.1(b) from Apr. 30, 2003: the government moves for the "
        "additional level (timely notice of intent to plead guilty).")
    timely_assistance: bool = Field(
        False, description="§3E1.1(b) Nov. 1, 1992 - Apr. 29, 2003: the court finds the "
        "defendant timely provided complete information or timely notified authorities of "
        "his intention to plead guilty.")

    @model_validator(mode="after")
    def _b_needs_a(self) -> Acceptance:
        if (self.government_motion or self.timely_assistance) and not self.accepted:
            raise ValueError("§3E1.1(b) applies only 'if the defendant qualifies for a "
                             "decrease under subsection (a)': set accepted = true")
        return self


# Statutory facts ---------------------------------------------------------------------------

class StatutoryFacts(Strict):
    """Facts that change the statutory penalties of the counts, stated by the user."""

    prior_drug_convictions: int = Field(
        0, ge=0, le=2, description="Prior convictions the government relied on under "
        "21 U.S.C. § 851 that qualify under the law applied (\"felony drug offense\"; from "
        "Dec. 21, 2018, for § 841(b)(1)(A)/(B) and § 960(b)(1)/(2): \"serious drug felony or "
        "serious violent felony\"): 0, 1, or 2 for two or more.")
    prior_924c_conviction_final: bool = Field(
        False, description="A prior 18 U.S.C. § 924(c) conviction had become final before the "
        "violation (First Step Act § 403: needed for a 'second or subsequent' term).")
    substantial_assistance_motion: bool = Field(
        False, description="18 U.S.C. § 3553(e): the government moved to permit a sentence "
        "below the statutory minimum.")


# Variances ---------------------------------------------------------------------------------

class Variance(Strict):
    """A variance (18 U.S.C. § 3553(a)): a sentence outside the guideline range, in months,
    shown apart from departures (which move the offense level)."""

    months: int | None = Field(
        None, ge=-1200, le=1200, description="Vary by this many months from the guideline "
        "range (negative = below); both ends of the range move.")
    to_months: int | None = Field(
        None, ge=0, le=1200, description="Vary to a sentence of this many months.")
    reason: str = Field(min_length=1, description="The court's reason (§ 3553(a) factors).")

    @model_validator(mode="after")
    def _one_amount(self) -> Variance:
        if (self.months is None) == (self.to_months is None):
            raise ValueError("give exactly one of months or to_months")
        if self.months == 0:
            raise ValueError("months = 0 is not a variance")
        return self


# The sentence imposed ---------------------------------------------------------------------

class ImposedSentence(Strict):
    """The total punishment the court imposed (§5G1.2(b): "the court shall determine the
    total punishment"), so that the sentence on each count is a point and the §5G1.2(d)
    apportionment follows it. Optional: without it each count's sentence is stated as the
    range of the total punishment within that count's statutory limits."""

    imposed_months: int | None = Field(
        None, ge=1, le=1200, description="The total punishment imposed, in months, on the "
        "counts sentenced under §5G1.2(b) (a §5G1.2(a) consecutive term, such as 18 U.S.C. "
        "§ 924(c), is added to it).")
    imposed_life: bool = Field(
        False, description="The total punishment imposed is life imprisonment.")

    @model_validator(mode="after")
    def _one_sentence(self) -> ImposedSentence:
        if (self.imposed_months is None) == (not self.imposed_life):
            raise ValueError("give exactly one of imposed_months or imposed_life = true")
        return self


class ReductionFacts(Strict):
    """A motion to reduce the term of imprisonment under 18 U.S.C. § 3582(c)(2) and §1B1.10
    (`ussg reduce`): when the court rules, how the sentence imposed was reached, and the
    custody that limits the reduction. The sentence imposed is `[sentence]`'s."""

    motion_date: Date | None = Field(
        None, description="The effective date of the court's order on the motion (§1B1.10, "
        "comment. (n.8): the version of §1B1.10 in effect on the date the court reduces the "
        "term applies; §1B1.10(e) compares this date). `ussg reduce --motion-date` gives or "
        "overrides it.")
    substantial_assistance: bool = Field(
        False, description="The term imposed was below the guideline range pursuant to a "
        "government motion to reflect the defendant's substantial assistance to authorities "
        "(§5K1.1, 18 U.S.C. § 3553(e) or Fed. R. Crim. P. 35(b)): §1B1.10(b)(2)(B)'s "
        "exception. Also read from a [[departures]] section \"§5K1.1\" or [statutory] "
        "substantial_assistance_motion; state it for Rule 35(b).")
    custody_began: Date | None = Field(
        None, description="The date the defendant's custody on this sentence began (with "
        "any credit for earlier custody already counted back): the term already served by "
        "the motion date, below which no reduced term may go (§1B1.10(b)(2)(C)).")


def no_items() -> list:
    """The ``default_factory`` of a list the case file may leave out: a new empty list, as
    ``list`` gives. Not the builtin ``list`` itself: pydantic reads each factory's signature
    when it builds a model (does it take the validated data?), and the builtin's signature is
    parsed from its text by ``inspect`` (about 0.13 ms a field, against 6 µs for this
    function), at every start. pydantic writes no ``default`` for a factory in the JSON
    Schema, so ``ussg schema`` is the same."""
    return []


def shared_default(model: type[BaseModel]) -> Any:
    """A ``default_factory`` that gives the one instance of ``model`` with its defaults,
    made at the first case that leaves the table out, for a frozen model whose values are
    all immutable (strings, numbers, booleans, enum members, models of these: nothing a
    holder could change in place, so one instance can serve every case). A factory that
    is the model itself validates a new instance for each case that leaves the table out
    (about 0.7 µs for the caption, 3 µs for the adjustments). A factory, not a default
    value, so that the JSON Schema (``ussg schema``) stays as it was: pydantic writes no
    ``default`` for a factory."""
    made: list[BaseModel] = []

    def default() -> BaseModel:
        if not made:
            made.append(model())
        return made[0]

    return default


def model_of_table(annotation: Any) -> Any:
    """``annotation`` itself, or the facts model a guideline's :class:`FactsTable` stands
    for (imported and built now)."""
    if isinstance(annotation, type) and issubclass(annotation, FactsTable):
        return annotation.model()
    return annotation


class BuiltWhenStated:
    """A field's marker (``Annotated[list[Count], BUILT_WHEN_STATED]``): the models the
    field holds are built, and the field validated by them, only when a case states it, so
    that a start builds nothing of what the case file leaves out (the counts of a multi-count
    case, the prior record, a reduction motion...: README "Speed"). The field's type, as
    code that walks the models reads it (``model_fields[...].annotation``), is unchanged.

    A stated value is validated by the schema of the field's own type, in strict mode as
    every case model: the same errors at the same places (pydantic places a validator's
    errors under the field). ``ussg schema`` has every field in full:
    :meth:`Case.model_json_schema` sets ``every_model_built`` and rebuilds the models that
    have such fields (:data:`MODELS_BUILT_WHEN_STATED`)."""

    every_model_built = False

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        if BuiltWhenStated.every_model_built:
            return handler(source)
        adapter: list[TypeAdapter] = []  # built at the first value stated

        def validate(value: Any) -> Any:
            if not adapter:
                adapter.append(TypeAdapter(source, config=ConfigDict(strict=True)))
            return adapter[0].validate_python(value)

        return core_schema.no_info_plain_validator_function(validate)


BUILT_WHEN_STATED = BuiltWhenStated()


class FactsInConflict(ValueError):
    """Facts of one model that cannot all be true: each problem is (field path relative to
    the model, message), so that every field involved is named (see
    guidelines/case/reading.py, which places them under the model's own path)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems))
