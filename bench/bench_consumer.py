"""The event consumer's lag under write load: event commit -> its notification row.

Prints figures; not a test. For each mode, a real `mission-control serve` on a
fresh embedded PostgreSQL (no REDIS_URL): the bootstrap admin subscribes to two
projects; an agent creates tasks in LOAD with wrk at `--connections` for
`--duration` seconds (every creation is an event that notifies the admin), and
meanwhile a probe creates one task in LAG every 50 ms on its own connection,
noting when each answer arrived (the commit happens just before the answer
starts). Afterwards the bench waits for the consumer to catch up and reads each
probe event's notification row (`created_at`, written with `clock_timestamp()`):
lag = row written - answer received. "missing" counts events of either project
with no notification afterwards (target 0).

Modes: `child` (the default of `serve`: the consumer runs in a job worker child
process woken over LISTEN/NOTIFY) and `inline` (RUN_JOBS_IN_PROCESS=true: the
server's own event loop, batched per org). The create req/s of the two is the
yardstick of what the consumer costs the request path.

    .venv/bin/python bench/bench_consumer.py [--modes child,inline] [--connections 32]
        [--duration 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

PROJECT = "LAG"
LOAD = "LOAD"
PROBE_EVERY = 0.05
HIGH = {"RATE_LIMIT_PER_MINUTE": "100000000", "RATE_LIMIT_BURST": "1000000"}


@dataclass
class Figures:
    mode: str
    creates: int
    rps: float
    create_p99_ms: float
    events: int
    missing: int
    probes: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    caught_up_s: float


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    index = min(len(values) - 1, max(0, round(q / 100 * (len(values) - 1))))
    return sorted(values)[index]


async def probe(url: str, key: str, stop: threading.Event, seen: dict[str, float]) -> None:
    """Create a task every PROBE_EVERY seconds; note when each answer arrived (wall clock)."""
    async with httpx.AsyncClient(
        base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=60
    ) as http:
        while not stop.is_set():
            response = await http.post(
                f"/api/v1/orgs/{common.ORG}/projects/{PROJECT}/tasks", json={"title": "probe"}
            )
            arrived = time.time()
            if response.status_code == 201:
                seen[response.json()["id"]] = arrived
            await asyncio.sleep(PROBE_EVERY)


async def settle(dsn: str) -> float:
    """Wait until the consumer has read every event, including those of late commits."""
    started = time.perf_counter()
    conn = await asyncpg.connect(dsn)
    try:
        stable = 0
        while stable < 3:
            behind = await conn.fetchval(
                "SELECT coalesce(max(e.id), 0) > coalesce(min(c.last_event_id), 0)"
                " FROM events e, event_consumers c WHERE c.org_id = e.org_id"
            )
            stable = 0 if behind else stable + 1
            if time.perf_counter() - started > 120:
                raise RuntimeError("the consumer is still behind after 120 s")
            await asyncio.sleep(0.2)
    finally:
        await conn.close()
    return time.perf_counter() - started - 0.6


async def lag(
    dsn: str, user_email: str, since_id: int, seen: dict[str, float]
) -> tuple[int, int, list[float]]:
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            "SELECT e.entity_id, p.key, extract(epoch FROM n.created_at) AS written"
            " FROM events e JOIN projects p ON p.id = e.project_id AND p.key = ANY($1::text[])"
            " JOIN users u ON u.email = $2"
            " LEFT JOIN notifications n ON n.event_id = e.id AND n.recipient_type = 'user'"
            "  AND n.recipient_id = u.id"
            " WHERE e.id > $3 AND e.type = 'task.created'",
            [PROJECT, LOAD],
            user_email,
            since_id,
        )
    finally:
        await conn.close()
    missing = sum(1 for r in rows if r["written"] is None)
    lags = [
        1000 * (float(r["written"]) - seen[str(r["entity_id"])])
        for r in rows
        if r["written"] is not None and str(r["entity_id"]) in seen
    ]
    return len(rows), missing, lags


async def newest_event(dsn: str) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        return int(await conn.fetchval("SELECT coalesce(max(id), 0) FROM events"))
    finally:
        await conn.close()


def run_mode(mode: str, args: argparse.Namespace) -> Figures:
    env = dict(HIGH)
    if mode == "inline":
        env["RUN_JOBS_IN_PROCESS"] = "true"
    with common.running_server(env=env) as server:
        admin = server.login()
        for project in (PROJECT, LOAD):
            response = admin.client.post(
                f"/api/v1/orgs/{common.ORG}/projects", json={"key": project, "name": project}
            )
            assert response.status_code == 201, response.text
            response = admin.client.post(
                f"/api/v1/orgs/{common.ORG}/subscriptions", json={"project": project}
            )
            assert response.status_code == 201, response.text
        agent = admin.create_agent("bench-consumer")
        key = admin.create_key(agent["id"], ["tasks:write", "projects:write"])
        dsn = server.owner_dsn()
        start_id = asyncio.run(newest_event(dsn))
        body = json.dumps({"title": "Load task", "priority": "high"})
        common._WRK_SCRIPT = f'wrk.method = "POST"\nwrk.body = {json.dumps(body)}\n' + BASE
        stop, seen = threading.Event(), {}
        prober = threading.Thread(
            target=lambda: asyncio.run(probe(server.base_url, key, stop, seen)), daemon=True
        )
        prober.start()
        try:
            result = common.load(
                server.url(f"/api/v1/orgs/{common.ORG}/projects/{LOAD}/tasks"),
                headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
                connections=args.connections,
                duration=args.duration,
                tool="wrk",
                server=server,
            )
        finally:
            common._WRK_SCRIPT = BASE
            stop.set()
            prober.join(60)
        caught = asyncio.run(settle(dsn))
        events, missing, lags = asyncio.run(lag(dsn, common.BOOTSTRAP_EMAIL, start_id, seen))
        return Figures(
            mode=mode,
            creates=result.requests,
            rps=result.rps,
            create_p99_ms=result.p99_ms,
            events=events,
            missing=missing,
            probes=len(lags),
            p50_ms=statistics.median(lags) if lags else 0.0,
            p99_ms=_pct(lags, 99),
            max_ms=max(lags, default=0.0),
            caught_up_s=caught,
        )


BASE = common._WRK_SCRIPT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", default="child,inline")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=float, default=10.0)
    args = parser.parse_args()
    if common.wrk_path() is None:
        sys.exit("bench_consumer needs wrk (apt-get install -y wrk) for POST load.")
    print(
        "| mode | creates (wrk) | create req/s | create p99 ms | events | missing | probes "
        "| lag p50 ms | lag p99 ms | lag max ms | caught up after load s |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for mode in args.modes.split(","):
        f = run_mode(mode.strip(), args)
        print(
            f"| {f.mode} | {f.creates} | {f.rps:.0f} | {f.create_p99_ms:.0f} | {f.events} "
            f"| {f.missing} | {f.probes} | {f.p50_ms:.0f} | {f.p99_ms:.0f} | {f.max_ms:.0f} "
            f"| {f.caught_up_s:.1f} |",
            flush=True,
        )
    print(f"revision {common.git_revision()}")


if __name__ == "__main__":
    main()
