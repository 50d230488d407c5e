"""`python -m kb`: the contributors' tool (the Makefile's check, new-page, status and stamp)."""

import os
import sys

from kb.cli import main

try:
    sys.exit(main())
except BrokenPipeError:  # the reader stopped reading (`make status | head`): end quietly, as Unix tools do
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)
