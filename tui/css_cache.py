"""Textual's parsed stylesheets, kept between starts of the terminal app.

At each start Textual parses the CSS of every widget class the app shows (its
``DEFAULT_CSS``) and the app's own files (``app.tcss``, ``worksheet.tcss`` ...), some 47
texts into some 340 rule sets, with a tokenizer written in Python: about a tenth of the
instructions from creating the app to its first frame (issue #17, README "Speed"). What a
text parses to depends only on the text, on where it was read from, on the arguments of the
parse and on the stylesheet's variables (the theme's colours), and on Textual's parser. So
the rule sets are kept (``pickle``) in the user's cache folder, each under its text, its
arguments and the variables, in a file named by Textual's CSS modules (their sizes and times:
another Textual, another file) and Python's version. A text the file does not have is
parsed as Textual parses it; a text whose rules have errors is never kept (Textual reports
them as before).

Only the process that ``ussg tui`` starts installs it (``guidelines/cli.py``), never a
program that imports the app: a library does not change Textual's classes under its user.
The same switch as the table and code caches turns it off (``USSG_TABLE_CACHE=0``). The
folder must be the user's own (as the code cache's: what is read from it is run); a missing,
unreadable, damaged or foreign file is ignored (each text parsed, and the file written
again). The file is written whole or not at all, at exit, by a run that parsed a text the
file did not have. ``tests/tui/test_tui_css_cache.py`` compares every rule set served from
the file with Textual's own parse, and the first screen with and without the cache.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from collections.abc import Callable
from functools import partial
from typing import Any

from textual.css.stylesheet import Stylesheet

from ussg.guidelines.engine.code_cache import cache_folder, read_dict, write_merged

#: The most texts the file holds (the worksheet and its dialogs use about 60)
MOST_TEXTS = 400

#: The file's first bytes, then (``code_cache.write_checked``) the CRC-32 of the rest and the
#: pickled {key: pickled rule sets}
HEADER = b"ussg parsed css\0"


def fingerprint() -> str:
    """Which parser made the rule sets and which classes they hold: the sizes and times of
    Textual's CSS modules, its colours and Rich's styles and colours, and Python's version."""
    import rich
    import textual

    parts = [f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"]
    places = [os.path.join(os.path.dirname(textual.__file__), "css"),
              os.path.join(os.path.dirname(textual.__file__), "color.py"),
              os.path.join(os.path.dirname(rich.__file__), "style.py"),
              os.path.join(os.path.dirname(rich.__file__), "color.py")]
    for place in places:
        try:
            if os.path.isdir(place):
                files = sorted(entry.path for entry in os.scandir(place)
                               if entry.name.endswith(".py"))
            else:
                files = [place]
            for file in files:
                status = os.stat(file)
                parts.append(f"{os.path.basename(file)}:{status.st_size}:{status.st_mtime_ns}")
        except OSError:
            parts.append(f"{place}:?")
    return format(zlib.crc32("\n".join(parts).encode()), "08x")


def cache_path() -> str | None:
    """$XDG_CACHE_HOME/ussg/css/<fingerprint>.pickle (default ~/.cache), or None: the cache
    is off (``USSG_TABLE_CACHE=0``)."""
    folder = cache_folder("css")
    if folder is None:
        return None
    return os.path.join(folder, f"{fingerprint()}.pickle")


Key = tuple[str, Any, bool, int, str, tuple[tuple[str, str], ...]]


class CssCache:
    """The rule sets of each text, read from ``path`` at the first text and written back by
    :meth:`save`."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.kept: dict[Key, bytes] | None = None  # read at the first text
        self.used: set[Key] = set()
        self.parsed = 0  # texts this process parsed (the tests read them)
        self.served = 0  # texts served from the file

    def rules(self, key: Key, parse: Callable[[], list]) -> list:
        """The rule sets of ``key``'s text: from the file, or ``parse()`` (kept if it found
        no error)."""
        if self.kept is None:
            self.kept = self._read()
        kept = self.kept.get(key)
        if kept is not None:
            try:
                rules = pickle.loads(kept)
            except Exception:  # (a file of another Textual that the fingerprint missed)
                rules = None
            if type(rules) is list:
                self.served += 1
                self.used.add(key)
                return rules
        rules = parse()
        if not any(rule.errors for rule in rules):
            try:
                self.kept[key] = pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # a value Textual put there that does not pickle: parsed again
                return rules
            self.parsed += 1
            self.used.add(key)
        return rules

    def _read(self) -> dict[Key, bytes]:
        """The file's {key: pickled rule sets}, or {}: no file, not ours, or not written
        whole."""
        kept = read_dict(self.path, HEADER, pickle.loads)  # ({}: parse, write it again)
        return {key: value for key, value in kept.items()
                if type(key) is tuple and type(value) is bytes}

    def save(self) -> None:
        """Write the file again if this process parsed a text it did not have: what is in the
        file now (another process may have written it) with this process's texts; only this
        process's past MOST_TEXTS. Atomic. Never an error: without the file, a start only
        takes longer."""
        if (self.path is None or not self.parsed or self.kept is None
                or len(self.used) > MOST_TEXTS):
            return
        try:
            write_merged(self.path, HEADER, {key: self.kept[key] for key in self.used},
                         self._read(), MOST_TEXTS,
                         partial(pickle.dumps, protocol=pickle.HIGHEST_PROTOCOL))
        except Exception:
            return
        self.parsed = 0


def cached_parse_rules(cache: CssCache,
                       parse_rules: Callable[..., list]) -> Callable[..., list]:
    """``Stylesheet._parse_rules`` (Textual's: ``parse_rules``) with ``cache`` between its own
    cache of the stylesheet's texts and its parser."""

    def _parse_rules(self: Stylesheet, css: str, read_from: Any,
                     is_default_rules: bool = False, tie_breaker: int = 0,
                     scope: str = "") -> list:
        own = (css, read_from, is_default_rules, tie_breaker, scope)
        try:
            return self._parse_cache[own]
        except KeyError:
            pass
        key = (*own, tuple(sorted(self._variables.items())))
        rules = cache.rules(key, lambda: parse_rules(self, css, read_from, is_default_rules,
                                                     tie_breaker, scope))
        self._parse_cache[own] = rules
        return rules

    _parse_rules.__wrapped__ = parse_rules  # type: ignore[attr-defined]
    return _parse_rules


def install() -> CssCache | None:
    """From now on in this process, Textual's stylesheets parse through the cache, the file
    written at exit: the process ``ussg tui`` starts only (see the module's text). None:
    nothing done (the cache off, or installed already)."""
    path = cache_path()
    if path is None or hasattr(Stylesheet._parse_rules, "__wrapped__"):
        return None
    cache = CssCache(path)
    Stylesheet._parse_rules = cached_parse_rules(  # type: ignore[method-assign]
        cache, Stylesheet._parse_rules)
    import atexit

    atexit.register(cache.save)
    return cache
