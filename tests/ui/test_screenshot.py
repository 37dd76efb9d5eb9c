"""`make screenshot` writes a PNG of the window coding a demo article."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage


def _screenshot_script():  # noqa: ANN202 (scripts/ is not a package: load the file)
    path = Path(__file__).parents[2] / "scripts" / "screenshot.py"
    spec = importlib.util.spec_from_file_location("screenshot", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_screenshot_writes_the_window(tmp_path: Path, monkeypatch, qapp) -> None:
    screenshot = _screenshot_script()

    # The module points settings at its own temp folders; restore ours afterwards.
    for key in ("ANNOTATOR_CONFIG_DIR", "ANNOTATOR_DATA_DIR", "ANNOTATOR_ANALYST"):
        monkeypatch.setenv(key, str(tmp_path / key))
    out = tmp_path / "shot.png"
    assert screenshot.main([str(out)]) == 0
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 700
    # The evidence colours are in the picture (the actor 1 highlight is light blue #81d4fa).
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, 300, 3)}
    assert "#81d4fa" in colours
