"""MCP tool-call latency beside the same REST calls: claim_next and list_tasks, 16 agents.

Prints figures; not a test. Starts a real `mission-control serve` (one Uvicorn worker,
embedded PostgreSQL), seeds a project of todo tasks, then 16 agents (each its own key and
keep-alive connection) call closed-loop for `--duration` seconds per round: REST and MCP
rounds alternate (`--rounds` each) in ABBA order (REST, MCP, MCP, REST, ...), and every
round starts on a vacuumed table, so neither side always meets the other's dead index
entries (each claim leaves one in the claimable index) or its autovacuum. An MCP call is
what a client sends per tool call on a stateless server: one POST of `tools/call` to /mcp.

    .venv/bin/python bench/bench_mcp.py [--agents 16] [--duration 8] [--rounds 3]

Target: MCP p50/p99 within 20% of REST (the ceiling, measured in the same run).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
from bench_tasks import seed_tasks

SEEDED = 60_000
MCP_HEADERS = {
    "Accept": "application/json, text/event-stream",
    "Content-Type": "application/json",
    "MCP-Protocol-Version": "2025-11-25",
}


def rest_call(name: str, org: str) -> tuple[str, str, dict[str, Any] | None]:
    if name == "claim_next":
        return "POST", f"/api/v1/orgs/{org}/tasks/claim-next", {}
    return "GET", f"/api/v1/orgs/{org}/tasks?project=BENCH&status=todo&limit=20", None


def mcp_body(name: str, seq: int) -> dict[str, Any]:
    arguments: dict[str, Any] = (
        {} if name == "claim_next" else {"project": "BENCH", "status": ["todo"], "limit": 20}
    )
    return {
        "jsonrpc": "2.0",
        "id": seq,
        "method": "tools/call",
        "params": {"name": name, "arguments": arguments},
    }


async def agent(
    base: str, key: str, name: str, via: str, until: float, latencies: list[float]
) -> int:
    errors = 0
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as client:
        seq = 0
        while time.perf_counter() < until:
            seq += 1
            started = time.perf_counter()
            if via == "rest":
                method, path, body = rest_call(name, common.ORG)
                response = await client.request(method, path, json=body)
                ok = response.status_code in (200, 204)
            else:
                path = "/mcp?profile=full"
                response = await client.post(path, json=mcp_body(name, seq), headers=MCP_HEADERS)
                ok = response.status_code == 200 and '"isError":true' not in response.text
            latencies.append((time.perf_counter() - started) * 1000)
            errors += not ok
    return errors


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def round_of(
    base: str, keys: list[str], name: str, via: str, duration: float
) -> tuple[list[float], int]:
    latencies: list[float] = []
    until = time.perf_counter() + duration
    errors = await asyncio.gather(*(agent(base, k, name, via, until, latencies) for k in keys))
    return latencies, sum(errors)


async def settle(dsn: str) -> None:
    """The same table state before every round: dead tuples gone, statistics fresh."""
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("VACUUM ANALYZE tasks")
        await conn.execute("CHECKPOINT")
    finally:
        await conn.close()


def order(rounds: int) -> list[str]:
    """REST, MCP, MCP, REST, ...: each side goes first as often as second."""
    pairs = [("rest", "mcp") if i % 2 == 0 else ("mcp", "rest") for i in range(rounds)]
    return [via for pair in pairs for via in pair]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=16)
    parser.add_argument("--duration", type=float, default=8.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    # The limiter stays in the path (both sides pay for it) but never answers 429.
    env = {"RATE_LIMIT_PER_MINUTE": "100000000", "RATE_LIMIT_BURST": "10000000"}
    with common.running_server(env=env) as server:
        admin = server.login()
        response = admin.client.post(
            f"/api/v1/orgs/{common.ORG}/projects", json={"key": "BENCH", "name": "BENCH"}
        )
        assert response.status_code == 201, response.text
        keys = []
        for i in range(args.agents):
            agent_row = admin.create_agent(f"bench-mcp-{i}")
            keys.append(admin.create_key(agent_row["id"], ["tasks:write", "events:read"]))
        asyncio.run(seed_tasks(server.owner_dsn(), "BENCH", SEEDED))
        figures: dict[tuple[str, str], tuple[list[float], int]] = {}
        for name in ("claim_next", "list_tasks"):
            for via in order(args.rounds):
                asyncio.run(settle(server.owner_dsn()))
                lat, err = asyncio.run(round_of(server.base_url, keys, name, via, args.duration))
                kept = figures.setdefault((name, via), ([], 0))
                figures[(name, via)] = (kept[0] + lat, kept[1] + err)

    print(f"bench_mcp — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, revision {common.git_revision()}")
    print(
        f"{args.agents} agents, {args.rounds} rounds each of {args.duration:.0f} s,"
        " ABBA order, vacuumed before each"
    )
    print("| call | via | calls | errors | p50 ms | p99 ms | MCP / REST p50, p99 | target |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for name in ("claim_next", "list_tasks"):
        rest, rest_err = figures[(name, "rest")]
        mcp, mcp_err = figures[(name, "mcp")]
        r50, r99, m50, m99 = pct(rest, 0.5), pct(rest, 0.99), pct(mcp, 0.5), pct(mcp, 0.99)
        print(f"| {name} | REST (ceiling) | {len(rest)} | {rest_err} | {r50:.1f} | {r99:.1f} | | |")
        ok = m50 <= r50 * 1.2 and m99 <= r99 * 1.2
        print(
            f"| {name} | MCP | {len(mcp)} | {mcp_err} | {m50:.1f} | {m99:.1f} "
            f"| {m50 / r50:.2f}, {m99 / r99:.2f} | ≤ 1.20 ({'met' if ok else 'missed'}) |"
        )


if __name__ == "__main__":
    main()
