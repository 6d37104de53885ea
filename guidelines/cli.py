"""The `ussg` command line. All computing is done by the library; this module only reads
arguments, calls it and prints.

Exit codes: 0 success; 2 bad input (the message names the file and the field); 1 an
internal error (a bug: please report it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

# The command line's process: no scan of the installed packages for pydantic plugins (about
# a tenth of a case's start-up); a library user's process keeps pydantic's default.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from ussg.guidelines.api import (  # noqa: E402 - after the environment is set
    Case, CaseFileError, Computation, EditionError, TEXT_WIDTH, TableError, bundled_example,
    bundled_examples, calculate, compare, computation_json_schema, edition_in_force,
    edition_list, edition_named, load_case, markdown_worksheet, supported_dates,
    table_in_edition, table_list, table_names, text_comparison, text_worksheet)

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2

EXIT_STATUS_HELP = f"""exit status:
  {EXIT_OK}    every case file was computed (the worksheets are on standard output)
  {EXIT_BUG}    an internal error in ussg (a bug; USSG_DEBUG=1 shows the traceback)
  {EXIT_BAD_INPUT}    bad input: a case file that cannot be read or computed (each named with
       its field on standard error; the other files are still computed), an edition
       not known or not supported, or a wrong command line
  130  interrupted (Ctrl-C)"""

REDUCE_STATUS_HELP = f"""exit status:
  {EXIT_OK}    the motion was answered: eligible or not, the result says which and why
       (§1B1.10(a)(2), (e))
  {EXIT_BUG}    an internal error in ussg (a bug; USSG_DEBUG=1 shows the traceback)
  {EXIT_BAD_INPUT}    bad input (the file and the field named), or a reduction ussg does not
       compute, with the reason (never guessed): §1B1.10 before Nov. 1, 1994, a
       covered amendment ussg has no table version for, a substitution that would
       carry an amendment §1B1.10 does not cover
  130  interrupted (Ctrl-C)"""

ASSUME_LATEST_HELP = ("for a date under a Manual ussg has not entered (`ussg editions`), "
                      "compute under the newest edition entered instead of refusing; the "
                      "worksheet is marked not verified for this date")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ussg", description="U.S. Sentencing Guidelines calculator: every step cited."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    calc = commands.add_parser("calc", help="compute the guideline range of case files",
                               epilog=EXIT_STATUS_HELP,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    calc.add_argument("files", nargs="+", metavar="FILE.toml")
    calc.add_argument("--format", choices=["text", "json", "markdown"], default="text",
                      help="text worksheet (default), JSON (one object per line) or Markdown")
    calc.add_argument("--manual", metavar="EDITION",
                      help='apply this edition instead of the case\'s (e.g. "2025")')
    calc.add_argument("--assume-latest", action="store_true", help=ASSUME_LATEST_HELP)
    calc.add_argument("--verbose", action="store_true",
                      help="text worksheet: every Manual quotation in full (long ones are "
                           "otherwise shortened to their first and last words, \"[…]\" "
                           "between; JSON and Markdown always give them in full)")

    schema = commands.add_parser("schema", help="print the JSON Schema of the case file")
    schema.add_argument("--computation", action="store_true",
                        help="print the schema of the computation record instead")

    compare = commands.add_parser("compare", help="the same case under several editions")
    compare.add_argument("file", metavar="FILE.toml")
    compare.add_argument("--manual", action="append", required=True, metavar="EDITION",
                         help="an edition to compare (repeat, or give a comma-separated list)")
    compare.add_argument("--format", choices=["text", "json"], default="text")
    compare.add_argument("--assume-latest", action="store_true", help=ASSUME_LATEST_HELP)

    reduce = commands.add_parser(
        "reduce", help="a sentence reduction under 18 U.S.C. § 3582(c)(2) and §1B1.10",
        epilog=REDUCE_STATUS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    reduce.add_argument("file", metavar="FILE.toml")
    reduce.add_argument("--amendment", type=int, metavar="N",
                        help="substitute only this covered amendment (default: every "
                             "covered amendment ussg can substitute)")
    reduce.add_argument("--motion-date", type=_iso_date, metavar="YYYY-MM-DD",
                        help="the effective date of the court's order (default: the case "
                             "file's reduction.motion_date)")
    reduce.add_argument("--format", choices=["text", "json", "markdown"], default="text")

    commands.add_parser("editions", help="every edition ussg knows, and how far each is "
                                         "entered and verified")

    tables = commands.add_parser("tables", help="print a table as it stood in an edition")
    tables.add_argument("name", nargs="?", help="table name (omit to list them)")
    tables.add_argument("--manual", metavar="EDITION",
                        help="edition (year or date; default: the latest supported)")

    examples = commands.add_parser(
        "examples", help="list the bundled case files, or copy one into a folder")
    examples.add_argument("name", nargs="?", help="the example to copy (omit to list them)")
    examples.add_argument("--to", metavar="DIR", default=".",
                          help="the folder to copy it into (default: the current one)")

    tui = commands.add_parser("tui", help="open the worksheet in the terminal app")
    tui.add_argument("file", nargs="?", metavar="FILE.toml",
                     help="case file to open (created on save if it does not exist)")
    return parser


def compute_file(path: str, manual: str | None = None, *,
                 assume_latest: bool = False) -> Computation:
    """Read and compute one case file; every input problem is a CaseFileError."""
    return _read_and_compute(path, manual, assume_latest=assume_latest)[1]


def _read_and_compute(path: str, manual: str | None = None, *,
                      assume_latest: bool = False) -> tuple[Case, Computation]:
    case = load_case(path)
    if manual is not None:
        case = case.model_copy(update={"manual": manual})
    return case, compute_case(case, path, assume_latest=assume_latest)


def compute_case(case: Case, where: str, *, assume_latest: bool = False) -> Computation:
    """``calculate`` names ``where`` in every input problem (a CaseFileError); anything else
    is a bug and reaches ``main``'s internal-error handler."""
    return calculate(case, where, assume_latest=assume_latest)


def _calc(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for index, path in enumerate(args.files):
        try:
            case, computation = _read_and_compute(path, args.manual,
                                                  assume_latest=args.assume_latest)
        except CaseFileError as error:
            print(f"ussg: {error}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        if args.format == "json":
            print(json.dumps({"file": path, **computation.to_json_dict()}, ensure_ascii=False))
        else:
            if index:
                print()
            if args.format == "text":
                print(text_worksheet(computation, case, width=_text_width(),
                                     verbose=args.verbose), end="")
            else:
                print(markdown_worksheet(computation, case), end="")
    return status


def _text_width() -> int:
    """The terminal's width when writing to one (at least 60 columns), else 100."""
    if not sys.stdout.isatty():
        return TEXT_WIDTH
    return max(60, shutil.get_terminal_size((TEXT_WIDTH, 24)).columns)


def _compare(args: argparse.Namespace) -> int:
    manuals = [m.strip() for given in args.manual for m in given.split(",") if m.strip()]
    try:
        case = load_case(args.file)
        comparison = compare(case, manuals, lambda c: compute_case(
            c, args.file, assume_latest=args.assume_latest))
    except CaseFileError as error:
        print(f"ussg: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        print(json.dumps({
            "file": args.file,
            "editions": [c.to_json_dict() for c in comparison.computations],
            "differing_steps": [row.title for row in comparison.rows if row.differs],
            "results_differ": comparison.results_differ,
        }, ensure_ascii=False))
    else:
        print(text_comparison(comparison), end="")
    return EXIT_OK


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _reduce(args: argparse.Namespace) -> int:
    from ussg.guidelines.api import (markdown_reduction, reduce_sentence, reduction_json,
                                     text_reduction)
    try:
        case = load_case(args.file)
        reduction = reduce_sentence(case, args.file, motion_date=args.motion_date,
                                    amendment=args.amendment)
    except CaseFileError as error:
        print(f"ussg: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        print(json.dumps({"file": args.file, **reduction_json(reduction)}, ensure_ascii=False))
    elif args.format == "markdown":
        print(markdown_reduction(reduction), end="")
    else:
        print(text_reduction(reduction), end="")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    schema = computation_json_schema() if args.computation else Case.model_json_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _tables(args: argparse.Namespace) -> int:
    if args.name is None:
        print(table_list(), end="")
        return EXIT_OK
    if args.name not in table_names():
        print(f"ussg: unknown table {args.name!r}; tables: {', '.join(table_names())}",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        edition = (edition_named(args.manual, supported_only=False) if args.manual
                   else edition_in_force(max(supported_dates())))
        print(table_in_edition(args.name, edition.in_force, edition.label), end="")
    except (EditionError, TableError) as error:
        print(f"ussg: --manual: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _editions(args: argparse.Namespace) -> int:
    print(edition_list(), end="")
    return EXIT_OK


def _examples(args: argparse.Namespace) -> int:
    """List the bundled case files, or copy one out (never over an existing file)."""
    if args.name is None:
        for example in bundled_examples():
            print(f"{example.name:<26} {example.title}")
        return EXIT_OK
    try:
        example = bundled_example(args.name)
    except LookupError as error:
        print(f"ussg: {error.args[0]}", file=sys.stderr)
        return EXIT_BAD_INPUT
    target = Path(args.to) / f"{example.name}.toml"
    try:
        with target.open("x", encoding="utf-8") as handle:
            handle.write(example.text)
    except FileExistsError:
        print(f"ussg: {target}: already exists; not overwritten", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"ussg: {target}: cannot write: {error.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"copied {example.name} to {target}")
    return EXIT_OK


def _tui(args: argparse.Namespace) -> int:
    from ussg.tui.app import run  # Textual loads only for the terminal app

    return run(args.file)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"calc": _calc, "compare": _compare, "reduce": _reduce, "schema": _schema,
                "tables": _tables, "editions": _editions, "examples": _examples, "tui": _tui}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug, not bad input: say so without a traceback
        if os.environ.get("USSG_DEBUG"):
            raise
        print(f"ussg: internal error: {type(exc).__name__}: {exc} "
              "(set USSG_DEBUG=1 for a traceback; please report it)", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
