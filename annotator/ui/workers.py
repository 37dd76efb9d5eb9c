"""Background work: one database thread for every read-your-writes job, a pool for the rest.

All database writes (and the loads of the article being edited, so that they see those writes in
order) go through ONE :class:`DbThread` with a FIFO queue, like Anki's single DB-writer thread:
SQLite allows one writer at a time, and one queue makes ordering obvious. Model loading,
suggestions and imports run as :class:`Task` objects in the global QThreadPool and report
progress with signals. Results always come back to the GUI thread through queued signals.
"""

from __future__ import annotations

import itertools
import queue
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal
from sqlalchemy import event
from sqlmodel import Session

from annotator.db.engine import Database

DbJob = Callable[[Session], Any]
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]

_STOP = object()
GATE_WAIT_S = 300.0  # a commit waits this long for the check on open before it gives up


class WritesRefused(RuntimeError):
    """The database failed its check on open: nothing more is written to it."""


class WriteGate:
    """Holds commits on the database thread until the integrity check on open has passed.

    Reads go on meanwhile (the list, the article), so the analyst can start at once; a save made
    before the check ends waits at its commit, and is refused if the file turns out damaged: the
    edit stays pending in the window rather than being written into a file being restored.
    """

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self.refused: str | None = None

    def hold(self) -> None:
        self.refused = None
        self._open.clear()

    def allow(self) -> None:
        self._open.set()

    def refuse(self, reason: str) -> None:
        self.refused = reason
        self._open.set()

    @property
    def holding(self) -> bool:
        return not self._open.is_set()

    def wait(self, _session: Session) -> None:
        """SQLAlchemy ``before_commit`` hook of the database thread's sessions."""
        if not self._open.wait(GATE_WAIT_S):
            raise WritesRefused("The database check on open is still running; the edit was kept.")
        if self.refused is not None:
            raise WritesRefused(f"Not saved: {self.refused}")


class DbJobs(Protocol):
    """Where a widget sends its database work: the window's DbThread (or InlineJobs in a script)."""

    def submit(
        self, fn: DbJob, on_done: DoneCallback | None = None, on_error: ErrorCallback | None = None
    ) -> int: ...


class InlineJobs:
    """Runs each job at once in the caller's thread: for tests and scripts that have no window."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def submit(
        self, fn: DbJob, on_done: DoneCallback | None = None, on_error: ErrorCallback | None = None
    ) -> int:
        try:
            with self._db.session() as session:
                result = fn(session)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return 0
        if on_done is not None:
            on_done(result)
        return 0


class _DbLoop(QThread):
    """Runs queued jobs one after another, each in its own session (committed by the job)."""

    job_done = Signal(int, object)
    job_failed = Signal(int, object)

    def __init__(self, db: Database, jobs: queue.Queue, gate: WriteGate) -> None:
        super().__init__()
        self.setObjectName("annotator-db")
        self._db = db
        self._jobs = jobs
        self._gate = gate

    def run(self) -> None:
        while True:
            item = self._jobs.get()
            try:
                if item is _STOP:
                    return
                job_id, fn = item
                try:
                    with self._db.session() as session:
                        event.listen(session, "before_commit", self._gate.wait)
                        result = fn(session)
                except BaseException as exc:  # reported to the GUI, never lost in a thread
                    exc.__annotator_trace__ = traceback.format_exc()  # type: ignore[attr-defined]
                    self.job_failed.emit(job_id, exc)
                else:
                    self.job_done.emit(job_id, result)
            finally:
                self._jobs.task_done()


class DbThread(QObject):
    """The single database writer. ``submit`` queues a job; callbacks run on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._callbacks: dict[int, tuple[DoneCallback | None, ErrorCallback | None]] = {}
        self._ids = itertools.count(1)
        self.gate = WriteGate()
        self._loop = _DbLoop(db, self._jobs, self.gate)
        self._loop.job_done.connect(self._on_done)
        self._loop.job_failed.connect(self._on_failed)
        self._loop.start()
        self._stopped = False

    def submit(
        self, fn: DbJob, on_done: DoneCallback | None = None, on_error: ErrorCallback | None = None
    ) -> int:
        """Queue fn(session); returns a job id (0 when the thread has stopped and fn is dropped)."""
        if self._stopped:
            # The window has closed (everything pending was saved first): late results from
            # background work (a suggestion arriving after close) have nowhere to go.
            return 0
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._jobs.put((job_id, fn))
        return job_id

    @property
    def pending(self) -> int:
        """Jobs whose result has not been delivered to the GUI yet."""
        return len(self._callbacks)

    def _pop(self, job_id: int) -> tuple[DoneCallback | None, ErrorCallback | None]:
        callbacks = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    def _on_done(self, job_id: int, result: object) -> None:
        on_done, _ = self._pop(job_id)
        if on_done is not None:
            on_done(result)

    def _on_failed(self, job_id: int, exc: object) -> None:
        _, on_error = self._pop(job_id)
        if on_error is not None:
            on_error(exc)  # type: ignore[arg-type]

    def drain(self, timeout: float = 30.0) -> bool:
        """Block until every queued job has run (used on close); True if the queue emptied."""
        deadline = time.monotonic() + timeout
        while self._jobs.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True

    def stop(self, timeout: float = 30.0) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._jobs.put(_STOP)
        self._loop.wait(int(timeout * 1000))


class TaskSignals(QObject):
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """A function run in the thread pool; it gets a ``report(progress)`` callable.

    Keep the Task referenced (``run_task`` does) until it finishes, or its signals may be
    collected while the work is still running.
    """

    def __init__(self, fn: Callable[[Callable[[object], None]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            try:
                result = self.fn(self.signals.progress.emit)
            except BaseException as exc:  # shown as a message by whoever started the task
                exc.__annotator_trace__ = traceback.format_exc()  # type: ignore[attr-defined]
                self.signals.failed.emit(exc)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            # The application is shutting down and the receiver is gone: nobody to tell.
            pass


_running: set[Task] = set()


def run_task(
    fn: Callable[[Callable[[object], None]], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[object], None] | None = None,
) -> Task:
    """Start fn in the global QThreadPool; callbacks are called on the GUI thread."""
    task = Task(fn)
    _running.add(task)
    # The closures below reach the callbacks only through this dict, cleared once the task has
    # reported: a finished task then keeps nothing alive (the dialog that started it is freed).
    # The task itself stays referenced by the closures (a cycle through its signals' connections),
    # because the pool thread may still be returning from its run() when the GUI thread gets the
    # result: freeing it then would delete the runnable under that thread (a crash seen in tests).
    callbacks: dict[str, Callable[[Any], None] | None] = {
        "done": on_done, "error": on_error, "progress": on_progress,
    }

    def release() -> dict[str, Callable[[Any], None] | None]:
        _running.discard(task)
        taken = dict(callbacks)
        callbacks.clear()
        return taken

    def finish(result: object) -> None:
        done = release()["done"]
        if done is not None:
            done(result)

    def fail(exc: object) -> None:
        error = release()["error"]
        if error is not None:
            error(exc)

    def progress(value: object) -> None:
        report = callbacks.get("progress")
        if report is not None:
            report(value)

    task.signals.finished.connect(finish)
    task.signals.failed.connect(fail)
    if on_progress is not None:
        task.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(task)
    return task


def running_tasks() -> int:
    return len(_running)
