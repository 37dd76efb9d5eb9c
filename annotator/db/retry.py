"""Retrying a whole transaction while the database is locked (SQLite busy, PostgreSQL serialisation).

The window's writer thread retries by re-queueing its save; the CLI and scripts that write from
their own process use :func:`transact`, so a lock held by the window does not fail them.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

T = TypeVar("T")

# Lock contention that goes away when retried: SQLite's "database is locked/busy" (after its own
# busy_timeout, or at once when a read snapshot cannot be upgraded to a write), PostgreSQL's
# serialization failures and deadlocks (SQLSTATE 40001, 40P01).
_RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03"}


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError | DBAPIError):
        message = str(getattr(exc, "orig", exc)).lower()
        if "database is locked" in message or "database is busy" in message or "database table is locked" in message:
            return True
        sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
        return sqlstate in _RETRYABLE_SQLSTATES
    return False


def with_retry(
    work: Callable[[], T],
    *,
    timeout: float = 30.0,
    first_delay: float = 0.02,
    max_delay: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Run ``work`` again (exponential backoff with jitter) while the database is locked.

    ``work`` must be a whole transaction (open a session, write, commit) so that a retry starts
    clean. Gives up after ``timeout`` seconds and re-raises the last error; anything that is not
    lock contention (a ConflictError included) is raised at once.
    """
    deadline = clock() + timeout
    delay = first_delay
    while True:
        try:
            return work()
        except Exception as exc:
            if not is_retryable(exc) or clock() + delay > deadline:
                raise
        sleep(delay * (0.5 + random.random()))
        delay = min(delay * 2, max_delay)


def transact(session_factory: Callable[[], Session], work: Callable[[Session], T], *, timeout: float = 30.0) -> T:
    """``work(session)`` in its own session, committed, retried while the database is locked."""

    def once() -> T:
        with session_factory() as session:
            result = work(session)
            session.commit()
            return result

    return with_retry(once, timeout=timeout)
