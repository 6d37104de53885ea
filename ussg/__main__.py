"""python -m ussg: the same as the `ussg` command."""

import sys

from ussg.guidelines.cli import main

sys.exit(main())
