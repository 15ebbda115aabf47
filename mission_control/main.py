"""create_app(): lifespan, middleware, routers — nothing else."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import httpx
import structlog
from fastapi import FastAPI
from starlette.types import Receive, Scope, Send

from mission_control import bootstrap
from mission_control.agents.router import router as agents_router
from mission_control.auth.principals import KeyUsage
from mission_control.auth.router import router as auth_router
from mission_control.chat.router import router as chat_router
from mission_control.core import health, meta, openapi
from mission_control.core.config import Settings, get_settings
from mission_control.core.db import Database
from mission_control.core.errors import install_error_handlers
from mission_control.core.middleware import RequestMiddleware
from mission_control.core.migrate import require_current_schema
from mission_control.core.ratelimit import RateLimiter
from mission_control.core.runtime import settle_heap
from mission_control.core.web import mount_web
from mission_control.events.router import router as events_router
from mission_control.exports.router import router as exports_router
from mission_control.mcp import server as mcp_server
from mission_control.notifications.router import router as notifications_router
from mission_control.orgs.router import invitations_router
from mission_control.orgs.router import router as orgs_router
from mission_control.projects.router import router as projects_router
from mission_control.realtime.live import Realtime
from mission_control.realtime.sse import SERVER_SEND
from mission_control.search.router import router as search_router
from mission_control.subagents.router import router as subagents_router
from mission_control.tasks.router import router as tasks_router
from mission_control.users.router import router as users_router
from mission_control.worker.lifecycle import ServerJobs

log = structlog.get_logger(__name__)


class MissionControl(FastAPI):
    """The app; it also hands the server's own `send` to the live stream (realtime/sse.py),
    which writes its frames straight to the socket."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope[SERVER_SEND] = send
        await super().__call__(scope, receive, send)


def app_from_env() -> FastAPI:
    """The app of one `serve --workers N` process: settings from the environment `serve` set."""
    import os

    from mission_control.core.logging import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)
    app = create_app(settings)
    app.state.banner_url = os.environ.get("MC_BANNER_URL")
    return app


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    if not settings.database_url:
        raise RuntimeError("create_app needs DATABASE_URL (`mission-control serve` sets it).")
    database_url = settings.database_url

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await require_current_schema(database_url)
        db = Database(
            database_url,
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
            count_statements=settings.count_statements,
        )
        app.state.db = db
        app.state.key_usage = KeyUsage()
        app.state.http = httpx.AsyncClient(timeout=10.0)
        app.state.limiter = RateLimiter.from_settings(settings)
        health.watch_pool(db)
        await bootstrap.ensure_partitions(db, settings, datetime.now(UTC).date())
        app.state.first_start = await bootstrap.first_start(db, settings)
        bootstrap.print_banner(app.state.first_start, getattr(app.state, "banner_url", None))
        realtime = Realtime(db, settings)
        await realtime.start()
        app.state.hub = realtime.hub
        app.state.keeper = realtime.keeper
        app.state.redis = realtime.news.redis
        jobs = ServerJobs(db, settings, realtime.news)
        await jobs.start()
        app.state.jobs = jobs
        mcp_running = mcp_server.lifespan(app)
        await mcp_running.__aenter__()
        settle_heap()
        try:
            yield
        finally:
            await mcp_running.__aexit__(None, None, None)
            await jobs.stop()
            await realtime.stop()
            await app.state.key_usage.drain()
            await app.state.http.aclose()
            await app.state.limiter.close()
            health.unwatch_pool(db)
            await db.dispose()

    app = MissionControl(
        title="Mission Control",
        version="0.1.0",
        summary="Where AI agents and humans coordinate work.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)
    openapi.install(app)
    app.add_middleware(
        RequestMiddleware,
        max_body_bytes=settings.max_body_bytes,
        count_statements=settings.count_statements,
    )
    for router in (
        # Routers are tried in order: the calls agents make most come first.
        health.router,
        agents_router,
        events_router,
        tasks_router,
        chat_router,
        projects_router,
        subagents_router,
        search_router,
        exports_router,
        notifications_router,
        orgs_router,
        invitations_router,
        users_router,
        auth_router,
        meta.router,
    ):
        app.include_router(router)
    mcp_server.install(app)  # /mcp: the agent interface (stateless streamable HTTP)
    # Last: the web UI answers only what no API route did.
    mount_web(app, settings.web_dir)
    return app
