"""Messages: history paging, threads, mentions, edits and deletes, task comments, the log."""

from __future__ import annotations

import asyncio

from tests.chat.conftest import ChatOrg


async def _events(org: ChatOrg, client, types: str) -> list[dict]:
    response = await client.get(f"{org.base}/events?type={types}&order=asc&limit=500")
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


class TestHistory:
    async def test_pages_both_ways_and_stays_stable_under_concurrent_posts(self, chat_org):
        org = chat_org
        room = await org.channel(name="busy")
        for i in range(10):
            await org.post(room["id"], f"m{i}")
        url = f"{org.base}/channels/{room['id']}/messages"
        first = (await org.member.client.get(f"{url}?limit=4")).json()
        assert [m["body"] for m in first["items"]] == ["m9", "m8", "m7", "m6"]

        async def flood() -> None:
            await asyncio.gather(*(org.post(room["id"], f"new{i}") for i in range(8)))

        flooding = asyncio.create_task(flood())
        older, cursor = [], first["next_cursor"]
        while cursor:
            page = (await org.member.client.get(f"{url}?limit=4&cursor={cursor}")).json()
            older += [m["body"] for m in page["items"]]
            cursor = page["next_cursor"]
        await flooding
        assert older == [f"m{i}" for i in range(5, -1, -1)]
        forward = (await org.member.client.get(f"{url}?limit=3&direction=newer")).json()
        assert [m["body"] for m in forward["items"]] == ["m0", "m1", "m2"]
        seqs = []
        cursor = forward["next_cursor"]
        while cursor:
            page = (await org.member.client.get(f"{url}?limit=5&cursor={cursor}")).json()
            seqs += [m["seq"] for m in page["items"]]
            cursor = page["next_cursor"]
        assert seqs == list(range(4, 19)), "every message once, in seq order"
        back = (await org.member.client.get(f"{url}?cursor={page['prev_cursor']}")).json()
        assert back["items"][0]["seq"] < page["items"][0]["seq"]

    async def test_around_a_message_and_threads(self, chat_org: ChatOrg):
        org = chat_org
        room = await org.channel(name="threads")
        posted = [await org.post(room["id"], f"m{i}") for i in range(9)]
        url = f"{org.base}/channels/{room['id']}/messages"
        around = (await org.member.client.get(f"{url}?around={posted[4]['id']}&limit=5")).json()
        assert [m["body"] for m in around["items"]] == ["m2", "m3", "m4", "m5", "m6"]
        assert around["next_cursor"] and around["prev_cursor"]
        alone = (await org.member.client.get(f"{url}?around={posted[8]['id']}&limit=1")).json()
        assert [m["body"] for m in alone["items"]] == ["m8"]  # the newest: nothing after it
        assert alone["next_cursor"] is None and alone["prev_cursor"]
        reply = await org.post(room["id"], "a reply", who=org.member, parent_id=posted[4]["id"])
        await org.post(room["id"], "another", parent_id=posted[4]["id"])
        top = (await org.member.client.get(f"{url}?limit=50")).json()["items"]
        assert "a reply" not in [m["body"] for m in top]
        assert next(m for m in top if m["id"] == posted[4]["id"])["reply_count"] == 2
        thread = await org.member.client.get(f"{url}?thread={posted[4]['id']}&direction=newer")
        assert [m["body"] for m in thread.json()["items"]] == ["a reply", "another"]
        in_thread = (await org.member.client.get(f"{url}?around={reply['id']}")).json()["items"]
        assert [m["body"] for m in in_thread] == ["a reply", "another"]
        nested = await org.member.client.post(
            url, json={"body": "deeper", "parent_id": reply["id"]}
        )
        assert nested.status_code == 422 and nested.json()["error"]["code"] == "bad_parent"

    async def test_bad_input(self, chat_org: ChatOrg):
        org = chat_org
        room = await org.channel(name="input")
        url = f"{org.base}/channels/{room['id']}/messages"
        big = await org.owner.client.post(url, json={"body": "é" * 20000})
        assert big.status_code == 413 and big.json()["error"]["code"] == "message_too_large"
        assert (await org.owner.client.post(url, json={"body": ""})).status_code == 422
        assert (await org.owner.client.post(url, json={"body": "a\u0000b"})).status_code == 422
        assert (await org.owner.client.post(url, json={"body": "x", "extra": 1})).status_code == 422
        assert (await org.owner.client.get(f"{url}?cursor=AAAA")).status_code == 400
        assert (await org.owner.client.get(f"{url}?around=nope")).status_code == 422
        missing = await org.owner.client.patch(
            f"{org.base}/messages/00000000-0000-0000-0000-000000000000", json={"body": "x"}
        )
        assert missing.status_code == 404


class TestMentionsEditsDeletes:
    async def test_mentions_are_stored_subscribe_and_notify(self, chat_org: ChatOrg):
        org = chat_org
        room = await org.channel(name="mentions")
        handle = org.member.email.split("@")[0]
        message = await org.post(
            room["id"], f"hey @{handle} and @builder, not `@{handle}` in code, @nobody"
        )
        kinds = {(m["type"], m["id"]) for m in message["mentions"]}
        assert kinds == {("user", org.member.user["id"]), ("agent", org.agent["id"])}
        for _ in range(100):
            notes = (await org.member.client.get(f"{org.base}/notifications")).json()["items"]
            if notes:
                break
            await asyncio.sleep(0.05)
        assert notes[0]["reason"] == "mention"
        assert notes[0]["event"]["payload"]["message"]["id"] == message["id"]
        subs = (await org.member.client.get(f"{org.base}/subscriptions")).json()["items"]
        assert any(s["target_id"] == room["id"] and s["reason"] == "mention" for s in subs)

    async def test_each_mention_keeps_the_handle_that_named_it(self, chat_org: ChatOrg):
        org = chat_org
        room = await org.channel(name="handles")
        by_email, by_name = org.owner.email.lower(), org.member.email.split("@")[0].lower()
        message = await org.post(room["id"], f"@{by_email} asks @{by_name}", who=org.member)
        handles = {m["id"]: m["handle"] for m in message["mentions"]}
        assert handles == {org.owner.user["id"]: by_email, org.member.user["id"]: by_name}

    async def test_edit_and_delete_keep_the_log(self, chat_org: ChatOrg):
        org = chat_org
        room = await org.channel(name="edits")
        message = await org.post(room["id"], "first draft", who=org.member)
        url = f"{org.base}/messages/{message['id']}"
        assert (await org.owner.client.patch(url, json={"body": "hijack"})).status_code == 403
        edited = await org.member.client.patch(url, json={"body": "final"})
        assert edited.json()["edited_at"] is not None and edited.json()["body"] == "final"
        reply = await org.post(room["id"], "reply", parent_id=message["id"])
        deleted = await org.owner.client.delete(url)  # the channel's creator moderates
        assert deleted.json()["body"] == "" and deleted.json()["deleted_at"] is not None
        history = await org.member.client.get(f"{org.base}/channels/{room['id']}/messages")
        kept = history.json()["items"][0]
        assert kept["id"] == message["id"] and kept["reply_count"] == 1 and kept["body"] == ""
        log = await _events(org, org.member.client, "message.*")
        assert [e["type"] for e in log] == [
            "message.posted",
            "message.edited",
            "message.posted",
            "message.deleted",
        ]
        assert log[1]["payload"]["before"]["body"] == "first draft"
        assert log[2]["payload"]["message"]["id"] == reply["id"]
        assert (await org.member.client.patch(url, json={"body": "x"})).status_code == 409


class TestPrivateEvents:
    async def test_event_pages_are_full_and_hide_private_messages(self, chat_org: ChatOrg):
        org = chat_org
        secret = await org.channel(name="secret", visibility="private")
        public = await org.channel(name="open")
        for i in range(6):
            await org.post(secret["id"], f"s{i}")
            await org.post(public["id"], f"p{i}")
        page = (await org.member.client.get(f"{org.base}/events?type=message.*&limit=3")).json()
        assert len(page["items"]) == 3
        seen, cursor = [], None
        while True:
            url = f"{org.base}/events?type=message.*&limit=3" + (
                f"&cursor={cursor}" if cursor else ""
            )
            page = (await org.member.client.get(url)).json()
            assert len(page["items"]) == 3 or page["next_cursor"] is None
            seen += [e["payload"]["message"]["body"] for e in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert sorted(seen) == [f"p{i}" for i in range(6)]
        owner_sees = await _events(org, org.owner.client, "message.*")
        assert len(owner_sees) == 12


class TestTaskComments:
    async def test_comments_live_in_the_tasks_channel(self, chat_org: ChatOrg):
        org = chat_org
        await org.owner.client.post(f"{org.base}/projects", json={"key": "MC", "name": "MC"})
        task = await org.owner.client.post(f"{org.base}/projects/MC/tasks", json={"title": "t"})
        ref = task.json()["ref"]
        url = f"{org.base}/tasks/{ref}/comments"
        empty = (await org.member.client.get(url)).json()
        assert empty == {"items": [], "next_cursor": None, "prev_cursor": None}
        one = await org.agent_client.post(url, json={"body": "on it @" + org.member.email})
        assert one.status_code == 201, one.text
        two = await org.member.client.post(url, json={"body": "thanks"})
        channel_id = one.json()["channel_id"]
        assert two.json()["channel_id"] == channel_id
        assert [c["body"] for c in (await org.member.client.get(url)).json()["items"]] == [
            one.json()["body"],
            "thanks",
        ]
        channel = (await org.member.client.get(f"{org.base}/channels/{channel_id}")).json()
        assert channel["task_ref"] == ref and channel["project_key"] == "MC"
        log = await _events(org, org.member.client, "message.posted")
        assert log[0]["payload"]["task_ref"] == ref
        assert (await org.member.client.get(f"{org.base}/tasks/MC-999/comments")).status_code == 404


class TestPrivateNotifications:
    async def test_project_followers_outside_a_private_channel_are_not_notified(self, chat_org):
        org = chat_org
        await org.owner.client.post(f"{org.base}/projects", json={"key": "PV", "name": "PV"})
        follow = await org.member.client.post(f"{org.base}/subscriptions", json={"project": "PV"})
        assert follow.status_code in (200, 201), follow.text
        secret = await org.channel(name="pv-secret", visibility="private", project="PV")
        public = await org.channel(name="pv-open", project="PV")
        await org.post(secret["id"], "private words")
        await org.post(public["id"], "public words")
        for _ in range(100):
            notes = (await org.member.client.get(f"{org.base}/notifications")).json()["items"]
            if notes:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        notes = (await org.member.client.get(f"{org.base}/notifications")).json()["items"]
        bodies = [n["event"]["payload"].get("message", {}).get("body") for n in notes]
        assert "public words" in bodies and "private words" not in bodies
