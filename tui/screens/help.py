"""The help screen: keys, what each part of the worksheet shows, and the case file."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

HELP = """\
# ussg — the guidelines worksheet

Type the facts on the left; the result, the chain of steps and the Sentencing Table
follow as you type. Nothing here computes on its own: every number comes from the same
library and tables as `ussg calc`, each step citing its section and table version.

## Keys

| Key | Action |
|---|---|
| `Tab` / `Shift+Tab` | next / previous field |
| `→` in *Substance* | accept the suggested name |
| `Ctrl+L` in a drug | the edition's substances, filtered by any part of the name |
| `Ctrl+N` | add an entry to the list the cursor is in (else: which?) |
| `F8` | remove the entry the cursor is in (asks first; or click its `✕`) |
| `Enter` on a list | open it; type to jump, `Enter` to choose |
| `F2` `F3` `F4` `F5` `F10` | Worksheet · Checklist · Table · Compare · Reductions |
| `Ctrl+S` | save the case file (TOML, as `ussg calc` reads it) |
| `F6` | save as… another file (its comments kept) |
| `Ctrl+O` | open another case file |
| `F9` | a new, empty worksheet |
| `Ctrl+R` | export the worksheet as text or Markdown (`Enter` exports) |
| `F7` | export the worksheet as Markdown |
| `Ctrl+P` | command palette: every action, searchable |
| `F1` | this help · `Esc` closes it |
| `Ctrl+Q` | quit (asks first if there are unsaved changes) |

The mouse works too: click a field, a tab, a button, a list.

## The worksheet

- **Edition** — pick a Manual by name, or leave *In force when sentenced* and give the
  sentencing date (§1B1.11(a)). Only editions whose tables are all checked are offered.
- **Offense of conviction** — its guideline (§2D1.1, §2K2.4 for 18 U.S.C. § 924(c), or
  *other* with the Chapter Two level as found), its **Drugs**, **Offense characteristics**
  (§2D1.1(a), (b), (d)) and **Statute**. `+ count` (or `Ctrl+N`, *Count*) adds a second
  count: the offense becomes Count 1 and each count gets a name, its statute (required
  with several counts), a §3D1.2 group and, if it has its own, Chapter Three findings.
  A guideline greyed in the list is not in the edition applied (ussg has it from, or
  before, the date it shows).
- **Drugs** — the substance as the edition's Drug Quantity Table names it (type a few
  letters; `→` accepts the suggestion, `Ctrl+L` lists them all), the quantity and its
  unit, and the purity where it matters. Quantities are exact.
- **Role**, **Victim**, **Obstruction**, **Acceptance**, **Departures** (each needs the
  court's reason; with several counts, the count departed from), **Criminal history** (a
  category I–VI, or *from the prior record*: `+ prior sentence` for each, with the date
  the instant offense commenced and the date of birth), **Variances** (in months, with the
  § 3553(a) reason) and the **Case** caption and notes. Each finding is labelled with its
  section; hover or read the case-file table in README.md for its full description.
  A group marked ▶ opens with Enter or a click (it opens by itself when the file states
  any of its findings). A finding the edition does not have is refused under the field.

A field with a problem says so underneath, in words; everything else is kept. `·` marks
a value still needed, `✗` a value that cannot be used as written.

## The other tabs

- **Checklist** — every specific offense characteristic and adjustment the edition offers:
  mark each *applied*, *not applicable* or *review*, with a note. The trail is saved with
  the case and printed on the exported worksheet, unmarked items as "not checked".
- **Table** — the Sentencing Table of the edition; the case's cell and its zone marked.
- **Compare** — the same facts under another edition, step by step. Changing the edition
  on the worksheet sets the comparison to the edition you left.
- **Reductions** — a motion under 18 U.S.C. § 3582(c)(2): its date (§1B1.10 as in force
  that day applies), substantial assistance and custody (saved with the case), and
  *Amendment* (empty: every covered amendment; a number: that one alone). Shows the
  original and amended range, eligibility and the lowest term, as `ussg reduce` prints
  them. The term imposed is the worksheet's *Sentence imposed*.
"""


class HelpScreen(ModalScreen[None]):
    """Keys and a short guide to the worksheet."""

    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(HELP)
        yield Footer()
