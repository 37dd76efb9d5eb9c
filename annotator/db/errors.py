"""What the database layer raises: a stale save, a missing row, a row the server will not change."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.interchange import EventRecord


class ConflictError(RuntimeError):
    """A save was based on an old version of the event; ``current`` is what is stored now."""

    def __init__(self, event_id: int, expected_version: int, current: EventRecord | None) -> None:
        super().__init__(
            f"Event {event_id} was changed elsewhere (you edited version {expected_version}, "
            f"the database has version {current_version(current)})"
        )
        self.event_id = event_id
        self.expected_version = expected_version
        self.current = current


class NotFoundError(LookupError):
    pass


class NotAllowedError(PermissionError):
    """The server refused the change: the event belongs to another annotator (row-level security)."""


def current_version(record: EventRecord | None) -> str:
    return "none (deleted)" if record is None else str(getattr(record, "version", "?"))
