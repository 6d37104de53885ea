"""Helpers for the audit of Chapters Three to Five against the Manual's own worked examples
(tests/manual/test_audit_examples_2016.py and ..._2025.py): real TOML case files through the
real command line (``ussg calc FILE --format json``), in-process."""

from __future__ import annotations

import json
from pathlib import Path

from ussg.guidelines.cli import main

REFERENCE = "../shared/reference/ussg"


def calc(capsys, tmp_path: Path, text: str, name: str = "case") -> dict:
    """Write ``text`` as ``name``.toml and compute it; it must succeed (exit 0)."""
    path = tmp_path / f"{name}.toml"
    path.write_text(text)
    code = main(["calc", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def refused(capsys, tmp_path: Path, text: str, name: str = "case") -> str:
    """Write ``text`` and compute it; it must be refused as bad input (exit 2)."""
    path = tmp_path / f"{name}.toml"
    path.write_text(text)
    code = main(["calc", str(path)])
    err = capsys.readouterr().err
    assert code == 2, err
    return err


def other_counts(manual: str, levels: list[int], more: str = "",
                 category: str = "I") -> str:
    """A case of one count per level, each under a guideline ussg does not compute
    (``guideline = "other"``) with the Chapter Two level stated, each its own Group."""
    counts = "".join(
        f'[[counts]]\nname = "Count {n}"\nstatute = "18 U.S.C. § 1343"\nguideline = "other"\n'
        f"offense_level = {level}\nstatutory_maximum_months = 240\n\n"
        for n, level in enumerate(levels, start=1))
    return f'manual = "{manual}"\n\n{counts}{more}[criminal_history]\ncategory = "{category}"\n'


def steps(result: dict, section_prefix: str) -> list[dict]:
    return [s for s in result["steps"] if s["section"].startswith(section_prefix)]


def changes(result: dict) -> list[tuple[str, str]]:
    """(section, change) of every step that moves the offense level."""
    return [(s["section"], s["change"]) for s in result["steps"]
            if s["chapter"] != "edition" and s["change"][:1] in "=+-→"]


def prior(pid: str, sentence_date: str, imprisonment: str, *, offense_date: str,
          arrest_date: str, release_date: str = "", kind: str = "felony",
          more: str = "") -> str:
    """One ``[[criminal_history.priors]]`` table (TOML lines)."""
    release = f"release_date = {release_date}\n" if release_date else ""
    return (f'[[criminal_history.priors]]\nid = "{pid}"\nkind = "{kind}"\n'
            f"offense_date = {offense_date}\narrest_date = {arrest_date}\n"
            f'sentence_date = {sentence_date}\nimprisonment = "{imprisonment}"\n'
            f"{release}{more}")


def record_case(manual: str, priors: str, *, offense_level: int = 20,
                began: str = "2024-01-01", more: str = "", after: str = "",
                birth: str = "1980-01-01") -> str:
    """A one-count case (a guideline ussg does not compute, its level stated) whose criminal
    history is computed from ``priors``; ``more`` goes under ``[criminal_history]``,
    ``after`` at the end (e.g. ``[criminal_history.career_offender]``)."""
    return (f'manual = "{manual}"\n[offense]\nguideline = "other"\n'
            f"offense_level = {offense_level}\nstatutory_maximum_months = 240\n\n"
            f"[criminal_history]\nbirth_date = {birth}\ninstant_offense_began = {began}\n"
            f"{more}\n{priors}\n{after}")


def chapter_four(result: dict) -> list[tuple[str, str, str]]:
    """(section, title, change) of every Chapter Four step."""
    return [(s["section"], s["title"], s["change"]) for s in result["steps"]
            if s["chapter"] == "chapter_four"]


def points(result: dict) -> int:
    """The total of the step "Criminal history points" (its change reads "N points", or
    "1 point")."""
    (total,) = [s["change"] for s in result["steps"] if s["title"] == "Criminal history points"]
    number, unit = total.split()
    assert unit == ("point" if number == "1" else "points"), total
    return int(number)


def sentencing_table_listing(manual: str, capsys) -> dict[tuple[int, str], tuple[str, str]]:
    """``ussg tables sentencing_table --manual M``: {(level, category): (range, zone)}."""
    assert main(["tables", "sentencing_table", "--manual", manual]) == 0
    out = capsys.readouterr().out
    cells = {}
    for line in out.splitlines():
        words = line.split()
        if len(words) == 13 and words[0].isdigit():
            for n, category in enumerate(("I", "II", "III", "IV", "V", "VI")):
                cells[int(words[0]), category] = (words[1 + 2 * n], words[2 + 2 * n])
    return cells


def zone_by_minimum(minimum: int) -> str:
    """The zones as §5B1.1 and §5C1.1's notes define them since Amendment 738 (2010): "the
    minimum term ... is zero months" (A), "at least one but not more than nine months" (B),
    "ten or twelve months" (C), "15 months or more" (D)."""
    if minimum == 0:
        return "A"
    if 1 <= minimum <= 9:
        return "B"
    if minimum in (10, 12):
        return "C"
    assert minimum >= 15, minimum
    return "D"


def counts_case(manual: str, level: int, category: str,
                terms: list[tuple[int, int]], imposed: int | None = None) -> str:
    """Counts under a guideline ussg does not compute, all at ``level`` and grouped together
    (§3D1.2(a)), each with its (minimum, maximum) statutory term in months; the total
    punishment the court imposed, if ``imposed``."""
    counts = "".join(
        f'[[counts]]\nname = "Count {n}"\nstatute = "18 U.S.C. § 1343"\nguideline = "other"\n'
        f"offense_level = {level}\n"
        + (f"statutory_minimum_months = {minimum}\n" if minimum else "")
        + f'statutory_maximum_months = {maximum}\ngroup = "g"\ngrouping = "a"\n\n'
        for n, (minimum, maximum) in enumerate(terms, start=1))
    sentence = f"[sentence]\nimposed_months = {imposed}\n" if imposed is not None else ""
    return (f'manual = "{manual}"\n\n{counts}{sentence}'
            f'[criminal_history]\ncategory = "{category}"\n')


def count_sentences(result: dict) -> list[tuple[int, int, str]]:
    """(minimum, maximum, how it runs) of the sentence on each count."""
    return [(c["sentence"]["min_months"], c["sentence"]["max_months"], c.get("runs", ""))
            for c in result["counts"]]


def fine_rows(lines: list[str]) -> list[tuple[int, int, int, int]]:
    """Fine Table rows as printed ("3 and below $200 $9,500", "4–5 $500 $9,500", "38 and above
    $50,000 $500,000."): (lowest level, highest level, column A, column B)."""
    rows = []
    for line in lines:
        words = line.replace("–", "-").replace(",", "").rstrip(".”").split()
        if not words or not words[-1].startswith("$"):
            continue
        a, b = int(words[-2].lstrip("$")), int(words[-1].lstrip("$"))
        if "below" in words:
            low, high = 1, int(words[0])
        elif "above" in words:
            low, high = int(words[0]), 43
        else:
            low, high = map(int, words[0].split("-"))
        rows.append((low, high, a, b))
    return rows


def fine_case(manual: str, level: int, offense_date: str, maximum_fine: int) -> str:
    """One count at ``level``, category I, the statutory maximum fine ``maximum_fine``."""
    return (f'manual = "{manual}"\noffense_date = {offense_date}\n[offense]\nguideline = "other"\n'
            f'statute = "18 U.S.C. § 1343"\noffense_level = {level}\n'
            'statutory_maximum_months = 240\n'
            f'statutory_maximum_fine = {maximum_fine}\n[criminal_history]\ncategory = "I"\n')


def adjusted_case(manual: str, level: int, adjustments: str, *, acceptance: str = "",
                  category: str = "I", guideline: str = "other") -> str:
    """One count at Chapter Two ``level`` (a guideline ussg does not compute), with
    ``adjustments`` (TOML tables under ``[adjustments]``) and ``acceptance`` lines."""
    accepted = f"[acceptance]\n{acceptance}" if acceptance else ""
    return (f'manual = "{manual}"\n[offense]\nguideline = "{guideline}"\n'
            f"offense_level = {level}\nstatutory_maximum_months = 480\n{adjustments}\n"
            f'{accepted}[criminal_history]\ncategory = "{category}"\n')


def drug_case(manual: str, base: int, role: str) -> str:
    """§2D1.1 with the base offense level the court found and a §3B1.2 role."""
    return (f'manual = "{manual}"\n[offense]\nbase_offense_level = {base}\n'
            f'[adjustments.role]\nmitigating = "{role}"\n'
            f'[criminal_history]\ncategory = "I"\n')


def drug_counts(manual: str, counts: list[list[tuple[str, str]]]) -> str:
    """§2D1.1 counts (each a list of (substance, quantity)), category I."""
    text = "".join(
        f'[[counts]]\nname = "Count {n}"\nstatute = "21 U.S.C. § 841(b)(1)(C)"\n'
        "drugs = [" + ", ".join(f'{{ substance = "{s}", quantity = "{q}" }}' for s, q in drugs)
        + "]\n\n" for n, drugs in enumerate(counts, start=1))
    return f'manual = "{manual}"\n\n{text}[criminal_history]\ncategory = "I"\n'


def drug_role_case(manual: str, base: int, offense: str, role: str) -> str:
    """§2D1.1 at the base offense level the court found, with ``offense`` lines under
    ``[offense]`` and ``role`` lines under ``[adjustments.role]``."""
    return (f'manual = "{manual}"\n[offense]\nbase_offense_level = {base}\n{offense}'
            f'[adjustments.role]\n{role}[criminal_history]\ncategory = "I"\n')
