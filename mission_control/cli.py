"""The `mission-control` command: serve, migrate, create-user, create-agent-key."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import secrets
import signal
import subprocess
import sys
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mission_control.core.config import Settings, get_settings
from mission_control.core.embedded import EmbeddedPostgres


class CliError(Exception):
    """A problem the user can fix; printed without a traceback."""


def _settings(args: argparse.Namespace) -> Settings:
    settings = get_settings()
    if getattr(args, "data_dir", None):
        settings.data_dir = Path(args.data_dir)
    return settings


@contextmanager
def database(settings: Settings, *, owner: bool = False) -> Iterator[tuple[str, str | None]]:
    """(app URL, owner URL) for the configured database, starting the embedded one if needed.

    The embedded server is stopped on exit unless it was already running (a
    `serve` elsewhere owns it); `serve` itself always owns its server.
    """
    if settings.database_url:
        yield settings.database_url, settings.migrate_database_url
        return
    pg = EmbeddedPostgres(settings.data_dir)
    pg.start()
    try:
        asyncio.run(pg.ensure_database())
        yield pg.app_url, pg.owner_url
    finally:
        if not pg.was_running or owner:
            pg.stop()


def migrate_to_head(app_url: str, owner_url: str | None) -> None:
    from mission_control.core import migrate

    if owner_url is None:
        raise CliError(
            "MIGRATE_DATABASE_URL is not set: migrations run as the owner role, "
            "and DATABASE_URL names the app role."
        )
    migrate.upgrade(owner_url)
    asyncio.run(migrate.ensure_app_role(owner_url, app_url))


def cmd_migrate(args: argparse.Namespace) -> None:
    settings = _settings(args)
    with database(settings) as (app_url, owner_url):
        migrate_to_head(app_url, owner_url)
    print("Database is at the latest schema revision.")


def _serve_lock(settings: Settings) -> Path:
    lock = settings.data_dir / "serve.pid"
    if lock.exists():
        try:
            pid = int(lock.read_text().strip())
            os.kill(pid, 0)
        except (ValueError, ProcessLookupError):
            pass  # stale: its server is adopted below and stopped when we exit
        except PermissionError as exc:
            raise CliError(f"Another `mission-control serve` uses {settings.data_dir}.") from exc
        else:
            if pid != os.getpid():
                raise CliError(
                    f"Another `mission-control serve` (pid {pid}) already uses {settings.data_dir}."
                )
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    lock.write_text(str(os.getpid()))
    return lock


def _exit_on_sigterm(signum: int, frame: object) -> None:
    # Uvicorn shuts down gracefully on SIGTERM, then re-raises the signal to the
    # handler it found; the default one would end the process before our
    # `finally` stops the embedded PostgreSQL. Exiting by exception runs it.
    raise SystemExit(128 + signum)


def cmd_serve(args: argparse.Namespace) -> None:
    from mission_control.core import migrate
    from mission_control.core.logging import configure_logging

    settings = _settings(args)
    configure_logging(settings.log_level, settings.log_format)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    wildcard = args.host in ("0.0.0.0", "::")  # noqa: S104 (comparing, not binding)
    url = f"http://{'127.0.0.1' if wildcard else args.host}:{args.port}"
    if settings.public_url == Settings.model_fields["public_url"].default:
        settings.public_url = url
    lock = None
    if settings.database_url:
        try:
            asyncio.run(migrate.require_current_schema(settings.database_url))
        except migrate.SchemaNotReady as exc:
            raise CliError(str(exc)) from exc
        context = database(settings)
    else:
        lock = _serve_lock(settings)
        print(f"Starting the embedded PostgreSQL in {settings.data_dir.resolve() / 'pg'} ...")
        context = database(settings, owner=True)
    try:
        with context as (app_url, owner_url):
            if not settings.database_url:
                migrate_to_head(app_url, owner_url)
                settings.database_url = app_url
            worker = None
            if not settings.redis_url and settings.run_jobs_in_process is not True:
                # The event consumer and the periodic jobs run in a child process, so no
                # request pays for them; news reaches it over LISTEN/NOTIFY.
                settings.run_jobs_in_process = False
                worker = _start_job_worker(settings)
            try:
                _run_uvicorn(settings, args, url)
            finally:
                if worker is not None:
                    _stop_child(worker)
    finally:
        if lock is not None:
            lock.unlink(missing_ok=True)


def _settings_env(settings: Settings) -> dict[str, str]:
    """The environment that makes a child process read the same settings as this one."""
    env = dict(os.environ)
    assert settings.database_url
    env["DATABASE_URL"] = settings.database_url
    env["PUBLIC_URL"] = settings.public_url
    env["MC_DATA_DIR"] = str(settings.data_dir)
    if settings.run_jobs_in_process is not None:
        env["RUN_JOBS_IN_PROCESS"] = "true" if settings.run_jobs_in_process else "false"
    return env


def _start_job_worker(settings: Settings) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "mission_control.cli", "worker", "--parent", str(os.getpid())]
    return subprocess.Popen(command, env=_settings_env(settings))  # noqa: S603 (our own module)


def _stop_child(child: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    if child.poll() is None:
        child.terminate()
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _run_uvicorn(settings: Settings, args: argparse.Namespace, url: str) -> None:
    import uvicorn

    from mission_control.main import create_app

    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_config": None,
        "access_log": False,
        "server_header": False,
        # Chat sockets: deflate costs ~64 KB a socket for little gain on short JSON
        # (bench/bench_ws.py); frames past the body cap close the socket (1009).
        "ws_per_message_deflate": False,
        "ws_max_size": settings.max_body_bytes,
    }
    if args.workers > 1:
        # Each worker process builds its app from the environment (uvicorn spawns them).
        os.environ.update(_settings_env(settings))
        os.environ["MC_BANNER_URL"] = url
        factory = "mission_control.main:app_from_env"
        uvicorn.run(factory, factory=True, workers=args.workers, **options)
        return
    app = create_app(settings)
    app.state.banner_url = url
    uvicorn.run(app, **options)


def _run(
    coro_factory: Callable[[str], Coroutine[Any, Any, None]], args: argparse.Namespace
) -> None:
    settings = _settings(args)
    with database(settings) as (app_url, _owner):
        asyncio.run(coro_factory(app_url))


def cmd_worker(args: argparse.Namespace) -> None:
    from mission_control.core import migrate
    from mission_control.core.logging import configure_logging

    settings = _settings(args)
    configure_logging(settings.log_level, settings.log_format)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    with database(settings) as (app_url, _owner):
        try:
            asyncio.run(migrate.require_current_schema(app_url))
        except migrate.SchemaNotReady as exc:
            raise CliError(str(exc)) from exc
        if not settings.redis_url:
            from mission_control.worker import standalone

            if args.parent is None:
                print("Worker: jobs woken by PostgreSQL LISTEN/NOTIFY; Ctrl-C to stop.")
            standalone.run(settings, app_url, parent=args.parent)
            return
        from mission_control.worker.arq_worker import run_worker

        print(f"Worker: jobs from {settings.redis_url}; Ctrl-C to stop.")
        run_worker(settings, app_url)


def cmd_create_user(args: argparse.Namespace) -> None:
    from mission_control import admin

    password = args.password
    generated = False
    if password is None:
        if sys.stdin.isatty():
            password = getpass.getpass("Password (empty to generate one): ")
        if not password:
            password, generated = secrets.token_urlsafe(15), True

    async def run(app_url: str) -> None:
        user = await admin.create_user(
            app_url,
            email=args.email,
            password=password,
            display_name=args.display_name,
            org_slug=args.org,
            role=args.role,
        )
        print(f"Created {user}" + (f" in org {args.org} as {args.role}" if args.org else ""))
        if generated:
            print(f"Password (shown once): {password}")

    _run(run, args)


def cmd_create_agent_key(args: argparse.Namespace) -> None:
    from mission_control import admin

    async def run(app_url: str) -> None:
        key = await admin.create_agent_key(
            app_url, org_slug=args.org, agent_name=args.agent, scopes=args.scopes.split(",")
        )
        print("API key (shown once; store it now):")
        print(key)

    _run(run, args)


def cmd_export(args: argparse.Namespace) -> None:
    from mission_control.core.db import Database
    from mission_control.exports import service as exports

    out = Path(args.out)
    if out.is_dir():
        raise CliError(f"{out} is a folder; --out names the zip file to write.")

    async def progress(done: int, total: int) -> None:
        share = done / total if total else 1.0
        bar = "#" * int(share * 30)
        print(f"\r[{bar:<30}] {share:6.1%}  {done:,} / {total:,} rows", end="", file=sys.stderr)

    async def run(app_url: str) -> None:
        db = Database(app_url, pool_size=2, max_overflow=2)
        try:
            manifest = await exports.export_to_file(db, args.org, out, progress)
        finally:
            await db.dispose()
        print(file=sys.stderr)
        files = len(manifest["files"])
        print(f"Wrote {out}: {manifest['total_rows']:,} rows in {files} files.")

    _run(run, args)


def cmd_mcp(args: argparse.Namespace) -> None:
    from mission_control.mcp import stdio

    try:
        stdio.run(args.profile)
    except stdio.RelayConfigError as exc:
        raise CliError(str(exc)) from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mission-control", description="Mission Control: where AI agents and humans work."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add(
        name: str, help: str, func: Callable[[argparse.Namespace], None]
    ) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help, description=help)
        cmd.add_argument(
            "--data-dir", help="data folder (default: $MC_DATA_DIR or ./.mission-control)"
        )
        cmd.set_defaults(func=func)
        return cmd

    serve = add(
        "serve",
        "Run the server (starts the embedded PostgreSQL and migrates when DATABASE_URL is unset).",
        cmd_serve,
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--workers", type=int, default=1, help="server processes (each gets every live event)"
    )

    add(
        "migrate",
        "Apply database migrations as the owner role and grant the app role.",
        cmd_migrate,
    )

    worker = add(
        "worker",
        "Run background jobs (notifications, webhook deliveries, expiry, partitions): from Redis "
        "(ARQ) with REDIS_URL, else woken by PostgreSQL (`serve` starts one itself).",
        cmd_worker,
    )
    worker.add_argument("--parent", type=int, help=argparse.SUPPRESS)

    user = add("create-user", "Create a user, optionally as a member of an org.", cmd_create_user)
    user.add_argument("--email", required=True)
    user.add_argument("--password", help="omit to be asked, or to generate one")
    user.add_argument("--display-name")
    user.add_argument("--org", help="org slug to add the user to")
    user.add_argument("--role", default="member", choices=["owner", "admin", "member", "viewer"])

    key = add(
        "create-agent-key",
        "Create an API key for an agent (the agent is created if it does not exist).",
        cmd_create_agent_key,
    )
    key.add_argument("--org", required=True, help="org slug")
    key.add_argument("--agent", required=True, help="agent name")
    key.add_argument(
        "--scopes",
        default="projects:write,tasks:write,chat:write,events:read,agents:read",
        help="comma-separated scopes",
    )

    export = add(
        "export",
        "Export an org (every tenant table as JSON Lines, with a manifest) into one zip file.",
        cmd_export,
    )
    export.add_argument("org", help="org slug")
    export.add_argument("--out", required=True, help="the zip file to write")

    relay = add(
        "mcp",
        "Serve the MCP tools over stdio, relayed to $MC_URL with $MC_API_KEY.",
        cmd_mcp,
    )
    relay.add_argument("--profile", default="core", choices=["core", "full"])
    return parser


def main(argv: list[str] | None = None) -> None:
    from mission_control.core.errors import AppError

    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except AppError as exc:
        print(f"mission-control: {exc.message}", file=sys.stderr)
        raise SystemExit(2) from exc
    except CliError as exc:
        print(f"mission-control: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc
    except KeyboardInterrupt:
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
