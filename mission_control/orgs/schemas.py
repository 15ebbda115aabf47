"""Organizations and members."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import EmailStr, Field

from mission_control.auth.scopes import Role
from mission_control.core.schemas import RequestModel, ResponseModel
from mission_control.users.schemas import UserOut

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,62}$"


class OrgCreate(RequestModel):
    slug: str = Field(pattern=SLUG_PATTERN)
    name: str = Field(min_length=1, max_length=200)


class OrgUpdate(RequestModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)


class OrgOut(ResponseModel):
    id: uuid.UUID
    slug: str
    name: str
    created_at: datetime
    role: Role | None = None


class MemberAdd(RequestModel):
    """Members join by invitation: the person accepts the link, with or without an account."""

    email: EmailStr
    role: Role = Role.MEMBER


class MemberUpdate(RequestModel):
    role: Role


class MemberOut(ResponseModel):
    user_id: uuid.UUID
    email: str
    display_name: str
    role: Role
    created_at: datetime


class InvitationOut(ResponseModel):
    id: uuid.UUID
    email: str
    role: Role
    created_at: datetime
    expires_at: datetime


class InvitationCreated(InvitationOut):
    link: str = Field(description="Send this to the invitee. Shown in this response only.")
    token: str = Field(description="The secret inside the link.")


class InvitationAccept(RequestModel):
    password: str | None = Field(default=None, min_length=8, max_length=256)
    display_name: str | None = Field(default=None, min_length=1, max_length=120)


class AcceptedInvitation(ResponseModel):
    user: UserOut
    org: OrgOut
