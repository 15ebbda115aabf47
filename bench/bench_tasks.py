"""Task API latency: create, transition, and a 50-task page of a 10,000-task project.

Prints figures; not a test. Starts a real `mission-control serve` (one Uvicorn
worker, embedded PostgreSQL) on a temporary data folder, seeds a project of
10,000 tasks straight into the database, then drives each route closed-loop at
32 keep-alive connections (wrk with a Lua request generator when installed).

    .venv/bin/python bench/bench_tasks.py [--connections 32] [--duration 10]

Targets: list p99 < 50 ms; create and transition p99 < 30 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

from mission_control.projects.positions import key_between

SEEDED = 10_000
BASE_SCRIPT = common._WRK_SCRIPT


async def seed_tasks(dsn: str, project_key: str, n: int) -> None:
    """Insert `n` todo tasks into the project (numbers 1..n), like a busy board."""
    conn = await asyncpg.connect(dsn)
    try:
        project = await conn.fetchrow("SELECT id, org_id FROM projects WHERE key = $1", project_key)
        position, rows = None, []
        for number in range(1, n + 1):
            position = key_between(position, None)
            rows.append(
                (project["org_id"], project["id"], number, f"Seeded task {number}", position)
            )
        await conn.executemany(
            "INSERT INTO tasks (org_id, project_id, number, title, position, created_by_type,"
            " priority, labels) VALUES ($1, $2, $3, $4, $5, 'system', 'medium', '{bench}')",
            rows,
        )
        await conn.execute(
            "UPDATE task_counters SET last_number = $2 WHERE project_id = $1", project["id"], n
        )
        await conn.execute("ANALYZE tasks")
    finally:
        await conn.close()


def run(
    url: str, headers: dict[str, str], lua: str, args: argparse.Namespace, server: common.Server
) -> common.LoadResult:
    common._WRK_SCRIPT = lua + BASE_SCRIPT
    try:
        return common.load(
            url,
            headers=headers,
            connections=args.connections,
            duration=args.duration,
            tool="wrk",
            server=server,
        )
    finally:
        common._WRK_SCRIPT = BASE_SCRIPT


def report(name: str, result: common.LoadResult, target: float) -> str:
    verdict = "meets" if result.p99_ms < target else "misses"
    line = (
        f"| {name} | {result.requests} | {result.rps:.0f} | {result.p50_ms:.1f} | "
        f"{result.p99_ms:.1f} | {result.max_ms:.1f} | {result.errors} | "
        f"{result.cpu_ms_per_request('server'):.2f} | {result.cpu_ms_per_request('postgres'):.2f} "
        f"| < {target:.0f} ms ({verdict}) |"
    )
    print(line, flush=True)
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--results", type=Path, default=Path(__file__).with_name("RESULTS.md"))
    args = parser.parse_args()
    if common.wrk_path() is None:
        sys.exit("bench_tasks needs wrk (apt-get install -y wrk) for POST load.")

    with common.running_server() as server:
        admin = server.login()
        for key in ("BENCH", "CRT"):
            response = admin.client.post(
                f"/api/v1/orgs/{common.ORG}/projects", json={"key": key, "name": key}
            )
            assert response.status_code == 201, response.text
        agent = admin.create_agent("bench-tasks")
        key = admin.create_key(agent["id"], ["tasks:write", "projects:write"])
        asyncio.run(seed_tasks(server.owner_dsn(), "BENCH", SEEDED))
        headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
        org = f"/api/v1/orgs/{common.ORG}"
        lines = []
        print(
            "| route | requests | req/s | p50 ms | p99 ms | max ms | errors "
            "| server CPU ms/req | postgres CPU ms/req | target |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")

        create_lua = (
            'wrk.method = "POST"\n'
            f"wrk.body = {json.dumps(json.dumps({'title': 'Bench task', 'priority': 'high'}))}\n"
        )
        result = run(server.url(f"{org}/projects/CRT/tasks"), headers, create_lua, args, server)
        lines.append(report("create task (POST .../projects/CRT/tasks)", result, 30))

        # Each request moves the next seeded todo task to in_progress (distinct rows).
        transition_lua = f"""
counter = 0
request = function()
  counter = counter + 1
  local body = '{{"status": "in_progress"}}'
  return wrk.format("POST", "{org}/tasks/BENCH-" .. ((counter - 1) % {SEEDED} + 1)
    .. "/transition", nil, body)
end
"""
        result = run(
            server.url(f"{org}/tasks/BENCH-1/transition"), headers, transition_lua, args, server
        )
        lines.append(report("transition task (POST .../tasks/{ref}/transition)", result, 30))

        result = run(server.url(f"{org}/projects/BENCH/tasks?limit=50"), headers, "", args, server)
        lines.append(report("list 50 of 10,000 (GET .../projects/BENCH/tasks)", result, 50))

    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = [
        "",
        f"## bench_tasks.py — {stamp} ({args.connections} connections, {args.duration:.0f} s "
        "per route, one server process, embedded PostgreSQL, wrk -t1, 2 shared cores)",
        "",
        f"Command: `.venv/bin/python bench/bench_tasks.py --connections {args.connections} "
        f"--duration {args.duration:g}`; revision {common.git_revision()}.",
        "Transition errors are non-2xx answers (a task already moved once the seeded "
        "todo tasks run out).",
        "",
        "| route | requests | req/s | p50 ms | p99 ms | max ms | errors "
        "| server CPU ms/req | postgres CPU ms/req | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        *lines,
        "",
    ]
    with args.results.open("a") as handle:
        handle.write("\n".join(section))
    print(f"appended to {args.results}")


if __name__ == "__main__":
    main()
