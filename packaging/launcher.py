"""Entry point of the bundled application: the same `annotator` command as a pip install.

With no arguments it opens the window (the CLI's default command), so the .desktop file and a
double-click start the app, while `annotator import ...` and friends work from a terminal.
"""

import multiprocessing
import sys

from annotator.cli.main import main

if __name__ == "__main__":
    # A frozen program that starts worker processes must call this first, or each worker would
    # start another copy of the app instead of running its task.
    multiprocessing.freeze_support()
    sys.exit(main())
