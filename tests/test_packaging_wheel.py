"""The sdist and wheel carry everything: a fresh virtual environment gets a working `annotator`.

How the fresh environment gets its dependencies: `python -m venv` makes a new environment, the
wheel is installed into it with `--no-deps`, and a .pth file appends .venv's site-packages so
spaCy, Qt, SQLAlchemy and friends are importable without downloading and installing about 1 GB
again (a full install takes several minutes on two cores, too slow for every CI run). A .pth line
only adds a directory: the .pth files *inside* .venv's site-packages are not run, so the editable
install of annotator there (a meta-path finder installed by such a .pth file) is never active, and
the test asserts that the imported `annotator` and its resources come from the fresh environment.

What is built: `python -m build` makes the sdist, then the wheel *from the sdist*, so a file that
the sdist forgets is also missing from the wheel and fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold_fixture.jsonl"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = pytest.mark.slow


def _resource_files() -> set[str]:
    """Every file under resources/, as paths relative to it."""
    base = ROOT / "resources"
    return {
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{cmd} failed:\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_installs_into_a_fresh_venv_and_round_trips(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)], env, tmp_path)
    (wheel,) = dist.glob("annotator-*.whl")
    (sdist,) = dist.glob("annotator-*.tar.gz")

    # Both archives hold every resource and every migration.
    resources = _resource_files()
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert {f"annotator/resources/{r}" for r in resources} <= names
    migrations = ROOT / "annotator" / "db" / "migrations"
    for py in migrations.rglob("*.py"):
        assert f"annotator/db/migrations/{py.relative_to(migrations).as_posix()}" in names
    with tarfile.open(sdist) as tf:
        sdist_names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    assert {f"resources/{r}" for r in resources} <= sdist_names

    # A fresh venv with the wheel only; the dependencies come from .venv through a .pth line.
    venv = tmp_path / "fresh"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], env, tmp_path)
    py = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
          "--no-compile", "-q", str(wheel)], env, tmp_path)
    site = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     env, tmp_path).stdout.strip())
    (site / "zz_shared_deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")

    where = json.loads(_run([str(py), "-c", (
        "import json, annotator, annotator.db.migrations as m; from annotator.paths import resource;"
        "print(json.dumps({'pkg': annotator.__file__, 'migrations': m.__file__, 'version': annotator.__version__,"
        " 'resources': str(resource('schemas', 'acled.yaml'))}))"
    )], env, tmp_path).stdout)
    for key in ("pkg", "migrations", "resources"):
        assert Path(where[key]).is_relative_to(venv), f"{key} imported from {where[key]}, not the fresh venv"
    assert where["version"] == VERSION

    annotator = str(venv / "bin" / "annotator")
    assert _run([annotator, "--version"], env, tmp_path).stdout.strip() == f"annotator {VERSION}"

    # import + export on a new database: migrations run from the wheel, the export equals the input.
    db = tmp_path / "wheel.sqlite3"
    out = tmp_path / "out.jsonl"
    _run([annotator, "--db", str(db), "import", "--quiet", str(GOLD)], env, tmp_path)
    _run([annotator, "--db", str(db), "export", "--quiet", "--out", str(out)], env, tmp_path)
    assert out.read_bytes() == GOLD.read_bytes()
