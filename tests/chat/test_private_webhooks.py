"""A private channel's events reach no org-wide webhook: only its members hear of them."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.chat.conftest import make_chat_org
from tests.conftest import AppFactory


async def _delivered_types(org: Any, hook_id: str) -> list[str]:
    response = await org.owner.client.get(f"{org.base}/webhooks/{hook_id}/deliveries")
    assert response.status_code == 200, response.text
    return [item["event_type"] for item in response.json()["items"]]


async def test_org_webhooks_get_public_messages_but_not_private_ones(
    make_client: AppFactory,
) -> None:
    org = await make_chat_org(lambda: make_client(webhook_allow_networks="127.0.0.0/8"))
    created = await org.owner.client.post(
        f"{org.base}/webhooks",
        json={"url": "http://127.0.0.1:9/hook", "event_types": ["message.*"]},
    )
    assert created.status_code == 201, created.text
    hook = created.json()["id"]
    secret = await org.channel(name="secret", visibility="private")
    public = await org.channel(name="general-talk")
    await org.post(secret["id"], "the launch code is 1234")
    await org.post(public["id"], "lunch at noon")

    async with asyncio.timeout(30):
        while "message.posted" not in await _delivered_types(org, hook):  # noqa: ASYNC110
            await asyncio.sleep(0.1)
    # The consumer handles events in id order: the private message came first, so it is
    # decided by now.
    types = await _delivered_types(org, hook)
    assert types.count("message.posted") == 1
    response = await org.owner.client.get(f"{org.base}/webhooks/{hook}/deliveries")
    bodies = " ".join(str(item) for item in response.json()["items"])
    assert "launch code" not in bodies
