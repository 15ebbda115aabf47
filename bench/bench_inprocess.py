"""CPU per request of each hot route, in process: Mission Control beside the ceiling app.

Prints figures; not a test. Both ASGI apps run in this process on one embedded
PostgreSQL, called directly (no sockets, no client), one request at a time, in
interleaved rounds; the figure is this process's CPU time per request. Quieter
than a load test on a shared machine, so it is the tool for finding where time
goes; bench_ceiling.py gives the throughput figures that count.

    .venv/bin/python bench/bench_inprocess.py [--requests 2000] [--rounds 3]

Mission Control runs with REDIS_URL set (so its job runner is not in this process):
the figures are the request path's own cost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from asgi_lifespan import LifespanManager

from bench import ceiling_app
from mission_control.core.config import Settings
from mission_control.core.embedded import EmbeddedPostgres
from mission_control.main import create_app

PAGE_TASKS = 1000


def _request(method: str, path: str, key: str, body: bytes | None) -> tuple[dict[str, Any], bytes]:
    target, _, query = path.partition("?")
    headers = [(b"host", b"bench"), (b"authorization", f"Bearer {key}".encode())]
    if body is not None:
        headers += [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": target,
        "raw_path": target.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1234),
        "server": ("127.0.0.1", 80),
    }
    return scope, body or b""


async def call(app: Any, method: str, path: str, key: str, body: bytes | None = None) -> int:
    scope, payload = _request(method, path, key, body)
    sent = False
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.sleep(3600)
        sent = True
        return {"type": "http.request", "body": payload, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def main(args: argparse.Namespace) -> None:
    base = Path(tempfile.mkdtemp(prefix="mc-inproc-"))
    pg = EmbeddedPostgres(base)
    pg.start()
    try:
        await pg.ensure_database()
        from mission_control.cli import migrate_to_head

        await asyncio.to_thread(migrate_to_head, pg.app_url, pg.owner_url)
        settings = Settings(
            database_url=pg.app_url,
            data_dir=base,
            secret_key="bench-secret-key-0123456789abcdef",
            bootstrap_email="bench@example.com",
            bootstrap_password="bench-password-1",
            redis_url=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/9"),
            log_level=os.environ.get("LOG_LEVEL", "INFO"),
            # The limiter is on, set so high it never binds: its cost is in every figure.
            rate_limit_per_minute=100_000_000,
            rate_limit_burst=10_000_000,
        )
        from mission_control.core.logging import configure_logging

        configure_logging(settings.log_level, "json")  # as `serve` does, off a terminal
        mc = create_app(settings)
        os.environ["DATABASE_URL"] = pg.app_url.replace("postgresql://", "postgresql://")
        ceiling = ceiling_app.create_app()
        async with LifespanManager(mc) as mc_m, LifespanManager(ceiling) as ce_m:
            mc_app, ce_app = mc_m.app, ce_m.app
            from bench import bench_ceiling

            keys = await _setup(pg, bench_ceiling)
            routes = _routes(keys)
            results: dict[tuple[str, str], list[float]] = {}
            for _round in range(args.rounds):
                for name, method, path, body in routes:
                    for app_name, app in (("mc", mc_app), ("ceiling", ce_app)):
                        key, org, agent = keys[app_name]
                        p = path.format(org=org, agent=agent)
                        for _ in range(50):  # warm the statement cache
                            await call(app, method, p, key, body)
                        started = time.process_time()
                        for _ in range(args.requests):
                            status = await call(app, method, p, key, body)
                        cpu = (time.process_time() - started) / args.requests
                        if status >= 300:
                            raise RuntimeError(f"{app_name} {name}: {status}")
                        results.setdefault((name, app_name), []).append(cpu)
            print("\n| route | MC µs CPU | ceiling µs CPU | ratio (ceiling / MC) |")
            print("|---|---:|---:|---:|")
            for name, *_ in routes:
                m = statistics.median(results[(name, "mc")]) * 1e6
                c = statistics.median(results[(name, "ceiling")]) * 1e6
                print(f"| {name} | {m:.0f} | {c:.0f} | {c / m:.0%} |")
    finally:
        pg.stop()


async def _setup(pg: EmbeddedPostgres, bench_ceiling: Any) -> dict[str, tuple[str, str, str]]:
    import asyncpg

    from mission_control.auth import keys as keygen

    conn = await asyncpg.connect(pg.owner_url)
    try:
        out = {}
        for name, slug in (("mc", "bench-mc"), ("ceiling", "bench-ce")):
            org = await conn.fetchval(
                "INSERT INTO organizations (slug, name) VALUES ($1, $1) RETURNING id", slug
            )
            agent = await conn.fetchval(
                "INSERT INTO agents (org_id, name, status) VALUES ($1, 'a', 'online') RETURNING id",
                org,
            )
            key, prefix, digest = keygen.generate_key()
            await conn.execute(
                "INSERT INTO api_keys (org_id, agent_id, prefix, digest, scopes)"
                " VALUES ($1, $2, $3, $4, $5)",
                org,
                agent,
                prefix,
                digest,
                bench_ceiling.SCOPES,
            )
            project = await conn.fetchval(
                "INSERT INTO projects (org_id, key, name, stage, position)"
                " VALUES ($1, 'BENCH', 'b', 'active', 'a0') RETURNING id",
                org,
            )
            await conn.execute(
                "INSERT INTO task_counters (project_id, org_id, last_number) VALUES ($1, $2, $3)",
                project,
                org,
                PAGE_TASKS,
            )
            await conn.execute(
                "INSERT INTO tasks (org_id, project_id, number, title, position, created_by_type)"
                " SELECT $1, $2, g, 'task ' || g, 'd' || lpad(g::text, 4, '0'), 'system'"
                " FROM generate_series(1, $3) g",
                org,
                project,
                PAGE_TASKS,
            )
            await conn.execute(
                "INSERT INTO events (org_id, actor_type, type, entity_type, payload)"
                " SELECT $1, 'system', 'task.updated', 'task', jsonb_build_object('seq', g,"
                " 'after', jsonb_build_object('status', 'todo'))"
                " FROM generate_series(1, 5000) g",
                org,
            )
            out[name] = (key, slug, str(agent))
        await conn.execute("ANALYZE")
        return out
    finally:
        await conn.close()


def _routes(keys: Any) -> list[tuple[str, str, str, bytes | None]]:
    return [
        ("GET /agents/me", "GET", "/api/v1/agents/me", None),
        ("GET 50-task page", "GET", "/api/v1/orgs/{org}/projects/BENCH/tasks?limit=50", None),
        ("GET events page", "GET", "/api/v1/orgs/{org}/events?limit=50", None),
        (
            "POST create task",
            "POST",
            "/api/v1/orgs/{org}/projects/BENCH/tasks",
            json.dumps({"title": "x"}).encode(),
        ),
        (
            "POST heartbeat",
            "POST",
            "/api/v1/orgs/{org}/agents/{agent}/heartbeat",
            json.dumps({"status": "online"}).encode(),
        ),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    asyncio.run(main(parser.parse_args()))
