"""Startup and article switching of the window on a 100,000-article database.

Prints, measured in one run on this machine:

* startup ratio: wall time from launching a process to an idle, shown Annotator window on the
  100k-article database (its shell, "Opening database…", while a worker opens the database),
  divided by the same for a process that shows a bare QMainWindow (median of several launches
  each; target <= 1.5);
* first rows: wall time until the window has its article list, first article and no pending
  database work (the honest "usable" figure, also as a multiple of the bare window);
* article switching: median time from asking for an article to its text and events on screen,
  over 50 switches between random articles of that database (target <= 50 ms).

The database is the shared synthetic corpus (benchmarks/corpus.py), cached in benchmarks/.cache/.
Run: ``python benchmarks/startup.py [--articles N] [--runs R]`` (offscreen by default).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

READY = "READY"
ROWS = "ROWS"


def _wait_idle(app, until, timeout: float = 60.0) -> None:  # noqa: ANN001
    """Run the event loop until ``until()`` holds, then empty the event queue.

    The condition is checked by a 2 ms timer inside a real event loop, not a Python busy loop:
    between checks the GUI thread waits in Qt, as ``app.exec()`` does, and leaves the GIL to the
    worker that opens the database (a busy loop would slow that worker down)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if not until():
        loop = QEventLoop()
        deadline = time.monotonic() + timeout
        failed = []

        def check() -> None:
            if until():
                loop.quit()
            elif time.monotonic() > deadline:
                failed.append(True)
                loop.quit()

        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(check)
        timer.start()
        loop.exec()
        timer.stop()
        if failed:
            raise TimeoutError("window did not become ready")
    app.processEvents()


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    _wait_idle(app, lambda: window.isVisible() and window.windowHandle() is not None
               and window.windowHandle().isExposed())
    print(READY, flush=True)


def child_app(db_path: str, switches: int) -> None:
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    t_qt = time.perf_counter()
    # The same steps as `annotator gui` (annotator.ui.app.run): the shell is shown while a worker
    # imports the database layer, opens the database (without the whole-file check) and reads
    # the first page; then the window is built in its place and runs the check and backup.
    from annotator.ui.startup import Launcher

    launcher = Launcher(db_path, "acled", "bench", suggestions=False, restore_last=False)
    shell = launcher.start()
    _wait_idle(app, lambda: shell.windowHandle() is not None and shell.windowHandle().isExposed())
    t_shell = time.perf_counter()
    print(READY, flush=True)

    def rows_visible() -> bool:
        window = launcher.window
        return (window is not None and window.list_pane.model.rowCount() > 0
                and window.editor.article is not None and window.db_thread.pending == 0
                and window.windowHandle() is not None and window.windowHandle().isExposed())

    _wait_idle(app, rows_visible)
    t_rows = time.perf_counter()
    print(ROWS, flush=True)
    print("BREAKDOWN", *(f"{x * 1000:.0f}" for x in (t_qt - t0, t_shell - t_qt, t_rows - t_shell)), flush=True)
    window = launcher.window
    assert window is not None
    if not switches:
        window.close()
        return
    # Measure switching in the steady state: after the background integrity check, backup and
    # actor dictionary build (pure Python: while it runs it competes with the GUI for the GIL).
    _wait_idle(app, lambda: window.safety_result is not None and window.editor.resolver.dictionary_ready,
               timeout=600)
    db = window.db
    with db.session() as session:
        from annotator.db import repo

        total = repo.count_articles(session)
    rng = random.Random(1)
    targets = [rng.randint(1, total) for _ in range(switches)]
    times = []
    for article_id in targets:
        start = time.perf_counter()
        window.open_article(article_id)
        _wait_idle(app, lambda a=article_id: window.editor.article is not None
                   and window.editor.article.id == a and window.db_thread.pending == 0)
        times.append(time.perf_counter() - start)
    print("SWITCH", statistics.median(times) * 1000, max(times) * 1000, flush=True)
    window.close()


def launch(args: list[str], env: dict[str, str]) -> tuple[dict[str, float], list[str]]:
    """Seconds from launching the child until each marker line (READY, ROWS), and its other output."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    lines = []
    for line in proc.stdout:
        word = line.strip()
        if word in (READY, ROWS) and word not in marks:
            marks[word] = time.perf_counter() - start
        else:
            lines.append(word)
    if proc.wait() != 0 or READY not in marks:
        raise RuntimeError(f"child {args} failed: {lines}")
    return marks, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--switches", type=int, default=50)
    parser.add_argument("--child", choices=["bare", "app"])
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return 0
    if args.child == "app":
        child_app(args.db, args.switches)
        return 0

    from benchmarks.corpus import build_sqlite

    t = time.perf_counter()
    db_path = build_sqlite(n_articles=args.articles)
    print(f"database: {db_path} ({args.articles:,} articles; ready in {time.perf_counter() - t:.1f} s)")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ANNOTATOR_NO_SUGGEST"] = "1"
    env["ANNOTATOR_ANALYST"] = "bench"
    with tempfile.TemporaryDirectory() as home:
        env["ANNOTATOR_CONFIG_DIR"] = str(Path(home) / "config")
        env["ANNOTATOR_DATA_DIR"] = str(Path(home) / "data")
        # Warm the OS file cache for both kinds of process, then alternate the measured launches.
        launch(["--child", "bare"], env)
        launch(["--child", "app", "--db", str(db_path), "--switches", "0"], env)
        bare, ours, rows, parts = [], [], [], []
        for _ in range(args.runs):
            bare.append(launch(["--child", "bare"], env)[0][READY])
            marks, lines = launch(["--child", "app", "--db", str(db_path), "--switches", "0"], env)
            ours.append(marks[READY])
            rows.append(marks[ROWS])
            parts.append([float(x) for x in next(ln for ln in lines if ln.startswith("BREAKDOWN")).split()[1:]])
        _, lines = launch(["--child", "app", "--db", str(db_path), "--switches", str(args.switches)], env)
    switch = next(line for line in lines if line.startswith("SWITCH")).split()
    b, o, r = statistics.median(bare), statistics.median(ours), statistics.median(rows)
    print(f"bare QMainWindow process shown:          {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"Annotator window shown and idle:         {o * 1000:7.0f} ms (median of {args.runs})")
    print(f"startup ratio, window shown (target <= 1.5): {o / b:7.2f}")
    print(f"first article rows visible (list, text): {r * 1000:7.0f} ms (median; {r / b:.2f} x bare)")
    qt, shell, opening = (statistics.median(p[i] for p in parts) for i in range(3))
    print(f"  of which: QApplication {qt:.0f} ms, shell shown {shell:.0f} ms, then database layer "
          f"imported and opened in a worker, window built with its rows and first article {opening:.0f} ms")
    print(
        f"article switch, median of {args.switches} (target <= 50 ms): {float(switch[1]):5.1f} ms "
        f"(max {float(switch[2]):.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
