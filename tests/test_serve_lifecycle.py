"""`mission-control serve` on the embedded database: starts it, stops it, recovers a stale one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil

from tests.fixtures.servers import free_port


def _start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update({"MC_BOOTSTRAP_EMAIL": "ops@example.com", "MC_BOOTSTRAP_PASSWORD": "ops-password-1"})
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mission_control.cli",
            "serve",
            "--data-dir",
            str(data_dir),
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def _wait_healthy(port: int, proc: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError("server did not become healthy")


def _postmasters(data_dir: Path) -> list[psutil.Process]:
    pgdata = str((data_dir / "pg").resolve())
    found = {}
    for proc in psutil.process_iter(["name", "cmdline", "ppid"]):
        cmd = proc.info["cmdline"] or []
        if proc.info["name"] == "postgres" and pgdata in cmd and "-D" in cmd:
            found[proc.pid] = proc
    # The postmaster is the one whose parent is not itself a postgres of this folder
    # (children come and go while we look; only the postmaster's shape matters).
    return [p for p in found.values() if p.info["ppid"] not in found]


def _wait_gone(data_dir: Path, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _postmasters(data_dir):
            return True
        time.sleep(0.2)
    return False


def test_sigterm_and_ctrl_c_stop_postgres_and_a_killed_server_is_recovered(tmp_path):
    data_dir = tmp_path / "data"
    port = free_port()
    first = _start(data_dir, port)
    try:
        _wait_healthy(port, first)
        # The server does not say what it runs.
        assert "server" not in httpx.get(f"http://127.0.0.1:{port}/health").headers
        login = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/auth/login",
            json={"email": "ops@example.com", "password": "ops-password-1"},
        )
        assert login.status_code == 200
        assert len(_postmasters(data_dir)) == 1
        first.send_signal(signal.SIGTERM)
        assert first.wait(60) == 143
        assert _wait_gone(data_dir), "SIGTERM left PostgreSQL running"

        # kill -9 leaves PostgreSQL running; the next start adopts it and owns its shutdown.
        second = _start(data_dir, port)
        _wait_healthy(port, second)
        second.kill()
        second.wait(30)
        assert len(_postmasters(data_dir)) == 1
        third = _start(data_dir, port)
        _wait_healthy(port, third)
        third.send_signal(signal.SIGINT)
        third.wait(60)
        assert _wait_gone(data_dir), "Ctrl-C left PostgreSQL running"
    finally:
        for proc in _postmasters(data_dir):
            proc.kill()
