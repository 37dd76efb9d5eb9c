"""A headless stand-in for the window, used to prove that work survives ``kill -9``.

``python tests/crashdriver.py DB [--seed N]`` does, forever, the same core writes the window's
writer thread does, through the same unit of work (``repo.save_edit``, here committed and retried
by ``repo.commit_edit``): add a draft event, autosave it a few times as "typing" goes on, confirm
it, and sometimes re-edit an already confirmed event. Around each commit it prints one line
to stdout and flushes it::

    PENDING {"id": .., "version": .., "status": .., "values": {..}, "evidence": [[f, s, e], ..]}
    ACK     {same}

``PENDING`` comes before the commit and ``ACK`` after it returned, so a test that kills this
process at a random moment knows every state the database promised (the last ACK per event) and
the one state that may or may not have landed (a PENDING without its ACK).

``--fork-server`` keeps one process with everything imported and, for each ``run SEED`` line on
stdin, forks a fresh child that runs the driver (``CHILD pid`` first, ``EXITED pid status`` once
it is gone). The test kills the child, a whole separate process, with SIGKILL; forking spares the
two-second import of every cycle, so sixty kills take seconds rather than minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import traceback
from collections.abc import Callable, Sequence

from annotator.db import repo
from annotator.db.engine import open_database
from annotator.interchange import ArticleRecord, EvidenceSpan
from annotator.status import EventStatus

ARTICLE = (
    "Government troops clashed with fighters of the Kessa Liberation Front near the market town "
    "of Dalo on Sunday, killing at least four people, residents said. Protesters later gathered "
    "in the capital to demand the release of detained students."
)
WORDS = ("troops", "clashed", "fighters", "market", "Dalo", "Sunday", "residents", "protesters")
SPANS = (("actor1", "Government troops"), ("actor2", "Kessa Liberation Front"), ("location", "Dalo"))


def event_state(event: repo.StoredEvent) -> dict:
    """What a test compares after a crash: identity, version, status, values and evidence."""
    return {
        "id": event.id,
        "version": event.version,
        "status": event.status,
        "values": event.values,
        "evidence": sorted([s.field, s.start, s.end] for s in event.evidence),
    }


def _emit(tag: str, state: dict) -> None:
    sys.stdout.write(f"{tag} {json.dumps(state, sort_keys=True)}\n")
    sys.stdout.flush()


def _spans(rng: random.Random) -> list[EvidenceSpan]:
    chosen = rng.sample(SPANS, rng.randint(1, len(SPANS)))
    return [EvidenceSpan(f, ARTICLE.index(t), ARTICLE.index(t) + len(t), t) for f, t in chosen]


def _typed(rng: random.Random, base: dict, step: int) -> dict:
    values = dict(base)
    values["notes"] = " ".join(rng.choice(WORDS) for _ in range(step + 1))
    values["fatalities"] = rng.randint(0, 50)
    return values


def run(db_url: str, seed: int, analyst: str, max_events: int | None = None) -> int:
    rng = random.Random(seed)
    db = open_database(db_url)
    with db.session() as session:
        article, _ = repo.add_article(session, ArticleRecord(text=ARTICLE, id="crash-article", title="Dalo"))
        session.commit()
        article_id = article.id or 0
    made = 0
    while max_events is None or made < max_events:
        made += 1
        if made > 1 and rng.random() < 0.3:
            # Re-edit a confirmed event, as an analyst correcting earlier work.
            with db.session() as session:
                confirmed = repo.events_for_article(session, article_id, statuses=[EventStatus.CONFIRMED])
            if confirmed:
                event = rng.choice(confirmed)
                values = _typed(rng, event.values, rng.randint(0, 5))
                _emit("PENDING", {**event_state(event), "version": event.version + 1, "values": values})
                saved = repo.commit_edit(db.session, repo.edit_of(event, values=values))
                _emit("ACK", event_state(saved))
                continue
        draft = repo.EventEdit(article_id, analyst, {"event_type": "Battles", "notes": ""}, _spans(rng))
        event = repo.commit_edit(db.session, draft)
        _emit("ACK", event_state(event))
        for step in range(rng.randint(1, 4)):  # autosaves while "typing"
            values = _typed(rng, event.values, step)
            _emit("PENDING", {**event_state(event), "version": event.version + 1, "values": values})
            event = repo.commit_edit(db.session, repo.edit_of(event, values=values))
            _emit("ACK", event_state(event))
        _emit("PENDING", {**event_state(event), "version": event.version + 1, "status": EventStatus.CONFIRMED})
        event = repo.commit_edit(db.session, repo.edit_of(event, status=EventStatus.CONFIRMED))
        _emit("ACK", event_state(event))
    db.dispose()
    return 0


def serve(db_url: str, analyst: str, runner: Callable[[str, int, str], object] | None = None) -> int:
    """Fork one driver child per ``run SEED`` command on stdin; report its pid and its end.

    ``runner(db_url, seed, analyst)`` is what each child does (default: :func:`run`); the window
    variant of the crash test passes one that drives the real window.
    """
    runner = runner or run
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] != "run":
            return 0
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the child: a fresh process that runs until it is killed
            try:
                runner(db_url, int(command[1]), analyst)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(1)
        sys.stdout.write(f"CHILD {pid}\n")
        sys.stdout.flush()
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(f"EXITED {pid} {os.waitstatus_to_exitcode(status)}\n")
        sys.stdout.flush()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tests/crashdriver.py")
    parser.add_argument("db", help="database path or URL")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--analyst", default="crash")
    parser.add_argument("--max-events", type=int, default=None, help="stop after this many (default: never)")
    parser.add_argument("--fork-server", action="store_true", help="fork a driver per `run SEED` line on stdin")
    args = parser.parse_args(argv)
    if args.fork_server:
        return serve(args.db, args.analyst)
    return run(args.db, args.seed, args.analyst, args.max_events)


if __name__ == "__main__":
    sys.exit(main())
