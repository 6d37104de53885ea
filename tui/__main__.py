"""python -m tui [FILE.toml]"""

from __future__ import annotations

import argparse
import sys

# ussg's own process, as `ussg tui` starts it: compiled code kept between runs (issue #17;
# guidelines/engine/code_cache.py), installed before the library is imported
from ussg.guidelines.engine.code_cache import install as _install_code_cache

_install_code_cache()

from .app import run  # noqa: E402  (after the cache, which must come first)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m ussg.tui",
                                     description="The ussg guidelines worksheet.")
    parser.add_argument("file", nargs="?", metavar="FILE.toml")
    return run(parser.parse_args().file)


if __name__ == "__main__":
    sys.exit(main())
