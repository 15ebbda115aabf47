"""The task rules at the service level, on a Tx bound to one org (no HTTP): fast enough to
cover the whole workflow table, beside the HTTP tests that keep the contract and races."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import pytest

from mission_control.core.db import Database, Tx, plain_url
from mission_control.core.types import SYSTEM, Actor
from mission_control.tasks import claims, dependencies, workflow
from mission_control.tasks import service as tasks
from mission_control.tasks.models import STATUSES
from mission_control.tasks.schemas import TaskCreate


@pytest.fixture
async def db(app_url: str, owner_url: str) -> AsyncIterator[tuple[Database, uuid.UUID]]:
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        org = await conn.fetchval(
            "INSERT INTO organizations (slug, name) VALUES ('rules', 'R') RETURNING id"
        )
        project = await conn.fetchval(
            "INSERT INTO projects (org_id, key, name, stage, position)"
            " VALUES ($1, 'MC', 'MC', 'active', 'a0') RETURNING id",
            org,
        )
        await conn.execute(
            "INSERT INTO task_counters (project_id, org_id) VALUES ($1, $2)", project, org
        )
    finally:
        await conn.close()
    database = Database(app_url, pool_size=2, max_overflow=2)
    yield database, org
    await database.dispose()


@asynccontextmanager
async def scratch(db: Database, org: uuid.UUID) -> AsyncIterator[Tx]:
    """A Tx bound to the org whose work is always rolled back."""
    tx = Tx(db)
    await tx.begin()
    await tx.set_org(org)
    try:
        yield tx
    finally:
        await tx.rollback()
        await tx.release()


async def _task(tx: Tx, status: str = "todo", title: str = "t") -> Any:
    made = await tasks.create_task(tx, "MC", TaskCreate(title=title), SYSTEM)
    if status != "todo":
        await tx.execute("UPDATE tasks SET status = $2 WHERE id = $1", made["id"], status)
    return made


class TestTheWorkflowTable:
    @pytest.mark.parametrize("source", STATUSES)
    async def test_every_move_from_a_status_is_as_the_table_says(
        self, db: Any, source: str
    ) -> None:
        database, org = db
        for target in STATUSES:
            async with scratch(database, org) as tx:
                t = await _task(tx, source)
                if target == source:
                    moved, _ = await workflow.transition_task(
                        tx,
                        t["ref"] if "ref" in t else tasks.ref(t),
                        target,
                        expected_version=None,
                        actor=SYSTEM,
                    )
                    assert moved["status"] == source
                    continue
                if target in workflow.TRANSITIONS[source]:
                    moved, _ = await workflow.transition_task(
                        tx, tasks.ref(t), target, expected_version=None, actor=SYSTEM
                    )
                    assert moved["status"] == target, (source, target)
                    continue
                with pytest.raises(workflow.TransitionNotAllowed) as refused:
                    await workflow.transition_task(
                        tx, tasks.ref(t), target, expected_version=None, actor=SYSTEM
                    )
                assert refused.value.details["allowed"] == sorted(workflow.TRANSITIONS[source])


class TestDependencyRules:
    async def test_an_open_dependency_blocks_and_finishing_it_unblocks(self, db: Any) -> None:
        database, org = db
        async with scratch(database, org) as tx:
            blocker = await _task(tx, title="blocker")
            waiting = await _task(tx, title="waiting")
            dependant, _ = await dependencies.add_dependency(
                tx, tasks.ref(waiting), tasks.ref(blocker), SYSTEM
            )
            assert dependant["status"] == "blocked" and dependant["blocked_reason"] == "dependency"
            with pytest.raises(workflow.DependenciesOpen):
                await workflow.transition_task(
                    tx, tasks.ref(waiting), "in_progress", expected_version=None, actor=SYSTEM
                )
            for status in ("in_progress", "done"):
                await workflow.transition_task(
                    tx, tasks.ref(blocker), status, expected_version=None, actor=SYSTEM
                )
            assert (await tasks.get_task(tx, tasks.ref(waiting)))["status"] == "todo"

    async def test_a_cycle_is_refused_naming_it(self, db: Any) -> None:
        database, org = db
        async with scratch(database, org) as tx:
            a, b, c = [await _task(tx, title=n) for n in "abc"]
            await dependencies.add_dependency(tx, tasks.ref(a), tasks.ref(b), SYSTEM)
            await dependencies.add_dependency(tx, tasks.ref(b), tasks.ref(c), SYSTEM)
            with pytest.raises(dependencies.DependencyCycle) as refused:
                await dependencies.add_dependency(tx, tasks.ref(c), tasks.ref(a), SYSTEM)
            assert refused.value.details["cycle"] == ["MC-3", "MC-1", "MC-2", "MC-3"]


class TestClaimRules:
    async def test_claims_take_only_unblocked_todo_tasks_once(self, db: Any) -> None:
        database, org = db
        first, second = Actor("agent", uuid.uuid4()), Actor("agent", uuid.uuid4())
        async with scratch(database, org) as tx:
            t = await _task(tx)
            claimed, fresh = await claims.claim_task(tx, tasks.ref(t), first)
            assert fresh and claimed["assignee_id"] == first.id
            again, fresh = await claims.claim_task(tx, tasks.ref(t), first)
            assert not fresh and again["version"] == claimed["version"]
            with pytest.raises(claims.TaskAlreadyClaimed):
                await claims.claim_task(tx, tasks.ref(t), second)
            backlog = await _task(tx, "backlog")
            with pytest.raises(claims.TaskNotClaimable):
                await claims.claim_task(tx, tasks.ref(backlog), second)
