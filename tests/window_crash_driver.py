"""The real window, offscreen, as the process the crash test kills (run as a script).

``python tests/window_crash_driver.py DB``: a fork server (see tests/crashdriver.py) whose
children each open the MainWindow (suggestions off) on DB and code events through its editor, the
same path the analyst's keystrokes take: add an event, type into fields, confirm, every save going
through the window's single database-writer thread. After each save has been acknowledged by that
thread (committed), the child prints ACK with the event's state; before asking for a save, PENDING.
"""

from __future__ import annotations

import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ANNOTATOR_NO_SUGGEST"] = "1"

from crashdriver import ARTICLE, WORDS, _emit, serve  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.db import repo  # noqa: E402
from annotator.db.engine import open_database  # noqa: E402
from annotator.interchange import ArticleRecord  # noqa: E402
from annotator.schema import load_schema  # noqa: E402
from annotator.ui.main_window import MainWindow  # noqa: E402


def _wait(condition, timeout: float = 30.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish in time")
        QCoreApplication.processEvents()
        time.sleep(0.002)


def _state(state) -> dict:  # noqa: ANN001
    return {
        "id": state.id,
        "version": state.version,
        "status": state.status,
        "values": dict(state.values),
        "evidence": sorted([s.field, s.start, s.end] for s in state.evidence),
    }


def run_window(db_url: str, seed: int, analyst: str) -> None:
    rng = random.Random(seed)
    app = QApplication.instance() or QApplication([])
    db = open_database(db_url)
    with db.session() as session:
        article, _ = repo.add_article(session, ArticleRecord(text=ARTICLE, id="crash-article", title="Dalo"))
        session.commit()
    schema = load_schema("acled")
    window = MainWindow(db, schema, analyst, suggestions=False, load_demo_if_empty=False, restore_last=False)
    window.show()
    editor = window.editor
    editor.open_article(article.id or 0)  # the window may also open it itself: wait for either
    _wait(lambda: editor.article is not None and editor.article.id == article.id and window.db_thread.pending == 0)
    sub_types = [c.value for c in schema.field("sub_event_type").choices_for("Battles")]

    def saved(state) -> bool:  # noqa: ANN001
        return state.id is not None and state.saved_gen >= state.edit_gen and window.db_thread.pending == 0

    while True:
        state = editor.add_event()
        assert state is not None
        _wait(lambda state=state: saved(state))
        _emit("ACK", _state(state))
        edits = [("event_type", "Battles"), ("sub_event_type", rng.choice(sub_types))]
        edits += [("notes", " ".join(rng.choice(WORDS) for _ in range(n + 1))) for n in range(rng.randint(1, 4))]
        edits.insert(rng.randint(0, len(edits)), ("actor1", None))  # evidence: select words, assign
        for name, value in edits:
            if value is None:
                words = "Government troops"
                start = ARTICLE.index(words)
                assert editor.assign_span(state, name, start, start + len(words))
            else:
                editor.set_field(state, name, value)
            # PENDING goes out before the save is asked for: the writer is a real thread and may
            # commit before this one prints, and a kill then must still find the state announced.
            _emit("PENDING", {**_state(state), "version": state.version + 1})
            editor.flush()  # what the autosave timer does within a second
            _wait(lambda state=state: saved(state))
            _emit("ACK", _state(state))
        assert editor.confirm(state) == []
        _emit("PENDING", {**_state(state), "version": state.version + 1})
        editor.flush()
        _wait(lambda state=state: saved(state))
        _emit("ACK", _state(state))
        app.processEvents()


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1], "window-crash", run_window))
