"""The Mission Control SDK: sync and async clients, typed models and errors (`mc` is its CLI)."""

from mission_control_sdk.client import AsyncClient, Client, Spawned, Webhooks
from mission_control_sdk.errors import (
    ApprovalRequired,
    BadRequest,
    Conflict,
    Forbidden,
    MissionControlError,
    NotFound,
    RateLimited,
    StreamReset,
    Unauthorized,
    Unprocessable,
)

verify_webhook = Webhooks.verify

__all__ = [
    "ApprovalRequired",
    "AsyncClient",
    "BadRequest",
    "Client",
    "Conflict",
    "Forbidden",
    "MissionControlError",
    "NotFound",
    "RateLimited",
    "Spawned",
    "StreamReset",
    "Unauthorized",
    "Unprocessable",
    "verify_webhook",
]
