"""Prodigy export: consistent tokens, spans and relations, stable hashes, nothing dropped."""

from __future__ import annotations

import json
from pathlib import Path

from export_testdata import all_records, load_records

from annotator.cli.main import main
from annotator.exporters.prodigy import stable_hash
from annotator.formats.labels import sanitise_label
from annotator.schema import Schema

ALL = "suggested,draft,confirmed,gold"


def _export(tmp_path: Path, *flags: str) -> list[dict]:
    db = tmp_path / "pg.sqlite3"
    if not db.exists():
        load_records(db, all_records(), tmp_path)
    out = tmp_path / "tasks.jsonl"
    assert main(["--db", str(db), "export", "--format", "prodigy", "--out", str(out), "--quiet", *flags]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_tasks_are_well_formed(tmp_path: Path) -> None:
    for task in _export(tmp_path, "--status", ALL):
        text = task["text"]
        tokens = task["tokens"]
        assert [t["id"] for t in tokens] == list(range(len(tokens)))
        for token in tokens:
            assert text[token["start"] : token["end"]] == token["text"]
        # Tokens and their whitespace rebuild the text exactly.
        assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == text
        for span in task["spans"]:
            assert tokens[span["token_start"]]["start"] == span["start"]
            assert tokens[span["token_end"]]["end"] == span["end"]
            assert span["label"] == span["label"].upper() and " " not in span["label"]
        span_keys = {(s["start"], s["end"], s["label"]) for s in task["spans"]}
        for rel in task["relations"]:
            head, child = rel["head_span"], rel["child_span"]
            assert (head["start"], head["end"], head["label"]) in span_keys
            assert (child["start"], child["end"], child["label"]) in span_keys
            # Each end is a token of its span outside the other span; the last token (Prodigy's own
            # choice) unless it is inside the other span or another span of the task ends there.
            assert head["token_start"] <= rel["head"] <= head["token_end"]
            assert child["token_start"] <= rel["child"] <= child["token_end"]
            assert rel["head"] != rel["child"]
            others = {s["token_end"] for s in task["spans"] if s not in (head, child)}
            for end, span, other in (("head", head, child), ("child", child, head)):
                last = span["token_end"]
                if not other["token_start"] <= last <= other["token_end"] and last not in others:
                    assert rel[end] == last, (rel, end)
                if rel[end] != last:  # then no other span ends at the chosen token, where avoidable
                    assert rel[end] not in others or all(
                        t in others or other["token_start"] <= t <= other["token_end"]
                        for t in range(span["token_start"], span["token_end"] + 1))
        assert task["answer"] == "accept"
        assert task["_input_hash"] == stable_hash(text)
        assert isinstance(task["_task_hash"], int) and -(2**31) <= task["_task_hash"] < 2**31
        assert task["meta"]["id"]


def test_every_span_event_and_argument_is_there(tmp_path: Path, acled: Schema) -> None:
    records = {r["id"]: r for r in all_records()}
    tasks = {t["meta"]["id"]: t for t in _export(tmp_path, "--status", ALL)}
    assert set(tasks) == set(records)
    for rid, record in records.items():
        task = tasks[rid]
        assert task["events"] == record["events"]
        for event in record["events"]:
            trigger_label = sanitise_label(event["event_type"])
            trigger = next((s for s in event["evidence"] if s["field"] == "trigger"), None)
            for ev in event["evidence"]:
                label = trigger_label if ev["field"] == "trigger" else acled.field(ev["field"]).role
                covering = [
                    s for s in task["spans"]
                    if s["start"] <= ev["start"] and ev["end"] <= s["end"] and s["label"] == label
                ]
                assert covering, (rid, ev)
                if trigger is not None and ev is not trigger:
                    assert any(
                        r["label"] == ev["field"]
                        and r["head_span"]["start"] <= trigger["start"] < r["head_span"]["end"]
                        and r["child_span"]["start"] <= ev["start"] < r["child_span"]["end"]
                        for r in task["relations"]
                    ), (rid, ev)


def test_hashes_depend_on_the_annotations(tmp_path: Path) -> None:
    everything = {t["meta"]["id"]: t for t in _export(tmp_path, "--status", ALL)}
    confirmed = {t["meta"]["id"]: t for t in _export(tmp_path)}
    awkward_all, awkward_confirmed = everything["awkward/article #1"], confirmed["awkward/article #1"]
    assert awkward_all["_input_hash"] == awkward_confirmed["_input_hash"]  # same text
    assert awkward_all["_task_hash"] != awkward_confirmed["_task_hash"]  # other spans
    assert len({t["_input_hash"] for t in everything.values()}) == len(everything)
    assert stable_hash("abc") == stable_hash("abc") != stable_hash("abd")
