"""python -m tui [FILE.toml]"""

from __future__ import annotations

import argparse
import sys

from .app import run


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m ussg.tui",
                                     description="The ussg guidelines worksheet.")
    parser.add_argument("file", nargs="?", metavar="FILE.toml")
    return run(parser.parse_args().file)


if __name__ == "__main__":
    sys.exit(main())
