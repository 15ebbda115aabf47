"""The embedded PostgreSQL's own chatter goes to the data folder's log, not the terminal."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from mission_control.core.embedded import CHATTER_LOG, EmbeddedPostgres


def test_initdb_and_pg_ctl_lines_go_to_the_data_folder_log(tmp_path: Path) -> None:
    terminal = io.StringIO()
    root = logging.getLogger()
    handler = logging.StreamHandler(terminal)
    saved = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)  # a normal run, not asked for the chatter
    pg = EmbeddedPostgres(tmp_path / "data")
    try:
        pg.start()
    finally:
        pg.stop()
        root.removeHandler(handler)
        root.setLevel(saved)
    kept = (tmp_path / "data" / CHATTER_LOG).read_text()
    assert "initdb" in kept.lower() or "pgdata" in kept.lower()
    assert "pg_ctl" in kept
    assert "pg_ctl" not in terminal.getvalue()
    assert "pixeltable" not in terminal.getvalue()
