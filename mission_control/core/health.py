"""Liveness, readiness and metrics."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, Gauge, generate_latest

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


@router.get("/metrics", include_in_schema=False)
async def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
