"""Expiry at scale: 1,000 sub-agents with 1 s TTLs and 1,000 claims with 1 s leases.

Prints figures; not a test. A real `mission-control serve` (default configuration:
the expiry job runs in the server's runner every second). Reports

- refused at the first request after expiry: each sub-agent key is tried once just
  before and once just after its deadline (target: every key works before and is
  refused after, whatever the job has done);
- the job's lag: from a sub-agent's deadline (or a lease's end) to its
  `subagent.expired` (or `task.lease_expired`) event (target: within one job
  interval, 1 s);
- the request path's cost of the check: statements per `GET /agents/me` with a
  sub-agent key against an agent key (target: the same, no extra statement).

    .venv/bin/python bench/bench_expiry.py [--count 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

JOB_INTERVAL = 1.0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return (
        ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]
        if ordered
        else 0.0
    )


async def run(server: common.Server, count: int) -> dict[str, object]:
    admin = server.login()
    parent = admin.create_agent("expiry-parent")
    key = admin.create_key(parent["id"], ["tasks:write", "agents:write", "subagents:spawn"])
    admin.client.post(
        f"/api/v1/orgs/{common.ORG}/projects", json={"key": "EXP", "name": "e", "lease_seconds": 1}
    ).raise_for_status()
    h = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=server.base_url, timeout=60) as client:
        sem = asyncio.Semaphore(16)

        async def make_task(i: int) -> None:
            async with sem:
                r = await client.post(
                    f"/api/v1/orgs/{common.ORG}/projects/EXP/tasks",
                    json={"title": f"t{i}"},
                    headers=h,
                )
                r.raise_for_status()

        await asyncio.gather(*(make_task(i) for i in range(count)))

        async def spawn(i: int) -> dict[str, object]:
            async with sem:
                r = await client.post(
                    f"/api/v1/orgs/{common.ORG}/sub-agents",
                    json={"name": f"s{i}", "ttl_seconds": 1, "scopes": ["tasks:read"]},
                    headers=h,
                )
                r.raise_for_status()
                body = r.json()
                # Just before the deadline the key works.
                before = await client.get(
                    "/api/v1/agents/me", headers={"Authorization": f"Bearer {body['key']}"}
                )
                deadline = datetime.fromisoformat(body["expires_at"])
                wait = (deadline - datetime.now(UTC)).total_seconds()
                await asyncio.sleep(max(0.0, wait) + 0.01)
                after = await client.get(
                    "/api/v1/agents/me", headers={"Authorization": f"Bearer {body['key']}"}
                )
                return {"before": before, "after": after.status_code, "id": body["id"]}

        started = time.perf_counter()
        spawned = await asyncio.gather(*(spawn(i) for i in range(count)))

        async def claim(_: int) -> None:
            async with sem:
                r = await client.post(
                    f"/api/v1/orgs/{common.ORG}/tasks/claim-next",
                    json={"project": "EXP"},
                    headers=h,
                )
                r.raise_for_status()

        await asyncio.gather(*(claim(i) for i in range(count)))
        spawn_seconds = time.perf_counter() - started
        await asyncio.sleep(1 + 2 * JOB_INTERVAL)
    conn = await asyncpg.connect(server.owner_dsn())
    try:
        sub_lag = [
            r["lag"]
            for r in await conn.fetch(
                "SELECT extract(epoch FROM e.occurred_at - a.expires_at)::float8 AS lag"
                " FROM events e JOIN agents a ON a.id = e.entity_id"
                " WHERE e.type = 'subagent.expired'"
            )
        ]
        lease_lag = [
            r["lag"]
            for r in await conn.fetch(
                "SELECT extract(epoch FROM e.occurred_at"
                "  - (e.payload->'before'->>'lease_expires_at')::timestamptz)::float8 AS lag"
                " FROM events e WHERE e.type = 'task.lease_expired'"
            )
        ]
        still_active = await conn.fetchval("SELECT count(*) FROM agents WHERE lifecycle = 'active'")
        still_held = await conn.fetchval("SELECT count(*) FROM tasks WHERE status = 'in_progress'")
    finally:
        await conn.close()
    return {
        "spawned": spawned,
        "sub_lag": sub_lag,
        "lease_lag": lease_lag,
        "still_active": still_active,
        "still_held": still_held,
        "spawn_seconds": spawn_seconds,
    }


def statements(server: common.Server) -> tuple[int, int]:
    admin = server.login()
    agent = admin.create_agent("stmt-agent")
    key = admin.create_key(agent["id"], ["tasks:write", "subagents:spawn"])
    h = {"Authorization": f"Bearer {key}"}
    sub = httpx.post(
        server.url(f"/api/v1/orgs/{common.ORG}/sub-agents"),
        headers=h,
        json={"name": "s", "scopes": ["tasks:read"]},
    ).json()

    def count(k: str) -> int:
        r = httpx.get(server.url("/api/v1/agents/me"), headers={"Authorization": f"Bearer {k}"})
        return int(r.headers["x-mc-statements"])

    return count(key), count(sub["key"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    env = {"RATE_LIMIT_PER_MINUTE": "0", "MC_COUNT_STATEMENTS": "true"}
    with common.running_server(env=env) as server:
        result = asyncio.run(run(server, args.count))
        agent_statements, sub_statements = statements(server)
    spawned = result["spawned"]
    assert isinstance(spawned, list)
    tried = [s for s in spawned if s["before"] is not None]
    ok_before = sum(1 for s in tried if s["before"] == 200)
    refused_after = sum(1 for s in spawned if s["after"] == 401)
    sub_lag, lease_lag = result["sub_lag"], result["lease_lag"]
    assert isinstance(sub_lag, list)
    assert isinstance(lease_lag, list)
    load = os.getloadavg()
    print(f"\n## bench_expiry.py — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n")
    print(
        f"Command: `.venv/bin/python bench/bench_expiry.py --count {args.count}`; revision "
        f"{common.git_revision()}; load average {load[0]:.1f} / {load[1]:.1f}. One server,"
        " default configuration (the expiry job every"
        f" {JOB_INTERVAL:g} s in the server's runner).\n"
    )
    print("| figure | value | target |")
    print("|---|---:|---|")
    print(f"| keys working just before their deadline | {ok_before} / {len(tried)} tried | all |")
    print(
        f"| keys refused at the first request after it | {refused_after} / {len(spawned)} | all |"
    )
    print(
        f"| sub-agents expired by the job (events) | {len(sub_lag)} / {len(spawned)} | all, once |"
    )
    print(
        f"| deadline → `subagent.expired`, p50 / p99 / max s | {statistics.median(sub_lag):.2f}"
        f" / {pct(sub_lag, 99):.2f} / {max(sub_lag):.2f} | ≤ {JOB_INTERVAL:g} |"
    )
    print(f"| leases released by the job (events) | {len(lease_lag)} / {args.count} | all, once |")
    print(
        "| lease end → `task.lease_expired`, p50 / p99 / max s |"
        f" {statistics.median(lease_lag):.2f}"
        f" / {pct(lease_lag, 99):.2f} / {max(lease_lag):.2f} | ≤ {JOB_INTERVAL:g} |"
    )
    print(
        f"| left active / left held afterwards | {result['still_active']} /"
        f" {result['still_held']} | 0 / 0 |"
    )
    print(
        f"| statements per GET /agents/me: agent key / sub-agent key | {agent_statements} /"
        f" {sub_statements} | equal |"
    )


if __name__ == "__main__":
    main()
