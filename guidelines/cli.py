"""The `ussg` command line. All computing is done by the library; this module only reads
arguments, calls it and prints.

Exit codes: 0 success; 2 bad input (the message names the file and the field); 1 an
internal error (a bug: please report it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sys
import time
import types
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The command line's process (and the terminal app it opens) keeps between runs the code
# Python compiles for each dataclass's methods and each string annotation (about a quarter
# of a case's start-up); first, so that pydantic's own are made through it too. Never in a
# library user's process (engine/code_cache.py says why).
from ussg.guidelines.engine.code_cache import install as _install_code_cache

_install_code_cache()

# The command line's process: no scan of the installed packages for pydantic plugins (about
# a tenth of a case's start-up); a library user's process keeps pydantic's default.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
if (os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true")
        and "pydantic.plugin._loader" not in sys.modules):
    # With every plugin disabled, pydantic's plugin loader answers "none" without looking,
    # but importing it imports importlib.metadata and the email package (about 5% of a
    # start): its one function, answering as it then would, stands in for it
    _loader = types.ModuleType("pydantic.plugin._loader")
    _loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules[_loader.__name__] = _loader

# What `ussg calc` of a case file uses; each other command imports what it uses itself, so
# that a case's start-up does not import the comparison, the table listings or the examples
from ussg.guidelines.api import (  # noqa: E402 - after the environment is set
    CaseFileError, TEXT_WIDTH, calculate, load_case, markdown_worksheet, text_worksheet)

if TYPE_CHECKING:
    from ussg.guidelines.api import Case, Computation, CsvWriter, JsonLinesWriter

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2

EXIT_STATUS_HELP = f"""batch files (many cases):
  FILE.jsonl  one case a line: a JSON object with the keys of the case file,
              dates as strings ("1994-09-28")
  FILE.csv    one single-count case a row (README, "Many cases", lists the columns)
  A result a line, in input order, each with its line number: JSON Lines (the
  default) or CSV (--format csv). A bad line is reported with its line and field,
  in the output and on standard error; the other lines are still computed.

exit status:
  {EXIT_OK}    every case file was computed (the worksheets are on standard output)
  {EXIT_BUG}    an internal error in ussg (a bug; USSG_DEBUG=1 shows the traceback)
  {EXIT_BAD_INPUT}    bad input: a case file (or a line of a batch file) that cannot be read
       or computed (each named with its field on standard error; the others are still
       computed), an edition not known or not supported, or a wrong command line
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


def _terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it ($COLUMNS, then standard
    output's terminal, else 80), without importing ``shutil`` (and what it imports), which
    argparse's help formatter does for each argument it checks: about 1% of a case's start."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, its width found by :func:`_terminal_columns`."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _RawDescriptionHelpFormatter(_HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """argparse's RawDescriptionHelpFormatter, its width found by :func:`_terminal_columns`."""


_FORMATTERS = {argparse.HelpFormatter: _HelpFormatter,
               argparse.RawDescriptionHelpFormatter: _RawDescriptionHelpFormatter}


class _ArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser (and its commands' parsers) whose help formatters find the
    terminal's width without ``shutil``; the help printed is the same."""

    def __init__(self, *args: Any, formatter_class: Any = argparse.HelpFormatter,
                 **kwargs: Any) -> None:
        super().__init__(*args, formatter_class=_FORMATTERS.get(formatter_class,
                                                                formatter_class), **kwargs)


def _parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Every command is listed (``ussg --help``, an unknown
    command's error), but only the command ``argv`` names is given its arguments (all are,
    when it names none): argparse's work for each argument (a help formatter, its messages'
    translations looked up) was about 1.5% of a case's start-up, and nothing argparse prints
    for one command shows another's arguments."""
    named = list(sys.argv[1:] if argv is None else argv)[:1]

    def wanted(command: str) -> bool:
        return not named or named[0] not in COMMANDS or named[0] == command

    parser = _ArgumentParser(
        prog="ussg", description="U.S. Sentencing Guidelines calculator: every step cited."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    calc = commands.add_parser("calc", help="compute the guideline range of case files",
                               epilog=EXIT_STATUS_HELP,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    if wanted("calc"):
        calc.add_argument("files", nargs="+", metavar="FILE",
                          help="case files (.toml), or batch files of many cases (.jsonl, "
                               ".csv)")
        calc.add_argument("--format", choices=["text", "json", "markdown", "csv"],
                          help="case files: text worksheet (default), JSON (one object per "
                               "line) or Markdown; batch files: JSON Lines (default) or CSV")
        calc.add_argument("--manual", metavar="EDITION",
                          help='apply this edition instead of the case\'s (e.g. "2025")')
        calc.add_argument("--assume-latest", action="store_true", help=ASSUME_LATEST_HELP)
        calc.add_argument("--verbose", action="store_true",
                          help="text worksheet: every Manual quotation in full (long ones are "
                               "otherwise shortened to their first and last words, \"[…]\" "
                               "between; JSON and Markdown always give them in full)")
        calc.add_argument("--jobs", type=_positive_integer, metavar="N",
                          help=f"batch files: compute on N processes (default: every core, "
                               f"here {os.cpu_count() or 1})")
        calc.add_argument("--quiet", action="store_true",
                          help="batch files: no progress bar (it is shown only when standard "
                               "error is a terminal)")

    schema = commands.add_parser("schema", help="print the JSON Schema of the case file")
    if wanted("schema"):
        schema.add_argument("--computation", action="store_true",
                            help="print the schema of the computation record instead")

    compare = commands.add_parser("compare", help="the same case under several editions")
    if wanted("compare"):
        compare.add_argument("file", metavar="FILE.toml")
        compare.add_argument("--manual", action="append", required=True, metavar="EDITION",
                             help="an edition to compare (repeat, or give a comma-separated "
                                  "list)")
        compare.add_argument("--format", choices=["text", "json"], default="text")
        compare.add_argument("--assume-latest", action="store_true", help=ASSUME_LATEST_HELP)

    reduce = commands.add_parser(
        "reduce", help="a sentence reduction under 18 U.S.C. § 3582(c)(2) and §1B1.10",
        epilog=REDUCE_STATUS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    if wanted("reduce"):
        reduce.add_argument("files", nargs="+", metavar="FILE",
                            help="case files (.toml), or batch files of many cases (.jsonl, "
                                 ".csv: README, \"Many cases\")")
        reduce.add_argument("--amendment", type=int, metavar="N",
                            help="substitute only this covered amendment (default: every "
                                 "covered amendment ussg can substitute)")
        reduce.add_argument("--motion-date", type=_iso_date, metavar="YYYY-MM-DD",
                            help="the effective date of the court's order (default: the case "
                                 "file's reduction.motion_date)")
        reduce.add_argument("--format", choices=["text", "json", "markdown", "csv"],
                            help="case files: text (default), JSON or Markdown; batch files: "
                                 "JSON Lines (default) or CSV")
        reduce.add_argument("--jobs", type=_positive_integer, metavar="N",
                            help=f"batch files: on N processes (default: every core, here "
                                 f"{os.cpu_count() or 1})")
        reduce.add_argument("--quiet", action="store_true",
                            help="batch files: no progress bar")
        reduce.add_argument("--summary", action="store_true",
                            help="batch files: instead of a result a line, the impact: how "
                                 "many eligible, the reasons of the others, the distribution of "
                                 "the largest reduction allowed (text with a histogram, or "
                                 "--format json)")
        reduce.add_argument("--chart", metavar="FILE.svg",
                            help="with --summary: also write the histogram as an SVG chart")

    commands.add_parser("editions", help="every edition ussg knows, and how far each is "
                                         "entered and verified")
    commands.add_parser("guidelines", help="every Chapter Two offense guideline ussg computes, "
                                           "its case-file table and from when it is entered")

    tables = commands.add_parser("tables", help="print a table as it stood in an edition")
    if wanted("tables"):
        tables.add_argument("name", nargs="?", help="table name (omit to list them)")
        tables.add_argument("--manual", metavar="EDITION",
                            help="edition (year or date; default: the latest supported)")

    examples = commands.add_parser(
        "examples", help="list the bundled case files, or copy one into a folder")
    if wanted("examples"):
        examples.add_argument("name", nargs="?",
                              help="the example to copy (omit to list them)")
        examples.add_argument("--to", metavar="DIR", default=".",
                              help="the folder to copy it into (default: the current one)")

    tui = commands.add_parser("tui", help="open the worksheet in the terminal app")
    if wanted("tui"):
        tui.add_argument("file", nargs="?", metavar="FILE.toml",
                         help="case file to open (created on save if it does not exist)")
    return parser


MAX_JOBS = 256


def _positive_integer(text: str) -> int:
    """--jobs: a whole number from 1 to MAX_JOBS (each job is a process)."""
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 1 to "
                                         f"{MAX_JOBS}")
    return int(text)


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
    batch = _batch_files(args, "calc")
    if batch is None:
        return EXIT_BAD_INPUT
    if batch:
        return _calc_batch(args)
    args.format = args.format or "text"

    def show(path: str, answer: tuple[Case, Computation]) -> str:
        case, computation = answer
        if args.format == "json":
            return json.dumps({"file": path, **computation.to_json_dict()}, ensure_ascii=False)
        if args.format == "text":
            return text_worksheet(computation, case, width=_text_width(), verbose=args.verbose)
        return markdown_worksheet(computation, case)

    return _each_file(args.files, args.format == "json", lambda path: _read_and_compute(
        path, args.manual, assume_latest=args.assume_latest), show)


def _each_file(files: list[str], json_lines: bool, answer: Callable[[str], Any],
               show: Callable[[str, Any], str]) -> int:
    """Each case file answered and shown in turn (a blank line between text or Markdown
    ones; a JSON object a line); a file that cannot be used is said on standard error and
    the others still answered (exit 2 at the end)."""
    status = EXIT_OK
    for index, path in enumerate(files):
        try:
            answered = answer(path)
        except CaseFileError as error:
            print(f"ussg: {error}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        if json_lines:
            print(show(path, answered))
            continue
        if index:
            print()
        print(show(path, answered), end="")
    return status


def _batch_files(args: argparse.Namespace, command: str) -> bool | None:
    """True for batch files, False for case files; None (said on standard error) for both
    kinds in one command, or --format csv with case files."""
    kinds = {False}
    if any(not path.lower().endswith(".toml") for path in args.files):
        from ussg.guidelines.api import batch_kind  # not loaded for case files

        kinds = {batch_kind(path) is not None for path in args.files}
    if kinds == {True, False}:
        print(f"ussg: {command}: give case files (.toml) or batch files (.jsonl, .csv), not "
              f"both in one command", file=sys.stderr)
        return None
    if kinds == {False} and args.format == "csv":
        print(f"ussg: {command}: --format csv is for batch files (.jsonl, .csv); a case file "
              f"gives text, json or markdown", file=sys.stderr)
        return None
    return kinds == {True}


def _calc_batch(args: argparse.Namespace) -> int:
    """Each batch file's cases computed (guidelines/batch.py), a result a line on standard
    output as it comes, in input order; a bad line also on standard error."""
    from ussg.guidelines.api import CalculateCase

    # JSON Lines out: each computation as its JSON in UTF-8, written as it is to standard
    # output's buffer (batch.py: JsonLinesWriter, utf8_buffer); its text where standard
    # output is not the interpreter's own in UTF-8
    return _batch(args, "calc", CalculateCase(args.manual, args.assume_latest,
                                              as_utf8=args.format != "csv"))


def _batch(args: argparse.Namespace, command: str, per_case: Callable[[dict, str], dict],
           columns: tuple | None = None, summary: Any = None) -> int:
    """``per_case`` over each case of the batch files ``args.files``, a result a line on
    standard output as it comes, in input order (CSV with ``columns``, else the calculation's
    columns), or each result given to ``summary`` (a writer that prints at the end); a bad
    line also on standard error."""
    if args.format in ("text", "markdown") and summary is None:
        print(f"ussg: {command}: --format {args.format} is for case files (.toml); a batch "
              f"file gives json (JSON Lines, the default) or csv", file=sys.stderr)
        return EXIT_BAD_INPUT
    from ussg.guidelines.api import CsvWriter, JsonLinesWriter, utf8_buffer

    writer = summary or ((CsvWriter(sys.stdout, columns) if columns else CsvWriter(sys.stdout))
                         if args.format == "csv"
                         else JsonLinesWriter(sys.stdout, utf8_buffer(sys.stdout)))
    jobs = args.jobs or os.cpu_count() or 1
    progress = Progress(sys.stderr) if sys.stderr.isatty() and not args.quiet else None
    failures = Counter[str]()  # cases not computed (or files not read), by file
    # The collector, not the cases: what is loaded by now (modules, models) lives as long
    # as the process; frozen, the collector no longer walks it at each full collection while
    # the cases come and go (the worker processes, forked from here, inherit it)
    gc.collect()
    gc.freeze()
    try:
        for path in args.files:
            _calc_batch_file(path, per_case, writer, jobs, progress, failures)
        if summary is not None:
            summary.close()
    except BrokenPipeError:
        _reader_gone()
    return EXIT_BAD_INPUT if failures else EXIT_OK


def _reader_gone() -> None:
    """The reader of the output stopped (`| head`): not a bug. Later writes (and the flush at
    exit) go nowhere instead of failing again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class _ImpactWriter:
    """`ussg reduce --summary`: each motion counted, the impact printed at the end."""

    def __init__(self, as_json: bool, chart: str | None = None) -> None:
        from ussg.guidelines.api import ImpactSummary
        self.summary, self.as_json, self.chart = ImpactSummary(), as_json, chart

    def write(self, result: Any) -> None:
        self.summary.add(result.output)

    def close(self) -> None:
        from ussg.guidelines.api import impact_json, svg_impact, text_impact
        print(json.dumps(impact_json(self.summary), ensure_ascii=False) if self.as_json
              else text_impact(self.summary), end="\n" if self.as_json else "")
        if self.chart:
            Path(self.chart).write_text(svg_impact(self.summary), encoding="utf-8")
            print(f"ussg: chart written to {self.chart}", file=sys.stderr)


def _calc_batch_file(path: str, per_case: Callable[[dict, str], dict],
                     writer: CsvWriter | JsonLinesWriter,
                     jobs: int, progress: Progress | None, failures: Counter[str]) -> None:
    """One batch file's results written; a file that cannot be read, and each line that
    failed, also on standard error (then how many and the first lines), counted in
    ``failures``."""
    from ussg.guidelines.api import batch_kind, count_lines, read_batch, run_batch, wording

    try:
        cases = read_batch(path, deferred=True)  # lines read where computed (several jobs)
    except CaseFileError as error:
        print(f"ussg: {error}", file=sys.stderr)
        failures[path] += 1
        return
    if progress:
        progress.start(path, count_lines(path))
    failed: list[int] = []  # the first 20 lines not computed
    count = 0
    for result in run_batch(cases, per_case, path, jobs=jobs,
                            reworded=wording(batch_kind(path) or "")):
        writer.write(result)
        if result.problems:
            failures[path] += 1
            count += 1
            if len(failed) < 20:
                failed.append(result.line)
            if progress:
                progress.clear()
            print(f"ussg: {result.error}", file=sys.stderr)
        if progress:
            progress.update(result.line)
    if progress:
        progress.clear()
    if not failed:
        return
    lines = ", ".join(map(str, failed)) + (", ..." if count > len(failed) else "")
    many = "s" * (count != 1)
    print(f"ussg: {path}: {count:,} case{many} not computed (line{many} {lines}); "
          f"the others were", file=sys.stderr)


class Progress:
    """A one-line progress bar on a terminal: cases done, their rate, the line reached
    of the file's lines and the time left; drawn at the first case, then at most five
    times a second."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.path, self.total, self.done, self.begun, self.drawn = "", 0, 0, 0.0, 0.0
        self.shown = False

    def start(self, path: str, total: int) -> None:
        self.path, self.total, self.done = path, total, 0
        self.begun = self.drawn = time.monotonic()

    def update(self, line: int) -> None:
        self.done += 1
        now = time.monotonic()
        if self.done > 1 and now - self.drawn < 0.2:
            return
        self.drawn = now
        elapsed = max(now - self.begun, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done:,} cases, {rate:,.0f}/s"
        if self.total:
            share = min(line / self.total, 1.0)
            left = elapsed * (1 - share) / share if share else 0.0
            width = 20
            bar = "#" * int(share * width)
            text += (f" [{bar:<{width}}] line {line:,} of {self.total:,}, "
                     f"{_duration(left)} left")
        text += f"  {Path(self.path).name}"
        import shutil  # only on a terminal; shutil imports the bz2 and lzma modules

        columns = shutil.get_terminal_size((80, 24)).columns
        self.stream.write("\r" + text[:columns - 1] + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds // 60 % 60:02d} min"


def _text_width() -> int:
    """The terminal's width when writing to one (at least 60 columns), else 100."""
    if not sys.stdout.isatty():
        return TEXT_WIDTH
    import shutil  # only on a terminal; shutil imports the bz2 and lzma modules

    return max(60, shutil.get_terminal_size((TEXT_WIDTH, 24)).columns)


def _compare(args: argparse.Namespace) -> int:
    from ussg.guidelines.api import compare, text_comparison

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
    batch = _batch_files(args, "reduce")
    if batch is None:
        return EXIT_BAD_INPUT
    if batch:
        from ussg.guidelines.api import REDUCE_CSV_COLUMNS, ReduceCase
        if args.summary and args.format == "csv":
            print("ussg: reduce: --summary gives text (default) or json", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.chart and not args.summary:
            print("ussg: reduce: --chart draws the --summary's histogram: give --summary",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.chart and not Path(args.chart).resolve().parent.is_dir():
            print(f"ussg: reduce: --chart: no folder {Path(args.chart).parent}",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        return _batch(args, "reduce", ReduceCase(args.motion_date, args.amendment),
                      REDUCE_CSV_COLUMNS,
                      _ImpactWriter(args.format == "json", args.chart) if args.summary
                      else None)
    if args.summary or args.chart:
        print("ussg: reduce: --summary and --chart are for batch files (.jsonl, .csv)",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    from ussg.guidelines.api import (markdown_reduction, reduce_sentence, reduction_json,
                                     text_reduction)

    def show(path: str, reduction: Any) -> str:
        if args.format == "json":
            return json.dumps({"file": path, **reduction_json(reduction)}, ensure_ascii=False)
        return (markdown_reduction if args.format == "markdown" else text_reduction)(reduction)

    return _each_file(args.files, args.format == "json", lambda path: reduce_sentence(
        load_case(path), path, motion_date=args.motion_date, amendment=args.amendment), show)


def _schema(args: argparse.Namespace) -> int:
    from ussg.guidelines.api import Case, computation_json_schema

    schema = computation_json_schema() if args.computation else Case.model_json_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _tables(args: argparse.Namespace) -> int:
    from ussg.guidelines.api import (EditionError, TableError, edition_in_force, edition_named,
                                     supported_dates, table_in_edition, table_list, table_names)

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
    from ussg.guidelines.api import edition_list

    print(edition_list(), end="")
    return EXIT_OK


def _guidelines(args: argparse.Namespace) -> int:
    from ussg.guidelines.api import guideline_list

    print(guideline_list(), end="")
    return EXIT_OK


def _examples(args: argparse.Namespace) -> int:
    """List the bundled case files, or copy one out (never over an existing file)."""
    from ussg.guidelines.api import bundled_example, bundled_examples

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
    from ussg.tui.heap import hold_until_settled, release_hold

    hold_until_settled()  # the collector off until the first worksheet is on screen
    try:
        from ussg.tui.css_cache import install  # Textual loads only for the terminal app

        install()  # its stylesheets parsed once, kept between starts
        from ussg.tui.app import run

        return run(args.file)
    finally:
        release_hold()  # (if no worksheet was shown)


#: Each command and what runs it, in the order _parser lists them
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "calc": _calc, "schema": _schema, "compare": _compare, "reduce": _reduce,
    "editions": _editions, "guidelines": _guidelines, "tables": _tables,
    "examples": _examples, "tui": _tui}
COMMANDS = tuple(HANDLERS)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser(argv).parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # any command's output cut short by its reader
        _reader_gone()
        return EXIT_OK
    except Exception as exc:  # a bug, not bad input: say so without a traceback
        if os.environ.get("USSG_DEBUG"):
            raise
        print(f"ussg: internal error: {type(exc).__name__}: {exc} "
              "(set USSG_DEBUG=1 for a traceback; please report it)", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
