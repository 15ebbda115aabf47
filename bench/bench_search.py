"""Search latency across the word-frequency range, and export throughput, on one big org.

Prints figures; not a test. Starts a real `mission-control serve` (one Uvicorn worker,
embedded PostgreSQL, jobs in process) on a temporary data folder, seeds 1,000,000
messages and 100,000 tasks straight into the database, then:

- per band (rare words, a word in 10% and one in 30% of messages, two-word phrases,
  type-ahead prefixes): `GET .../search` closed-loop at 4 connections (p50/p99) and the
  throughput at 16; beside it the ceiling: the very statement the route sends, run by raw
  asyncpg as the app role under RLS at the same concurrency;
- the naive plan for reference: ranking every match of the 30% word (no candidate cap);
- an export of the org (rows/s, worker wall time), and its ceiling: the same snapshot's
  COPY of every table into nothing.

    .venv/bin/python bench/bench_search.py [--messages 1000000] [--tasks 100000] [--duration 8]
        [--bands 'two-word,30%'] [--skip-export] [--explain]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

from mission_control.search import queries as sq
from mission_control.search import service as search

# Words by how many messages hold them (see seed()): r0000..r9999 in 0.01% each, `teal`
# and `solar` in 10%, `amber` in 30%, "solar flare" adjacent in 2%; w0..w4999 fill.
BANDS: dict[str, list[str]] = {
    "rare (0.01%)": ["r0042", "r1234", "r5555", "r7001", "r9876", "r0777"],
    "10% word": ["teal", "solar"],
    "30% word": ["amber"],
    "two-word phrase": ['"solar flare"', '"amber teal"', "amber teal"],
    "type-ahead prefix": ["amb", "tea", "sol", "r004", "w12", "w1"],
}


async def seed(dsn: str, messages: int, tasks: int) -> dict[str, float]:
    """Channels, messages and tasks in bulk as the owner; GIN indexes rebuilt after."""
    conn = await asyncpg.connect(dsn, timeout=60, command_timeout=3600)
    timings: dict[str, float] = {}
    try:
        org_id = await conn.fetchval("SELECT id FROM organizations WHERE slug = $1", common.ORG)
        project_id = await conn.fetchval(
            "INSERT INTO projects (org_id, key, name, position) VALUES ($1, 'BIG', 'Big', 'a')"
            " RETURNING id",
            org_id,
        )
        await conn.execute(
            "INSERT INTO task_counters (project_id, org_id, last_number) VALUES ($1, $2, $3)",
            project_id,
            org_id,
            tasks,
        )
        channels = [
            await conn.fetchval(
                "INSERT INTO channels (org_id, name, visibility, created_by_type)"
                " VALUES ($1, $2, 'public', 'system') RETURNING id",
                org_id,
                f"room-{i}",
            )
            for i in range(20)
        ]
        author = uuid.uuid4()
        primes = (7919, 104729, 1299709, 15485863, 179424673, 2038074743)
        words = " || ' ' || ".join(
            f"'w' || ((g::bigint * {p} + {i}) % 5000)" for i, p in enumerate(primes)
        )
        body = (
            f"{words} || ' r' || lpad((g % 10000)::text, 4, '0')"
            " || CASE WHEN g % 10 = 0 THEN ' teal' ELSE '' END"
            " || CASE WHEN (g::bigint * 2654435761) % 1000 < 300 THEN ' amber' ELSE '' END"
            " || CASE WHEN (g::bigint * 40503) % 1000 < 20 THEN ' solar flare'"
            " WHEN (g::bigint * 40503) % 1000 < 100 THEN ' solar w1 flare'"
            " WHEN (g::bigint * 40503) % 1000 < 200 THEN ' flare' ELSE '' END"
        )
        started = time.perf_counter()
        await conn.execute("DROP INDEX IF EXISTS messages_search_idx")
        await conn.execute(
            "INSERT INTO messages (org_id, channel_id, seq, author_type, author_id, body,"
            " created_at) SELECT $1, ($2::uuid[])[1 + g % 20], g, 'agent', $3,"
            f" {body}, now() - make_interval(secs => ($4 - g) * 0.05)"
            " FROM generate_series(1, $4) g",
            org_id,
            channels,
            author,
            messages,
        )
        await conn.execute("UPDATE channels SET last_seq = $1 WHERE org_id = $2", messages, org_id)
        timings["messages inserted, s"] = time.perf_counter() - started
        started = time.perf_counter()
        await conn.execute("SET maintenance_work_mem = '256MB'")
        await conn.execute("CREATE INDEX messages_search_idx ON messages USING gin (search)")
        timings["messages GIN built, s"] = time.perf_counter() - started
        started = time.perf_counter()
        await conn.execute("DROP INDEX IF EXISTS tasks_search_idx")
        await conn.execute(
            "INSERT INTO tasks (org_id, project_id, number, title, description, position,"
            " created_by_type, created_at)"
            f" SELECT $1, $2, g, 'w' || (g % 5000) || ' w' || ((g::bigint * 7919) % 5000)"
            " || CASE WHEN g % 10 = 0 THEN ' teal' ELSE '' END"
            " || CASE WHEN (g::bigint * 2654435761) % 1000 < 300 THEN ' amber' ELSE '' END,"
            f" {body}, lpad(g::text, 9, '0'), 'system',"
            " now() - make_interval(secs => ($3 - g) * 0.5)"
            " FROM generate_series(1, $3) g",
            org_id,
            project_id,
            tasks,
        )
        await conn.execute("CREATE INDEX tasks_search_idx ON tasks USING gin (search_vector)")
        timings["tasks inserted and indexed, s"] = time.perf_counter() - started
        await conn.execute("VACUUM ANALYZE messages")
        await conn.execute("VACUUM ANALYZE tasks")
    finally:
        await conn.close()
    return timings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def closed_loop(call: Any, queries: list[str], connections: int, duration: float) -> Any:
    """`connections` loops calling `call(query)` back to back; latencies (ms) and rate."""
    latencies: list[float] = []
    deadline = time.perf_counter() + duration

    async def loop(offset: int) -> None:
        i = offset
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            await call(queries[i % len(queries)])
            latencies.append((time.perf_counter() - started) * 1000)
            i += 1

    started = time.perf_counter()
    await asyncio.gather(*(loop(i) for i in range(connections)))
    elapsed = time.perf_counter() - started
    return latencies, len(latencies) / elapsed


async def statement_for(conn: Any, text: str) -> tuple[str, list[Any]]:
    """The statement the route sends for `text` (all kinds, first page, unlimited key)."""
    where = search.Where()
    expr = search.tsquery(where, text)
    cap, probe = where.param(search.CANDIDATES), where.param(search.PROBE)
    dense = where.param(search.DENSE)
    words = sq.words(expr)
    tables = [s.table for s in search.SOURCES.values()]
    window = await conn.fetchrow(sq.windows(tables, "$1"), search.WINDOW)
    ctes, hits, details = [], [], []

    class Viewer:
        class actor:
            type = "agent"
            id = uuid.UUID(int=0)

    for source in search.SOURCES.values():
        clauses = search._visibility(where, Viewer, source.kind, None, None)  # type: ignore[arg-type]
        sql_where = "".join(f" AND {c}" for c in clauses)
        boundary = where.param(window[source.table])
        ctes.append(
            source.hits.format(
                q=expr,
                words=words,
                where=sql_where,
                cap=cap,
                probe=probe,
                dense=dense,
                boundary=boundary,
            )
        )
        hits.append(sq.kind_hits(source.kind))
        details.append(source.detail.format(q=expr, page="page"))
        ref = search.REF.fullmatch(text)
        if source.kind == "task" and ref is not None:
            key, number = where.param(ref.group(1).upper()), where.param(int(ref.group(2)))
            hits.append(sq.REF_HITS.format(key=key, number=number, where=sql_where))
    limit = where.param(21)
    return sq.statement(ctes, hits, details, "", limit), where.args


async def app_pool(dsn: str, org_id: uuid.UUID, size: int) -> asyncpg.Pool:
    async def init(conn: asyncpg.Connection) -> None:
        await conn.execute("SET ROLE mc_app")  # RLS applies as for the app

    return await asyncpg.create_pool(dsn, min_size=size, max_size=size, init=init)


async def measure(
    server: common.Server, key: str, duration: float, explain: bool = False
) -> list[dict[str, Any]]:
    dsn = server.owner_dsn()
    owner = await asyncpg.connect(dsn)
    org_id = await owner.fetchval("SELECT id FROM organizations WHERE slug = $1", common.ORG)
    await owner.close()
    pool = await app_pool(dsn, org_id, 16)
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=16, max_keepalive_connections=16)
    client = httpx.AsyncClient(base_url=server.base_url, headers=headers, limits=limits)
    url = f"/api/v1/orgs/{common.ORG}/search"

    async def by_route(text: str) -> None:
        response = await client.get(url, params={"q": text})
        if response.status_code != 200:
            raise RuntimeError(response.text)

    async def by_asyncpg(text: str) -> None:
        async with pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT set_config('app.current_org_id', $1, true)", str(org_id))
            sql, args = await statement_for(conn, text)
            await conn.fetch(sql, *args)

    rows = []
    if explain:
        for band, queries in BANDS.items():
            for text in queries:
                async with pool.acquire() as conn, conn.transaction():
                    await conn.execute(
                        "SELECT set_config('app.current_org_id', $1, true)", str(org_id)
                    )
                    sql, params = await statement_for(conn, text)
                    plan = await conn.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", *params)
                print(f"--- {band}: {text}")
                print("\n".join(r[0] for r in plan))
    try:
        for band, queries in BANDS.items():
            hits = []
            for text in queries:
                body = (await client.get(url, params={"q": text, "limit": 50})).json()
                hits.append(len(body["items"]))
            await closed_loop(by_route, queries, 4, 1.0)  # warm caches and plans
            lat4, _ = await closed_loop(by_route, queries, 4, duration)
            _, rps16 = await closed_loop(by_route, queries, 16, duration / 2)
            await closed_loop(by_asyncpg, queries, 4, 1.0)
            ceil4, _ = await closed_loop(by_asyncpg, queries, 4, duration)
            _, ceil_rps16 = await closed_loop(by_asyncpg, queries, 16, duration / 2)
            row = {
                "band": band,
                "queries": ", ".join(queries),
                "p50": statistics.median(lat4),
                "p99": percentile(lat4, 0.99),
                "rps16": rps16,
                "ceil_p50": statistics.median(ceil4),
                "ceil_p99": percentile(ceil4, 0.99),
                "ceil_rps16": ceil_rps16,
                "page_hits": min(hits),
            }
            rows.append(row)
            print(
                f"{band:18} route p50 {row['p50']:6.1f} p99 {row['p99']:6.1f} ms,"
                f" {rps16:6.0f} req/s @16 | asyncpg p50 {row['ceil_p50']:6.1f}"
                f" p99 {row['ceil_p99']:6.1f} ms, {ceil_rps16:6.0f} q/s @16",
                flush=True,
            )
        # The plan the candidate cap replaces: rank every message holding the 30% word.
        naive = (
            "SELECT m.id, ts_rank(m.search, q) AS r FROM messages m,"
            " websearch_to_tsquery('simple', 'amber') q WHERE m.search @@ q"
            " ORDER BY r DESC LIMIT 20"
        )
        times = []
        async with pool.acquire() as conn:
            for _ in range(3):
                async with conn.transaction():
                    await conn.execute(
                        "SELECT set_config('app.current_org_id', $1, true)", str(org_id)
                    )
                    started = time.perf_counter()
                    await conn.fetch(naive)
                    times.append((time.perf_counter() - started) * 1000)
        rows.append({"band": "naive: rank all 30% matches", "p50": statistics.median(times)})
        print(f"naive ranking of every `amber` message: {statistics.median(times):.0f} ms")
    finally:
        await client.aclose()
        await pool.close()
    return rows


async def measure_export(server: common.Server, admin: common.Admin) -> dict[str, Any]:
    response = admin.client.post(f"/api/v1/orgs/{common.ORG}/exports")
    common._expect(response, 202)
    export_id = response.json()["id"]
    while True:
        body = admin.client.get(f"/api/v1/orgs/{common.ORG}/exports/{export_id}").json()
        if body["status"] in ("done", "failed"):
            break
        await asyncio.sleep(0.5)
    if body["status"] != "done":
        raise RuntimeError(body)
    from datetime import datetime

    took = (
        datetime.fromisoformat(body["finished_at"]) - datetime.fromisoformat(body["started_at"])
    ).total_seconds()
    # Ceiling: the same tables' COPY in one snapshot, into nothing (no zip, no hashing).
    dsn = server.owner_dsn()
    conn = await asyncpg.connect(dsn)
    await conn.execute("SET ROLE mc_app")
    sink_bytes = 0

    async def sink(chunk: bytes) -> None:
        nonlocal sink_bytes
        sink_bytes += len(chunk)

    org_id = await conn.fetchval("SELECT id FROM organizations WHERE slug = $1", common.ORG)
    from mission_control.exports import queries as eq
    from mission_control.exports import writer

    started = time.perf_counter()
    async with conn.transaction(isolation="repeatable_read", readonly=True):
        await conn.execute("SELECT set_config('app.current_org_id', $1, true)", str(org_id))
        for row in await conn.fetch(eq.TENANT_TABLES):
            if row["name"] not in writer.EXCLUDED_TABLES:
                sql = eq.rows_of(row["name"], list(row["columns"]))
                await conn.copy_from_query(sql, output=sink)
    ceiling = time.perf_counter() - started
    await conn.close()
    rows = body["rows_total"]
    result = {
        "rows": rows,
        "seconds": took,
        "rows_per_s": rows / took,
        "size_mb": body["size_bytes"] / 1e6,
        "ceiling_seconds": ceiling,
        "ceiling_rows_per_s": rows / ceiling,
        "json_mb": sink_bytes / 1e6,
    }
    print(
        f"export: {rows:,} rows in {took:.1f} s = {rows / took:,.0f} rows/s"
        f" ({body['size_bytes'] / 1e6:.0f} MB zip) | ceiling COPY only: {ceiling:.1f} s ="
        f" {rows / ceiling:,.0f} rows/s ({sink_bytes / 1e6:.0f} MB JSON)",
        flush=True,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--duration", type=float, default=8.0)
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--explain", action="store_true", help="print every query's plan first")
    parser.add_argument(
        "--bands",
        help="only these bands, comma-separated name prefixes (e.g. 'two-word,30%%')",
    )
    args = parser.parse_args()
    if args.bands:
        wanted = [b.strip() for b in args.bands.split(",") if b.strip()]
        chosen = {k: v for k, v in BANDS.items() if any(k.startswith(w) for w in wanted)}
        if not chosen:
            parser.error(f"no band starts with {args.bands!r}; bands: {', '.join(BANDS)}")
        BANDS.clear()
        BANDS.update(chosen)
    print(f"revision {common.git_revision()}", flush=True)
    with common.running_server(env={"RATE_LIMIT_PER_MINUTE": "0"}) as server:
        admin = server.login()
        agent = admin.create_agent("bench-search")
        key = admin.create_key(agent["id"], ["projects:read", "tasks:read", "chat:read"])
        timings = asyncio.run(seed(server.owner_dsn(), args.messages, args.tasks))
        print(", ".join(f"{k} {v:.1f}" for k, v in timings.items()), flush=True)
        asyncio.run(measure(server, key, args.duration, args.explain))
        if not args.skip_export:
            asyncio.run(measure_export(server, admin))


if __name__ == "__main__":
    main()
