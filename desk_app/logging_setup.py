"""The desk's log: a rotating file in the log folder that IT can read.

Log lines name references, states and counts — never a resident's name, contact details or
what they said. Code logs record identifiers only; the tests grep the log for personal data.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "desk-app.log"


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the app's log to a rotating file (1 MB × 5); returns the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("desk_app")
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path
