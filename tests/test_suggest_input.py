"""``annotator suggest`` on a plain-text article says at once what it reads and what to do,
instead of loading the model and rejecting every line of the text as bad JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main


def test_a_text_article_is_refused_with_the_way_forward(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "kessa.txt"
    story.write_text("\nGunmen raid Kessa market\n\nGunmen raided the market of Kessa on Saturday.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(story), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"{story}:2: not Annotator JSONL" in " ".join(err.split())
    assert "annotator import" in err and "annotator export --format jsonl" in err
    assert not out.exists()  # no empty output left behind
