"""``python -m credit_desk`` and the frozen app's entry point."""

import sys

from credit_desk.cli import main

sys.exit(main())
