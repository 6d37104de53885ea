"""`Computation.to_json_text()` and `to_json_bytes()` (the JSON a batch writes, built from the
dataclasses by hand, in UTF-8) give, byte for byte, what
`json.dumps(computation.to_json_dict(), ensure_ascii=False)` gives (pydantic's serializer,
restated below apart from the code under test, the optional keys taken out), values of the
same types: on every case file of the repository, under its own edition and others (so that
counts, Groups, §1B1.11 comparisons, several counts' sentences and the optional keys all
occur), on generated single-count cases, and on a computation given the parts no case file
reaches. Pydantic's serializer writes every field of every record: a field added to a record
and not to the hand-built writer makes these comparisons fail. The strings', steps' and
results' JSON kept between cases give the same bytes whether found kept or made anew."""

from __future__ import annotations

import json
import random

import pytest

from tests.conftest import ROOT, TESTS
from ussg.guidelines import calculate
from ussg.guidelines.case.reading import load_case
from ussg.guidelines.engine import computation as computation_module
from ussg.guidelines.engine.computation import (OPTIONAL_COUNT_KEYS, OPTIONAL_KEYS, Computation,
                                                _citation_json, _json_adapter)
from ussg.guidelines.engine.errors import CaseError

CASE_FILES = sorted([*ROOT.glob("examples/*.toml"), *TESTS.glob("**/*.toml")])
EDITIONS = ["1989-11-01", "1993-11-01", "2007-11-01", "2016-11-01", "2025-11-01"]


def reference_json_dict(computation: Computation) -> dict:
    """The published JSON as pydantic's generic serializer gives it, with the optional keys a
    computation did not fill taken out (what `Computation.to_json_dict` does)."""
    data = _json_adapter().dump_python(computation, mode="json")

    def without_empty(result: dict) -> dict:
        for key in OPTIONAL_KEYS:
            if result.get(key) in (None, []):
                result.pop(key, None)
        for count in result.get("counts", []):
            if count.get("maximum_stated") is True:
                del count["maximum_stated"]
            for key in OPTIONAL_COUNT_KEYS:
                if count.get(key) in (None, ""):
                    count.pop(key, None)
        return result

    result = without_empty(data.pop("result"))
    for summary in data.get("compared", []):
        without_empty(summary["result"])
    for step in data["steps"]:
        for key in ("scope", "citation"):
            if step.get(key) is None:
                step.pop(key, None)
    return {"case_name": data.pop("case_name"), **result, **data}


def same_types(a: object, b: object, at: str = "") -> None:
    """Equal, and of exactly the same type at every place (a bool is not an int here)."""
    assert type(a) is type(b), (at, a, b)
    if isinstance(a, dict):
        assert list(a) == list(b), at  # the same keys in the same order
        for key in a:
            same_types(a[key], b[key], f"{at}.{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), at
        for index, (x, y) in enumerate(zip(a, b)):
            same_types(x, y, f"{at}[{index}]")
    else:
        assert a == b, at


def computations() -> list[tuple[str, Computation]]:
    found = []
    for path in CASE_FILES:
        try:
            case = load_case(path)
        except ValueError:
            continue  # a file of bad input (tests of refusals)
        for manual in (None, *EDITIONS):
            try:
                found.append((f"{path.relative_to(ROOT)} {manual}", calculate(
                    case if manual is None else case.model_copy(update={"manual": manual}))))
            except (CaseError, ValueError):
                continue
    return found


COMPUTED = computations()


def test_the_case_files_give_every_part_of_the_json() -> None:
    """The comparison below is worth something only if the files reach the rarer keys."""
    texts = "\n".join(c.to_json_text() for _, c in COMPUTED)
    reached = [*OPTIONAL_KEYS, "scope", "citation", '"maximum_stated": false', '"sentence"',
               '"runs"', "sentence_note", '"compared": [{', '"warnings": ["']
    reached.remove("sentence_after_variance")  # no case file states a variance: see below
    for key in reached:
        assert key in texts, key
    assert len(COMPUTED) > 300


def test_the_parts_no_case_file_reaches() -> None:
    """A sentence after a variance, a statute's citation (no edition), a life range, a
    count's unknown maximum, other strings (quotes, backslashes, line breaks, non-ASCII):
    put into a real computation, the same JSON as pydantic's."""
    import dataclasses

    from ussg.guidelines.engine.computation import GuidelineRange

    _, computation = next(c for c in COMPUTED if c[1].result.counts and c[1].compared)
    step = computation.steps[-1]
    statute = dataclasses.replace(step.citation or computation.steps[1].citation,
                                  edition=None, amendments=(), document='Pub. L. "99-570" \\ é')
    odd = dataclasses.replace(step, title='a "quoted" \\ title\nwith a break, ✓ and \x01',
                              scope="Count 1", delta=-3, level=0, citation=statute)
    count = dataclasses.replace(computation.result.counts[0], maximum_months=None,
                                maximum_stated=False, sentence_note="", runs=None)
    result = dataclasses.replace(computation.result, counts=(count,),
                                 sentence_after_variance=GuidelineRange(57, 71, False),
                                 applicable_range=GuidelineRange.from_months(360, 9999),
                                 consecutive_months=0, groups=())
    changed = dataclasses.replace(computation, case_name="", steps=[*computation.steps, odd],
                                  result=result, warnings=["ü", ""])
    reference = reference_json_dict(changed)
    assert changed.to_json_text() == json.dumps(reference, ensure_ascii=False)
    assert changed.to_json_text() == json.dumps(changed.to_json_dict(), ensure_ascii=False)
    assert '"edition": null' in changed.to_json_text()
    assert '"consecutive_months": 0' in changed.to_json_text()
    assert '"groups"' not in changed.to_json_text()


@pytest.mark.parametrize("name_computation", COMPUTED, ids=[name for name, _ in COMPUTED])
def test_the_json_text_is_what_pydantic_and_json_dumps_wrote(name_computation) -> None:
    _, computation = name_computation
    reference = reference_json_dict(computation)
    expected = json.dumps(reference, ensure_ascii=False)
    assert computation.to_json_text() == expected
    assert computation.to_json_bytes() == expected.encode("utf-8")
    same_types(json.loads(computation.to_json_text()), reference)
    same_types(computation.to_json_dict(), reference)


def test_what_is_kept_between_cases_gives_the_same_bytes(monkeypatch) -> None:
    """Every computation written again with nothing kept (the strings', steps' and results'
    JSON emptied before each), then with the stores emptied every few entries (as a long
    batch empties them at 4,096): the same bytes as written the first time; and the stores
    never grow past their bound."""
    first = [c.to_json_bytes() for _, c in COMPUTED]
    stores = (computation_module._JSON_STRINGS, computation_module._STEP_JSON,
              computation_module._RESULT_JSON)

    def empty() -> None:
        for store in stores:
            store.clear()

    again = []
    for _, computation in COMPUTED:
        empty()
        again.append(computation.to_json_bytes())
    assert again == first
    monkeypatch.setattr(computation_module, "_KEPT", 5)
    empty()
    assert [c.to_json_bytes() for _, c in COMPUTED] == first
    assert all(len(store) <= 5 for store in stores)


def test_a_step_s_kept_json_is_keyed_on_every_field() -> None:
    """The key of a step's kept JSON holds every field of Step but its input (written anew
    each time) and its citation (by identity): a field added to Step is in it; and two steps
    that differ in any one field each get their own JSON."""
    import dataclasses

    from ussg.guidelines.engine.computation import Step, _step_json

    names = [f.name for f in dataclasses.fields(Step)]
    step = next(s for _, c in COMPUTED for s in c.steps if s.citation is not None)
    assert computation_module._STEP_VALUES(step.__dict__) == tuple(
        getattr(step, name) for name in names if name not in ("input", "citation"))
    base = json.loads(_step_json(step))
    changes = {"chapter": "chapter_three", "section": "§9Z9.9", "title": "t", "input": "i",
               "change": "+9", "delta": 9, "level": 40, "reason": "r", "source": "s",
               "scope": "Count 9",
               "citation": dataclasses.replace(step.citation, document="another")}
    assert set(changes) == set(names)  # a field added to Step is to be added here too
    for name, value in changes.items():
        changed = json.loads(_step_json(dataclasses.replace(step, **{name: value})))
        if name == "citation":
            assert changed["citation"]["document"] == "another", name
        else:
            assert changed[name] == value, name
        assert {k: v for k, v in changed.items() if k != name} == {
            k: v for k, v in base.items() if k != name}, name
    assert json.loads(_step_json(step)) == base


def test_a_lone_surrogate_reads_back_as_it_was() -> None:
    """No case file's text holds a lone surrogate (the strict-input check refuses one), but
    a computation made through the API may: its text is the text json.dumps writes, and its
    UTF-8 is that text as "surrogatepass" writes it."""
    import dataclasses

    _, computation = COMPUTED[0]
    odd = dataclasses.replace(computation, case_name="a\ud800b", warnings=["\udc80"])
    expected = json.dumps(reference_json_dict(odd), ensure_ascii=False)
    assert odd.to_json_text() == expected
    assert odd.to_json_bytes() == expected.encode("utf-8", "surrogatepass")


def test_generated_cases_give_the_same_json() -> None:
    import sys
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_calculate import generate

    from ussg.guidelines.case.model import Case

    for raw in random.Random(5).sample(generate(400, seed=3), 200):
        computation = calculate(Case.model_validate(raw))
        reference = reference_json_dict(computation)
        assert computation.to_json_text() == json.dumps(reference, ensure_ascii=False)
        same_types(json.loads(computation.to_json_text()), reference)


def test_a_citation_s_json_is_kept_by_value() -> None:
    """The citation cache is keyed on the Citation value (frozen): an equal citation is
    served the same text, a different one its own."""
    from ussg.guidelines.engine.tables import in_force

    citation = in_force("drug_quantity_table", __import__("datetime").date(2016, 11, 1)) \
        .structured_citation
    _citation_json.cache_clear()
    first = _citation_json(citation)
    assert _citation_json(citation) is first and _citation_json.cache_info().hits == 1
    other = __import__("dataclasses").replace(citation, document="another document")
    assert b'"document": "another document"' in _citation_json(other)
    assert json.loads(first)["document"] == citation.document
