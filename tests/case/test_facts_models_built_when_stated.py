"""A guideline's facts model is built only when a case states its table (README "Speed",
issue #17): a start reads the registry (guidelines/manual/ch2/registry.py) without importing
any guideline's facts module, a case file builds only the tables it states, and still every
key is known — `ussg schema` lists each table in full, an unknown `[offense.x]` is an error
naming it, and a stated table is validated exactly as by its own model."""

import json
import subprocess
import sys
import textwrap

from ussg.guidelines.manual.ch2.registry import chapter_two_guidelines

from tests.conftest import EXAMPLES, ROOT, run_ussg

WITH_FACTS = [g for g in chapter_two_guidelines() if g.facts_key is not None]


def _facts_modules_imported(*cli_args: str, read_only: bool = False) -> tuple[int, list[str]]:
    """Run the real command line in a fresh process (or, ``read_only``, only read and
    validate the case file it names, as the command line does first); the facts modules
    imported."""
    run = ("status = 0; load_case(" + repr(cli_args[-1]) + ")" if read_only
           else "status = main(" + repr(list(cli_args)) + ")")
    code = textwrap.dedent(f"""
        import contextlib, io, json, sys
        from ussg.guidelines.api import load_case
        from ussg.guidelines.cli import main
        from ussg.guidelines.manual.ch2.registry import chapter_two_guidelines
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            {run}
        modules = sorted(g.facts_module for g in chapter_two_guidelines()
                         if g.facts_module and g.facts_module in sys.modules)
        print(json.dumps([status, modules]))
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True)
    status, modules = json.loads(run.stdout)
    return status, modules


def test_every_guidelines_facts_model_is_declared_by_where_it_is() -> None:
    """So that reading the registry at start-up imports none of them. (A guideline declared
    with its model, facts=FirearmFacts, still works but builds it at every start: declare
    facts="ussg.guidelines.manual.ch2.<package>.facts:<Model>".)"""
    assert WITH_FACTS and all(g.facts_module for g in WITH_FACTS)
    code = ("import json, sys; from ussg.guidelines.manual.ch2.registry import "
            "chapter_two_guidelines as r; print(json.dumps([[g.section for g in r() "
            "if g.facts_key and not g.facts_declared_lazily], "
            "[m for m in sys.modules if m.endswith('.facts') and '.ch2.' in m]]))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True)
    eager, imported = json.loads(run.stdout)
    assert eager == [] and imported == []


def test_a_drug_case_builds_no_guidelines_facts_model() -> None:
    # examples/leon-1994.toml: §2D1.1 alone, which has no facts table of its own
    status, modules = _facts_modules_imported("calc", str(EXAMPLES / "leon-1994.toml"))
    assert status == 0
    assert modules == []


def test_a_firearms_case_builds_only_the_firearms_table() -> None:
    # examples/firearm-2k2.1-2025.toml states [offense.firearms] (§2K2.1) and nothing else:
    # reading it builds that table's model alone (a guideline's rules, computing it, may
    # import what they read of another guideline)
    firearms = next(g for g in WITH_FACTS if g.facts_key == "firearms")
    example = str(EXAMPLES / "firearm-2k2.1-2025.toml")
    assert _facts_modules_imported("calc", example, read_only=True) == (
        0, [firearms.facts_module])
    status, modules = _facts_modules_imported("calc", example)
    assert status == 0 and firearms.facts_module in modules


def test_the_schema_still_lists_every_guidelines_table_in_full() -> None:
    run = run_ussg("schema")
    assert run.code == 0, run.err
    schema = json.loads(run.out)
    offense = schema["$defs"]["Offense"]["properties"]
    for guideline in WITH_FACTS:
        table = offense[guideline.facts_key]
        ref = next(a["$ref"] for a in table["anyOf"] if "$ref" in a)
        model = schema["$defs"][ref.rsplit("/", 1)[-1]]
        assert set(model["properties"]) == set(guideline.facts.model_fields), guideline.section


def test_an_unknown_offense_table_is_still_an_error_naming_it(tmp_path) -> None:
    case = tmp_path / "unknown-table.toml"
    case.write_text('manual = "2025"\n[criminal_history]\ncategory = "I"\n'
                    '[offense]\nguideline = "2K2.1"\n[offense.firearm]\nstolen = true\n')
    run = run_ussg("calc", str(case))
    assert run.code == 2
    assert "offense.firearm" in run.err and "unknown key" in run.err
    assert "Traceback" not in run.err


def test_a_stated_table_is_validated_by_its_model_at_its_place(tmp_path) -> None:
    # §2K2.1's facts: number_of_firearms is an integer; "5" is refused, named in full
    case = tmp_path / "wrong-type.toml"
    case.write_text('manual = "2025"\n[criminal_history]\ncategory = "I"\n'
                    '[offense]\nguideline = "2K2.1"\n[offense.firearms]\n'
                    'number_of_firearms = "5"\n')
    run = run_ussg("calc", str(case))
    assert run.code == 2
    assert "offense.firearms.number_of_firearms" in run.err, run.err
    assert "Traceback" not in run.err
