"""What a client needs to know about this server before anyone signs in."""

from __future__ import annotations

from fastapi import APIRouter, Request

from mission_control import bootstrap
from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.schemas import ResponseModel

router = APIRouter(prefix="/api/v1", tags=["ops"])


class Meta(ResponseModel):
    version: str
    deployment_mode: DeploymentMode
    signup_open: bool
    default_org: str | None
    generated_admin_password: bool
    """True while the first admin's generated password is still kept in the data folder."""


@router.get("/meta")
async def meta(request: Request) -> Meta:
    """Public: deployment mode, whether sign-up is open, and first-run hints (never secrets)."""
    settings: Settings = request.app.state.settings
    single = settings.deployment_mode is DeploymentMode.SINGLE_TENANT
    return Meta(
        version=request.app.version,
        deployment_mode=settings.deployment_mode,
        signup_open=settings.signup_open,
        default_org=settings.default_org_slug if single else None,
        generated_admin_password=bootstrap.password_file(settings).exists(),
    )
