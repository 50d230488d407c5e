"""`python -m kb`: the contributors' tool (the Makefile's check, new-page, status and stamp)."""

import sys

from kb.cli import main

sys.exit(main())
