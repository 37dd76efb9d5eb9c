"""Startup and article switching of the window on a 100,000-article database.

Prints, measured in one run on this machine:

* startup ratio: wall time from launching a process to an idle, shown Annotator window on the
  100k-article database, divided by the same for a process that shows a bare QMainWindow
  (median of several launches each; target <= 1.5);
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


def _wait_idle(app, until, timeout: float = 60.0) -> None:  # noqa: ANN001
    """Process events until ``until()`` holds and the event queue is empty."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not until():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.monotonic() > deadline:
            raise TimeoutError("window did not become ready")
        time.sleep(0.0005)
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
    from annotator.db.engine import open_database
    from annotator.schema import load_schema
    from annotator.ui.main_window import MainWindow

    schema = load_schema("acled")
    t_imports = time.perf_counter()
    # The same steps as `annotator gui` (annotator.ui.app.open_window): open without the
    # whole-file check, build, show; the integrity check and backup follow in a worker.
    db = open_database(db_path, check=False, backup=False)
    t_open = time.perf_counter()
    window = MainWindow(db, schema, "bench", suggestions=False, restore_last=False, safety_checks=True)
    window.show()
    _wait_idle(app, lambda: window.editor.article is not None and window.db_thread.pending == 0
               and window.windowHandle().isExposed())
    t_idle = time.perf_counter()
    print(READY, flush=True)
    print("BREAKDOWN", *(f"{x * 1000:.0f}" for x in (t_qt - t0, t_imports - t_qt, t_open - t_imports,
                                                      t_idle - t_open)), flush=True)
    if not switches:
        window.close()
        return
    # Measure switching in the steady state: after the background integrity check, backup and
    # actor dictionary build (pure Python: while it runs it competes with the GUI for the GIL).
    _wait_idle(app, lambda: window.safety_result is not None and window.editor.resolver.dictionary_ready,
               timeout=600)
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


def launch(args: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """Seconds from launching the child until it says READY, and the rest of its output."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    assert proc.stdout is not None
    elapsed = None
    lines = []
    for line in proc.stdout:
        if line.startswith(READY) and elapsed is None:
            elapsed = time.perf_counter() - start
        else:
            lines.append(line.strip())
    if proc.wait() != 0 or elapsed is None:
        raise RuntimeError(f"child {args} failed: {lines}")
    return elapsed, lines


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
        bare, ours, parts = [], [], []
        for _ in range(args.runs):
            bare.append(launch(["--child", "bare"], env)[0])
            elapsed, lines = launch(["--child", "app", "--db", str(db_path), "--switches", "0"], env)
            ours.append(elapsed)
            parts.append([float(x) for x in next(ln for ln in lines if ln.startswith("BREAKDOWN")).split()[1:]])
        _, lines = launch(["--child", "app", "--db", str(db_path), "--switches", str(args.switches)], env)
    switch = next(line for line in lines if line.startswith("SWITCH")).split()
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare QMainWindow process shown:        {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"Annotator window shown and idle:       {o * 1000:7.0f} ms (median of {args.runs})")
    print(f"startup ratio, whole process (target <= 1.5): {o / b:7.2f}")
    qt, imports, opening, window = (statistics.median(p[i] for p in parts) for i in range(4))
    print(f"  of which: QApplication {qt:.0f} ms, importing the app (SQLAlchemy, Alembic, ...) "
          f"{imports:.0f} ms, opening the database {opening:.0f} ms, window built, shown and idle "
          f"with its first article {window:.0f} ms")
    print(
        f"article switch, median of {args.switches} (target <= 50 ms): {float(switch[1]):5.1f} ms "
        f"(max {float(switch[2]):.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
