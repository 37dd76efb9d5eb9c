"""What every exporter shares: the filters, atomic writes, and the stream of articles to write.

The stream (:func:`iter_export_articles`) reads a page of articles, then all their events and all
their evidence in one query each, instead of two queries per article: exports of hundreds of
thousands of events are bound by this loop, so it lives here as plain SQL over the engine (same
text on SQLite and PostgreSQL) rather than in ``repo.py``'s per-article ORM helpers. Rows come
back in a fixed order (article id; event position, id; evidence id), so the same database always
exports to the same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import text

from annotator.db.engine import Database
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan
from annotator.status import CODED_STATUSES, FINISHED_STATUSES, EventStatus

DEFAULT_STATUSES: tuple[str, ...] = FINISHED_STATUSES
PAGE_SIZE = 1000


@dataclass
class ExportFilters:
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    annotators: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    event_types: tuple[str, ...] = ()
    type_field: str = "event_type"
    date_field: str = "event_date"
    # A gold event written with the versions it was adjudicated from would give a dataset each
    # adjudicated event two or three times; by default the gold event replaces them. JSONL, the
    # complete interchange format, always keeps them (its exporter sets this).
    keep_sources: bool = False
    # For a gold dataset: in an article two or more annotators coded, write only what went through
    # adjudication (gold events, and their sources where those are written). Without it each
    # coder's version of an event nobody adjudicated is written, once per coder, with a note.
    skip_unadjudicated: bool = False

    def keeps_event_values(self, values: dict) -> bool:
        if self.event_types and values.get(self.type_field) not in self.event_types:
            return False
        if self.since or self.until:
            raw = values.get(self.date_field)
            try:
                day = date.fromisoformat(str(raw)[:10]) if raw else None
            except ValueError:
                day = None
            if day is None:
                return False
            if self.since and day < self.since:
                return False
            if self.until and day > self.until:
                return False
        return True


@dataclass
class ExportResult:
    path: Path
    articles: int
    events: int
    # What a user of the output should know: values written in a form the consumer needs
    # (unknown fatalities as 0), spans a consumer cannot take as they are ... Printed by the CLI.
    notes: list[str] = field(default_factory=list)

    def counted(self) -> str:
        """"1 article, 2 events": what was written, in words for the CLI and the window."""
        return f"{_count(self.articles, 'article')}, {_count(self.events, 'event')}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@dataclass
class ExportTally:
    """What the written articles hold beyond counts, for the notes every format shares.

    A double-coded database exports every annotator's version of an event: the CSV counts it
    twice, spaCy, Prodigy and brat carry the same span twice (brat warns of duplicate triggers) or
    with two labels. Nothing says so otherwise, so the export notes it and names the way out.
    Events a filter of this module leaves out beyond the user's own choices (versions a gold event
    replaces, versions nobody adjudicated) are counted too, so nothing disappears silently.
    """

    articles: int = 0
    shared: int = 0  # articles whose written events come from two or more annotators
    annotators: set[str] = field(default_factory=set)
    replaced: int = 0  # events left out because a written gold event was adjudicated from them
    unadjudicated: int = 0  # events left out by skip_unadjudicated ...
    unadjudicated_articles: int = 0  # ... and the double-coded articles they were in

    def see(self, article: ExportedArticle) -> None:
        if not article.events:
            return
        self.articles += 1
        # A gold event and the versions it was made from (written on purpose: --keep-sources,
        # JSONL) are one adjudicated event; only the other versions can repeat an event.
        made_gold = {int(i) for e in article.events if e.status == EventStatus.GOLD for i in e.sources}
        names = {e.annotator for e in article.events
                 if e.status != EventStatus.GOLD and e.db_id not in made_gold}
        if len(names) > 1:
            self.shared += 1
            self.annotators |= names

    def notes(self) -> list[str]:
        notes = []
        if self.unadjudicated:
            notes.append(
                f"{_count(self.unadjudicated, 'event')} of "
                f"{_count(self.unadjudicated_articles, 'double-coded article')} left out: nobody has "
                "adjudicated them yet (--skip-unadjudicated). Review > Review article or "
                "`annotator adjudicate` makes them gold"
            )
        if self.replaced:
            notes.append(
                f"{_count(self.replaced, 'event')} left out: adjudicated, so written once as "
                "their gold event (--keep-sources writes them too)"
            )
        if not self.shared:
            return notes
        return notes + [
            f"{self.shared} of {_count(self.articles, 'article')} {'has' if self.shared == 1 else 'have'} "
            "events from more than one "
            f"annotator ({', '.join(sorted(self.annotators))}): where they coded the same event, "
            "each version is written (counted twice in CSV, repeated or conflicting spans in spaCy, "
            "Prodigy and brat). For one version per event, adjudicate them (Review > Review article, "
            "or `annotator adjudicate`): a gold event replaces the versions it was made from, and "
            "--status gold writes gold only, --skip-unadjudicated leaves out what is not adjudicated "
            "yet; or export one annotator with --annotator NAME."
        ]


def nothing_exported_note(db: Database, filters: ExportFilters) -> str:
    """Why an export wrote no event: what the database holds, so the next try is the right one."""
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT e.status, a.name, count(*) FROM event e JOIN annotator a ON a.id = e.annotator_id "
            "GROUP BY e.status, a.name ORDER BY e.status, a.name"
        )).all()
    if not rows:
        return "no event was exported: the database has no events yet"
    by_status: dict[str, int] = {}
    for status, _name, n in rows:
        by_status[status] = by_status.get(status, 0) + int(n)
    held = ", ".join(f"{n} {status}" for status, n in sorted(by_status.items()))
    wanted = ", ".join(filters.statuses) if filters.statuses else "any"
    others = [f"--annotator {', '.join(filters.annotators)}"] if filters.annotators else []
    if filters.event_types:
        others.append(f"--event-type {', '.join(filters.event_types)}")
    if filters.since or filters.until:
        others.append(f"dates {filters.since or '…'} to {filters.until or '…'}")
    if filters.skip_unadjudicated:
        others.append("--skip-unadjudicated")
    also = f" and {'; '.join(others)}" if others else ""
    hint = ""
    if set(filters.statuses or ()) == {"gold"} and not by_status.get("gold"):
        hint = (" Gold events come from adjudication: Review > Review article, or "
                "`annotator adjudicate --article ID`.")
    return f"no event matched status {wanted}{also}; the database holds {held}.{hint}"


ProgressCallback = Callable[[int, int], None]  # (articles done, articles total)


@dataclass
class ExportedEvent(EventRecord):
    """An event on its way out, with what some formats need beyond interchange: its identity."""

    db_id: int = 0
    updated: datetime | None = None


@dataclass
class ExportedArticle(ArticleRecord):
    db_id: int = 0
    events: list[ExportedEvent] = field(default_factory=list)  # type: ignore[assignment]


def _json(value: Any) -> Any:
    """JSON columns come back as text from SQLite and already decoded from PostgreSQL."""
    return json.loads(value) if isinstance(value, str) else value


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def count_articles(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM article")).scalar_one())


def iter_export_articles(
    db: Database,
    filters: ExportFilters,
    progress: ProgressCallback | None = None,
    *,
    skip_empty: bool = False,
    page_size: int = PAGE_SIZE,
    tally: ExportTally | None = None,
) -> Iterator[ExportedArticle]:
    """Every article in id order with only the events that pass the filters.

    ``skip_empty`` leaves out articles with no such event (span formats: an article nobody coded
    is not a negative example). Values are the schema's fields followed by the extra keys kept
    from import, exactly as ``repo.events_for_article`` gives them, so JSONL round-trips.
    """
    # Status and annotator are checked here rather than in SQL: with them in the WHERE clause
    # SQLite (no ANALYZE statistics) walks the status index over the whole table for every page.
    statuses = frozenset(filters.statuses) if filters.statuses is not None else None
    annotators = frozenset(filters.annotators) if filters.annotators else None
    article_sql = text(
        "SELECT id, ext_id, title, text, source, url, published FROM article "
        "WHERE id > :last ORDER BY id LIMIT :n"
    )
    event_sql = text(
        'SELECT e.id, e.article_id, a.name, e."values", e.extra, e.status, e.confidence, e.comment, '
        "e.source_event_ids, e.updated FROM event e JOIN annotator a ON a.id = e.annotator_id "
        "WHERE e.article_id BETWEEN :lo AND :hi ORDER BY e.article_id, e.position, e.id"
    )
    evidence_sql = text(
        'SELECT v.event_id, v.field, v.start, v."end", v.text FROM evidence v '
        "JOIN event e ON e.id = v.event_id WHERE e.article_id BETWEEN :lo AND :hi ORDER BY v.id"
    )
    keeps = filters.keeps_event_values
    value_filters = bool(filters.event_types or filters.since or filters.until)
    skip_unadjudicated = filters.skip_unadjudicated
    with db.engine.connect() as conn:
        # One read transaction for the whole export, so that edits saved meanwhile (another
        # window, a colleague on the server) never mix into it: a snapshot on both backends.
        # On SQLite the driver's own cursor takes the same SQL (":name" parameters) and skips
        # SQLAlchemy's row objects, about a third of the fetch time; other databases go through
        # SQLAlchemy.
        raw = conn.connection.driver_connection if db.dialect == "sqlite" else None
        if raw is not None:
            if not raw.in_transaction:
                raw.execute("BEGIN")
        elif db.dialect == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")

        def fetch(sql: Any, params: dict[str, Any]) -> list[Any]:
            if raw is not None:
                return raw.execute(sql.text, params).fetchall()
            return list(conn.execute(sql, params).all())

        total = int(conn.execute(text("SELECT count(*) FROM article")).scalar_one())
        done = 0
        last = 0
        while True:
            page = fetch(article_sql, {"last": last, "n": page_size})
            if not page:
                return
            bounds = {"lo": page[0][0], "hi": page[-1][0]}
            events: dict[int, ExportedEvent] = {}
            by_article: dict[int, list[ExportedEvent]] = {}
            # Seen before any filter: who coded each article, and which events a gold event
            # was made from, whatever the export writes.
            coders: dict[int, set[str]] = {}
            adjudicated: set[int] = set()
            for eid, aid, name, values, extra, status, conf, comment, sources, updated in fetch(
                event_sql, bounds
            ):
                if skip_unadjudicated:
                    if status in CODED_STATUSES:
                        coders.setdefault(aid, set()).add(name)
                    elif status == EventStatus.GOLD and sources and sources != "[]":
                        adjudicated.update(int(i) for i in _json(sources))
                if (statuses is not None and status not in statuses) or (
                    annotators is not None and name not in annotators
                ):
                    continue
                merged = _json(values)
                if extra and extra != "{}":
                    extra = _json(extra)
                    if extra:
                        merged = dict(merged)
                        for key, value in extra.items():
                            merged.setdefault(key, value)
                if value_filters and not keeps(merged):
                    continue
                event = ExportedEvent(
                    values=merged,
                    annotator=name,
                    status=status,
                    confidence=conf,
                    comment=comment or "",
                    sources=[] if not sources or sources == "[]" else list(_json(sources)),
                    db_id=eid,
                    updated=_moment(updated),
                )
                events[eid] = event
                by_article.setdefault(aid, []).append(event)
            if events:
                for eid, fname, start, end, span_text in fetch(evidence_sql, bounds):
                    event = events.get(eid)
                    if event is not None:
                        event.evidence.append(EvidenceSpan(fname, start, end, span_text))
            for aid, ext_id, title, body, source, url, published in page:
                done += 1
                article_events = by_article.get(aid, [])
                if skip_unadjudicated and article_events and len(coders.get(aid, ())) > 1:
                    article_events = _adjudicated_only(article_events, adjudicated, tally)
                if not filters.keep_sources and article_events:
                    article_events = _without_sources(article_events, tally)
                if article_events or not skip_empty:
                    exported = ExportedArticle(
                        text=body,
                        id=ext_id if ext_id is not None else f"article-{aid}",
                        title=title,
                        source=source,
                        url=url,
                        published=_day(published),
                        events=article_events,
                        db_id=aid,
                    )
                    if tally is not None:
                        tally.see(exported)
                    yield exported
            if progress is not None:
                progress(done, total)
            last = page[-1][0]


def _adjudicated_only(
    events: list[ExportedEvent], adjudicated: set[int], tally: ExportTally | None
) -> list[ExportedEvent]:
    """A double-coded article's gold events and the versions they were made from, nothing else.

    Event by event rather than article by article: in a partly adjudicated article the versions
    not yet adjudicated would otherwise still be written once per coder.
    """
    kept = [e for e in events if e.status == EventStatus.GOLD or e.db_id in adjudicated]
    if tally is not None and len(kept) < len(events):
        tally.unadjudicated += len(events) - len(kept)
        tally.unadjudicated_articles += 1
    return kept


def _without_sources(events: list[ExportedEvent], tally: ExportTally | None) -> list[ExportedEvent]:
    """The events less those a written gold event was adjudicated from (the gold replaces them)."""
    replaced = {int(i) for e in events if e.status == "gold" for i in e.sources}
    if not replaced:
        return events
    kept = [e for e in events if e.db_id not in replaced]
    if tally is not None:
        tally.replaced += len(events) - len(kept)
    return kept


def filtered_articles(
    db: Database, filters: ExportFilters, progress: ProgressCallback | None = None,
    tally: ExportTally | None = None,
) -> Iterator[ArticleRecord]:
    """Every article in id order, with only the events that pass the filters."""
    return iter_export_articles(db, filters, progress, tally=tally)


def current_umask() -> int:
    """The process umask: from /proc on Linux, else by setting it and straight back.

    ``os.umask`` can only read by writing, which for an instant changes the mask of every thread
    (the window exports on a worker thread), so the read-only /proc value is preferred.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def share_like_cp(path: Path, directory: bool = False) -> None:
    """Give an export the permissions ``cp`` would: 0666 (files) or 0777 (folders) minus the umask.

    ``mkstemp`` and ``mkdtemp`` create 0600 files and 0700 folders, which suits secrets but not
    an export, whose whole point is to be read by a brat server or by colleagues on a shared
    drive. The database and backups are created elsewhere and stay private.
    """
    os.chmod(path, (0o777 if directory else 0o666) & ~current_umask())


@contextmanager
def atomic_output(path: Path, mode: str = "w", newline: str | None = None) -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it into place only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        share_like_cp(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_directory(path: Path) -> Iterator[Path]:
    """Fill a temporary folder beside ``path``; only on success it takes the place of ``path``.

    A folder cannot be renamed over a non-empty folder, so an existing output is first moved
    aside and removed after the swap; a failed export leaves the previous output untouched.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(f"{path} exists and is not a folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        share_like_cp(tmp, directory=True)
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old: Path | None = None
    if path.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
        os.replace(path, old / "previous")
    try:
        os.replace(tmp, path)
    except BaseException:
        if old is not None:
            os.replace(old / "previous", path)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
