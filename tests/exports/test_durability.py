"""Exports under pressure: writes during the export, a worker killed mid-export, the CLI, S3."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from mission_control.core.db import plain_url
from tests.exports.helpers import read_zip, tenant_counts, wait_for
from tests.tasks.helpers import World, project, task, world

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "mission_control.cli"]


async def seed_filler(owner_url: str, slug: str, n: int) -> str:
    """`n` events for the org in one statement, as the owner: an org big enough that an
    export takes a few seconds."""
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        org_id = await conn.fetchval("SELECT id FROM organizations WHERE slug = $1", slug)
        await conn.execute(
            "INSERT INTO events (org_id, actor_type, type, entity_type, payload)"
            " SELECT $1, 'system', 'filler.event', 'filler',"
            " jsonb_build_object('n', g, 'text', repeat('filler text ', 8))"
            " FROM generate_series(1, $2) g",
            org_id,
            n,
        )
        await conn.execute("ANALYZE events")
        return str(org_id)
    finally:
        await conn.close()


def created_ids(files: dict[str, list[dict[str, Any]]]) -> set[str]:
    return {e["entity_id"] for e in files["events"] if e["type"] == "task.created"}


class TestConsistency:
    async def test_counts_match_while_the_org_keeps_writing(
        self, make_client: Any, owner_url: str, tmp_path: Path
    ) -> None:
        w = await world(make_client, export_dir=tmp_path, worker_sweep_seconds=0.3)
        await project(w, "MC")
        await seed_filler(owner_url, w.org, 150_000)
        started = await w.client.post(w.url("/exports"))
        export_id = started.json()["id"]
        during: list[str] = []
        while True:
            state = (await w.client.get(w.url(f"/exports/{export_id}"))).json()
            if state["status"] in ("done", "failed"):
                break
            made = await task(w, title=f"written during the export {len(during)}")
            if state["status"] == "running" and state["rows_done"] > 0:
                during.append(made["id"])
        assert state["status"] == "done", state
        assert during, "no write landed while the export ran"
        manifest, files = read_zip((await w.client.get(state["download_url"])).content)
        tasks = {t["id"] for t in files["tasks"]}
        # One moment: every exported task has its creation event, and nothing more.
        assert tasks == created_ids(files)
        assert len(files["task_counters"]) == 1
        assert files["task_counters"][0]["last_number"] == len(tasks)
        # Writes after the snapshot are in the database, not in the export.
        counts = await tenant_counts(owner_url, manifest["org"]["id"])
        assert counts["tasks"] > len(tasks)
        assert not set(during) <= tasks


def worker_env(app_url: str, redis_url: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MC_", "EXPORT_"))}
    env.update(
        {
            "DATABASE_URL": app_url,
            "REDIS_URL": redis_url,
            "MC_DATA_DIR": str(tmp_path / "worker-data"),
            "SECRET_KEY": "test-secret-key-0123456789abcdef",
            "EXPORT_DIR": str(tmp_path / "exports"),
            "EXPORT_LEASE_SECONDS": "2",
            "WORKER_SWEEP_SECONDS": "1",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*CLI, "worker"],
        env=env,
        cwd=ROOT,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        process.wait(timeout=30)


class TestKilledWorker:
    async def test_a_killed_worker_is_retried_to_one_complete_file(
        self, make_client: Any, app_url: str, owner_url: str, redis_url: str, tmp_path: Path
    ) -> None:
        import redis.asyncio as redis

        flush = redis.from_url(redis_url)
        await flush.flushdb()  # db 4 is this suite's: no queue left over from another run
        await flush.aclose()
        w = await world(
            make_client,
            redis_url=redis_url,
            run_jobs_in_process=False,
            export_dir=tmp_path / "exports",
        )
        await project(w, "MC")
        for i in range(5):
            await task(w, title=f"task {i}")
        org_id = await seed_filler(owner_url, w.org, 400_000)
        env = worker_env(app_url, redis_url, tmp_path)
        log = tmp_path / "worker.log"
        first = start_worker(env, log)
        second = None
        try:
            started = await w.client.post(w.url("/exports"))
            export_id = started.json()["id"]
            deadline = time.monotonic() + 120
            while True:
                state = (await w.client.get(w.url(f"/exports/{export_id}"))).json()
                if state["status"] == "running" and state["rows_done"] > 0:
                    break
                assert state["status"] in ("pending", "running"), (state, log.read_text())
                assert time.monotonic() < deadline, log.read_text()
                await asyncio.sleep(0.05)
            stop(first, signal.SIGKILL)  # mid-export: no cleanup, no goodbye
            assert state["rows_done"] < state["rows_total"]
            partials = list((tmp_path / "exports" / "tmp").glob("*.partial"))
            assert partials, "the killed worker left no partial file (it was not mid-export)"
            second = start_worker(env, log)
            try:
                done = await wait_for(w, export_id, {"done", "failed"}, timeout=180)
            except AssertionError as exc:
                raise AssertionError(f"{exc}\n{log.read_text()[-4000:]}") from None
        finally:
            stop(first, signal.SIGKILL)
            if second is not None:
                stop(second)
        assert done["status"] == "done", (done, log.read_text())
        assert done["attempts"] == 2
        zips = list((tmp_path / "exports").rglob("*.zip"))
        assert [z.name for z in zips] == [f"{export_id}.zip"]
        assert list((tmp_path / "exports" / "tmp").glob("*")) == []
        manifest, files = read_zip((await w.client.get(done["download_url"])).content)
        counts = await tenant_counts(owner_url, org_id, last_event=manifest["events"]["last_id"])
        for name, rows in files.items():
            if name in counts:
                assert len(rows) == counts[name], name
            keys = Counter(json.dumps(r, sort_keys=True) for r in rows)
            assert all(n == 1 for n in keys.values()), f"{name}: a row twice"
        assert len(files["events"]) > 400_000


class TestCommandLine:
    async def test_export_writes_the_same_zip_with_a_progress_bar(
        self, make_client: Any, app_url: str, owner_url: str, tmp_path: Path
    ) -> None:
        w = await world(make_client, export_dir=tmp_path)
        await project(w, "MC")
        await task(w, title="from the command line")
        out = tmp_path / "org.zip"
        env = {k: v for k, v in os.environ.items() if not k.startswith("MC_")}
        env.update({"DATABASE_URL": app_url, "MC_DATA_DIR": str(tmp_path / "cli")})
        result = await asyncio.to_thread(
            subprocess.run,
            [*CLI, "export", w.org, "--out", str(out)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "100.0%" in result.stderr and "rows" in result.stderr
        manifest, files = read_zip(out.read_bytes())
        assert [t["title"] for t in files["tasks"]] == ["from the command line"]
        counts = await tenant_counts(owner_url, manifest["org"]["id"])
        assert len(files["events"]) == counts["events"]
        assert not [p for p in await asyncio.to_thread(os.listdir, tmp_path) if "partial" in p]
        missing = await asyncio.to_thread(
            subprocess.run,
            [*CLI, "export", "no-such-org", "--out", str(tmp_path / "x.zip")],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert missing.returncode == 2
        assert "no-such-org" in missing.stderr
        help_text = await asyncio.to_thread(
            subprocess.run,
            [*CLI, "export", "--help"],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert help_text.returncode == 0 and "--out" in help_text.stdout


class TestS3:
    async def test_an_export_to_an_s3_compatible_bucket(
        self, make_client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        moto_server = pytest.importorskip("moto.server")
        import boto3

        server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0)
        server.start()
        try:
            host, port = server.get_host_and_port()
            endpoint = f"http://{host}:{port}"
            monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
            monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
            s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
            s3.create_bucket(Bucket="mc-exports")
            w: World = await world(
                make_client,
                export_dir=tmp_path,
                export_s3_bucket="mc-exports",
                export_s3_endpoint_url=endpoint,
                export_s3_region="us-east-1",
                export_retention_hours=2 / 3600,
                worker_sweep_seconds=0.3,
            )
            await project(w, "MC")
            await task(w, title="to the bucket")
            started = await w.client.post(w.url("/exports"))
            done = await wait_for(w, started.json()["id"], {"done", "failed"})
            assert done["status"] == "done" and done["target"] == "s3", done
            keys = [o["Key"] for o in s3.list_objects_v2(Bucket="mc-exports")["Contents"]]
            assert keys == [f"exports/{done['manifest']['org']['id']}/{done['id']}.zip"]
            local = [f for _, _, names in os.walk(tmp_path) for f in names]
            assert not [f for f in local if f.endswith((".zip", ".partial"))]
            whole = await w.client.get(done["download_url"])
            assert whole.status_code == 200
            _, files = read_zip(whole.content)
            assert [t["title"] for t in files["tasks"]] == ["to the bucket"]
            part = await w.client.get(done["download_url"], headers={"Range": "bytes=5-"})
            assert (part.status_code, part.content) == (206, whole.content[5:])
            for _ in range(100):  # retention: the object is deleted
                if "Contents" not in s3.list_objects_v2(Bucket="mc-exports"):
                    break
                await asyncio.sleep(0.1)
            assert "Contents" not in s3.list_objects_v2(Bucket="mc-exports")
            gone = await w.client.get(done["download_url"])
            assert gone.status_code == 410
        finally:
            server.stop()
