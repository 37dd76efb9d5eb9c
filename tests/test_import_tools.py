"""Annotations from brat, doccano, Label Studio and Prodigy come in as events and evidence.

Round trips: brat -> Annotator -> brat and Prodigy -> Annotator -> Prodigy keep every span. What
cannot be mapped is reported with file and line, never dropped silently.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from export_testdata import all_records, crlf_article, load_records, shared_consumers

from annotator.cli.main import main

ALL = "suggested,draft,confirmed,gold"


def export(db: Path, fmt: str, out: Path, *extra: str) -> None:
    assert main(["--db", str(db), "export", "--format", fmt, "--out", str(out), "--status", ALL,
                 "--quiet", *extra]) == 0


def import_(db: Path, *paths: Path | str) -> int:
    return main(["--db", str(db), "import", *map(str, paths), "--quiet"])


def exported_records(db: Path, tmp: Path) -> dict[str, dict]:
    out = tmp / f"{db.stem}-check.jsonl"
    export(db, "jsonl", out)
    return {r["text"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


# --- brat ---------------------------------------------------------------------------------------


def test_brat_to_annotator_to_brat_keeps_every_span_and_event(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    original = tmp_path / "original.sqlite3"
    records = [*all_records(), crlf_article()]
    load_records(original, records, tmp_path)
    first = tmp_path / "first"
    export(original, "brat", first)

    copy = tmp_path / "copy.sqlite3"
    capsys.readouterr()
    assert import_(copy, first) == 0
    out = capsys.readouterr()
    assert "4 imported, 0 duplicate, 0 rejected (11 events added" in out.out
    assert "not mapped" not in out.err and "annotations not mapped" not in out.out
    second = tmp_path / "second"
    export(copy, "brat", second)
    for path in sorted(first.iterdir()):
        assert (second / path.name).read_bytes() == path.read_bytes(), path.name

    # Every event, its values, evidence, annotator and status came back (brat has no title or id,
    # and a note is one line: a multi-line notes value comes back on one line).
    before, after = exported_records(original, tmp_path), exported_records(copy, tmp_path)
    assert set(before) == set(after)
    for text, record in before.items():
        for old, new in zip(record["events"], after[text]["events"], strict=True):
            assert new["evidence"] == old["evidence"]
            assert (new["status"], new["annotator"]) == (old["status"], old["annotator"])
            same = {k: v for k, v in old.items() if k != "notes"}
            assert {k: new.get(k) for k in same} == same
            assert " ".join(new["notes"].split()) == " ".join(old["notes"].split())


THIRD_PARTY_TEXT = "Militia fighters attacked Kobo village on Monday.\r\nTwo herders were killed in Kobo.\r\n"


def _brat_folder(tmp: Path) -> Path:
    """A brat folder from another team: their own names where they differ, CRLF text, an
    entity type and a normalization Annotator has no place for."""
    folder = tmp / "their-brat"
    folder.mkdir()
    (folder / "kobo.txt").write_bytes(THIRD_PARTY_TEXT.encode("utf-8"))
    view = THIRD_PARTY_TEXT.replace("\r\n", "\n")

    def t(tid: str, label: str, phrase: str, nth: int = 1) -> str:
        start = -1
        for _ in range(nth):
            start = view.index(phrase, start + 1)
        return f"{tid}\t{label} {start} {start + len(phrase)}\t{phrase}"

    (folder / "kobo.ann").write_text("\n".join([
        t("T1", "Violence_against_civilians", "attacked"),
        t("T2", "ACTOR", "Militia fighters"),
        t("T3", "Location", "Kobo", 1),
        t("T4", "DATE", "on Monday"),
        t("T5", "Person", "Two herders"),
        t("T6", "FATALITIES", "Two herders were killed"),
        t("T7", "LOCATION", "Kobo", 2),
        "E1\tViolence_against_civilians:T1 ActorOne:T2 Location:T3 EventDate:T4",
        "R1\tfatalities Arg1:E1 Arg2:T6",
        "R2\tfatalities Arg1:T1 Arg2:T6",
        "A1\tSubEventType E1 Attack",
        "A2\tStatus E1 confirmed",
        "N1\tReference T3 GeoNames:123456\tKobo",
        "",
    ]), encoding="utf-8")
    (folder / "annotation.conf").write_text("[entities]\nACTOR\n", encoding="utf-8")
    return folder


def test_a_third_party_brat_folder_maps_through_the_schema_and_reports_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = _brat_folder(tmp_path)
    db = tmp_path / "brat.sqlite3"
    assert import_(db, folder) == 0
    out = capsys.readouterr()
    assert "1 imported, 0 duplicate, 0 rejected (1 events added" in out.out
    assert "1 event without an annotator stored as by 'tester'" in out.out
    ann = folder / "kobo.ann"
    assert f"not mapped {ann}:5: label 'Person' of span T5 ('Two herders')" in out.err
    assert f"not mapped {ann}:7: span T7 (LOCATION 'Kobo') is not part of any event" in out.err
    assert f"not mapped {ann}:9: link 'fatalities' from E1 to T6" in out.err  # an event as an end
    assert f"not mapped {ann}:13: line not imported" in out.err and "N1\\tReference" in out.err
    assert out.err.count("not mapped") == 4

    (record,) = exported_records(db, tmp_path).values()
    assert record["text"] == THIRD_PARTY_TEXT  # stored as the file holds it, CRLF and all
    (event,) = record["events"]
    assert (event["event_type"], event["sub_event_type"], event["status"]) == (
        "Violence against civilians", "Attack", "confirmed")
    spans = {(e["field"], e["text"]) for e in event["evidence"]}
    assert spans == {("trigger", "attacked"), ("actor1", "Militia fighters"), ("location", "Kobo"),
                     ("event_date", "on Monday"), ("fatalities", "Two herders were killed")}
    for span in event["evidence"]:
        assert THIRD_PARTY_TEXT[span["start"]:span["end"]] == span["text"]
    assert (event["actor1"], event["location"]) == ("Militia fighters", "Kobo")


@pytest.mark.skipif(shared_consumers() is None, reason="../shared/consumers (brat_check.py) is not present")
def test_a_third_party_brat_folder_comes_back_out_loadable_with_every_mapped_span(tmp_path: Path) -> None:
    folder = _brat_folder(tmp_path)
    db = tmp_path / "brat.sqlite3"
    assert import_(db, folder) == 0
    out = tmp_path / "out"
    export(db, "brat", out)
    result = subprocess.run([sys.executable, str(shared_consumers() / "brat_check.py"), "."],  # type: ignore[operator]
                            cwd=out, capture_output=True, text=True, timeout=300)
    assert result.stdout.strip().endswith("brat: 1 of 1 files load clean"), result.stdout
    theirs = {tuple(line.split("\t")[1].split()[1:]) for line in (folder / "kobo.ann").read_text().splitlines()
              if line.startswith("T") and not line.startswith(("T5", "T7"))}
    ours = {tuple(line.split("\t")[1].split()[1:]) for line in (out / "kobo.ann").read_text().splitlines()
            if line.startswith("T")}
    assert theirs == ours


# --- Prodigy --------------------------------------------------------------------------------------

PRODIGY_TEXT = "Rebels of the Free Hills Army captured the town of Ardo on Friday. Residents fled."


def _tokens(text: str) -> list[dict]:
    import spacy

    doc = spacy.blank("en").make_doc(text)
    return [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
            for t in doc]


def _pspan(text: str, tokens: list[dict], phrase: str, label: str) -> dict:
    start = text.index(phrase)
    end = start + len(phrase)
    first = next(t["id"] for t in tokens if t["start"] == start)
    last = next(t["id"] for t in tokens if t["end"] == end)
    return {"start": start, "end": end, "token_start": first, "token_end": last, "label": label}


def prodigy_tasks() -> list[dict]:
    """Tasks as Prodigy's rel.manual writes them (no Annotator keys), plus a rejected one."""
    tokens = _tokens(PRODIGY_TEXT)
    trigger = _pspan(PRODIGY_TEXT, tokens, "captured the town of Ardo", "BATTLES")
    actor = _pspan(PRODIGY_TEXT, tokens, "Rebels of the Free Hills Army", "ACTOR")
    place = _pspan(PRODIGY_TEXT, tokens, "Ardo", "LOCATION")
    day = _pspan(PRODIGY_TEXT, tokens, "on Friday", "DATE")
    fled = _pspan(PRODIGY_TEXT, tokens, "fled", "DISPLACEMENT")
    relations = [
        {"head": trigger["token_start"], "child": actor["token_end"], "head_span": trigger,
         "child_span": actor, "label": "actor1"},
        {"head": trigger["token_start"], "child": place["token_end"], "head_span": trigger,
         "child_span": place, "label": "location"},
        {"head": trigger["token_start"], "child": day["token_end"], "label": "event_date"},  # by token
    ]
    accepted = {"text": PRODIGY_TEXT, "tokens": tokens, "spans": [trigger, actor, place, day, fled],
                "relations": relations, "meta": {"id": "ardo-1", "title": "Rebels take Ardo"},
                "_input_hash": 1, "_task_hash": 2, "answer": "accept", "_annotator_id": "rel-ana"}
    rejected = {"text": "Nothing happened in Ardo today.", "spans": [
        {"start": 20, "end": 24, "token_start": 3, "token_end": 3, "label": "LOCATION"}],
        "relations": [], "answer": "reject", "_input_hash": 3, "_task_hash": 4}
    return [accepted, rejected]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_prodigy_to_annotator_to_prodigy_keeps_every_span_and_relation(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    source = _write_jsonl(tmp_path / "rel.jsonl", prodigy_tasks())
    db = tmp_path / "prodigy.sqlite3"
    assert import_(db, source) == 0
    out = capsys.readouterr()
    assert "2 imported, 0 duplicate, 0 rejected (1 events added" in out.out
    assert f"not mapped {source}:1: label 'DISPLACEMENT' of span spans[4] ('fled')" in out.err
    assert f"not mapped {source}:2: answer is 'reject': its 1 spans and 0 relations were not imported" in out.err
    assert "1 event without a status stored as 'draft'" in out.out

    records = exported_records(db, tmp_path)
    event = records[PRODIGY_TEXT]["events"][0]
    assert event["annotator"] == "rel-ana" and event["event_type"] == "Battles"
    assert {(e["field"], e["text"]) for e in event["evidence"]} == {
        ("trigger", "captured the town of Ardo"), ("actor1", "Rebels of the Free Hills Army"),
        ("location", "Ardo"), ("event_date", "on Friday")}

    again = tmp_path / "again.jsonl"
    export(db, "prodigy", again)
    task = next(t for t in map(json.loads, again.read_text(encoding="utf-8").splitlines())
                if t["text"] == PRODIGY_TEXT)
    original = prodigy_tasks()[0]
    mapped_spans = [s for s in original["spans"] if s["label"] != "DISPLACEMENT"]
    assert {(s["start"], s["end"], s["label"]) for s in task["spans"]} == {
        (s["start"], s["end"], s["label"]) for s in mapped_spans}
    def holding(token: int) -> dict:
        (span,) = [s for s in original["spans"] if s["token_start"] <= token <= s["token_end"]]
        return span

    def ends(rel: dict) -> tuple:
        head = rel.get("head_span") or holding(rel["head"])
        child = rel.get("child_span") or holding(rel["child"])
        return (head["start"], head["end"], child["start"], child["end"], rel["label"])

    assert {ends(r) for r in task["relations"]} == {ends(r) for r in original["relations"]}
    assert task["meta"]["id"] == "ardo-1"

    # Annotator's own Prodigy export comes back exactly, through its events.
    copy = tmp_path / "copy.sqlite3"
    assert import_(copy, again) == 0
    assert exported_records(copy, tmp_path)[PRODIGY_TEXT]["events"] == records[PRODIGY_TEXT]["events"]


# --- doccano ----------------------------------------------------------------------------------------


def test_doccano_lines_come_in_with_their_labels(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text = "Police arrested 12 protesters in Lunda on Saturday."
    at = text.index
    rows = [
        {"id": 7, "text": text, "entities": [
            {"id": 1, "label": "Arrests", "start_offset": at("arrested"), "end_offset": at("arrested") + 8},
            {"id": 2, "label": "ACTOR", "start_offset": at("Police"), "end_offset": at("Police") + 6},
            {"id": 3, "label": "ACTOR", "start_offset": at("12 protesters"), "end_offset": at("12 protesters") + 13},
            {"id": 4, "label": "LOCATION", "start_offset": at("Lunda"), "end_offset": at("Lunda") + 5}],
         "relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "actor1"},
                       {"id": 2, "from_id": 3, "to_id": 1, "type": "Victim"},  # the schema's import_labels
                       {"id": 3, "from_id": 1, "to_id": 4, "type": "location"}]},
        {"text": "Crowds rioted in Tessa after the vote.",
         "label": [[7, 13, "RIOTS"], [0, 6, "actor1"], [17, 22, "location"], [33, 37, "WEATHER"]]},
        {"text": "Talks resumed in the capital.", "label": ["Strategic developments"]},
    ]
    source = _write_jsonl(tmp_path / "doccano.jsonl", rows)
    db = tmp_path / "doccano.sqlite3"
    assert import_(db, source) == 0
    out = capsys.readouterr()
    assert "3 imported, 0 duplicate, 0 rejected (2 events added" in out.out
    assert f"not mapped {source}:2: label 'WEATHER' of span label[3] ('vote')" in out.err
    assert f"not mapped {source}:3: document labels ['Strategic developments'] are categories" in out.err
    records = exported_records(db, tmp_path)
    arrest = records[text]["events"][0]
    assert (arrest["event_type"], arrest["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert {(e["field"], e["text"]) for e in arrest["evidence"]} == {
        ("trigger", "arrested"), ("actor1", "Police"), ("actor2", "12 protesters"), ("location", "Lunda")}
    riot = records["Crowds rioted in Tessa after the vote."]["events"][0]
    assert {(e["field"], e["text"]) for e in riot["evidence"]} == {
        ("trigger", "rioted"), ("actor1", "Crowds"), ("location", "Tessa")}
    assert (riot["event_type"], riot["actor1"], riot["location"]) == ("Riots", "Crowds", "Tessa")


# --- Label Studio -------------------------------------------------------------------------------------


def test_label_studio_export_maps_labels_and_relations_per_annotator(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    text = "Gunmen abducted 3 aid workers near Fira \U0001F4CD on Monday."
    start = text.index
    utf16 = len(text[: start("on Monday")].encode("utf-16-le")) // 2  # JavaScript offsets after the emoji

    def labels(rid: str, phrase: str, label: str, js_start: int | None = None) -> dict:
        s = start(phrase) if js_start is None else js_start
        return {"id": rid, "type": "labels", "from_name": "label", "to_name": "text",
                "value": {"start": s, "end": s + len(phrase), "text": phrase, "labels": [label]}}

    tasks = [{
        "id": 41,
        "data": {"text": text, "title": "Aid workers abducted"},
        "annotations": [
            {"id": 1, "completed_by": {"email": "ana@example.org"}, "result": [
                labels("a", "abducted", "Abduction/forced disappearance"),
                labels("b", "Gunmen", "ACTOR"),
                labels("c", "3 aid workers", "ACTOR"),
                labels("d", "on Monday", "DATE", utf16),
                {"type": "relation", "from_id": "a", "to_id": "b", "direction": "right", "labels": ["actor1"]},
                {"type": "relation", "from_id": "c", "to_id": "a", "direction": "left", "labels": ["actor2"]},
                {"type": "relation", "from_id": "a", "to_id": "d", "direction": "right", "labels": []},
                {"id": "z", "type": "choices", "value": {"choices": ["urgent"]}},
            ]},
            {"id": 2, "completed_by": 17, "was_cancelled": True, "result": []},
        ],
        "predictions": [{"result": []}],
    }, {"id": 42, "data": {"text": ""}, "annotations": []}]
    source = tmp_path / "project-1.json"
    source.write_text(json.dumps(tasks, indent=2, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "ls.sqlite3"
    assert import_(db, source) == 0
    out = capsys.readouterr()
    assert "1 imported, 0 duplicate, 1 rejected (1 events added" in out.out
    written = source.read_text(encoding="utf-8")
    second_task_line = 1 + written[: written.rindex("{", 0, written.index('"id": 42'))].count("\n")
    assert f"rejected {source}:{second_task_line}: task text is empty" in out.err
    assert f"not mapped {source}:2: result z of type 'choices' is not a span or a relation" in out.err
    assert f"not mapped {source}:2: annotation 2 was cancelled" in out.err
    assert f"not mapped {source}:2: 1 predictions" in out.err
    (event,) = exported_records(db, tmp_path)[text]["events"]
    assert event["annotator"] == "ana@example.org"
    assert (event["event_type"], event["sub_event_type"]) == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert {(e["field"], e["text"]) for e in event["evidence"]} == {
        ("trigger", "abducted"), ("actor1", "Gunmen"), ("actor2", "3 aid workers"), ("event_date", "on Monday")}


# --- what an import assumed -------------------------------------------------------------------------


def test_events_without_status_or_annotator_say_what_they_were_given(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    records = all_records()
    for record in records:
        for event in record["events"]:
            event.pop("status")
            event.pop("annotator")
    source = _write_jsonl(tmp_path / "gold-without-statuses.jsonl", records)
    n_events = sum(len(r["events"]) for r in records)

    db = tmp_path / "default.sqlite3"
    assert import_(db, source) == 0
    out = capsys.readouterr().out
    assert (f"{n_events} events without a status stored as 'draft', {n_events} events without an "
            f"annotator stored as by 'tester'") in out
    assert "--status and --annotator" in out
    assert main(["--db", str(db), "export", "--out", str(tmp_path / "none.jsonl"), "--quiet"]) == 0
    assert "articles, 0 events" in " ".join(capsys.readouterr().out.split())  # default: confirmed,gold

    db = tmp_path / "gold.sqlite3"
    assert main(["--db", str(db), "import", str(source), "--status", "gold", "--annotator", "coder-7", "--quiet"]) == 0
    assert f"{n_events} events without a status stored as 'gold'" in capsys.readouterr().out
    events = [e for r in exported_records(db, tmp_path).values() for e in r["events"]]
    assert len(events) == n_events
    assert {(e["status"], e["annotator"]) for e in events} == {("gold", "coder-7")}


def test_events_with_status_and_annotator_keep_them_and_nothing_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    source = _write_jsonl(tmp_path / "full.jsonl", all_records())
    assert main(["--db", str(tmp_path / "db.sqlite3"), "import", str(source), "--status", "gold", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "without a status" not in out and "without an annotator" not in out


def test_values_the_schema_refuses_are_reported_not_stored(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    text = "Gunmen attacked Sira."
    (folder / "sira.txt").write_text(text, encoding="utf-8")
    (folder / "sira.ann").write_text(
        "T1\tBATTLES 7 15\tattacked\n"
        "E1\tBATTLES:T1\n"
        "#1\tAnnotatorNotes E1\tevent_type=Battles; fatalities=many; geo_precision=9; annotator=zoe\n",
        encoding="utf-8")
    db = tmp_path / "notes.sqlite3"
    assert import_(db, folder) == 0
    err = capsys.readouterr().err
    assert f"not mapped {folder / 'sira.ann'}:2: fatalities: expected a whole number, got 'many'; value not imported" in err
    assert "geo_precision: 9 is not one of [1, 2, 3]; value not imported" in err
    (event,) = exported_records(db, tmp_path)[text]["events"]
    assert (event["fatalities"], event["geo_precision"], event["annotator"]) == (None, None, "zoe")


def test_brat_offsets_count_a_byte_order_mark_as_brat_does(tmp_path: Path) -> None:
    folder = tmp_path / "bom"
    folder.mkdir()
    text = "Police\r\ndispersed protesters in Kana."
    (folder / "kana.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    view = "\ufeff" + text.replace("\r\n", "\n")  # brat reads UTF-8 (the mark is a character) with universal newlines
    start = view.index("dispersed")
    actor = view.index("protesters")
    (folder / "kana.ann").write_text(
        f"T1\tPROTESTS {start} {start + 9}\tdispersed\nT2\tACTOR {actor} {actor + 10}\tprotesters\n"
        "E1\tPROTESTS:T1 ActorTwo:T2\n", encoding="utf-8")
    db = tmp_path / "bom.sqlite3"
    assert import_(db, folder) == 0
    (record,) = exported_records(db, tmp_path).values()
    assert record["text"] == text
    assert {(e["field"], e["text"]) for e in record["events"][0]["evidence"]} == {
        ("trigger", "dispersed"), ("actor2", "protesters")}
