"""``python scripts/screenshot.py OUT.png``: the window coding a demo article, as a PNG.

Used by ``make screenshot`` (offscreen) for docs/screenshot.png. Everything happens in temporary
directories: a fresh database with the demo corpus, settings that touch nothing of the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _wait(app, until, timeout: float = 30.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not until():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        time.sleep(0.01)
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "docs/screenshot.png").resolve()
    home = Path(tempfile.mkdtemp(prefix="annotator-shot-"))
    os.environ["ANNOTATOR_CONFIG_DIR"] = str(home / "config")
    os.environ["ANNOTATOR_DATA_DIR"] = str(home / "data")
    os.environ["ANNOTATOR_ANALYST"] = "ana"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["annotator"])
    from annotator.db.engine import open_database
    from annotator.importers import run_import
    from annotator.paths import resource
    from annotator.schema import load_schema
    from annotator.ui.main_window import MainWindow

    db = open_database(str(home / "shot.sqlite3"))
    run_import(db, [str(resource("demo", "demo.jsonl"))], analyst="ana")
    window = MainWindow(db, load_schema("acled"), "ana", suggestions=False, restore_last=False)
    window.resize(1440, 860)
    window.show()
    editor = window.editor
    _wait(app, lambda: editor.article is not None)
    text = editor.article.text

    def span(words: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        return start, start + len(words)

    _wait(app, lambda: editor.resolver.dictionary_ready, timeout=120)
    state = editor.add_event()
    assert state is not None
    editor.set_field(state, "event_type", "Battles", merge=False)
    editor.set_field(state, "sub_event_type", "Government regains territory", merge=False)
    for field, words, nth in (
        ("trigger", "recaptured", 0),
        ("actor1", "Malian troops", 0),
        ("assoc_actor_1", "Burkinabe forces", 0),
        ("actor2", "Jama'at Nusrat al-Islam wal-Muslimin fighters", 0),
        ("location", "Kessa", 1),
        ("event_date", "on Sunday", 0),
    ):
        editor.assign_span(state, field, *span(words, nth))
    editor.set_field(state, "country", "Mali", merge=False)
    editor.confirm(state)
    second = editor.add_event()
    assert second is not None
    editor.set_field(second, "event_type", "Battles", merge=False)
    editor.set_field(second, "sub_event_type", "Armed clash", merge=False)
    editor.assign_span(second, "fatalities", *span("At least 12 soldiers were killed"))
    editor.assign_span(second, "actor1", *span("soldiers"))
    editor.select(state)
    window.painter.focus(window.editor.current, "actor1")
    window.statusBar().clearMessage()
    _wait(app, lambda: window.db_thread.pending == 0)
    window.text_view.select_offsets(0, 0)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.05)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    window.close()
    db.dispose()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
