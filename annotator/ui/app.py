"""Start the Qt application (placeholder window until the annotation window lands)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Annotator")
    window.setCentralWidget(QLabel("Annotator"))
    window.show()
    return app.exec()


def main() -> int:
    from annotator.cli.main import main as cli_main

    return cli_main(["gui", *sys.argv[1:]])
