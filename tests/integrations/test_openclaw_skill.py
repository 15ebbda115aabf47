"""integrations/openclaw/: every tool the skill, heartbeat and registration name exists."""

from __future__ import annotations

import re
from pathlib import Path

from mission_control.mcp import server

FILES = ("SKILL.md", "HEARTBEAT.md", "REGISTER.md")
ROOT = Path(__file__).resolve().parents[2] / "integrations" / "openclaw"
# Backticked words that are answers and arguments, not tools (reason codes, actions, fields).
NOT_TOOLS = {
    "reason",
    "next_hint",
    "continue",
    "start",
    "review",
    "answer_mention",
    "wait_approval",
    "idle",
    "task_already_claimed",
    "approval_required",
    "version_conflict",
    "key",
    "MC_API_KEY",
    "MC_URL",
    "mission-control",
    "openclaw",
    "action: continue",
    "action: review",
    "action: answer_mention",
    "action: wait_approval",
    "action: idle",
    "next: true",
    "reason: task_already_claimed",
    "reason: version_conflict",
    "--client claude",
    "--client cursor",
    "--profile full",
    "mission-control mcp",
    "mc mcp config --client openclaw",
}


def mentioned() -> set[str]:
    found: set[str] = set()
    for name in FILES:
        text = (ROOT / name).read_text()
        found |= set(re.findall(r"(?<!`)`([^`\n]+)`(?!`)", text))
    return found


def test_every_tool_named_exists_and_the_loop_is_covered():
    tools = {t.name for t in server.tool_list("full", None)}
    named = mentioned() - NOT_TOOLS
    assert named <= tools, f"not tools: {sorted(named - tools)}"
    loop = {
        "next_action",
        "claim",
        "update_task",
        "comment",
        "complete",
        "release",
        "wait_for_events",
        "decide_approval",
        "post_message",
        "spawn_subagent",
        "whoami",
    }
    assert loop <= named


def test_the_skill_declares_its_requirements_and_never_shows_a_key():
    skill = (ROOT / "SKILL.md").read_text()
    front = skill.split("---")[1]
    assert "name: mission-control" in front
    assert '"env": ["MC_URL", "MC_API_KEY"]' in front
    for name in FILES:
        assert not re.search(r"mc_[A-Za-z0-9]+_[A-Za-z0-9]{20,}", (ROOT / name).read_text())
    assert "end the turn at once" in skill.lower()
    assert "never retry" in skill.lower()
