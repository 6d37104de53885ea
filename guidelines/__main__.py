"""python -m ussg.guidelines: the same as the `ussg` command."""

from ussg.guidelines.entry import run

run()
