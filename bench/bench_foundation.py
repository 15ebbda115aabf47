"""Foundation benchmark: the bare-endpoint ceiling, key auth, and an event page.

    .venv/bin/python bench/bench_foundation.py [--events 100000] [--duration 10]

Starts `mission-control serve` (one Uvicorn worker, embedded PostgreSQL) on a
temporary data folder, logs in as the bootstrap admin, creates an agent and an
admin-scoped key, seeds events straight into the table, then drives each
endpoint with `connections` keep-alive connections for `duration` seconds after
a warm-up. Prints requests/s, latency percentiles, and CPU per request of the
server process, PostgreSQL and the load generator. Figures, not a test: the
exit status is 0 whether or not the targets are met.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    ORG,
    LoadResult,
    db_sessions,
    git_revision,
    load,
    running_server,
    seed_events,
    wait_for_consumers,
    wait_until_idle,
    wrk_path,
)

TARGET_RATIO = 0.40  # agents/me throughput vs the bare endpoint
TARGET_EVENTS_P99_MS = 50.0


@dataclass
class Case:
    name: str
    path: str
    auth: bool
    connections: int | None = None  # None: --connections


EVENTS_PATH = f"/api/v1/orgs/{ORG}/events?limit=50"
CASES = [
    Case("GET /health (bare, ceiling)", "/health", auth=False),
    Case("GET /api/v1/agents/me", "/api/v1/agents/me", auth=True),
    Case(f"GET /api/v1/orgs/{ORG}/events?limit=50", EVENTS_PATH, auth=True),
    # Context, not a target: one request at a time shows the service time without queueing.
    Case("  same events page, 1 connection", EVENTS_PATH, auth=True, connections=1),
]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="events to seed")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per measurement")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of warm-up per case")
    parser.add_argument("--rounds", type=int, default=1, help="measure every case this often")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--tool", choices=["auto", "wrk", "python"], default="auto")
    parser.add_argument("--keep-data", action="store_true", help="keep the data folder")
    return parser.parse_args()


def check(server_url: str, key: str) -> None:
    """Each case answers 200 (and the event page is full) before it is measured."""
    with httpx.Client(base_url=server_url, timeout=30) as client:
        auth = {"Authorization": f"Bearer {key}"}
        for case in CASES:
            response = client.get(case.path, headers=auth if case.auth else {})
            if response.status_code != 200:
                raise RuntimeError(f"{case.path} -> {response.status_code}: {response.text[:300]}")
        page = client.get(CASES[2].path, headers=auth).json()
        if len(page["items"]) != 50 or page["next_cursor"] is None:
            raise RuntimeError(f"the event page is not full: {len(page['items'])} items")


def row(name: str, connections: int, result: LoadResult) -> str:
    return (
        f"| {name} | {connections} | {result.rps:,.0f} | {result.p50_ms:.1f} | {result.p90_ms:.1f} "
        f"| {result.p99_ms:.1f} | {result.max_ms:.0f} | {result.errors} "
        f"| {result.cpu_ms_per_request('server'):.2f} "
        f"| {result.cpu_ms_per_request('postgres'):.2f} "
        f"| {result.cpu_ms_per_request('client'):.3f} |"
    )


def main() -> None:
    args = parse_args()
    tool = args.tool
    if tool == "auto":
        tool = "wrk" if wrk_path() else "python"
    print(
        f"bench_foundation: {args.connections} connections, {args.duration:g}s per case "
        f"after {args.warmup:g}s warm-up, {args.rounds} round(s); load generator: "
        + (
            f"wrk ({wrk_path()}, {args.threads} thread(s))"
            if tool == "wrk"
            else "python asyncio raw-socket client (wrk not found)"
        )
    )
    print(
        f"machine: {os.cpu_count()} CPUs, {platform.python_implementation()} "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.2f}; "
        f"revision {git_revision()}"
    )
    results: dict[str, list[LoadResult]] = {case.name: [] for case in CASES}
    new_connections: dict[str, list[int]] = {case.name: [] for case in CASES}
    started = time.perf_counter()
    with running_server(keep_data=args.keep_data) as server:
        print(f"server: pid {server.pid} at {server.base_url}, data in {server.data_dir}")
        admin = server.login()
        agent = admin.create_agent("bench-agent")
        key = admin.create_key(agent["id"], ["admin"])
        seconds = asyncio.run(seed_events(server.owner_dsn(), n=args.events, actor_id=agent["id"]))
        print(f"seeded {args.events:,} events in {seconds:.1f}s", flush=True)
        # The server's event consumers (notifications, webhooks) read the new rows in
        # the background; measure after they have caught up and the server is idle.
        behind = asyncio.run(wait_for_consumers(server.owner_dsn()))
        idle = wait_until_idle(server)
        print(f"background consumers caught up in {behind:.1f}s; server idle after {idle:.1f}s")
        check(server.base_url, key)
        for round_no in range(args.rounds):
            for case in CASES:
                headers = {"Authorization": f"Bearer {key}"} if case.auth else {}
                url = server.url(case.path)
                connections = case.connections or args.connections

                # A closed-loop client leaves up to `connections` requests in flight when it
                # stops; the server finishes them before the measured run starts.
                runs = [(args.warmup, None), (args.duration, server)]
                for seconds, measured in runs:
                    wait_until_idle(server, below=0.10, window=0.5, timeout=60.0)
                    sessions = asyncio.run(db_sessions(server.owner_dsn()))
                    result = load(
                        url,
                        headers=headers,
                        connections=connections,
                        duration=seconds,
                        threads=args.threads,
                        tool=tool,
                        server=measured,
                    )
                # +1: our own connection that counted them
                opened = asyncio.run(db_sessions(server.owner_dsn())) - sessions - 1
                new_connections[case.name].append(opened)
                results[case.name].append(result)
                print(
                    f"  round {round_no + 1}: {case.name.strip()} ({connections} conn): "
                    f"{result.rps:,.0f} req/s, p50 {result.p50_ms:.1f} ms, "
                    f"p99 {result.p99_ms:.1f} ms, {opened} new DB connections "
                    f"(load average {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
    print(f"done in {time.perf_counter() - started:.0f}s (server stopped)\n")

    # The round with the best throughput per case: the least disturbed by neighbours.
    best = {name: max(runs, key=lambda r: r.rps) for name, runs in results.items()}
    bare, me, page = (best[case.name] for case in CASES[:3])
    print(
        "| endpoint | conn | req/s | p50 ms | p90 ms | p99 ms | max ms | errors "
        "| server CPU ms/req | postgres CPU ms/req | client CPU ms/req |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for case in CASES:
        print(row(case.name, case.connections or args.connections, best[case.name]))
    ratio = me.rps / bare.rps if bare.rps else 0.0
    print()
    print(
        f"agents/me / bare = {ratio:.0%} (target >= {TARGET_RATIO:.0%}): "
        + ("MET" if ratio >= TARGET_RATIO else "NOT MET")
    )
    # Closed loop: mean latency = connections / throughput (Little's law), so a p99
    # under the target at this concurrency needs at least connections / target req/s.
    print(
        f"events page p99 = {page.p99_ms:.1f} ms (target < {TARGET_EVENTS_P99_MS:.0f} ms): "
        + ("MET" if page.p99_ms < TARGET_EVENTS_P99_MS else "NOT MET")
        + f" (at {args.connections} connections that needs more than "
        f"{args.connections / (TARGET_EVENTS_P99_MS / 1000):,.0f} req/s)"
    )
    if args.rounds > 1:
        print(
            "\nall rounds (req/s): "
            + "; ".join(
                f"{name}: {', '.join(f'{r.rps:,.0f}' for r in runs)}"
                for name, runs in results.items()
            )
        )


if __name__ == "__main__":
    main()
