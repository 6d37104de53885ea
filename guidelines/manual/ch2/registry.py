"""Chapter Two as a registry: every offense guideline ussg computes, found by its section.

§1B1.1(a)(1): "Determine, pursuant to §1B1.2 (Applicable Guidelines), the offense guideline
section from Chapter Two (Offense Conduct) applicable to the offense of conviction." Each
offense guideline is a package of ``guidelines/manual/ch2`` (``s2k2_1`` for §2K2.1) whose
``__init__`` declares it::

    GUIDELINE = OffenseGuideline(
        section="2K2.1", title="Unlawful Receipt, Possession, or Transportation of Firearms ...",
        facts_key="firearms",                          # the case file's [offense.firearms]
        facts="ussg.guidelines.manual.ch2.s2k2_1.facts:FirearmFacts",  # its pydantic model
        table="firearm_base_offense_level",            # its versions: when the guideline exists
        rules="ussg.guidelines.manual.ch2.s2k2_1.offense_level")

(or ``GUIDELINES = (...)`` for a package holding several). The facts model is named by
where it is (``"module:Class"``), not imported: the registry is read at every start, and a case
builds only the facts models of the tables it states (the model itself is accepted too, at the
cost of building it at start-up). The case file, ``ussg schema``, the checklist (each
guideline's ``checklist`` items) and the terminal app's form find the guidelines here; nothing
else needs to be told.

A guideline's ``rules`` module is imported when a case first uses it, and gives the three
parts every Chapter Two guideline has, in the Manual's order (a departure the court placed
"after the base offense level" comes between the first two):

- ``base_offense_level(sheet, given)``: sets the level (``sheet.set_level``), one step each;
- ``specific_offense_characteristics(sheet, given)``: adjusts it (``sheet.adjust``);
- ``cross_references(sheet, given)`` (optional): a cross reference or a minimum.

``given`` (:class:`ChapterTwoCase`) carries the case, the count's facts and the guideline's own
facts. A rule reads its tables from ``sheet.manual`` (guidelines/engine/manual.py), never a date.
A guideline that applies another's level (a cross reference, "2 plus the offense level from
§2D1.1", §2X1.1's "the base offense level from the guideline for the substantive offense")
computes it with :func:`offense_level_under`, which gives the level and the steps on a
scratch sheet for the caller to adopt.
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass, field
from functools import cache, cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ussg.guidelines.engine.records import frozen_record

if TYPE_CHECKING:  # the case model imports this module for the guidelines' facts
    from ussg.guidelines.case.model import Adjustments, Case, OffenseFacts
    from ussg.guidelines.engine.manual import Manual
    from ussg.guidelines.engine.worksheet_builder import Worksheet


class _FactsModel:
    """The ``facts`` of an :class:`OffenseGuideline`: declared as the model itself or, so that
    the registry is read without building every guideline's model (a case builds only those
    it states, README "Speed"), as ``"module:Class"``; read, it is always the model class,
    imported the first time it is asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}_declared"

    def __get__(self, guideline: Any, owner: type | None = None) -> Any:
        if guideline is None:
            return None  # the field's default (dataclasses reads it from the class)
        declared = guideline.__dict__[self.slot]
        if isinstance(declared, str):
            module, _, name = declared.partition(":")
            declared = getattr(importlib.import_module(module), name)
            object.__setattr__(guideline, self.slot, declared)
        return declared

    def __set__(self, guideline: Any, value: Any) -> None:
        guideline.__dict__[self.slot] = None if value is self else value


@dataclass(frozen=True)
class OffenseGuideline:
    """One offense guideline of Chapter Two, as ussg computes it."""

    section: str  # "2K2.1", as the case file's `guideline` names it
    title: str  # the guideline's heading in the Manual
    rules: str | None  # the module that computes it (None: the statute sets the term, §2K2.4)
    table: str | None = None  # the table whose versions say when the guideline exists
    facts_key: str | None = None  # its own facts: the case file's [offense.<facts_key>]
    # the pydantic model of those facts, or where it is ("package.facts:FirearmFacts")
    facts: type[BaseModel] | None = field(  # type: ignore[assignment]
        default=_FactsModel(), compare=False, repr=False)
    uses_drugs: bool = False  # takes §2D1.1's drug facts ([offense] drugs, ...) as its own
    # the key of its facts naming another guideline whose level it applies from the same
    # count's facts, that guideline's facts table given beside its own (§2X1.1(a): "the base
    # offense level from the guideline for the substantive offense": substantive_guideline);
    # or several such keys, each naming one guideline (§2M5.3: (c)(2)'s §2A2.1 and (c)(3)'s
    # §2M6.1), the first the one named where a message speaks of a single key
    applies_facts_of: str | tuple[str, ...] | None = None
    # a deleted guideline without a facts table of its own whose facts are its successor's:
    # that guideline's section; the count gives the successor's table with guideline = this
    # one (§2E5.6 reads §2E5.1's [offense.benefit_plan_bribery], §2M3.6 §2M3.3's
    # [offense.defense_information_transmitting]), ``given.facts`` is that model, and the
    # rules refuse a fact the deleted guideline's words do not have. Several: the count gives
    # exactly one of their tables, the one that applies (§2E1.5: §2B3.1, §2B3.2, §2B3.3 or
    # §2C1.1). The checklist offers their items where this one has none of its own (§2K3.1,
    # which applies §2Q1.2), else only its own (§2J1.8 reading §2J1.3's facts)
    shares_facts_of: tuple[str, ...] = ()
    summary: str = ""  # a few words for lists: "drug trafficking"
    notes: tuple[str, ...] = field(default=())  # what ussg does not compute of it (README)
    # the checklist trail's items for this guideline (guidelines/manual/checklist.py): the
    # tables of its specific offense characteristics and cross references, in §1B1.1's order,
    # each offered where the edition has it; a case file marks them by the table's name
    checklist: tuple[str, ...] = field(default=())

    @property
    def facts_declared_lazily(self) -> bool:
        """Its facts model is named by where it is and not yet imported."""
        return isinstance(self.__dict__.get("_facts_declared"), str)

    @property
    def facts_module(self) -> str | None:
        """The module that holds its facts model (without importing it)."""
        declared = self.__dict__.get("_facts_declared")
        if isinstance(declared, str):
            return declared.partition(":")[0]
        return declared.__module__ if declared is not None else None

    @property
    def applies_facts_keys(self) -> tuple[str, ...]:
        """The keys of its facts that name another guideline whose facts apply (none, one,
        or several: ``applies_facts_of`` as a tuple)."""
        keys = self.applies_facts_of
        if keys is None:
            return ()
        return (keys,) if isinstance(keys, str) else tuple(keys)

    def key_naming(self, section: str) -> str | None:
        """The key of its facts that may name guideline ``section`` (the single key where it
        has one; of several, the one whose values include it, else the first)."""
        keys = self.applies_facts_keys
        if len(keys) > 1 and self.facts is not None:
            for key in keys:
                field = self.facts.model_fields.get(key)
                if field is not None and section in _literal_values(field.annotation):
                    return key
        return keys[0] if keys else None

    def applied_in(self, own: Any) -> dict[str, str]:
        """The guidelines its facts ``own`` (a model instance, or None) name through its
        keys, by key: {"attempted_murder_guideline": "2A2.1"}."""
        if own is None:
            return {}
        return {key: named for key in self.applies_facts_keys
                if isinstance(named := getattr(own, key, None), str)}

    @property
    def label(self) -> str:
        return f"§{self.section}"

    @property
    def package(self) -> str | None:
        """The package that holds the guideline (its rules, table schemas)."""
        return self.rules.rsplit(".", 1)[0] if self.rules else None

    def load_rules(self) -> ModuleType:
        assert self.rules is not None, f"§{self.section} is not computed from its facts"
        return _module(self.rules)

    def facts_of(self, offense: Any) -> BaseModel | None:
        """This guideline's facts as the count states them (``[offense.<facts_key>]``), or
        their defaults where the table is left out (a guideline that shares its successor's
        facts: the successor's)."""
        if self.shares_facts_of:
            shared = self.shared_facts_stated(offense)
            return shared.facts_of(offense) if shared is not None else None
        if self.facts_key is None or self.facts is None:
            return None
        stated = getattr(offense, self.facts_key, None)
        return stated if stated is not None else self.facts()

    def shared_facts_stated(self, offense: Any) -> OffenseGuideline | None:
        """Of the guidelines whose facts it shares (``shares_facts_of``), the one whose table
        the count states (the first), or the only one; None if none is stated of several."""
        shared = [g for s in self.shares_facts_of if (g := chapter_two_guideline(s)) is not None]
        stated = [g for g in shared if offense is not None and g.facts_key
                  and getattr(offense, g.facts_key, None) is not None]
        if stated:
            return stated[0]
        return shared[0] if len(shared) == 1 else None

    @cached_property
    def facts_required(self) -> bool:
        """Its facts table must be given: a fact without a default, or defaults its own
        checks refuse (§2B1.1's facts need the loss or the gain, one of them)."""
        if self.facts is None:
            return False
        if any(f.is_required() for f in self.facts.model_fields.values()):
            return True
        from pydantic import ValidationError
        try:
            self.facts()
        except ValidationError:
            return True
        return False


def _literal_values(annotation: Any) -> tuple:
    """The values a ``Literal[...]`` annotation (or one inside ``... | None``) allows."""
    from typing import Literal, get_args, get_origin
    if get_origin(annotation) is Literal:
        return get_args(annotation)
    return tuple(v for a in get_args(annotation) for v in _literal_values(a))


def guidelines_whose_facts_apply(offense: Any) -> frozenset[str]:
    """The guidelines whose facts the count gives: its own and, where its guideline applies
    another's level from the same facts (§2X1.1 over the substantive offense's guideline),
    that one's (``[offense.inchoate] substantive_guideline = "2K2.1"`` with
    ``[offense.firearms]``): each one its keys name (§2M5.3: ``attempted_murder_guideline``,
    ``mass_destruction_guideline``), and those that one's own facts table names in turn
    (§2M6.1 computed in §2M5.3(c)(3), its own (c)(2) naming §2A2.1)."""
    guideline = chapter_two_guideline(offense.guideline)
    if guideline is not None and guideline.shares_facts_of:
        return frozenset((offense.guideline, *guideline.shares_facts_of))
    if guideline is None or not (guideline.applies_facts_of and guideline.facts_key):
        return _alone(offense.guideline)  # most counts: its own guideline only
    sections = {offense.guideline}
    waiting = [guideline]
    while waiting:
        applying = waiting.pop()
        own = getattr(offense, applying.facts_key, None) if applying.facts_key else None
        for other in applying.applied_in(own).values():
            found = chapter_two_guideline(other)
            if found is not None and other not in sections:
                sections.add(other)
                if found.applies_facts_of:
                    waiting.append(found)
    return frozenset(sections)


@cache
def _alone(section: str) -> frozenset[str]:
    return frozenset((section,))


def takes_drug_facts(offense: Any) -> bool:
    """The count may state §2D1.1's drug facts: its guideline takes them, or (§2X1.1) the
    guideline whose level it applies takes them (not ``"other"``, whose level is stated: the
    drugs would change nothing)."""
    guideline = chapter_two_guideline(offense.guideline)
    if guideline is None or not guideline.uses_drugs:
        return False
    if not guideline.applies_facts_of:  # no other guideline's facts: its own decide
        return True
    own = getattr(offense, guideline.facts_key, None) if guideline.facts_key else None
    named = guideline.applied_in(own).values()
    if not named:  # no other guideline named: its own rules decide (§2K2.3's other offense)
        return True
    # the other guideline named decides; "other" (a level stated, not computed) reads no drugs
    return any((other := chapter_two_guideline(n)) is not None and other.uses_drugs
               for n in named)


@cache
def _module(name: str) -> ModuleType:
    """The module ``name``, imported once (a guideline's rules are asked for every case)."""
    return importlib.import_module(name)


@frozen_record
class ChapterTwoCase:
    """What a Chapter Two guideline reads: the whole case (with the count's facts as its
    ``offense``), the count's facts, this guideline's own facts, and where they are."""

    case: Case
    offense: OffenseFacts
    facts: Any  # this guideline's facts model (None if it has none)
    field: str  # "offense" or "counts[2]": where the count's facts are in the case file
    adjustments: Adjustments
    facts_at: str = ""  # where ``facts`` are when a cross reference nests them
    #: the guidelines whose cross references or instructions led here, from the guideline of
    #: the offense of conviction (§1B1.2) on: ("2N2.1",); empty for that guideline itself
    #: (§2B1.1(a)(1) reads it: comment. (n.2(A)))
    through: tuple[str, ...] = ()

    @property
    def facts_field(self) -> str:
        """The case-file path of this guideline's facts table: "offense.firearms"."""
        if self.facts_at:
            return self.facts_at
        guideline = chapter_two_guideline(self.offense.guideline)
        if guideline and guideline.shares_facts_of:
            guideline = guideline.shared_facts_stated(self.offense)
        key = guideline.facts_key if guideline else None
        return f"{self.field}.{key}" if key else self.field

    def under(self, section: str, facts: Any = None, facts_at: str = "") -> ChapterTwoCase:
        """The same case read under another guideline (a cross reference): its facts
        ``facts`` (default: its defaults), the count's other facts unchanged; ``facts_at``:
        where those facts are in the case file, when nested (errors name it)."""
        other = chapter_two_guideline(section)
        assert other is not None, section
        offense = self.offense.model_copy(update={"guideline": section})
        view = self.case.model_copy(update={"offense": offense})
        return ChapterTwoCase(view, offense, facts if facts is not None else other.facts_of(None),
                              self.field, self.adjustments, facts_at,
                              (*self.through, self.offense.guideline))


@cache
def chapter_two_guidelines() -> tuple[OffenseGuideline, ...]:
    """Every offense guideline ussg computes, in the Manual's order (by section): each
    package's declarations, read from the index kept for these packages' ``__init__.py``
    files (:func:`_declared_as_indexed`), or else by importing every package."""
    found = _declared_as_indexed()
    if found is None:
        found = _declared_by_importing()
    sections = [g.section for g in found]
    duplicated = {s for s in sections if sections.count(s) > 1}
    assert not duplicated, f"offense guidelines declared twice: {sorted(duplicated)}"
    keys = [g.facts_key for g in found if g.facts_key]
    assert len(keys) == len(set(keys)), f"two guidelines share a facts table: {keys}"
    return tuple(sorted(found, key=lambda g: _section_order(g.section)))


# The declarations kept between runs (issue #17). Importing a package costs about 0.4 M
# instructions (finding it, reading its bytecode, making a module), about 3% of a start for
# the 58 packages of Dec. 2026, and growing with each guideline added; the index serves them
# for about a tenth of that. It is named by the digest of every package's __init__.py
# (its name and bytes) and of this file, so an added, removed or edited package, or a
# changed OffenseGuideline, is a new name: the packages are imported again and a new index
# written, never an old one served. It is written only where the bytes of __init__.py are
# all a package's declarations depend on: each package was imported here for the first
# time, and holds nothing but them (no import of another module: a package whose
# __init__.py imports anything but OffenseGuideline is imported at every start instead).
_INDEX_FORMAT = b"ussg chapter two index 1\0"
_DECLARATIONS_ONLY = frozenset({"OffenseGuideline", "GUIDELINE", "GUIDELINES", "annotations"})


def _declared_by_importing() -> list[OffenseGuideline]:
    """Every package's declarations, by importing each (and the index written, where it
    may be: see above)."""
    import pkgutil  # only here: the index serves most starts

    import ussg.guidelines.manual.ch2 as chapter_two
    found: list[OffenseGuideline] = []
    packages: dict[str, list[OffenseGuideline]] = {}
    first_here = True
    for module in pkgutil.iter_modules(chapter_two.__path__):
        if not module.ispkg:
            continue
        name = f"{chapter_two.__name__}.{module.name}"
        first_here = first_here and name not in sys.modules
        package = importlib.import_module(name)
        declared = [*getattr(package, "GUIDELINES", ())]
        if hasattr(package, "GUIDELINE"):
            declared.append(package.GUIDELINE)
        packages[module.name] = declared
        found += declared
        first_here = first_here and all(
            key.startswith("__") or key in _DECLARATIONS_ONLY for key in vars(package))
    on_disk = _packages_on_disk()
    if first_here and on_disk is not None and sorted(packages) == [n for n, _ in on_disk]:
        _write_index(_index_name(on_disk), packages)
    return found


def _packages_on_disk() -> list[tuple[str, bytes]] | None:
    """The packages of Chapter Two's folder as pkgutil finds them (a folder with an
    ``__init__``), each with the bytes of its ``__init__.py``, by name; None where that is not
    all there is to read (not one folder on disk, a package without its source)."""
    import inspect

    import ussg.guidelines.manual.ch2 as chapter_two
    paths = list(chapter_two.__path__)
    if len(paths) != 1 or not os.path.isdir(paths[0]):
        return None
    found = []
    with os.scandir(paths[0]) as entries:
        for entry in entries:
            if "." in entry.name or not entry.is_dir():
                continue
            try:
                found.append((entry.name, _bytes_of(os.path.join(entry.path, "__init__.py"))))
                continue
            except FileNotFoundError:
                pass
            if any(inspect.getmodulename(name) == "__init__" for name in os.listdir(entry.path)):
                return None  # a package without its __init__.py (bytecode only)
    return sorted(found)


def _bytes_of(path: str) -> bytes:
    """A file's bytes, read without a file object (a start reads some sixty of them)."""
    handle = os.open(path, os.O_RDONLY)
    try:
        chunks = [os.read(handle, 1 << 16)]
        while len(chunks[-1]) == 1 << 16:  # a short read of a file is its end
            chunks.append(os.read(handle, 1 << 16))
    finally:
        os.close(handle)
    return b"".join(chunks)


def _index_name(on_disk: list[tuple[str, bytes]]) -> str:
    import hashlib

    digest = hashlib.blake2b(_INDEX_FORMAT, digest_size=32)
    digest.update(_bytes_of(__file__))
    for name, data in on_disk:
        digest.update(b"\0%d\0%s\0" % (len(data), name.encode()))
        digest.update(data)
    return f"chapter-two-{digest.hexdigest()}.pickle"


def _declared_as_indexed() -> list[OffenseGuideline] | None:
    """Every package's declarations from the index named for the packages on disk now; None
    if there is none (or no cache, or it cannot be read)."""
    from ussg.guidelines.engine.tables import _cache_folder

    folder = _cache_folder()
    on_disk = _packages_on_disk() if folder is not None else None
    if on_disk is None:
        return None
    try:
        import pickle

        packages = pickle.loads(_bytes_of(str(folder / _index_name(on_disk))))
        return [guideline for name, _ in on_disk for guideline in packages[name]]
    except Exception:  # absent, unreadable or damaged: import the packages
        return None


def _write_index(name: str, packages: dict[str, list[OffenseGuideline]]) -> None:
    """Write the index (atomically: a parallel run never reads half a file)."""
    from ussg.guidelines.engine.tables import _cache_folder, keep_pickled

    folder = _cache_folder()
    if folder is not None:  # each guideline as its package made it (no property asked for yet)
        keep_pickled(folder / name, packages)


def _section_order(section: str) -> tuple:
    chapter_part, _, rest = section.partition(".")
    return (chapter_part[0], chapter_part[1], int(chapter_part[2:] or 0), int(rest or 0))


@cache
def chapter_two_guideline(section: str) -> OffenseGuideline | None:
    """The guideline registered for ``section`` ("2K2.1"), or None."""
    return next((g for g in chapter_two_guidelines() if g.section == section), None)


def computed_sections() -> tuple[str, ...]:
    """The sections whose offense level ussg computes from the facts."""
    return tuple(g.section for g in chapter_two_guidelines() if g.rules is not None)


def guideline_in_force(guideline: OffenseGuideline, manual: Manual, field: str) -> None:
    """Refuse a guideline under an edition that does not have it: its table has no version
    in force, or the version in force says it does not exist (deleted or not yet written)."""
    if guideline.table is None:
        return
    try:
        version = manual.table(guideline.table)
    except LookupError as error:  # imported here, for a refusal only (asked every case)
        from ussg.guidelines.engine.errors import CaseError
        from ussg.guidelines.engine.tables import TableError
        if not isinstance(error, TableError):
            raise
        raise CaseError(field, f"§{guideline.section}: {error}") from None
    if not version.get("exists", True):
        from ussg.guidelines.engine.errors import CaseError
        from ussg.guidelines.engine.tables import format_date
        raise CaseError(field, f"§{guideline.section} is not in the Guidelines Manual in force "
                               f"on {format_date(manual.in_force)}: "
                               f"{version.get('text', 'the guideline does not exist then')}")


def offense_level_under(sheet: Worksheet, section: str, given: ChapterTwoCase,
                        scope: str | None = None) -> tuple[int, list]:
    """The Chapter Two offense level of ``given`` under guideline ``section`` (base offense
    level, specific offense characteristics, cross references), computed on a scratch sheet
    of the same Manual: the level and its steps, for the caller to adopt or set aside."""
    guideline = chapter_two_guideline(section)
    assert guideline is not None and guideline.rules is not None, section
    guideline_in_force(guideline, sheet.manual, f"{given.field}.guideline")
    rules = guideline.load_rules()

    def chapter_two(scratch: Worksheet) -> None:
        rules.base_offense_level(scratch, given)
        rules.specific_offense_characteristics(scratch, given)
        if hasattr(rules, "cross_references"):
            rules.cross_references(scratch, given)
        # the caller that adopts these steps adopts a reference to this guideline (or to
        # the one its own cross reference applied): §1B1.5(c)
        scratch.refer_to(scratch.finish_chapter_two(section) or section)

    return sheet.on_scratch(chapter_two, scope)


def facts_not_in_edition(section: str, manual: Manual) -> frozenset[str]:
    """The keys of guideline ``section``'s facts table that the edition ``manual`` does not
    have, as its rules say (a guideline whose facts change with the edition declares
    ``facts_not_in(manual)``: §2N2.1's and §2N3.1's §2F1.1 or §2B1.1 findings); empty for the
    others. Each such key is still refused by the computation; this only tells a form which
    keys to leave out."""
    guideline = chapter_two_guideline(section)
    if guideline is None or guideline.rules is None or not guideline.facts_key:
        return frozenset()
    hook = getattr(guideline.load_rules(), "facts_not_in", None)
    return frozenset(hook(manual)) if hook is not None else frozenset()


def computed_guideline(given: ChapterTwoCase, guideline: str, field: str,
                       what: str = "substantive offense") -> OffenseGuideline:
    """Another offense's guideline (§2X1.1's substantive offense, §2X3.1's underlying offense,
    §2C1.1(c)'s concealed offense, §2S1.1(a)(1)'s underlying offense), if ussg computes it
    here from the count's facts:
    one without a facts table of its own (§2D1.1), or, with §2X1.1 as the count's guideline,
    one whose facts table the count gives beside [offense.inchoate]
    (:func:`guidelines_whose_facts_apply`). A cross reference into §2X1.1
    (§2K2.1(c)(1)) reaches only the former: the count's facts table is its own guideline's.
    The same holds for §2X3.1's underlying offense (``what``: the words for the offense)."""
    from ussg.guidelines.engine.errors import CaseError
    other = chapter_two_guideline(guideline)
    own = given.offense.guideline
    own_guideline = chapter_two_guideline(own)
    key = own_guideline.key_naming(guideline) if own_guideline is not None else None
    applying = guidelines_whose_facts_apply(given.offense) - {own}
    if other is not None and other.rules is not None and other.section != own and (
            not other.facts_key or other.section in applying):
        return other
    plain = [f"\"{g.section}\"" for g in chapter_two_guidelines()
             if g.rules and not g.facts_key and g.section != own]
    if key is None or field != given.facts_field:
        raise CaseError(f"{field}.guideline", f"§{guideline}: ussg computes the {what} "
                        f"here only under {', '.join(plain)}; give \"other\" and the "
                        f"level as determined")
    tables = [f"\"{g.section}\" ([{given.field}.{g.facts_key}])"
              for g in chapter_two_guidelines()
              if g.rules and g.facts_key and g.section != own]
    raise CaseError(f"{field}.{key}",
                    f"§{guideline}: ussg computes the {what} under "
                    f"{', '.join(plain)}, or {', '.join(tables)} with that guideline's facts "
                    f"table in this count; give \"other\" and the level as determined")
