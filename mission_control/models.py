"""Imports every domain's models so the metadata is complete (Alembic, tests)."""

import importlib

MODEL_MODULES = (
    "mission_control.orgs.models",
    "mission_control.users.models",
    "mission_control.agents.models",
    "mission_control.auth.models",
    "mission_control.events.models",
    "mission_control.notifications.models",
    "mission_control.projects.models",
    "mission_control.tasks.models",
    "mission_control.chat.models",
)


def load_all_models() -> None:
    for module in MODEL_MODULES:
        importlib.import_module(module)
