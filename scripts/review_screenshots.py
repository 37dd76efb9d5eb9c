"""Screenshots of the agreement report and the review screen for the README.

Builds a throw-away database from Annotator JSONL fixtures, opens the dialogs offscreen and saves
``QWidget.grab()`` images::

    QT_QPA_PLATFORM=offscreen python scripts/review_screenshots.py \\
        tests/data/review/two_annotators.jsonl tests/data/review/three_annotators.jsonl --out docs
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.db.engine import open_database
from annotator.importers import ImportOptions, run_import
from annotator.schema import load_schema
from annotator.ui.agreement_view import AgreementDialog
from annotator.ui.review_view import ReviewDialog
from annotator.ui.workers import InlineJobs


def take_screenshots(fixtures: list[Path], out: Path, article: int = 1) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    schema = load_schema("acled")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="annotator-shots-") as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'shots.sqlite3'}")
        run_import(db, fixtures, options=ImportOptions(schema=schema))
        agreement = AgreementDialog(db, schema)
        agreement.resize(1100, 860)
        agreement.show()
        agreement.wait_until_computed()
        app.processEvents()
        paths = [out / "agreement.png", out / "review.png"]
        agreement.grab().save(str(paths[0]))
        agreement.close()
        agreement.deleteLater()

        review = ReviewDialog(InlineJobs(db), schema, article, "rita")
        review.resize(1250, 700)
        review.show()
        app.processEvents()
        review.take("actor1", "bea")
        review.comment_edit.setPlainText("bea's actor name is the current one; ana's date is exact")
        row, col = review.row_of("actor2"), review.column_of("bea")
        review.table.setCurrentCell(row, col)
        review.show_evidence(row, col)
        app.processEvents()
        review.grab().save(str(paths[1]))
        review.close()
        review.deleteLater()
        app.processEvents()  # delete the dialogs while the application still exists
        db.dispose()
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixtures", nargs="+", type=Path, help="Annotator JSONL files to load")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--article", type=int, default=1, help="article id for the review screen")
    args = parser.parse_args(argv)
    for path in take_screenshots(args.fixtures, args.out, args.article):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
