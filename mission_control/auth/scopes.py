"""Roles, key scopes, and what each may do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"
    VIEWER = "viewer"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Role.VIEWER: 0, Role.MEMBER: 1, Role.ADMIN: 2, Role.OWNER: 3}


class Access(StrEnum):
    READ = "read"  # viewer and up; scope <domain>:read or :write
    WRITE = "write"  # member and up; scope <domain>:write
    MANAGE = "manage"  # admin and up (members, agents, keys, exports); scope admin
    OWN = "own"  # owner only (delete the org); no key may


ROLE_FOR_ACCESS = {
    Access.READ: Role.VIEWER,
    Access.WRITE: Role.MEMBER,
    Access.MANAGE: Role.ADMIN,
    Access.OWN: Role.OWNER,
}

DOMAINS = ("projects", "tasks", "chat", "events", "agents")
ACCOUNT_SCOPE = "account"
"""A personal token with this scope may change its owner's account; no other scope may."""
SCOPES = frozenset(
    [f"{d}:{a}" for d in DOMAINS for a in ("read", "write")]
    + ["approvals:decide", "subagents:spawn", "admin", ACCOUNT_SCOPE]
)


def scopes_allow(scopes: frozenset[str], domain: str, access: Access) -> bool:
    """Whether a key with `scopes` may do `access` in `domain`."""
    if access is Access.OWN:
        return False
    if "admin" in scopes:
        return True
    if access is Access.MANAGE:
        return False
    if access is Access.READ:
        return f"{domain}:read" in scopes or f"{domain}:write" in scopes
    return f"{domain}:write" in scopes


def invalid_scopes(scopes: list[str]) -> list[str]:
    return sorted(set(scopes) - SCOPES)


def scope_held(scope: str, held: frozenset[str]) -> bool:
    """Whether a key holding `held` holds `scope` too (write covers read; admin covers all
    but `account`, which only itself covers)."""
    if scope in held:
        return True
    if scope == ACCOUNT_SCOPE:
        return False
    if "admin" in held:
        return True
    domain, _, access = scope.partition(":")
    return access == "read" and f"{domain}:write" in held


def scopes_beyond(requested: list[str], held: frozenset[str]) -> list[str]:
    """The requested scopes a maker holding `held` does not hold."""
    return sorted(s for s in set(requested) if not scope_held(s, held))
