"""brat export, checked by an independent standoff parser written here (not the exporter's code)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from export_testdata import AWKWARD_TEXT, all_records, crlf_article, load_records

from annotator.cli.main import main

ALL = "suggested,draft,confirmed,gold"
ROLE_NAMES = {"actor1": "ActorOne", "assoc_actor_1": "AssocActorOne", "actor2": "ActorTwo",
              "assoc_actor_2": "AssocActorTwo", "location": "Location", "country": "Country",
              "admin1": "AdminOne", "event_date": "EventDate", "fatalities": "Fatalities"}
ROLE_LABELS = {"actor1": "ACTOR", "assoc_actor_1": "ACTOR", "actor2": "ACTOR", "assoc_actor_2": "ACTOR",
               "location": "LOCATION", "country": "LOCATION", "admin1": "LOCATION",
               "event_date": "DATE", "fatalities": "FATALITIES"}
TRIGGER_LABELS = {"Battles": "BATTLES", "Explosions/Remote violence": "EXPLOSIONS_REMOTE_VIOLENCE",
                  "Protests": "PROTESTS", "Riots": "RIOTS",
                  "Violence against civilians": "VIOLENCE_AGAINST_CIVILIANS"}


@dataclass
class Standoff:
    text: str
    entities: dict[str, tuple[str, list[tuple[int, int]], str]] = field(default_factory=dict)
    events: dict[str, tuple[str, str, list[tuple[str, str]]]] = field(default_factory=dict)
    attributes: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)


def parse_ann(ann: str, text: str) -> Standoff:
    """A strict reading of brat's standoff format, line by line."""
    doc = Standoff(text)
    assert ann.endswith("\n") or not ann
    for line in ann.split("\n")[:-1]:
        if m := re.fullmatch(r"(T\d+)\t([A-Za-z0-9_-]+) (\d+ \d+(?:;\d+ \d+)*)\t([^\n]*)", line):
            tid, label, offsets, shown = m.groups()
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            for a, b in pieces:
                assert 0 <= a < b <= len(text)
                assert "\n" not in text[a:b] and "\r" not in text[a:b]
            assert shown == " ".join(text[a:b] for a, b in pieces)
            doc.entities[tid] = (label, pieces, shown)
        elif m := re.fullmatch(r"(E\d+)\t([A-Za-z0-9_-]+):(T\d+)((?: [A-Za-z0-9_-]+:[TE]\d+)*)", line):
            eid, label, trigger, rest = m.groups()
            args = [tuple(a.split(":")) for a in rest.split()]
            doc.events[eid] = (label, trigger, args)  # type: ignore[assignment]
        elif m := re.fullmatch(r"(A\d+)\t([A-Za-z0-9_-]+) ([TE]\d+) ([A-Za-z0-9_-]+)", line):
            aid, name, target, value = m.groups()
            doc.attributes[aid] = (name, target, value)
        elif m := re.fullmatch(r"(#\d+)\tAnnotatorNotes ([TE]\d+)\t([^\t\n]*)", line):
            nid, target, note = m.groups()
            doc.notes[nid] = (target, note)
        else:
            pytest.fail(f"not a standoff line: {line!r}")
    ids = [*doc.entities, *doc.events, *doc.attributes, *doc.notes]
    assert len(ids) == len(set(ids))
    for label, trigger, args in doc.events.values():
        assert doc.entities[trigger][0] == label
        for _role, target in args:
            assert target in doc.entities
    for _name, target, _value in doc.attributes.values():
        assert target in doc.entities or target in doc.events
    for target, _note in doc.notes.values():
        assert target in doc.entities or target in doc.events
    return doc


def parse_conf(conf: str) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    current = ""
    for line in conf.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = m.group(1)
            sections[current] = {}
            continue
        name, _, rest = line.partition("\t")
        sections[current][name] = rest
    return sections


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    db = tmp_path / "brat.sqlite3"
    load_records(db, [*all_records(), crlf_article()], tmp_path)
    out = tmp_path / "brat"
    assert main(["--db", str(db), "export", "--format", "brat", "--out", str(out), "--status", ALL, "--quiet"]) == 0
    return out


def covering(doc: Standoff, start: int, end: int, label: str) -> list[str]:
    """T ids with this label whose fragments are exactly the span minus its line breaks."""
    hits = []
    wanted = re.sub(r"[\n\r\t]", "", doc.text[start:end])
    for tid, (lab, pieces, _shown) in doc.entities.items():
        covered = "".join(doc.text[a:b] for a, b in pieces)
        if lab == label and pieces[0][0] == start and pieces[-1][1] == end and covered == wanted:
            hits.append(tid)
    return hits


def as_brat_reads(text: str) -> str:
    """The text as brat sees it: read with universal newlines (io.open(newline=None))."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def brat_offset(text: str, position: int) -> int:
    return len(as_brat_reads(text[:position]))


def _stem(record_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", record_id).strip("._")


def test_every_span_and_event_is_in_the_standoff(exported: Path) -> None:
    conf = parse_conf((exported / "annotation.conf").read_text(encoding="utf-8"))
    assert set(conf) == {"entities", "relations", "events", "attributes"}
    records = [*all_records(), crlf_article()]
    assert sorted(p.name for p in exported.glob("*.txt")) == sorted(f"{_stem(r['id'])}.txt" for r in records)
    for record in records:
        stem = _stem(record["id"])
        raw = (exported / f"{stem}.txt").read_bytes()
        assert raw == record["text"].encode("utf-8")  # no newline conversion, no BOM
        text = record["text"]
        doc = parse_ann((exported / f"{stem}.ann").read_text(encoding="utf-8"), as_brat_reads(text))
        for label, _pieces, _shown in doc.entities.values():
            assert label in conf["entities"] or label in conf["events"]
        for label, _trigger, args in doc.events.values():
            declared = dict(a.split(":") for a in conf["events"][label].split(", "))
            for role, target in args:
                base = re.sub(r"\d+$", "", role)
                assert doc.entities[target][0] == declared[f"{base}*"]
        for name, _target, value in doc.attributes.values():
            assert value in conf["attributes"][name].split("Value:")[1].split("|")

        for event in record["events"]:
            trigger = next((s for s in event["evidence"] if s["field"] == "trigger"), None)
            arg_ids = {}
            for span in event["evidence"]:
                if span["field"] == "trigger":
                    continue
                hits = covering(doc, brat_offset(text, span["start"]), brat_offset(text, span["end"]),
                                ROLE_LABELS[span["field"]])
                assert hits, (record["id"], span)
                arg_ids[span["field"]] = hits[0]
            wanted = (f"event_type={event['event_type']}; sub_event_type={event['sub_event_type']}; "
                      f"event_date={event['event_date']};")
            notes = [note for _target, note in doc.notes.values()
                     if wanted in note and note.endswith(f"annotator={event['annotator']}")]
            assert len(notes) == 1, (record["id"], event["event_type"])
            if trigger is None:
                assert notes[0].startswith("event without trigger")
                continue
            label = TRIGGER_LABELS[event["event_type"]]
            trigger_ids = covering(doc, brat_offset(text, trigger["start"]), brat_offset(text, trigger["end"]), label)
            matching = [
                (eid, args) for eid, (lab, tid, args) in doc.events.items() if lab == label and tid in trigger_ids
                and {(ROLE_NAMES[f], t) for f, t in arg_ids.items()} <= {(re.sub(r"\d+$", "", r), t) for r, t in args}
            ]
            assert len(matching) == 1, (record["id"], event["event_type"])
            eid = matching[0][0]
            attrs = {name: value for name, target, value in doc.attributes.values() if target == eid}
            assert attrs["Status"] == event["status"]
            assert attrs["SubEventType"] == re.sub(r"[^A-Za-z0-9_-]+", "_", event["sub_event_type"]).strip("_")


def test_a_span_across_a_line_break_becomes_fragments(exported: Path) -> None:
    ann = (exported / "awkward_article_1.ann").read_text(encoding="utf-8")
    start = AWKWARD_TEXT.index("Nampula\nCity")
    line = next(line for line in ann.splitlines() if line.startswith("T") and f" {start} " in line
                and "LOCATION" in line)
    assert line.split("\t")[1] == f"LOCATION {start} {start + 7};{start + 8} {start + 12}"
    assert line.split("\t")[2] == "Nampula City"
