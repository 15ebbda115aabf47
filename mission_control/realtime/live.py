"""The realtime layer's lifecycle: one hub and one news path per process."""

from __future__ import annotations

from mission_control.core.config import Settings
from mission_control.core.db import Database
from mission_control.realtime.hub import Hub, NotificationSource
from mission_control.realtime.news import News


class Realtime:
    """Started and stopped by the app lifespan."""

    def __init__(self, db: Database, settings: Settings) -> None:
        from mission_control.notifications.live import notification_source

        notifications: NotificationSource = notification_source
        self.hub = Hub(db, poll_seconds=settings.realtime_poll_seconds, notifications=notifications)
        self.news = News(self.hub, settings.redis_url, settings.database_url)

    async def start(self) -> None:
        await self.hub.start()
        await self.news.start()

    async def stop(self) -> None:
        await self.news.stop()
        await self.hub.stop()
