import sys

from ussg.guidelines.cli import main

sys.exit(main())
