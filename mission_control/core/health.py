"""Liveness, readiness and metrics."""

from __future__ import annotations

import hmac
from ipaddress import ip_address
from typing import Any

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, Gauge, generate_latest

from mission_control.core.config import Settings
from mission_control.core.db import Database, Tx
from mission_control.core.errors import error_response

router = APIRouter(tags=["ops"])

_pools: list[Database] = []
DB_POOL_IN_USE = Gauge("mc_db_pool_in_use", "Database connections checked out of the pool")
DB_POOL_IN_USE.set_function(lambda: float(sum(db.pool_in_use() for db in _pools)))


def watch_pool(db: Database) -> None:
    _pools.append(db)


def unwatch_pool(db: Database) -> None:
    if db in _pools:
        _pools.remove(db)


@router.get("/health")
async def health() -> dict[str, str]:
    """Liveness: the process answers."""
    return {"status": "ok"}


@router.get("/ready", response_model=None)
async def ready(request: Request) -> dict[str, Any] | Response:
    """Readiness: PostgreSQL (and Redis, when configured) answer."""
    checks: dict[str, str] = {}
    db: Database = request.app.state.db
    tx = Tx(db)
    try:
        await tx.fetchval("SELECT 1")  # one round trip, no transaction
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"error: {type(exc).__name__}"
    finally:
        await tx.release()
    redis = getattr(request.app.state, "redis", None)
    if redis is not None:
        try:
            await redis.ping()
            checks["redis"] = "ok"
        except Exception as exc:
            checks["redis"] = f"error: {type(exc).__name__}"
    if all(v == "ok" for v in checks.values()):
        return {"status": "ok", "checks": checks}
    return error_response(503, "not_ready", "A dependency is not reachable.", checks)


def _may_read_metrics(request: Request, settings: Settings) -> bool:
    if settings.metrics_token is not None:
        scheme, _, sent = request.headers.get("authorization", "").partition(" ")
        expected = settings.metrics_token.get_secret_value().encode()
        if scheme.lower() == "bearer" and hmac.compare_digest(sent.strip().encode(), expected):
            return True
    if settings.metrics_allow_networks and request.client is not None:
        try:
            address = ip_address(request.client.host)
        except ValueError:
            return False
        return any(
            address.version == net.version and address in net
            for net in settings.metrics_allow_networks
        )
    return False


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Prometheus metrics, for a bearer METRICS_TOKEN or from METRICS_ALLOW_NETWORKS only."""
    if not _may_read_metrics(request, request.app.state.settings):
        return error_response(
            401,
            "metrics_unauthorized",
            "Metrics need `Authorization: Bearer <METRICS_TOKEN>` (or an allowed address).",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
