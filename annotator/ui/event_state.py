"""The events of the open article as the window edits them, and their undo commands.

An :class:`EventState` is the window's copy of one event. Edits change it at once and bump
``edit_gen``; the database thread saves a snapshot taken under the state's lock and records which
generation it saved, so several queued saves of one event are harmless and nothing is lost if the
window closes between an edit and its save.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from annotator.interchange import EvidenceSpan
from annotator.status import EventStatus

if TYPE_CHECKING:
    from annotator.db.repo import StoredEvent

_keys = itertools.count(1)


@dataclass(frozen=True)
class Snapshot:
    """Everything an edit can change on an event, for undo and for saving."""

    values: dict[str, Any]
    evidence: tuple[EvidenceSpan, ...]
    field_origin: dict[str, str]
    status: str


@dataclass(eq=False)
class EventState:
    values: dict[str, Any]
    annotator: str
    status: str = EventStatus.DRAFT
    evidence: list[EvidenceSpan] = field(default_factory=list)
    field_origin: dict[str, str] = field(default_factory=dict)
    id: int | None = None
    version: int = 1
    confidence: float | None = None
    own: bool = True
    key: int = field(default_factory=lambda: next(_keys))
    edit_gen: int = 0
    saved_gen: int = 0
    deleted: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_stored(cls, stored: StoredEvent, *, own: bool) -> EventState:
        return cls(
            values=dict(stored.values),
            annotator=stored.annotator,
            status=stored.status,
            evidence=list(stored.evidence),
            field_origin=dict(stored.field_origin or {}),
            id=stored.id,
            version=stored.version,
            confidence=stored.confidence,
            own=own,
        )

    @property
    def dirty(self) -> bool:
        return self.edit_gen > self.saved_gen

    def snapshot(self) -> Snapshot:
        return Snapshot(
            values=dict(self.values),
            evidence=tuple(self.evidence),
            field_origin=dict(self.field_origin),
            status=self.status,
        )

    def restore(self, snap: Snapshot) -> None:
        with self.lock:
            self.values = dict(snap.values)
            self.evidence = list(snap.evidence)
            self.field_origin = dict(snap.field_origin)
            self.status = snap.status
            self.edit_gen += 1

    def spans(self, field_name: str) -> list[EvidenceSpan]:
        return [s for s in self.evidence if s.field == field_name]

    def is_pending(self, field_name: str) -> bool:
        """A suggested value nobody has accepted or edited yet (shown differently in the form)."""
        value = self.values.get(field_name)
        return (
            self.status == EventStatus.SUGGESTED
            and value not in (None, "")
            and field_name not in self.field_origin
        )

    def label(self, schema_fields: list[str], actor_field: str | None = "actor1") -> str:
        """One line for the event list: the first two fields (type / sub-type) and the actor."""
        parts = [str(self.values.get(n) or "") for n in schema_fields[:2]]
        head = " / ".join(p for p in parts if p) or "New event"
        actor = self.values.get(actor_field) if actor_field else None
        if actor:
            head += f" — {actor}"
        return head


class EditCommand(QUndoCommand):
    """Swap an event between two snapshots; typing in one field merges into one step."""

    MERGE_ID = 0x5EED

    def __init__(
        self,
        apply: Any,
        state: EventState,
        before: Snapshot,
        after: Snapshot,
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.state = state
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self._apply(self.state, self.after)

    def undo(self) -> None:
        self._apply(self.state, self.before)

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if (
            isinstance(other, EditCommand)
            and other.merge_key == self.merge_key
            and other.state is self.state
        ):
            self.after = other.after
            return True
        return False
