"""Users, signup and login."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import EmailStr, Field

from mission_control.core.schemas import RequestModel, ResponseModel


class SignupRequest(RequestModel):
    email: EmailStr
    password: str = Field(min_length=8, max_length=256)
    display_name: str | None = Field(default=None, min_length=1, max_length=120)


class LoginRequest(RequestModel):
    email: EmailStr
    password: str = Field(min_length=1, max_length=256)


class UserUpdate(RequestModel):
    display_name: str | None = Field(default=None, min_length=1, max_length=120)
    password: str | None = Field(default=None, min_length=8, max_length=256)
    current_password: str | None = Field(default=None, max_length=256)


class OrgMembershipOut(ResponseModel):
    id: uuid.UUID
    slug: str
    name: str
    role: str


class UserOut(ResponseModel):
    id: uuid.UUID
    email: str
    display_name: str
    created_at: datetime


class Me(UserOut):
    orgs: list[OrgMembershipOut]


class AuthResult(ResponseModel):
    user: UserOut
