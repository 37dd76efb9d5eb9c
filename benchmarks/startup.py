"""Startup, article switching and memory of the window on a 100,000-article database.

Prints, measured in one run on this machine (with the load average before and after: the figures
are wall times, so other work on the machine inflates them):

* first frame: wall time from launching a process to the shown Annotator shell (the window's
  frame, which carries the first rows when the quick read is in time) divided by the same for a
  process that shows a bare QMainWindow (median of several launches each);
* first article rows visible: until the article list's first page and the first article's text
  are painted (by the shell, read with plain sqlite3 before the ORM is imported), as a multiple
  of the bare window (target <= 2.0), and how often the ORM import began before that;
* full window ready: until the ORM-backed window has replaced the shell with its rows, first
  article and no pending database work;
* article switching: median time from asking for an article to its text and events on screen,
  over 50 switches between random articles of that database (target <= 20 ms);
* peak RSS of the window (after the background integrity check, backup, actor dictionary and
  the switches; suggestions off) beside a bare window's (target < 2 x bare + 150 MB);
* ``python -X importtime``: the three packages whose modules took longest to import before the
  first rows were painted, and after.

The database is the shared synthetic corpus (benchmarks/corpus.py), cached in benchmarks/.cache/.
Run: ``python benchmarks/startup.py [--articles N] [--runs R]`` (offscreen by default).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.abc import MetaPathFinder
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

READY = "READY"
ROWS = "ROWS"
WINDOW = "WINDOW"
MARKS = (READY, ROWS, WINDOW)
ROWS_PAINTED = "-- first rows painted --"


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


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


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
    print("RSS", peak_rss_mb(), flush=True)


def child_app(db_path: str, switches: int) -> None:
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    t_qt = time.perf_counter()
    # The same steps as `annotator gui` (annotator.ui.app.run): the shell is shown with the first
    # rows and article read by plain sqlite3, while a worker imports the database layer, opens
    # the database (without the whole-file check) and reads the first page; then the window is
    # built in its place and runs the check and backup.
    from annotator.ui.startup import Launcher

    launcher = Launcher(db_path, "acled", "bench", suggestions=False, restore_last=False)
    orm_first: list[bool] = []

    class NoteOrmImport(MetaPathFinder):
        """Was the ORM's first import before the first rows were painted?"""

        def find_spec(self, name: str, *_args: object) -> None:
            if name in ("sqlalchemy", "sqlmodel") and not orm_first:
                orm_first.append(launcher.shell is None or not launcher.shell.first_view_shown)

    sys.meta_path.insert(0, NoteOrmImport())
    shell = launcher.start()
    # Splits the -X importtime output: printed as the rows are painted (the shell paints in the
    # event loop, after start()), before the worker, released by the same signal, runs again.
    shell.first_view_painted.connect(lambda: print(ROWS_PAINTED, file=sys.stderr, flush=True))
    _wait_idle(app, lambda: shell.windowHandle() is not None and shell.windowHandle().isExposed())
    t_shell = time.perf_counter()
    print(READY, flush=True)

    def window_ready() -> bool:
        window = launcher.window
        return (window is not None and window.list_pane.model.rowCount() > 0
                and window.editor.article is not None and window.db_thread.pending == 0
                and window.windowHandle() is not None and window.windowHandle().isExposed())

    # First rows: the shell's (painted rows and text, read without the ORM), or the window's
    # when the fast path did not answer.
    _wait_idle(app, lambda: shell.first_view_shown or window_ready())
    t_rows = time.perf_counter()
    print(ROWS, flush=True)
    if not shell.first_view_shown:  # no quick read: the window's rows are the first
        print(ROWS_PAINTED, file=sys.stderr, flush=True)
    _wait_idle(app, window_ready)
    t_window = time.perf_counter()
    print(WINDOW, flush=True)
    print("ORM_BEFORE_ROWS", int(orm_first[0]), flush=True)
    print("BREAKDOWN", *(f"{x * 1000:.0f}" for x in (t_qt - t0, t_shell - t_qt, t_rows - t_shell, t_window - t_rows)),
          flush=True)
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
    print("RSS", peak_rss_mb(), flush=True)
    window.close()


def launch(
    args: list[str], env: dict[str, str], python_flags: tuple[str, ...] = ()
) -> tuple[dict[str, float], list[str], str]:
    """Seconds from launching the child until each marker line, its other output, its stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *python_flags, __file__, *args], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if python_flags else None, text=True, env=env, cwd=ROOT,
    )
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    lines = []
    for line in proc.stdout:
        word = line.strip()
        if word in MARKS and word not in marks:
            marks[word] = time.perf_counter() - start
        else:
            lines.append(word)
    errors = proc.stderr.read() if proc.stderr is not None else ""
    if proc.wait() != 0 or READY not in marks:
        raise RuntimeError(f"child {args} failed: {lines} {errors[-2000:]}")
    return marks, lines, errors


def value(lines: list[str], key: str) -> list[float]:
    """The numbers after ``key`` on the child's line that starts with it."""
    return [float(x) for x in next(ln for ln in lines if ln.startswith(key + " ")).split()[1:]]


def largest_imports(importtime: str, count: int = 3) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """The packages whose modules took longest to import (self time summed per top-level package),
    before the first rows were painted and after, from ``python -X importtime`` output."""
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    current = before
    for line in importtime.splitlines():
        if line.startswith(ROWS_PAINTED):
            current = after
            continue
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line.removeprefix("import time:").split("|")
        package = name.strip().split(".")[0]
        current[package] = current.get(package, 0) + int(own)

    def top(times: dict[str, int]) -> list[tuple[str, float]]:
        return [(name, us / 1000) for name, us in sorted(times.items(), key=lambda kv: -kv[1])[:count]]

    return top(before), top(after)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


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
    print(f"load average before: {load()}")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ANNOTATOR_NO_SUGGEST"] = "1"
    env["ANNOTATOR_ANALYST"] = "bench"
    app_args = ["--child", "app", "--db", str(db_path), "--switches", "0"]
    with tempfile.TemporaryDirectory() as home:
        env["ANNOTATOR_CONFIG_DIR"] = str(Path(home) / "config")
        env["ANNOTATOR_DATA_DIR"] = str(Path(home) / "data")
        # Warm the OS file cache for both kinds of process, then alternate the measured launches.
        launch(["--child", "bare"], env)
        launch(app_args, env)
        bare, bare_rss, ours, rows, windows, parts, orm_at_rows = [], [], [], [], [], [], []
        for _ in range(args.runs):
            marks, lines, _ = launch(["--child", "bare"], env)
            bare.append(marks[READY])
            bare_rss.append(value(lines, "RSS")[0])
            marks, lines, _ = launch(app_args, env)
            ours.append(marks[READY])
            rows.append(marks[ROWS])
            windows.append(marks[WINDOW])
            parts.append(value(lines, "BREAKDOWN"))
            orm_at_rows.append(value(lines, "ORM_BEFORE_ROWS")[0])
        _, lines, _ = launch([*app_args[:-1], str(args.switches)], env)
        switch, window_rss = value(lines, "SWITCH"), value(lines, "RSS")[0]
        _, _, importtime = launch(app_args, env, python_flags=("-X", "importtime"))
    b, o, r, w = (statistics.median(x) for x in (bare, ours, rows, windows))
    print(f"bare QMainWindow process shown:          {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"Annotator first frame shown and idle:    {o * 1000:7.0f} ms (median of {args.runs}; {o / b:.2f} x bare)")
    print(f"first article rows visible (list, text): {r * 1000:7.0f} ms (median; {r / b:.2f} x bare; target <= 2.0)")
    print(f"  ORM import began before they were painted: {int(sum(orm_at_rows))} of {args.runs} launches")
    print(f"full window ready for editing:           {w * 1000:7.0f} ms (median; {w / b:.2f} x bare)")
    qt, shell, first, rest = (statistics.median(p[i] for p in parts) for i in range(4))
    print(f"  of which: QApplication {qt:.0f} ms, shell shown {shell:.0f} ms, first rows and text "
          f"(plain sqlite3) painted {first:.0f} ms later, then database layer imported and opened in a "
          f"worker, window built with its rows and first article {rest:.0f} ms")
    print(
        f"article switch, median of {args.switches} (target <= 20 ms): {switch[0]:5.1f} ms "
        f"(max {switch[1]:.1f} ms)"
    )
    bare_peak = statistics.median(bare_rss)
    limit = 2 * bare_peak + 150
    print(f"peak RSS: bare QMainWindow {bare_peak:.0f} MB, window on {args.articles:,} articles after "
          f"{args.switches} switches {window_rss:.0f} MB (limit 2 x bare + 150 = {limit:.0f} MB; "
          f"{'within' if window_rss < limit else 'OVER'})")
    before, after = largest_imports(importtime)
    print("python -X importtime, three largest (self time per package): before the first rows: "
          + ", ".join(f"{n} {ms:.0f} ms" for n, ms in before)
          + "; after: " + ", ".join(f"{n} {ms:.0f} ms" for n, ms in after))
    print(f"load average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
