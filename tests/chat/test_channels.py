"""Channels, members, read positions and the access rules around them."""

from __future__ import annotations

from tests.chat.conftest import ChatOrg
from tests.fixtures.factories import create_key


class TestChannels:
    async def test_create_list_get_and_archive(self, chat_org: ChatOrg):
        org = chat_org
        made = await org.channel(name="general", topic="all hands")
        assert made["is_member"] and made["visibility"] == "public"
        listed = (await org.member.client.get(f"{org.base}/channels")).json()
        assert [c["name"] for c in listed["items"]] == ["general"]
        assert listed["items"][0]["is_member"] is False
        taken = await org.owner.client.post(f"{org.base}/channels", json={"name": "General"})
        assert taken.json()["error"]["code"] == "channel_name_taken"
        archived = await org.owner.client.delete(f"{org.base}/channels/{made['id']}")
        assert archived.status_code == 200 and archived.json()["archived_at"] is not None
        refused = await org.owner.client.post(
            f"{org.base}/channels/{made['id']}/messages", json={"body": "late"}
        )
        assert refused.status_code == 409 and refused.json()["error"]["code"] == "channel_archived"
        assert (await org.member.client.get(f"{org.base}/channels")).json()["items"] == []
        with_archived = await org.member.client.get(f"{org.base}/channels?archived=true")
        assert len(with_archived.json()["items"]) == 1

    async def test_a_member_may_not_archive_someone_elses_channel(self, chat_org: ChatOrg):
        made = await chat_org.channel(name="ops")
        response = await chat_org.member.client.delete(f"{chat_org.base}/channels/{made['id']}")
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "not_channel_moderator"

    async def test_list_is_cursor_paged(self, chat_org: ChatOrg):
        for i in range(5):
            await chat_org.channel(name=f"room-{i}")
        seen, cursor = [], None
        while True:
            url = f"{chat_org.base}/channels?limit=2" + (f"&cursor={cursor}" if cursor else "")
            page = (await chat_org.member.client.get(url)).json()
            seen += [c["name"] for c in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert seen == [f"room-{i}" for i in range(5)]
        bad = await chat_org.member.client.get(f"{chat_org.base}/channels?cursor=nonsense")
        assert bad.status_code == 400


class TestPrivateChannels:
    async def test_only_members_see_a_private_channel(self, chat_org: ChatOrg):
        org = chat_org
        secret = await org.channel(name="secret", visibility="private")
        url = f"{org.base}/channels/{secret['id']}"
        assert (await org.member.client.get(url)).status_code == 404
        assert (await org.member.client.get(f"{url}/messages")).status_code == 404
        joined = await org.member.client.post(f"{url}/members")
        assert joined.status_code == 404
        assert (await org.member.client.get(f"{org.base}/channels")).json()["items"] == []
        added = await org.owner.client.post(
            f"{url}/members", json={"user_id": org.member.user["id"]}
        )
        assert added.status_code == 200, added.text
        assert (await org.member.client.get(url)).json()["is_member"] is True
        members = (await org.member.client.get(f"{url}/members")).json()["items"]
        assert {m["member_id"] for m in members} == {org.owner.user["id"], org.member.user["id"]}
        removed = await org.owner.client.delete(f"{url}/members?user_id={org.member.user['id']}")
        assert removed.status_code == 204
        assert (await org.member.client.get(url)).status_code == 404

    async def test_another_orgs_channel_is_not_found(self, chat_org: ChatOrg):
        made = await chat_org.channel(name="mine")
        outsider_base = f"/api/v1/orgs/{chat_org.slug}"
        response = await chat_org.outsider.client.get(f"{outsider_base}/channels/{made['id']}")
        assert response.status_code == 404
        bad = await chat_org.member.client.get(f"{outsider_base}/channels/not-a-uuid")
        assert bad.status_code == 404


class TestMembership:
    async def test_join_public_mark_read_and_unread_counts(self, chat_org: ChatOrg):
        org = chat_org
        room = await org.channel(name="room")
        url = f"{org.base}/channels/{room['id']}"
        not_member = await org.member.client.post(f"{url}/read")
        assert not_member.json()["error"]["code"] == "not_a_member"
        assert (await org.member.client.post(f"{url}/members")).status_code == 200
        for i in range(3):
            await org.post(room["id"], f"hello {i}")
        listed = (await org.member.client.get(f"{org.base}/channels?joined=true")).json()["items"]
        assert listed[0]["unread_count"] == 3
        first = (await org.member.client.get(f"{url}/messages?direction=newer&limit=1")).json()
        read = await org.member.client.post(
            f"{url}/read", json={"message_id": first["items"][0]["id"]}
        )
        assert read.json()["unread_count"] == 2
        read = await org.member.client.post(f"{url}/read")
        assert read.json()["unread_count"] == 0
        left = await org.member.client.delete(f"{url}/members")
        assert left.status_code == 204

    async def test_agents_can_be_members(self, chat_org: ChatOrg):
        org = chat_org
        room = await org.channel(name="bots", visibility="private", members=[org.agent["id"]])
        seen = await org.agent_client.get(f"{org.base}/channels/{room['id']}")
        assert seen.status_code == 200 and seen.json()["is_member"]
        bad = await org.owner.client.post(
            f"{org.base}/channels", json={"name": "x", "members": [org.outsider.user["id"]]}
        )
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "member_not_found"


class TestProjectLimits:
    async def test_a_key_limited_to_a_project_sees_only_its_channels(self, chat_org: ChatOrg):
        org = chat_org
        for key in ("AAA", "BBB"):
            made = await org.owner.client.post(
                f"{org.base}/projects", json={"key": key, "name": key}
            )
            assert made.status_code == 201
        a = await org.channel(name="a-room", project="AAA")
        b = await org.channel(name="b-room", project="BBB")
        general = await org.channel(name="general")
        limited = await create_key(
            org.owner, org.slug, org.agent["id"], scopes=["chat:write"], project_keys=["AAA"]
        )
        headers = {"Authorization": f"Bearer {limited['key']}"}
        client = org.agent_client
        listed = await client.get(f"{org.base}/channels", headers=headers)
        assert [c["id"] for c in listed.json()["items"]] == [a["id"]]
        for hidden in (b, general):
            got = await client.get(f"{org.base}/channels/{hidden['id']}", headers=headers)
            assert got.status_code == 404
        refused = await client.post(f"{org.base}/channels", json={"name": "z"}, headers=headers)
        assert refused.status_code == 403
