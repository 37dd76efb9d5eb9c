"""Lines of ``.ann`` files that brat's own loader could not parse, by brat's server code.

    python tests/brat_unparsed.py SHARED_CONSUMERS_DIR EXPORT_DIR

``brat_check.py`` reports files brat refuses outright, but brat keeps going past a ``T`` line
whose text does not match the document at its offsets (wrong offsets, e.g. in CRLF text): it
records the line in ``failed_lines`` and shows it to the user as an error. This script loads
each file the way ``brat_check.py`` does and prints those lines; exit status 1 when any.
"""

from __future__ import annotations

import glob
import os
import sys


def main() -> int:
    consumers, folder = sys.argv[1], os.path.abspath(sys.argv[2])
    sys.path.insert(0, consumers)
    import brat_check

    brat_check.setup(folder)
    import annotation

    failed = 0
    for fn in sorted(glob.glob(os.path.join(folder, "**", "*.ann"), recursive=True)):
        with annotation.TextAnnotations(fn[:-4], read_only=True) as ann:
            for line in ann.failed_lines:
                failed += 1
                print(f"{os.path.relpath(fn, folder)}:{line + 1}: brat could not parse this line")
    print(f"brat: {failed} unparsed lines")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
