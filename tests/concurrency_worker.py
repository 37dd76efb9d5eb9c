"""One of two processes in the lost-update test (run as a script by tests/test_concurrency.py).

``python tests/concurrency_worker.py URL GO_FILE ATTEMPTS SEED EVENT_ID...``: waits for GO_FILE, then
ATTEMPTS times reads an event, adds 1 to its ``counter`` and saves it with the version it read
(the window's read-modify-write), counting successes and ConflictErrors; prints them as JSON.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from annotator.db import repo
from annotator.db.engine import open_database


def main(argv: list[str]) -> int:
    url, go_file, attempts, seed, *ids = argv
    rng = random.Random(int(seed))
    event_ids = [int(i) for i in ids]
    db = open_database(url)
    deadline = time.monotonic() + 60
    while not Path(go_file).exists():
        if time.monotonic() > deadline:
            return 3
        time.sleep(0.005)
    successes = conflicts = 0
    for _ in range(int(attempts)):
        event_id = rng.choice(event_ids)
        with db.session() as session:
            event = repo.get_event(session, event_id)
        time.sleep(rng.random() * 0.002)  # the analyst's think time, where the other may save
        values = {**event.values, "counter": int(event.values["counter"]) + 1}
        try:
            repo.commit_edit(db.session, repo.edit_of(event, values=values))
            successes += 1
        except repo.ConflictError as exc:
            assert exc.current is not None and exc.current.version > event.version
            conflicts += 1
    db.dispose()
    print(json.dumps({"attempts": int(attempts), "successes": successes, "conflicts": conflicts}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
