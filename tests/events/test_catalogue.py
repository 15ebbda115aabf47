"""The event catalogue is the contract: nothing is written in a shape it does not know, every
type the code writes is in it, and docs/events.md is generated from it."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

from mission_control.core.types import SYSTEM
from mission_control.events import catalogue
from mission_control.events import service as events

ROOT = Path(__file__).resolve().parents[2]


class _Unit:
    def __init__(self) -> None:
        self.info: dict[str, object] = {}


class TestTheCatalogueRefuses:
    def test_an_unknown_type_fails_at_the_write(self) -> None:
        unit = _Unit()
        with pytest.raises(catalogue.UnknownEventType):
            events.append(
                unit, org_id=uuid.uuid4(), actor=SYSTEM, type="task.teleported", entity_type="task"
            )
        assert "pending_events" not in unit.info

    @pytest.mark.parametrize(
        "payload",
        [
            {"ref": "MC-1"},  # `after` missing
            {"ref": "MC-1", "after": {"status": "todo"}},  # the state is incomplete
            {"ref": "MC-1", "after": {}, "assignee_before": None},  # a field the entry lacks
        ],
    )
    def test_a_payload_its_entry_does_not_allow_fails_at_the_write(self, payload: dict) -> None:
        unit = _Unit()
        with pytest.raises(catalogue.InvalidEventPayload):
            events.append(
                unit,
                org_id=uuid.uuid4(),
                actor=SYSTEM,
                type="task.created",
                entity_type="task",
                payload=payload,
            )
        assert "pending_events" not in unit.info

    def test_a_model_of_another_type_fails(self) -> None:
        wrong = catalogue.AgentDeleted(name="x")
        with pytest.raises(catalogue.InvalidEventPayload):
            catalogue.payload_for("agent.created", wrong)


class TestTheCatalogueIsComplete:
    def test_every_type_the_code_writes_is_listed(self) -> None:
        written: set[str] = set()
        for path in (ROOT / "mission_control").rglob("*.py"):
            text = path.read_text()
            written |= set(re.findall(r'type="([a-z_]+\.[a-z_]+)"', text))
            written |= set(re.findall(r'event_type="([a-z_]+\.[a-z_]+)"', text))
        # f-strings: approval.{status}, subagent.{ended}
        written |= {
            "approval.approved",
            "approval.rejected",
            "subagent.completed",
            "subagent.expired",
            "subagent.revoked",
        }
        # Delivery bodies (a ping, an OpenClaw wake), never event rows.
        written -= {"webhook.ping", "mission_control.wake"}
        documented = set(catalogue.DOCUMENTED)
        assert written <= documented, sorted(written - documented)

    def test_docs_events_md_is_generated_from_it(self) -> None:
        committed = (ROOT / "docs" / "events.md").read_text()
        assert committed.strip() == catalogue.markdown().strip(), (
            "docs/events.md is stale: run `.venv/bin/python -m mission_control.events.catalogue"
            " > docs/events.md`"
        )
        for name in catalogue.DOCUMENTED:
            assert f"## `{name}`" in committed
