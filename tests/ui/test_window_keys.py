"""The window's keys work wherever the cursor is, on a real X11 display as analysts run it.

Qt's offscreen platform (the rest of the suite) has no Linux key scheme, so there a line edit
never claims Ctrl+E and this bug cannot show; the test starts an Xvfb server and runs the window
with the xcb platform in a child process (tests/x11_keys_driver.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

DRIVER = Path(__file__).resolve().parents[1] / "x11_keys_driver.py"


@pytest.fixture
def x_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/bootstrap.sh test installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_ctrl_e_and_ctrl_u_reach_the_window_from_the_search_box_and_form_fields(
    x_display: str, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "ANNOTATOR_NO_SUGGEST": "1"}
    run = subprocess.run(
        [sys.executable, str(DRIVER), str(tmp_path / "keys.sqlite3")],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["platform"] == "xcb" and result["ready"], result
    assert result["search_focused"] and result["actor_focused"], result
    assert result["ctrl_e_in_search_added"], "Ctrl+E in the search box did not add an event"
    assert result["ctrl_u_in_field_toggled"], "Ctrl+U in a form field did not toggle the underlay"
    assert result["ctrl_a_selects_field_text"], "Ctrl+A in a field must still select its text"
