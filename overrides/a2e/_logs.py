"""`A2E_LOG=debug|info`: the client's log lines on stderr without any logging set-up of the user's.

Each line names the operation (and A2E's `trace_id` once an answer came); the API key never appears.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("a2e")
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> None:
    """Honour A2E_LOG once: add a stderr handler at that level unless the logger already has handlers."""
    level = LEVELS.get(os.environ.get("A2E_LOG", "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s a2e %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
