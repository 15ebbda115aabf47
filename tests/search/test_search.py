"""Search through the API: ranking, syntax, prefixes, refs, snippets and visibility."""

from __future__ import annotations

from typing import Any

import httpx

from mission_control.search import service
from tests.fixtures.factories import add_member, bearer, create_agent, create_key, signup
from tests.tasks.helpers import World, project, task, world


async def search(w: World, q: str, client: httpx.AsyncClient | None = None, **params: Any) -> Any:
    response = await (client or w.client).get(w.url("/search"), params={"q": q, **params})
    assert response.status_code == 200, response.text
    return response.json()


def titles(body: Any) -> list[str]:
    return [item["title"] for item in body["items"]]


def ids(body: Any) -> set[str]:
    return {item["id"] for item in body["items"]}


class TestFinding:
    async def test_a_word_in_the_description_and_the_ref(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        found = await task(w, title="Fix login", description="the quarterly zeppelin report")
        await task(w, title="Other", description="nothing here")
        body = await search(w, "zeppelin")
        assert [i["id"] for i in body["items"]] == [found["id"]]
        assert body["items"][0]["ref"] == found["ref"]
        assert "<mark>zeppelin</mark>" in body["items"][0]["snippet"]
        by_ref = await search(w, found["ref"].lower())
        assert by_ref["items"][0]["id"] == found["id"]
        assert by_ref["items"][0]["type"] == "task"

    async def test_a_title_hit_ranks_above_a_body_hit(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        body_hit = await task(w, title="Unrelated", description="mentions kestrel once")
        title_hit = await task(w, title="Kestrel migration", description="plain words")
        body = await search(w, "kestrel", types="task")
        assert [i["id"] for i in body["items"]] == [title_hit["id"], body_hit["id"]]
        assert body["items"][0]["title"] == "<mark>Kestrel</mark> migration"

    async def test_exclusion_phrase_and_or(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        a = await task(w, title="deploy the api gateway")
        b = await task(w, title="deploy the web gateway")
        c = await task(w, title="gateway api deploy")
        assert ids(await search(w, "gateway -web")) == {a["id"], c["id"]}
        assert ids(await search(w, '"api gateway"')) == {a["id"]}
        assert ids(await search(w, "web or api", types="task")) == {a["id"], b["id"], c["id"]}

    async def test_the_last_word_is_a_prefix(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        found = await task(w, title="Staging deployment checklist")
        await task(w, title="Staging database")
        assert ids(await search(w, "deplo")) == {found["id"]}
        assert ids(await search(w, "staging deplo")) == {found["id"]}
        # A finished word in quotes is not a prefix.
        assert ids(await search(w, '"deplo"')) == set()

    async def test_projects_are_found_by_key_and_name(self, make_client: Any) -> None:
        w = await world(make_client)
        made = await project(w, "ORB", name="Orbital telemetry")
        body = await search(w, "telemetry", types="project")
        assert [(i["type"], i["id"], i["project_key"]) for i in body["items"]] == [
            ("project", made["id"], "ORB")
        ]

    async def test_markup_in_the_data_is_escaped(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        await task(
            w,
            title='<img src=x onerror="alert(1)"> falcon',
            description="<script>alert('falcon')</script> if a < b && c > d: falcon \ue000x\ue001",
        )
        item = (await search(w, "falcon"))["items"][0]
        for text in (item["title"], item["snippet"]):
            assert "<script" not in text and "<img" not in text
            assert text.replace("<mark>", "").replace("</mark>", "").count("<") == 0
        assert item["title"] == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>falcon</mark>"
        assert "a &lt; b &amp;&amp; c &gt; d: <mark>falcon</mark>" in item["snippet"]


class TestPaging:
    async def test_pages_cover_every_hit_once_in_rank_order(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        made = set()
        for i in range(7):
            made.add((await task(w, title=f"heron {i}", description="heron " * (i % 3)))["id"])
        seen: list[dict[str, Any]] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 3}
            if cursor:
                params["cursor"] = cursor
            body = await search(w, "heron", **params)
            seen.extend(body["items"])
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert [i["id"] for i in seen if i["type"] == "task"] and len(seen) == 7
        assert {i["id"] for i in seen} == made
        scores = [i["score"] for i in seen]
        assert scores == sorted(scores, reverse=True)

    async def test_bad_input_is_a_clear_4xx(self, make_client: Any) -> None:
        w = await world(make_client)
        for params, status, code in [
            ({"q": "x", "cursor": "not-a-cursor"}, 400, "invalid_cursor"),
            ({"q": "x", "types": "task,spaceship"}, 400, "invalid_types"),
            ({"q": "   "}, 400, "empty_query"),
            ({"q": "x" * 201}, 422, None),
            ({"q": "x", "limit": 0}, 422, None),
            ({"q": "x", "project": "NOPE"}, 404, "project_not_found"),
        ]:
            response = await w.client.get(w.url("/search"), params=params)
            assert response.status_code == status, (params, response.text)
            if code:
                assert response.json()["error"]["code"] == code
        for weird in ['"', "-", "(((", "!&|:*", "OR", "a OR", '-"x"', "foo:* & !"]:
            response = await w.client.get(w.url("/search"), params={"q": weird})
            assert response.status_code in (200, 400), (weird, response.text)


class TestVisibility:
    async def test_another_org_sees_nothing(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        await task(w, title="secret narwhal plan")
        other = await world(make_client)
        await project(other, "MC")
        assert (await search(other, "narwhal"))["items"] == []
        assert (await search(other, "MC-1"))["items"] == []
        response = await other.client.get(f"/api/v1/orgs/{w.org}/search", params={"q": "narwhal"})
        assert response.status_code == 404

    async def test_a_project_limited_key_sees_only_its_projects(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "IN", name="Inside walrus")
        await project(w, "OUT", name="Outside walrus")
        inside = await task(w, "IN", title="walrus inside")
        outside = await task(w, "OUT", title="walrus outside")
        agent = await create_agent(w.owner, w.org)
        key = await create_key(
            w.owner, w.org, agent["id"], scopes=["projects:read", "tasks:read"], project_keys=["IN"]
        )
        limited = await make_client()
        limited.headers.update(bearer(key["key"]))
        body = await search(w, "walrus", client=limited)
        assert {(i["type"], i.get("project_key")) for i in body["items"]} == {
            ("project", "IN"),
            ("task", "IN"),
        }
        assert (await search(w, outside["ref"], client=limited))["items"] == []
        assert ids(await search(w, inside["ref"], client=limited)) == {inside["id"]}
        response = await limited.get(w.url("/search"), params={"q": "walrus", "project": "OUT"})
        assert response.status_code == 404
        # Without the scope for a kind, that kind is simply not searched.
        tasks_only = await create_key(w.owner, w.org, agent["id"], scopes=["tasks:read"])
        limited.headers.update(bearer(tasks_only["key"]))
        assert {i["type"] for i in (await search(w, "walrus", client=limited))["items"]} == {"task"}
        response = await limited.get(w.url("/search"), params={"q": "walrus", "types": "project"})
        assert response.status_code == 403

    async def test_the_project_filter(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "AA")
        await project(w, "BB")
        a = await task(w, "AA", title="ibis")
        await task(w, "BB", title="ibis")
        assert ids(await search(w, "ibis", project="aa", types="task")) == {a["id"]}


async def channel(w: World, name: str, **extra: Any) -> dict[str, Any]:
    response = await w.client.post(w.url("/channels"), json={"name": name, **extra})
    assert response.status_code == 201, response.text
    return dict(response.json())


async def message(w: World, channel_id: str, body: str) -> dict[str, Any]:
    response = await w.client.post(w.url(f"/channels/{channel_id}/messages"), json={"body": body})
    assert response.status_code == 201, response.text
    return dict(response.json())


class TestMessages:
    async def test_a_message_by_a_phrase_ranked_with_the_rest(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        general = await channel(w, "general")
        said = await message(w, general["id"], "the blue harbour crane is broken again")
        await message(w, general["id"], "the harbour is blue today, crane fine")
        titled = await task(w, title="Harbour crane repair")
        body = await search(w, '"harbour crane"')
        found = [(i["type"], i["id"]) for i in body["items"]]
        assert found == [("task", titled["id"]), ("message", said["id"])]
        hit = body["items"][1]
        assert hit["channel_id"] == general["id"]
        assert "<mark>harbour</mark> <mark>crane</mark>" in hit["snippet"]
        assert ids(await search(w, "harbour", types="message")) >= {said["id"]}
        # Deleted messages are not found.
        deleted = await w.client.delete(w.url(f"/messages/{said['id']}"))
        assert deleted.status_code in (200, 204), deleted.text
        assert said["id"] not in ids(await search(w, "broken"))

    async def test_private_channels_only_for_members(self, make_client: Any) -> None:
        w = await world(make_client)
        secret = await channel(w, "secret", visibility="private")
        hidden = await message(w, secret["id"], "the pelican protocol")
        outsider = await signup(await make_client())
        await add_member(w.owner, w.org, outsider, "member")
        assert ids(await search(w, "pelican")) == {hidden["id"]}
        assert (await search(w, "pelican", client=outsider.client))["items"] == []
        public = await channel(w, "open")
        shown = await message(w, public["id"], "a pelican in public")
        assert ids(await search(w, "pelican", client=outsider.client)) == {shown["id"]}

    async def test_project_limited_keys_and_other_orgs(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "IN")
        await project(w, "OUT")
        inside = await message(w, (await channel(w, "in-talk", project="IN"))["id"], "osprey in")
        await message(w, (await channel(w, "out-talk", project="OUT"))["id"], "osprey out")
        await message(w, (await channel(w, "lobby"))["id"], "osprey everywhere")
        agent = await create_agent(w.owner, w.org)
        key = await create_key(
            w.owner, w.org, agent["id"], scopes=["chat:read"], project_keys=["IN"]
        )
        limited = await make_client()
        limited.headers.update(bearer(key["key"]))
        assert ids(await search(w, "osprey", client=limited)) == {inside["id"]}
        assert len((await search(w, "osprey", project="IN"))["items"]) == 1
        assert len((await search(w, "osprey"))["items"]) == 3
        other = await world(make_client)
        assert (await search(other, "osprey"))["items"] == []


class TestPhrases:
    """A phrase is checked row by row: in the newest WINDOW rows, and among at most PROBE
    older rows holding all its words (docs/decisions.md)."""

    async def test_a_phrase_beyond_the_window_is_found(
        self, make_client: Any, monkeypatch: Any
    ) -> None:
        monkeypatch.setattr(service, "WINDOW", 1)  # only the two newest rows are the window
        w = await world(make_client)
        room = await channel(w, "room")
        old = await message(w, room["id"], "the harbour crane is broken")
        await message(w, room["id"], "crane by the harbour")
        for filler in ("lunch at noon", "nothing to see"):
            await message(w, room["id"], filler)
        assert ids(await search(w, '"harbour crane"', types="message")) == {old["id"]}

    async def test_words_that_never_meet_are_no_phrase(
        self, make_client: Any, monkeypatch: Any
    ) -> None:
        w = await world(make_client)
        room = await channel(w, "room")
        apart = {
            (await message(w, room["id"], text))["id"]
            for text in ("crane by the harbour", "harbour and then a crane", "crane harbour")
        }
        assert ids(await search(w, "harbour crane", types="message")) == apart
        assert ids(await search(w, '"harbour crane"', types="message")) == set()
        monkeypatch.setattr(service, "WINDOW", 0)  # all but the newest beyond the window
        assert ids(await search(w, "harbour crane", types="message")) == apart
        assert ids(await search(w, '"harbour crane"', types="message")) == set()
        assert len((await search(w, '"crane harbour"', types="message"))["items"]) == 1

    async def test_older_rows_are_checked_up_to_the_probe(
        self, make_client: Any, monkeypatch: Any
    ) -> None:
        monkeypatch.setattr(service, "WINDOW", 0)
        w = await world(make_client)
        room = await channel(w, "room")
        older = {(await message(w, room["id"], f"red harbour crane {i}"))["id"] for i in range(3)}
        newest = await message(w, room["id"], "the harbour crane again")
        monkeypatch.setattr(service, "PROBE", 2)
        found = ids(await search(w, '"harbour crane"', types="message"))
        assert newest["id"] in found and len(found & older) == 2
        monkeypatch.setattr(service, "PROBE", 3)
        assert ids(await search(w, '"harbour crane"', types="message")) == older | {newest["id"]}

    async def test_words_common_in_the_window_keep_a_query_to_the_window(
        self, make_client: Any, monkeypatch: Any
    ) -> None:
        monkeypatch.setattr(service, "WINDOW", 1)  # the two newest rows
        w = await world(make_client)
        room = await channel(w, "room")
        old = await message(w, room["id"], "the harbour crane is broken")
        apart = await message(w, room["id"], "crane by the harbour")
        await message(w, room["id"], "lunch at noon")
        monkeypatch.setattr(service, "DENSE", 1)  # one window row holds both words: common
        assert ids(await search(w, '"harbour crane"', types="message")) == set()
        assert ids(await search(w, "harbour crane", types="message")) == {apart["id"]}
        assert ids(await search(w, "broken", types="message")) == {old["id"]}  # rare: the index
        monkeypatch.setattr(service, "DENSE", 2)
        assert ids(await search(w, '"harbour crane"', types="message")) == {old["id"]}
        both = {old["id"], apart["id"]}
        assert ids(await search(w, "harbour crane", types="message")) == both
