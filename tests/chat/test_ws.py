"""The chat WebSocket against a real server, driven by the `websockets` client from PyPI."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
import websockets
from websockets.asyncio.client import ClientConnection, connect

from mission_control.chat import ws as chat_ws
from tests.chat.conftest import ChatOrg, http_org
from tests.fixtures.factories import Member


def cookie_headers(member: Member, origin: str) -> dict[str, str]:
    return {"Cookie": f"mc_session={member.client.cookies['mc_session']}", "Origin": origin}


async def open_ws(
    server: Any, org: ChatOrg, headers: dict[str, str], **kw: Any
) -> ClientConnection:
    return await connect(f"{server.ws_url}{org.base}/ws", additional_headers=headers, **kw)


async def send(sock: ClientConnection, **frame: Any) -> None:
    await sock.send(json.dumps(frame))


async def until(sock: ClientConnection, kind: str, timeout: float = 10.0) -> dict[str, Any]:
    """The next frame of `kind` (presence and typing frames of others are skipped)."""
    async with asyncio.timeout(timeout):
        while True:
            frame = json.loads(await sock.recv())
            if frame["type"] == kind:
                return dict(frame)
            if frame["type"] not in ("presence", "typing"):
                raise AssertionError(f"expected {kind}, got {frame}")


async def subscribe(sock: ClientConnection, channel_id: str) -> dict[str, Any]:
    await send(sock, type="subscribe", channel_id=channel_id, ref="sub")
    ack = await until(sock, "ack")
    assert ack["ref"] == "sub" and ack["channel_id"] == channel_id
    return ack


@pytest.fixture
async def server(live_server):
    return await live_server()


@pytest.fixture
async def org(server) -> ChatOrg:
    return await http_org(server.url)


class TestLive:
    async def test_rest_reaches_sockets_and_socket_posts_reach_rest(self, server, org):
        room = await org.channel(name="live")
        owner = await open_ws(server, org, cookie_headers(org.owner, server.url))
        agent = await open_ws(server, org, org.agent_headers)
        for sock in (owner, agent):
            await subscribe(sock, room["id"])
        posted = await org.post(room["id"], "from rest", who=org.member)
        for sock in (owner, agent):
            frame = await until(sock, "message")
            assert frame["channel_id"] == room["id"] and frame["message"]["id"] == posted["id"]
        await send(owner, type="message", channel_id=room["id"], body="from ws", ref=7)
        ack = await until(owner, "ack")
        assert ack["ref"] == 7 and ack["message"]["body"] == "from ws"
        got = await until(agent, "message")
        assert got["message"]["id"] == ack["message"]["id"]
        history = await org.member.client.get(f"{org.base}/channels/{room['id']}/messages")
        assert [m["body"] for m in history.json()["items"]] == ["from ws", "from rest"]
        # edits and deletes are live too
        url = f"{org.base}/messages/{posted['id']}"
        await org.member.client.patch(url, json={"body": "edited"})
        updated = await until(agent, "message_updated")
        assert updated["message"]["body"] == "edited" and updated["message"]["edited_at"]
        await org.member.client.delete(url)
        deleted = await until(agent, "message_deleted")
        assert deleted["message"]["id"] == posted["id"] and deleted["message"]["body"] == ""
        # typing and presence are ephemeral frames to the others in the channel
        await send(agent, type="typing", channel_id=room["id"])
        async with asyncio.timeout(10):
            while True:
                frame = json.loads(await owner.recv())
                if frame["type"] == "typing":
                    break
        assert frame["member"] == {"type": "agent", "id": org.agent["id"]}
        await owner.close()
        await agent.close()

    async def test_a_task_comment_reaches_the_tasks_channel_socket(self, server, org):
        await org.owner.client.post(f"{org.base}/projects", json={"key": "MC", "name": "MC"})
        task = await org.owner.client.post(f"{org.base}/projects/MC/tasks", json={"title": "t"})
        ref = task.json()["ref"]
        first = await org.owner.client.post(f"{org.base}/tasks/{ref}/comments", json={"body": "a"})
        sock = await open_ws(server, org, org.agent_headers)
        await subscribe(sock, first.json()["channel_id"])
        await org.member.client.post(f"{org.base}/tasks/{ref}/comments", json={"body": "b"})
        frame = await until(sock, "message")
        assert frame["message"]["body"] == "b"
        await sock.close()


class TestAccess:
    async def test_private_channels_and_other_orgs(self, server, org):
        secret = await org.channel(name="secret", visibility="private")
        public = await org.channel(name="public")
        member = await open_ws(server, org, cookie_headers(org.member, server.url))
        await send(member, type="subscribe", channel_id=secret["id"], ref="s")
        error = await until(member, "error")
        assert error["ref"] == "s" and error["error"]["code"] == "channel_not_found"
        await subscribe(member, public["id"])
        await org.post(secret["id"], "hidden")
        await org.post(public["id"], "visible")
        frame = await until(member, "message")
        assert frame["message"]["body"] == "visible"
        # the outsider cannot open this org's socket, and from its own org sees nothing
        with pytest.raises(websockets.InvalidStatus) as refused:
            await open_ws(server, org, cookie_headers(org.outsider, server.url))
        assert refused.value.response.status_code == 404
        outsider_org = (await org.outsider.client.get("/api/v1/orgs")).json()["items"][0]["slug"]
        theirs = await connect(
            f"{server.ws_url}/api/v1/orgs/{outsider_org}/ws",
            additional_headers=cookie_headers(org.outsider, server.url),
        )
        await send(theirs, type="subscribe", channel_id=public["id"], ref=1)
        assert (await until(theirs, "error"))["error"]["code"] == "channel_not_found"
        await member.close()
        await theirs.close()

    async def test_cross_site_origin_and_bad_credentials_are_refused(self, server, org):
        with pytest.raises(websockets.InvalidStatus) as refused:
            await open_ws(server, org, cookie_headers(org.owner, "https://evil.example"))
        assert refused.value.response.status_code == 403
        assert json.loads(refused.value.response.body)["error"]["code"] == "origin_not_allowed"
        with pytest.raises(websockets.InvalidStatus) as anonymous:
            await open_ws(server, org, {})
        assert anonymous.value.response.status_code == 401

    async def test_a_ticket_works_once(self, server, org):
        made = await org.agent_client.post(f"{org.base}/ws/ticket")
        assert made.status_code == 201
        url = f"{server.ws_url}{made.json()['url']}"
        sock = await connect(url)
        room = await org.channel(name="ticketed")
        await subscribe(sock, room["id"])
        await sock.close()
        with pytest.raises(websockets.InvalidStatus) as reused:
            await connect(url)
        assert reused.value.response.status_code == 401

    async def test_a_revoked_key_closes_the_socket_within_5_s(self, server, org):
        key = await org.owner.client.post(
            f"{org.base}/agents/{org.agent['id']}/keys", json={"scopes": ["chat:read"]}
        )
        sock = await open_ws(server, org, {"Authorization": f"Bearer {key.json()['key']}"})
        revoked = await org.owner.client.delete(
            f"{org.base}/agents/{org.agent['id']}/keys/{key.json()['id']}"
        )
        assert revoked.status_code == 204
        async with asyncio.timeout(5):
            with pytest.raises(websockets.ConnectionClosed) as closed:
                while True:
                    await sock.recv()
        assert closed.value.rcvd is not None and closed.value.rcvd.reason == "credentials_revoked"


class TestHostileClients:
    async def test_fifty_malformed_frames_each_get_an_error_and_the_socket_lives(self, server, org):
        room = await org.channel(name="hostile")
        sock = await open_ws(server, org, org.agent_headers)
        bad: list[str | bytes] = [
            "not json",
            "[1, 2]",
            '"text"',
            "{}",
            '{"type": "dance"}',
            '{"type": "subscribe"}',
            '{"type": "subscribe", "channel_id": "nope"}',
            '{"type": "message", "channel_id": "' + room["id"] + '"}',
            '{"type": "message", "channel_id": "' + room["id"] + '", "body": 5}',
            '{"type": "typing", "channel_id": "' + room["id"] + '"}',
            b"\x00\x01binary",
            "x" * (chat_ws.MAX_FRAME_CHARS + 1),
            '{"type": "subscribe", "ref": {"deep": 1}}',
            "[" * 10000 + "]" * 10000,
        ]
        frames = [bad[i % len(bad)] for i in range(50)]
        for frame in frames:
            await sock.send(frame)
        errors = [json.loads(await sock.recv()) for _ in frames]
        assert all(e["type"] == "error" and e["error"]["code"] for e in errors)
        assert {e["error"]["code"] for e in errors} >= {
            "invalid_frame",
            "unknown_frame",
            "frame_too_large",
            "channel_not_found",
            "not_subscribed",
        }
        await subscribe(sock, room["id"])
        await send(sock, type="message", channel_id=room["id"], body="still here", ref="ok")
        assert (await until(sock, "ack"))["message"]["body"] == "still here"
        oversize = await org.agent_client.post(
            f"{org.base}/channels/{room['id']}/messages", json={"body": "x" * 40000}
        )
        assert oversize.status_code == 413
        await send(sock, type="message", channel_id=room["id"], body="x" * 40000, ref="big")
        too_big = await until(sock, "error")
        assert too_big["ref"] == "big" and too_big["error"]["code"] == "message_too_large"
        await sock.close()

    async def test_a_client_that_stops_reading_is_dropped_without_delaying_others(
        self, server, org, monkeypatch
    ):
        monkeypatch.setattr(chat_ws, "SEND_TIMEOUT", 1.0)
        room = await org.channel(name="firehose")
        stalled = await open_ws(server, org, org.agent_headers, max_queue=1)
        reader = await open_ws(server, org, cookie_headers(org.member, server.url))
        await subscribe(stalled, room["id"])
        await subscribe(reader, room["id"])
        sockets = server.app.state.chat_sockets
        assert len(sockets.connections) == 2
        body = "y" * 30000
        received: list[int] = []

        async def read_all(count: int) -> None:
            while len(received) < count:
                frame = await until(reader, "message", timeout=30)
                received.append(frame["message"]["seq"])

        total = 400
        reading = asyncio.create_task(read_all(total))
        for _ in range(total // 20):
            await asyncio.gather(*(org.post(room["id"], body) for _ in range(20)))
        await asyncio.wait_for(reading, 60)
        assert sorted(received) == list(range(1, total + 1))
        async with asyncio.timeout(30):
            while len(sockets.connections) != 1:  # noqa: ASYNC110 (no event to wait on)
                await asyncio.sleep(0.1)
        await reader.close()


async def closed_within(sock: ClientConnection, seconds: float) -> str:
    """The close reason, once the server closes the socket (within `seconds`)."""
    async with asyncio.timeout(seconds):
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await sock.recv()
    return closed.value.rcvd.reason if closed.value.rcvd is not None else ""


class TestMembershipChanges:
    async def test_removal_from_a_private_channel_ends_its_subscription(self, server, org):
        secret = await org.channel(
            name="inner", visibility="private", members=[org.member.user["id"]]
        )
        sock = await open_ws(server, org, cookie_headers(org.member, server.url))
        await subscribe(sock, secret["id"])
        watcher = await open_ws(server, org, cookie_headers(org.owner, server.url))
        await subscribe(watcher, secret["id"])
        await org.post(secret["id"], "before")
        assert (await until(sock, "message"))["message"]["body"] == "before"
        assert (await until(watcher, "message"))["message"]["body"] == "before"
        url = f"{org.base}/channels/{secret['id']}/members?user_id={org.member.user['id']}"
        assert (await org.owner.client.delete(url)).status_code == 204
        ended = await until(sock, "unsubscribed")
        assert ended["error"]["code"] == "removed_from_channel"
        await org.post(secret["id"], "after")
        assert (await until(watcher, "message"))["message"]["body"] == "after"
        with pytest.raises(TimeoutError):
            await until(sock, "message", timeout=1.0)
        await send(sock, type="subscribe", channel_id=secret["id"], ref="again")
        assert (await until(sock, "error"))["error"]["code"] == "channel_not_found"
        await sock.close()
        await watcher.close()

    async def test_presence_when_someone_subscribes_and_leaves(self, server, org):
        room = await org.channel(name="presence")
        owner = await open_ws(server, org, cookie_headers(org.owner, server.url))
        await subscribe(owner, room["id"])
        agent = await open_ws(server, org, org.agent_headers)
        await subscribe(agent, room["id"])
        agent_online = {"type": "agent", "id": org.agent["id"], "state": "online"}
        async with asyncio.timeout(10):
            while agent_online not in (frame := await until(owner, "presence"))["members"]:
                pass
        assert frame["channel_id"] == room["id"]
        await agent.close()
        agent_offline = {**agent_online, "state": "offline"}
        async with asyncio.timeout(10):
            while agent_offline not in (await until(owner, "presence"))["members"]:
                pass
        await owner.close()

    async def test_an_ended_session_closes_the_socket_within_5_s(self, server, org):
        sock = await open_ws(server, org, cookie_headers(org.member, server.url))
        assert (await org.member.client.post("/api/v1/auth/logout")).status_code == 204
        assert await closed_within(sock, 5) == "credentials_revoked"

    async def test_removal_from_the_org_closes_the_socket_within_5_s(self, server, org):
        sock = await open_ws(server, org, cookie_headers(org.member, server.url))
        removed = await org.owner.client.delete(f"{org.base}/members/{org.member.user['id']}")
        assert removed.status_code == 204, removed.text
        assert await closed_within(sock, 5) == "credentials_revoked"


class TestStreamVisibility:
    async def test_the_sse_stream_shows_private_messages_only_to_members(self, server, org):
        secret = await org.channel(name="sse-secret", visibility="private")
        public = await org.channel(name="sse-open")
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
            headers = {"Cookie": f"mc_session={org.member.client.cookies['mc_session']}"}
            stream = f"{org.base}/events/stream?type=message.posted"
            async with http.stream("GET", stream, headers=headers) as response:
                lines = response.aiter_lines()
                assert (await anext(lines)).startswith(":")
                await org.post(secret["id"], "hidden")
                await org.post(public["id"], "shown")
                async with asyncio.timeout(15):
                    async for line in lines:
                        if line.startswith("data:"):
                            data = json.loads(line[5:])
                            break
        assert data["payload"]["message"]["body"] == "shown"


class TestScopes:
    async def test_a_read_only_key_subscribes_but_may_not_post(self, server, org):
        key = await org.owner.client.post(
            f"{org.base}/agents/{org.agent['id']}/keys", json={"scopes": ["chat:read"]}
        )
        room = await org.channel(name="readers")
        sock = await open_ws(server, org, {"Authorization": f"Bearer {key.json()['key']}"})
        await subscribe(sock, room["id"])
        await send(sock, type="message", channel_id=room["id"], body="nope", ref="w")
        refused = await until(sock, "error")
        assert refused["ref"] == "w" and refused["error"]["code"] == "insufficient_scope"
        await org.post(room["id"], "still delivered")
        assert (await until(sock, "message"))["message"]["body"] == "still delivered"
        await sock.close()
