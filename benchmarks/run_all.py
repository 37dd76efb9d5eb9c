"""Run every benchmark script in this folder, one after another, and show what each printed.

Each script measures its own ratio in one run (our time / a baseline's time on the same machine),
so the figures compare across machines; see README's Benchmarks section.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("startup.py", "suggest.py", "export.py")


def main() -> int:
    failed = 0
    for name in SCRIPTS:
        script = HERE / name
        if not script.exists():
            print(f"== {name}: missing")
            failed += 1
            continue
        print(f"== {name}", flush=True)
        failed += subprocess.call([sys.executable, str(script), *sys.argv[1:]]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
