"""Sign-in providers as clients see them."""

from __future__ import annotations

from mission_control.core.schemas import ResponseModel


class ProviderOut(ResponseModel):
    name: str
    label: str
    login_url: str
