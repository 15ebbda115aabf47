"""Notifications on the live stream: the hub's source of `event: notification` frames."""

from __future__ import annotations

import uuid

from mission_control.core.db import Database
from mission_control.notifications import service
from mission_control.notifications.schemas import NotificationOut
from mission_control.realtime.hub import LiveNotification, notification_frame
from mission_control.realtime.visibility import Viewer


def _project_of(event: object) -> uuid.UUID | None:
    raw = event.get("project_id") if isinstance(event, dict) else None
    try:
        return uuid.UUID(str(raw)) if raw else None
    except ValueError:
        return None


async def notification_source(
    db: Database, org_id: uuid.UUID, after_id: int | None
) -> tuple[int, list[LiveNotification]]:
    """The org's notifications after `after_id` (None: just the current high-water mark)."""
    async with db.session(org_id=org_id) as session:
        if after_id is None:
            return await service.latest_notification_id(session), []
        rows = await service.notifications_after(session, after_id)
    if not rows:
        return after_id, []
    found = [
        LiveNotification(
            Viewer(row.recipient_type, row.recipient_id),
            notification_frame(NotificationOut.model_validate(row).model_dump(mode="json")),
            _project_of(row.event),
        )
        for row in rows
    ]
    return rows[-1].id, found
