"""The yardstick: Mission Control's hot routes beside a bare FastAPI + asyncpg ceiling, in one run.

Prints figures; not a test. One embedded PostgreSQL, started by a real
`mission-control serve` (one Uvicorn worker, the default configuration of
`make run`: no REDIS_URL, so the job runner lives in the server process), and
the ceiling app (bench/ceiling_app.py) under its own Uvicorn worker on the same
database as the same app role. Each org (Mission Control's `default`, the
ceiling's `ceiling`) is seeded alike straight into the database: a 10,000-task
board, tasks to transition, urgent tasks to claim, 100,000 events. Then every
route is driven closed-loop by wrk, alternating Mission Control and the ceiling,
at each connection count, for `--rounds` rounds; the report gives req/s, p50 and
p99 per route and the ratio to the ceiling.

    .venv/bin/python bench/bench_ceiling.py [--connections 32,4] [--duration 8] [--rounds 2]

Targets (issue 7): at 32 connections each route reaches >= 50% of its ceiling's
req/s with p99 <= 3 x p50; at 4 connections each has p99 < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

from mission_control.auth import keys
from mission_control.projects.positions import key_between

BOARD = 10_000
TRANSITIONS = 30_000
CLAIMABLE = 40_000
EVENTS = 100_000
CEILING_ORG = "ceiling"
SCOPES = ["tasks:write", "events:read", "agents:write", "projects:write"]


@dataclass
class Target:
    """One app under test: where it listens, its org, key and agent."""

    name: str
    port: int
    pid: int
    org: str
    key: str
    agent_id: str
    # Heartbeats come from a second agent: the claim-next runs leave the first one holding
    # thousands of leases, which every beat renews (no agent holds that many in practice).
    beat_key: str
    beat_agent_id: str

    def credentials(self, route: Route) -> tuple[str, str]:
        """The key and agent id a route is driven with."""
        return (self.beat_key, self.beat_agent_id) if route.beat else (self.key, self.agent_id)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@dataclass
class Route:
    name: str
    method: str
    path: str  # `{org}`, `{agent}` filled in per target
    body: str | None = None
    transition: bool = False  # the path cycles through TRN-1..N
    beat: bool = False  # driven as the target's heartbeat agent


ROUTES = [
    Route("GET /agents/me", "GET", "/api/v1/agents/me"),
    Route("GET 50-task page of 10,000", "GET", "/api/v1/orgs/{org}/projects/BENCH/tasks?limit=50"),
    Route("POST create task", "POST", "/api/v1/orgs/{org}/projects/CRT/tasks", '{"title":"Bench"}'),
    Route(
        "POST transition", "POST", "/api/v1/orgs/{org}/tasks/TRN-{n}/transition", transition=True
    ),
    Route("POST claim-next", "POST", "/api/v1/orgs/{org}/tasks/claim-next", "{}"),
    Route("GET events page", "GET", "/api/v1/orgs/{org}/events?limit=50"),
    Route(
        "POST heartbeat",
        "POST",
        "/api/v1/orgs/{org}/agents/{agent}/heartbeat",
        '{"status":"online"}',
        beat=True,
    ),
]


def lua_for(route: Route, target: Target, start: int) -> str:
    """A wrk request generator for one route on one target."""
    path = route.path.replace("{org}", target.org).replace("{agent}", target.credentials(route)[1])
    body = json.dumps(route.body) if route.body is not None else "nil"
    if route.transition:
        head, tail = path.split("{n}")
        return f"""
local counter = {start}
request = function()
  counter = counter + 1
  local n = (counter - 1) % {TRANSITIONS} + 1
  local pass = math.floor((counter - 1) / {TRANSITIONS})
  local status = (pass % 2 == 0) and "in_progress" or "todo"
  return wrk.format("POST", "{head}" .. n .. "{tail}", nil, '{{"status":"' .. status .. '"}}')
end
"""
    return f"""
request = function()
  return wrk.format("{route.method}", {json.dumps(path)}, nil, {body})
end
"""


# --------------------------------------------------------------------------- seeding


async def _tasks(
    conn: asyncpg.Connection, project_id: uuid.UUID, org_id: uuid.UUID, n: int, priority: str
) -> None:
    position = None
    rows = []
    for number in range(1, n + 1):
        position = key_between(position, None)
        rows.append(
            (
                org_id,
                project_id,
                number,
                f"Seeded task {number}",
                position,
                "system",
                priority,
                ["bench"],
            )
        )
    await conn.copy_records_to_table(
        "tasks",
        records=rows,
        columns=[
            "org_id",
            "project_id",
            "number",
            "title",
            "position",
            "created_by_type",
            "priority",
            "labels",
        ],
    )
    await conn.execute(
        "UPDATE task_counters SET last_number = $2 WHERE project_id = $1", project_id, n
    )


PROJECTS = (
    ("BENCH", BOARD, "medium"),
    ("CRT", 0, "none"),
    ("TRN", TRANSITIONS, "none"),
    ("CLM", CLAIMABLE, "urgent"),
)


async def _ceiling_agent(conn: asyncpg.Connection, org_id: uuid.UUID, name: str) -> tuple[str, str]:
    agent = await conn.fetchval(
        "INSERT INTO agents (org_id, name, status) VALUES ($1, $2, 'online') RETURNING id",
        org_id,
        name,
    )
    key, prefix, digest = keys.generate_key()
    await conn.execute(
        "INSERT INTO api_keys (org_id, agent_id, prefix, digest, scopes)"
        " VALUES ($1, $2, $3, $4, $5)",
        org_id,
        agent,
        prefix,
        digest,
        SCOPES,
    )
    return key, str(agent)


async def seed(owner_dsn: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """Seed both orgs alike; returns the ceiling's (key, agent id) for its agent and its
    heartbeat agent."""
    conn = await asyncpg.connect(owner_dsn)
    try:
        mc_org = await conn.fetchval("SELECT id FROM organizations WHERE slug = $1", common.ORG)
        ceiling_org = await conn.fetchval(
            "INSERT INTO organizations (slug, name) VALUES ($1, 'Ceiling') RETURNING id",
            CEILING_ORG,
        )
        agent = await _ceiling_agent(conn, ceiling_org, "ceiling-agent")
        beater = await _ceiling_agent(conn, ceiling_org, "ceiling-beater")
        for org_id in (mc_org, ceiling_org):
            position = None
            for project_key, count, priority in PROJECTS:
                project_id = await conn.fetchval(
                    "SELECT id FROM projects WHERE org_id = $1 AND key = $2", org_id, project_key
                )
                if project_id is None:
                    position = key_between(position, None)
                    project_id = await conn.fetchval(
                        "INSERT INTO projects (org_id, key, name, stage, position)"
                        " VALUES ($1, $2, $2, 'active', $3) RETURNING id",
                        org_id,
                        project_key,
                        position,
                    )
                    await conn.execute(
                        "INSERT INTO task_counters (project_id, org_id) VALUES ($1, $2)",
                        project_id,
                        org_id,
                    )
                if count:
                    await _tasks(conn, project_id, org_id, count, priority)
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    for slug in (common.ORG, CEILING_ORG):
        await common.seed_events(owner_dsn, n=EVENTS, org_slug=slug)
    return agent, beater


# --------------------------------------------------------------------------- running


def start_ceiling(server: common.Server, port: int) -> subprocess.Popen[bytes]:
    owner = server.owner_dsn()
    app_dsn = owner.replace("postgresql://postgres@", "postgresql://mc_app@")
    log = open(server.data_dir.parent / "ceiling.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            str(common.VENV_BIN / "uvicorn"),
            "--factory",
            "bench.ceiling_app:create_app",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=common.ROOT,
        env={**os.environ, "DATABASE_URL": app_dsn},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the ceiling app exited; see ceiling.log")
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/v1/agents/me", timeout=1.0)
            return proc
        except httpx.HTTPError:
            time.sleep(0.25)
    raise RuntimeError("the ceiling app did not start")


def drive(
    route: Route,
    target: Target,
    connections: int,
    duration: float,
    start: int,
    server: common.Server,
) -> common.LoadResult:
    base = common._WRK_SCRIPT
    common._WRK_SCRIPT = lua_for(route, target, start) + base
    try:
        headers = {"Authorization": f"Bearer {target.credentials(route)[0]}"}
        if route.method == "POST":
            headers["Content-Type"] = "application/json"
        before = common.process_tree_cpu(target.pid, children=False)
        result = common.load(
            target.url("/"),
            headers=headers,
            connections=connections,
            duration=duration,
            tool="wrk",
            server=server,
        )
        result.cpu["app"] = common.process_tree_cpu(target.pid, children=False) - before
        return result
    finally:
        common._WRK_SCRIPT = base


def check(target: Target, route: Route) -> None:
    """One request by hand: the route answers 2xx before it is measured."""
    key, agent_id = target.credentials(route)
    path = route.path.replace("{org}", target.org).replace("{agent}", agent_id)
    path = path.replace("{n}", "1")
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    body = route.body if not route.transition else '{"status":"in_progress"}'
    response = httpx.request(
        route.method,
        target.url(path),
        headers=headers,
        content=body if route.method == "POST" else None,
        timeout=30,
    )
    if response.status_code >= 300 and not route.transition:
        raise RuntimeError(f"{target.name} {route.name}: {response.status_code} {response.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--connections", default="32,4")
    parser.add_argument("--duration", type=float, default=8.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--routes", default="", help="substring filter on route names")
    args = parser.parse_args()
    levels = [int(c) for c in args.connections.split(",")]
    routes = [r for r in ROUTES if args.routes.lower() in r.name.lower()]
    # The limiter is on, set so high it never binds: its cost is in every figure.
    env = {
        "RATE_LIMIT_PER_MINUTE": "100000000",
        "RATE_LIMIT_BURST": "10000000",
        "LOG_LEVEL": "INFO",
    }
    started = datetime.now(UTC)
    with common.running_server(env=env) as server:
        admin = server.login()
        agent = admin.create_agent("bench-agent")
        mc_key = admin.create_key(agent["id"], SCOPES)
        beater = admin.create_agent("bench-beater")
        beat_key = admin.create_key(beater["id"], SCOPES)
        for key, _count, _priority in PROJECTS:
            response = admin.client.post(
                f"/api/v1/orgs/{common.ORG}/projects",
                json={"key": key, "name": key, "stage": "active"},
            )
            if response.status_code != 201:
                raise RuntimeError(response.text)
        print("seeding ...", file=sys.stderr)
        (ceiling_key, ceiling_agent), (ceiling_beat_key, ceiling_beater) = asyncio.run(
            seed(server.owner_dsn())
        )
        asyncio.run(common.wait_for_consumers(server.owner_dsn()))
        common.wait_until_idle(server)
        port = common.free_port()
        ceiling = start_ceiling(server, port)
        try:
            targets = [
                Target(
                    "mission-control",
                    server.port,
                    server.pid,
                    common.ORG,
                    mc_key,
                    agent["id"],
                    beat_key,
                    beater["id"],
                ),
                Target(
                    "ceiling",
                    port,
                    ceiling.pid,
                    CEILING_ORG,
                    ceiling_key,
                    ceiling_agent,
                    ceiling_beat_key,
                    ceiling_beater,
                ),
            ]
            for target in targets:
                for route in routes:
                    check(target, route)
            results: dict[tuple[str, int, str], list[common.LoadResult]] = {}
            offsets = {t.name: 1 for t in targets}
            for round_ in range(args.rounds):
                for connections in levels:
                    for route in routes:
                        for target in targets:
                            result = drive(
                                route,
                                target,
                                connections,
                                args.duration,
                                offsets[target.name],
                                server,
                            )
                            if route.transition:
                                offsets[target.name] += result.requests + connections
                            results.setdefault((route.name, connections, target.name), []).append(
                                result
                            )
                            print(
                                f"round {round_ + 1} c={connections} {target.name:15} "
                                f"{route.name:28} {result.rps:7.0f} req/s p50 "
                                f"{result.p50_ms:6.1f} p99 {result.p99_ms:6.1f} ms "
                                f"err {result.errors}",
                                file=sys.stderr,
                            )
        finally:
            ceiling.terminate()
            ceiling.wait(15)
    print_report(results, routes, levels, args, started)


def print_report(
    results: dict[tuple[str, int, str], list[common.LoadResult]],
    routes: list[Route],
    levels: list[int],
    args: argparse.Namespace,
    started: datetime,
) -> None:
    load = os.getloadavg()
    print(f"\n## bench_ceiling.py — {started:%Y-%m-%d %H:%M} UTC\n")
    print(
        f"Command: `.venv/bin/python bench/bench_ceiling.py --connections {args.connections}"
        f" --duration {args.duration:g} --rounds {args.rounds}`; revision "
        f"{common.git_revision()}; load average after the run {load[0]:.1f} / {load[1]:.1f}."
    )
    print(
        "One Uvicorn worker each, the embedded PostgreSQL, wrk -t1; figures are the mean of"
        " the rounds; CPU is the app process's, per request.\n"
    )
    print(
        "| route | conn | MC req/s | ceiling req/s | ratio | MC p50 / p99 ms | ceiling p50 / p99 ms"
        " | MC p99÷p50 | MC / ceiling CPU ms | errors | verdict |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for connections in levels:
        for route in routes:
            mc = results[(route.name, connections, "mission-control")]
            ce = results[(route.name, connections, "ceiling")]
            mc_rps = statistics.mean(r.rps for r in mc)
            ce_rps = statistics.mean(r.rps for r in ce)
            mc_p50 = statistics.mean(r.p50_ms for r in mc)
            mc_p99 = statistics.mean(r.p99_ms for r in mc)
            ce_p50 = statistics.mean(r.p50_ms for r in ce)
            ce_p99 = statistics.mean(r.p99_ms for r in ce)
            mc_cpu = statistics.mean(r.cpu_ms_per_request("app") for r in mc)
            ce_cpu = statistics.mean(r.cpu_ms_per_request("app") for r in ce)
            errors = sum(r.errors for r in mc) + sum(r.errors for r in ce)
            ratio = mc_rps / ce_rps if ce_rps else 0.0
            if connections >= 32:
                ok = ratio >= 0.5 and mc_p99 <= 3 * mc_p50
                verdict = "meets" if ok else "misses"
            else:
                verdict = "meets" if mc_p99 < 50 else "misses"
            print(
                f"| {route.name} | {connections} | {mc_rps:,.0f} | {ce_rps:,.0f} | "
                f"{ratio:.0%} | {mc_p50:.1f} / {mc_p99:.1f} | {ce_p50:.1f} / {ce_p99:.1f} | "
                f"{mc_p99 / mc_p50 if mc_p50 else 0:.1f} | {mc_cpu:.2f} / {ce_cpu:.2f} | "
                f"{errors} | {verdict} |"
            )


if __name__ == "__main__":
    main()
