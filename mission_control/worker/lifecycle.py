"""Jobs in the server process: the in-process runner without Redis, the ARQ client with it."""

from __future__ import annotations

import uuid

from mission_control.core.config import Settings
from mission_control.core.db import Database
from mission_control.realtime.news import News
from mission_control.worker.registry import Queue, json_args, set_queue
from mission_control.worker.runner import InProcessRunner


def consume_key(org_id: uuid.UUID) -> str:
    return f"events.consume:{org_id}"


class ServerJobs:
    """Started by the app lifespan; committed news enqueues the event consumer."""

    def __init__(self, db: Database, settings: Settings, news: News) -> None:
        self.db = db
        self.settings = settings
        self.news = news
        self.runner: InProcessRunner | None = None
        self.arq: object | None = None
        self.queue: Queue | None = None

    async def start(self) -> None:
        if self.settings.jobs_in_process or not self.settings.redis_url:
            # Without Redis and with jobs out of process, a job worker (`serve`'s child or
            # `mission-control worker`) hears the news over LISTEN/NOTIFY and runs the
            # consumer and the periodic jobs; this process runs only what a request enqueues.
            inline = self.settings.jobs_in_process
            self.runner = InProcessRunner(
                self.db, self.settings, announce=self.news.publish, periodic=inline
            )
            await self.runner.start()
            self.queue = self.runner
            set_queue(self.queue)
            if inline:
                self.news.on_local(self._consume)
            return
        from mission_control.worker.arq_worker import ArqQueue

        arq = await ArqQueue.connect(self.settings.redis_url)
        self.arq, self.queue = arq, arq
        set_queue(self.queue)
        self.news.on_local(self._consume)

    async def _consume(self, org_id: uuid.UUID) -> None:
        if self.queue is not None:
            await self.queue.enqueue(
                "events.consume", json_args(org_id=org_id), key=consume_key(org_id)
            )

    async def stop(self) -> None:
        from mission_control.worker.registry import current_queue

        if current_queue() is self.queue:
            set_queue(None)
        if self.runner is not None:
            await self.runner.stop()
        if self.arq is not None:
            from mission_control.worker.arq_worker import ArqQueue

            assert isinstance(self.arq, ArqQueue)
            await self.arq.close()
