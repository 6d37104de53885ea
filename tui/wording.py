"""Problems in the form's words: a field named as the form labels it ("Drug 1, quantity",
not ``offense.drugs[0].quantity``), and a message about what was typed or chosen, not about
TOML types, case-file tables or the command line.

The library names every problem by its case-file path and says it in the case file's words
(``ussg.guidelines.case.reading``: "expected a TOML date such as 1994-09-28 (no quotes, no
time of day), got the string …", "one of 'felony', 'misdemeanor', …", "([counts.adjustments])",
"`ussg schema` lists every key"). A user of the form typed into a field or picked from a
list: the same problem is said here as the form would say it. Nothing is judged here — what
is wrong, and whether it is, stays the library's decision; only the wording changes.
"""

from __future__ import annotations

import re

from .evaluation import Problem

#: a case-file key as the form labels it (its section title or the field's label)
KEY_WORDS = {
    "manual": "Manual", "sentencing_date": "Sentenced", "offense_date": "Offense date",
    "offense": "Offense",
    "adjustments": "Chapter Three", "role": "Role", "victim": "Victim",
    "obstruction": "Obstruction", "acceptance": "Acceptance",
    "criminal_history": "Criminal history", "statutory": "Statutory facts",
    "case": "Case", "checklist": "Checklist", "after": "After", "to_level": "To level",
    "levels": "Levels", "quantity": "Quantity", "substance": "Substance", "purity": "Purity",
    "reason": "Reason", "months": "Months", "name": "Name", "docket": "Docket",
    "defendant": "Defendant", "notes": "Notes", "category": "Category",
    "guideline": "Guideline", "offense_level": "Offense level", "group": "Group",
    "prior_record": "Prior record", "sentence": "Sentence imposed", "reduction": "Motion",
    "--amendment": "Amendment", "--motion-date": "Motion date",
}
#: an entry of a list, as the form titles it: "drugs[0]" -> "Drug 1"
ENTRY_WORDS = {"drugs": "Drug", "counts": "Count", "departures": "Departure",
               "variances": "Variance", "priors": "Prior sentence",
               "revocations": "Revocation", "checklist": "Checklist item"}
_ENTRY = re.compile(r"^(\w+)\[(\d+)\]$")


def field_label(path: str) -> str:
    """A case-file path as the form names the field: "offense.drugs[0].quantity" ->
    "Drug 1, quantity"; "adjustments.role.participants" -> "Role, participants"; "" -> "the
    case". Sections that only hold the field ("offense", "adjustments") are left out where a
    nearer part names it."""
    parts = [part for part in path.split(".") if part]
    words = []
    for index, part in enumerate(parts):
        entry = _ENTRY.match(part)
        inner = index < len(parts) - 1
        if entry:
            noun = ENTRY_WORDS.get(entry.group(1), _words(entry.group(1)).capitalize())
            words.append(f"{noun} {int(entry.group(2)) + 1}")
        elif inner and part in ("offense", "adjustments") and _names_more(parts[index + 1]):
            continue  # "Offense, drug 1" says no more than "Drug 1"
        else:
            words.append(KEY_WORDS.get(part, _words(part)))
    if not words:
        return "the case"
    return ", ".join([words[0], *(w[:1].lower() + w[1:] for w in words[1:])])


def _names_more(part: str) -> bool:
    return bool(_ENTRY.match(part)) or part in ("role", "victim", "obstruction")


def _words(key: str) -> str:
    return key.replace("_", " ")


#: pydantic's kinds of error, by what the user did: typed a date, a number, chose from a list
_DATE = re.compile(r"^date(time)?_")
_NUMBER = re.compile(r"^(int_|greater_than|less_than|multiple_of)")
_RANGE = re.compile(r"expected an integer( (?:from|of at least|of at most) [^,]+), got")
_CHOICE = {"enum", "literal_error"}
#: a value of another type than the key takes: only a case file written by hand has one
_TAKES = {"expected an array": "a list", "expected a table": "a group of facts",
          "expected a TOML boolean": "yes or no (a checkbox)",
          "expected a TOML string": "text"}
_WRONG_TYPE = re.compile(r"^(bool|string|model|dict|list|tuple|float|decimal|model_attributes)_")
#: what a message says in the case file's terms, and the form's
_CASE_FILE_TERMS = [
    (re.compile(r"\s*\(?`ussg schema` lists every key\)?"), ""),
    (re.compile(r"`ussg tables drug_equivalency` lists them all\."),
     "Ctrl+L in the substance field lists them."),
    (re.compile(r"\s*\((?:\[counts\.adjustments\]|\[adjustments\])\)"), ""),
    (re.compile(r"\[\[counts\]\]"), "counts"),
    # a guideline chosen whose facts table is not stated: its fields are in the form
    (re.compile(r'^guideline = "([\w.]+)" needs its facts: give this table '
                r'\(`ussg schema` lists its keys\)'),
     r"§\1 needs its facts: give them in its fields here"),
    # `ussg reduce`'s: where the motion's date and the term imposed are given
    (re.compile(r"\s*\(\[reduction\] motion_date, or --motion-date\)"),
     " (the Motion's date, above)"),
    (re.compile(r"\(\[sentence\] imposed_months or imposed_life\)"),
     "(Sentence imposed, on the Worksheet tab: months or life)"),
    (re.compile(r"\[offense\]"), "the offense"),
    (re.compile(r"; supported: [0-9, -]+"), " (the Manual list offers every one)"),
    (re.compile(r"\b([a-z]+(?:_[a-z0-9]+)+) = true\b"), r"“\1” ticked"),
    (re.compile(r"\b([a-z]+(?:_[a-z0-9]+)+) = false\b"), r"“\1” not ticked"),
]
_KEY = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
#: the value the library says it got: "…, got the string "VII"" -> "VII" (quotes kept)
_GIVEN = re.compile(r", got (?:the (?:string|integer|boolean|float|date-time|date|time) )?(.+)$")
_NEGATIVE_QUANTITY = re.compile(r"^'\s*-")
#: the library's words for a required choice not made yet, and the longest list of its
#: choices said in the message (a longer one is in the list itself)
_STILL_NEEDED = re.compile(r"^still needed: one of (.+)$")
_LISTED = 60


def in_form_words(problem: Problem) -> str:
    """The problem's message as the form says it (its field is named apart, by
    :func:`field_label`)."""
    if problem.missing and problem.kind == "missing":
        choices = _STILL_NEEDED.match(problem.message)  # a choice not made yet
        if choices is None:
            return "required"
        listed = _KEY.sub(lambda key: _words(key.group(0)), choices.group(1))
        return f"still needed: pick one of {listed}" if len(listed) <= _LISTED \
            else "still needed: pick one from the list"
    if problem.missing and not problem.message:
        return "required"  # (a fact the library needs for a reason says the reason)
    kind, message = problem.kind, problem.message
    given = _GIVEN.search(message)
    said = f"{given.group(1)}: " if given else ""  # what was typed, or written in the file
    if _DATE.match(kind):
        return f"{said}not a date: type it as year-month-day, e.g. 1994-09-28"
    if _NUMBER.match(kind):
        bounds = _RANGE.search(message)
        return f"{said}must be a whole number{bounds.group(1) if bounds else ''}"
    if kind in _CHOICE:
        return f"{said}not one of the choices: pick one from the list"
    if _WRONG_TYPE.match(kind):
        wanted = next((words for library, words in _TAKES.items() if library in message),
                      "another kind of value")
        value = given.group(1) if given else "another kind of value"
        return f"the case file has {value} here, where the form takes {wanted}: correct it there"
    if kind == "extra_forbidden":
        return "not a fact the form knows: correct it in the case file"
    if problem.field.endswith(".quantity") and _NEGATIVE_QUANTITY.match(message):
        return "the quantity is negative"
    for pattern, words in _CASE_FILE_TERMS:
        message = pattern.sub(words, message)
    return _KEY.sub(lambda key: _words(key.group(0)), message)
