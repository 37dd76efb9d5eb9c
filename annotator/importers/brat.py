"""brat standoff folders: ``NAME.txt`` with ``NAME.ann`` beside it, one article per pair.

The text is stored exactly as the ``.txt`` holds it. brat counts offsets in the text read with
universal newlines ("\\r\\n" is one character), so offsets are converted back to ours
(:class:`annotator.formats.brat.BratOffsets`), and a ``T`` line whose text does not match the
document there is reported rather than guessed at.

Lines, mapped through the schema's brat names (those the brat export writes):

- ``T``: spans (a fragmented span ``a b;c d`` becomes one span from ``a`` to ``d``);
- ``E``: events, ``TYPE:Ttrigger Role:Targ ...``; roles are fields (``ActorOne``, ``ActorOne2``,
  ``actor1``) or a role held by one field only;
- ``A``/``M``: ``Status`` gives the event's status; other attributes set the field whose brat
  name they carry (``SubEventType Armed_clash`` -> ``sub_event_type = "Armed clash"``);
- ``R``: a relation from a trigger to a span is an argument, its label the field;
- ``#`` ``AnnotatorNotes`` on an event: ``field=value; ...; annotator=name`` pairs, as the brat
  export writes them, set those fields and the annotator;
- anything else (normalizations, equivalences, notes elsewhere) is reported with its line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from annotator.formats.brat import TRIGGERLESS, BratOffsets, brat_role, brat_value
from annotator.importers.base import ImportOptions, RecordStream, Unmapped
from annotator.importers.cleaning import title_of
from annotator.importers.mapping import (
    ForeignEvent,
    ForeignRelation,
    ForeignSpan,
    build_events,
    label_map,
)
from annotator.importers.streams import InputFile
from annotator.interchange import EVENT_STATUSES, ArticleRecord, RecordError
from annotator.schema import Schema, load_schema

_T = re.compile(r"(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)")
_E = re.compile(r"(E\d+)\t(\S+):(T\d+)((?: \S+:[TE]\d+)*)\s*")
_A = re.compile(r"([AM]\d+)\t(\S+) ([TE]\d+)(?: (\S+))?\s*")
_R = re.compile(r"(R\d+)\t(\S+) (\S+):([TE]\d+) (\S+):([TE]\d+)\s*")
_NOTE = re.compile(r"(#\d*)\tAnnotatorNotes ([TERA]\d+)\t(.*)")
# The note's "key=value" pairs are separated by "; " before a key (a lower-case name and "=").
_KEY = re.compile(r"[a-z_][a-z0-9_]*")
_NOTE_PAIR = re.compile(r"(?:^|; )(?=[a-z_][a-z0-9_]*=)")
_TRIGGERLESS = re.compile(re.escape(TRIGGERLESS) + r" \(((?:\S+:T\d+ ?)+)\): (.*)")


def brat_pair(path: Path) -> tuple[Path, Path]:
    """(``.txt``, ``.ann``) of a brat document given either file."""
    return path.with_suffix(".txt"), path.with_suffix(".ann")


def has_brat_annotations(path: Path) -> bool:
    return path.suffix.lower() == ".txt" and path.with_suffix(".ann").is_file()


def _typed(schema: Schema, name: str, raw: str) -> Any:
    spec = schema.field(name)
    if spec.type == "integer":
        return int(raw) if re.fullmatch(r"-?\d+", raw) else raw
    if spec.type == "number":
        try:
            return float(raw)
        except ValueError:
            return raw
    return raw


def note_values(schema: Schema, note: str) -> tuple[dict[str, Any], str | None]:
    """``field=value; ...; annotator=name`` (the brat export's note) -> (values, annotator).

    A ``status=`` pair stays in the values under "status"; the caller takes it out."""
    values: dict[str, Any] = {}
    annotator = None
    for part in _NOTE_PAIR.split(note):
        name, sep, raw = part.partition("=")
        if not sep or not _KEY.fullmatch(name):
            continue
        if name == "annotator":
            annotator = raw or None
        elif name == "status" or name not in schema.field_names:
            values[name] = raw  # status, or a key kept from an import the schema does not know
        else:
            values[name] = _typed(schema, name, raw)
    return values, annotator


def _attribute(schema: Schema, name: str, value: str | None) -> tuple[str, Any] | None:
    """An ``A`` line's attribute -> (field, value), by the brat names the export gives fields."""
    for spec in schema.fields:
        if brat_role(spec.name) == name or spec.name == name:
            for choice in spec.all_choice_values():
                if brat_value(choice) == value or str(choice) == value:
                    return spec.name, choice
            return (spec.name, _typed(schema, spec.name, value)) if value is not None else None
    return None


def read_brat(file: InputFile, options: ImportOptions) -> RecordStream:
    txt, ann = brat_pair(Path(file))
    source = str(ann)
    if not txt.is_file() or not ann.is_file():
        missing = txt if not txt.is_file() else ann
        yield 1, RecordError(str(file), None, f"a brat document needs {txt.name} and {ann.name}; {missing.name} is missing")
        return
    try:
        text = txt.read_bytes().decode("utf-8")  # a byte-order mark is a character to brat
        # Lines as brat reads them: universal newlines ("\r\n", "\r" and "\n" end a line).
        lines = ann.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    except UnicodeDecodeError as exc:
        yield 1, RecordError(source, 1, f"not valid UTF-8 (byte {exc.start})")
        return
    if not text.removeprefix("\ufeff").strip():
        yield 1, RecordError(source, 1, f"{txt.name} is empty")
        return
    schema = options.schema or load_schema("acled")
    offsets = BratOffsets(text)
    view = offsets.brat_text
    spans: list[ForeignSpan] = []
    events: dict[str, ForeignEvent] = {}
    relations: list[ForeignRelation] = []
    later: list[tuple[int, str]] = []
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if m := _T.fullmatch(line):
            tid, label, ranges, shown = m.groups()
            pieces = [tuple(map(int, r.split())) for r in ranges.split(";")]
            if any(not 0 <= a <= b <= len(view) for a, b in pieces):
                problems.append((number, f"{tid} offsets {ranges} are outside the text; not imported"))
                continue
            if " ".join(view[a:b] for a, b in pieces) != shown:
                problems.append((number, f"{tid} text {shown!r} is not the document's text at {ranges}; not imported"))
                continue
            start, end = offsets.to_python(pieces[0][0]), offsets.to_python(pieces[-1][1])
            if text.startswith("\ufeff"):  # offsets after the byte-order mark, which is not stored
                start, end = max(start - 1, 0), end - 1
            spans.append(ForeignSpan(tid, start, end, label, number))
        elif m := _E.fullmatch(line):
            eid, label, trigger, rest = m.groups()
            arguments = [tuple(a.split(":", 1)) for a in rest.split()]
            events[eid] = ForeignEvent(eid, trigger, label, number, arguments)  # type: ignore[arg-type]
        else:
            later.append((number, line))
    for number, line in later:
        if (m := _A.fullmatch(line)) and m.group(3) in events:
            _aid, name, target, value = m.groups()
            event = events[target]
            if name == "Status":
                if value in EVENT_STATUSES:
                    event.status = value
                else:
                    problems.append((number, f"status {value!r} is not one of {list(EVENT_STATUSES)}; not imported"))
                continue
            found = _attribute(schema, name, value)
            if found is None:
                problems.append((number, f"attribute {name} {value or ''} is no field of the {schema.name} schema; "
                                         "not imported"))
            else:
                event.values[found[0]] = found[1]
        elif (m := _NOTE.fullmatch(line)) and m.group(2) in events:
            values, annotator = note_values(schema, m.group(3))
            values.pop("status", None)
            event = events[m.group(2)]
            event.values.update(values)
            event.annotator = annotator or event.annotator
            event.values_given = True
        elif (m := _NOTE.fullmatch(line)) and (held := _TRIGGERLESS.fullmatch(m.group(3))):
            values, annotator = note_values(schema, held.group(2))
            status = values.pop("status", None)
            arguments = [tuple(a.split(":", 1)) for a in held.group(1).split()]
            key = f"{m.group(1)} (event without trigger)"
            events[key] = ForeignEvent(key, None, "", number, arguments, values,  # type: ignore[arg-type]
                                       status if status in EVENT_STATUSES else None, annotator, True)
        elif m := _R.fullmatch(line):
            _rid, label, _arg1, head, _arg2, child = m.groups()
            relations.append(ForeignRelation(head, child, label, number))
        else:
            problems.append((number, f"line not imported (no place for it in Annotator): {line[:120]!r}"))
    text = text.removeprefix("\ufeff")
    labels = label_map(schema)
    explicit = sorted(events.values(), key=lambda e: e.line)  # the order the events were written in
    mapped, found = build_events(text, spans, relations, labels, explicit=explicit)
    yield 1, ArticleRecord(text=text, id=txt.stem, title=title_of(text), events=mapped)
    for number, message in sorted(problems + [(p.line, p.message) for p in found]):
        yield number, Unmapped(source, number, message)
