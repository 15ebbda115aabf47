"""The realtime layer's lifecycle: one hub, one news path and one stream keeper per process."""

from __future__ import annotations

import resource

import structlog

from mission_control.core.config import Settings
from mission_control.core.db import Database
from mission_control.realtime.hub import Hub, NotificationSource
from mission_control.realtime.keeper import Keeper
from mission_control.realtime.news import News

log = structlog.get_logger(__name__)

WANTED_OPEN_FILES = 65536  # a socket per open stream, plus the pool and the files


def raise_open_files(wanted: int = WANTED_OPEN_FILES) -> int:
    """Raise this process's open-files limit toward `wanted`; returns the soft limit in force.

    The soft limit can always go up to the hard one; beyond it only a privileged process
    may go, so when the OS refuses we say how many streams that leaves room for.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, wanted))
            return wanted
        except (ValueError, OSError):
            log.warning(
                "open_files_limited",
                limit=hard,
                wanted=wanted,
                message=(
                    f"The OS keeps this process to {hard} open files (asked for {wanted}): "
                    f"about {max(0, hard - 200)} open streams at most. Raise it with "
                    "`ulimit -n` (hard limit), LimitNOFILE= in a systemd unit, or "
                    "`--ulimit nofile=` in Docker."
                ),
            )
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        return target
    return soft


class Realtime:
    """Started and stopped by the app lifespan."""

    def __init__(self, db: Database, settings: Settings) -> None:
        from mission_control.notifications.live import notification_source

        notifications: NotificationSource = notification_source
        self.hub = Hub(db, poll_seconds=settings.realtime_poll_seconds, notifications=notifications)
        self.news = News(self.hub, settings.redis_url, settings.database_url)
        self.keeper = Keeper(settings.sse_heartbeat_seconds, settings.stream_slot_ttl_seconds)

    async def start(self) -> None:
        raise_open_files()
        await self.hub.start()
        await self.news.start()
        await self.keeper.start()

    async def stop(self) -> None:
        await self.keeper.stop()
        await self.news.stop()
        await self.hub.stop()
