"""Shared fixtures: the database cluster, a fresh database per test, the app and clients."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest
import structlog
from asgi_lifespan import LifespanManager
from pydantic import ConfigDict

from mission_control.auth import passwords
from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.logging import configure_logging
from mission_control.events import catalogue
from mission_control.main import create_app
from tests.fixtures.database import Cluster, start_cluster
from tests.fixtures.factories import PASSWORD
from tests.fixtures.logscan import SecretCollector, find_leaks, spy_on_httpx


# Tests may write events of made-up types ("test.happened", "first.batch") with any payload;
# a type of a real domain ("task.", "agent.", ...) must still be in the catalogue, in shape.
class _TestPayload(catalogue.Payload):
    model_config = ConfigDict(extra="allow")


_DOMAINS = {name.split(".")[0] for name in catalogue.DOCUMENTED} | {"message", "channel"}


class _TestCatalogue(dict[str, type[catalogue.Payload]]):
    def get(self, key: str, default: Any = None) -> Any:
        found = super().get(key)
        if found is None and key.split(".")[0] not in _DOMAINS:
            return _TestPayload
        return found if found is not None else default


catalogue.CATALOGUE = _TestCatalogue(catalogue.CATALOGUE)

# Cheap argon2 under test (the production parameters are checked once, in test_passwords).
passwords.use_parameters(time_cost=1, memory_cost=1024, parallelism=1)

ADMIN_EMAIL = "admin@example.com"
ADMIN_PASSWORD = "admin-password-123"


class SuiteLog:
    """Where every log line of the run goes (the app's own JSON lines, redaction included)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stream = path.open("a", encoding="utf-8")
        self.handler: logging.Handler | None = None

    def install(self) -> None:
        configure_logging("DEBUG", "json", stream=self.stream)
        self.handler = logging.getLogger().handlers[0]
        # Libraries that chatter at DEBUG without ever holding our secrets.
        for name in ("asyncio", "hpack", "watchfiles", "multipart", "aiosqlite"):
            logging.getLogger(name).setLevel(logging.INFO)

    def ensure(self) -> None:
        """A test that reconfigured logging (tests/test_ops.py) gets the tee back."""
        if self.handler not in logging.getLogger().handlers:
            self.install()


@pytest.fixture(scope="session", autouse=True)
def suite_log() -> Iterator[SuiteLog]:
    """Tee every log line of the run into one file; at the end, no secret the suite made
    through the API (passwords, keys, webhook secrets, cookies, tokens) may be in it."""
    folder = Path(tempfile.mkdtemp(prefix="mc-test-logs-"))
    log = SuiteLog(folder / "suite.log")
    collector = SecretCollector()
    for constant in (ADMIN_PASSWORD, PASSWORD, "test-secret-key-0123456789abcdef"):
        collector.add(constant)
    undo = spy_on_httpx(collector)
    log.install()
    try:
        yield log
    finally:
        undo()
        structlog.reset_defaults()
        logging.getLogger().handlers.clear()
        log.stream.close()
    text = log.path.read_text(encoding="utf-8")
    print(f"\nsuite log: {len(text.splitlines())} lines, {len(collector.secrets)} secrets")
    leaks = find_leaks(text, sorted(collector.secrets))
    lines = text.splitlines()
    assert not leaks, "secrets in the suite's logs: " + "; ".join(
        f"line {n}: {lines[n - 1][:300]}" for _, n in leaks[:5]
    )
    # The tee really saw the run: every app request writes a request line.
    assert collector.responses == 0 or '"event": "request"' in text, "the log tee saw nothing"
    if not os.environ.get("MC_KEEP_SUITE_LOG"):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _keep_suite_log(suite_log: SuiteLog) -> None:
    suite_log.ensure()


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    # Not under pytest's basetemp: pytest prunes old basetemps, and a concurrent run's
    # pruning would delete this server's data folder from under it.
    base = Path(tempfile.mkdtemp(prefix="mc-test-"))
    try:
        yield from start_cluster(base)
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
async def database(cluster: Cluster) -> AsyncIterator[str]:
    """The name of a fresh, migrated database for this test only."""
    name = await cluster.clone()
    yield name
    await cluster.drop(name)


@pytest.fixture
def app_url(cluster: Cluster, database: str) -> str:
    return cluster.url(database, app=True)


@pytest.fixture
def owner_url(cluster: Cluster, database: str) -> str:
    return cluster.url(database, app=False)


def make_settings(app_url: str, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": app_url,
        "data_dir": data_dir,
        "secret_key": "test-secret-key-0123456789abcdef",
        "bootstrap_email": ADMIN_EMAIL,
        "bootstrap_password": ADMIN_PASSWORD,
        "deployment_mode": DeploymentMode.MULTI_TENANT,
        "db_pool_size": 10,
        "db_max_overflow": 60,
        # Embedded mode unless a test asks for Redis (REDIS_URL in the environment is for
        # the `redis_url` fixture, not for every app).
        "redis_url": None,
    }
    values.update(overrides)
    return Settings(**values)


AppFactory = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def make_client(app_url: str, tmp_path: Path) -> AsyncIterator[AppFactory]:
    """Start the app (lifespan included) with settings overrides; returns a client maker."""
    managers: list[LifespanManager] = []
    clients: list[httpx.AsyncClient] = []
    apps: dict[str, Any] = {}

    async def factory(**overrides: Any) -> httpx.AsyncClient:
        key = repr(sorted(overrides.items()))
        if key not in apps:
            app = create_app(make_settings(app_url, tmp_path, **overrides))
            manager = LifespanManager(app, startup_timeout=60)
            await manager.__aenter__()
            managers.append(manager)
            apps[key] = manager.app
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=apps[key]), base_url="http://test"
        )
        clients.append(client)
        return client

    yield factory
    for client in clients:
        await client.aclose()
    for manager in reversed(managers):
        await manager.__aexit__(None, None, None)


@pytest.fixture
async def client(make_client: AppFactory) -> httpx.AsyncClient:
    """An anonymous client of a multi-tenant app."""
    return await make_client()


def _redis_answers(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), 1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_url() -> str:
    """REDIS_URL (default local); skipped with a reason when none answers, failed under CI."""
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379")
    if not _redis_answers(url):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but no Redis answers at {url}")
        pytest.skip(f"no Redis answers at {url}; set REDIS_URL to run Redis tests")
    return url
