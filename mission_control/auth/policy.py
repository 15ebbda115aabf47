"""The one access rule, applied everywhere: a principal's power is its role (for a person)
intersected with its key's scopes and its project limit.

Routers ask `Principal.require(domain, access)` for role and scope; this module holds the
rest, which services call: what a project limit hides on every read path (lists, the event
log and stream, subscriptions, notifications, error details) and that nothing a principal
mints — a key, a token, a sub-agent, a webhook — is wider than the principal itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from mission_control.auth.principals import Principal
from mission_control.auth.scopes import Access
from mission_control.core.db import project_limit
from mission_control.core.errors import Forbidden
from mission_control.core.sql import Where

HIDDEN = "(hidden)"


class WiderThanMaker(Forbidden):
    code = "wider_than_maker"
    message = "Nothing a key makes may reach further than the key itself."


def covered(scope: str, ceiling: Iterable[str]) -> bool:
    """Whether `scope` is within `ceiling` (admin covers all, domain:write covers :read)."""
    ceiling = set(ceiling)
    if scope in ceiling or "admin" in ceiling:
        return True
    domain, _, access = scope.partition(":")
    return access == "read" and f"{domain}:write" in ceiling


def check_mint(
    maker: Principal, scopes: Sequence[str], project_keys: Sequence[str] | None
) -> list[str] | None:
    """The project limit a key minted by `maker` gets (upper-cased); refuses anything wider
    than the maker: scopes beyond its key's, or projects beyond (or without) its limit."""
    if maker.scopes is not None:
        wider = [s for s in scopes if not covered(s, maker.scopes)]
        if wider:
            raise WiderThanMaker(
                "A key may not mint scopes it does not hold.", details={"not_allowed": wider}
            )
    wanted = [k.upper() for k in project_keys] if project_keys is not None else None
    limit = maker.project_keys
    if limit is not None:
        if wanted is None:
            raise WiderThanMaker(
                "A key limited to projects mints only keys limited to (some of) them.",
                details={"project_keys": list(limit)},
            )
        outside = sorted(set(wanted) - set(limit))
        if outside:
            raise WiderThanMaker(
                "Those projects are outside this key's limit.", details={"not_allowed": outside}
            )
    return wanted


def require_unlimited(principal: Principal, what: str) -> None:
    """Org-wide things (webhooks) need a principal with no project limit."""
    if principal.project_keys is not None:
        raise WiderThanMaker(f"{what} reach the whole org: a key limited to projects may not.")


def limit_events(unit: Any, where: Where) -> None:
    """Keep an event query inside the unit's project limit (project-less events are outside)."""
    keys = project_limit(unit)
    if keys is not None:
        where.add("project_id IN (SELECT id FROM projects WHERE key = ANY(?::text[]))", list(keys))


def visible_project(unit: Any, key: str | None) -> bool:
    """Whether a project (by key; None: no project) is inside the unit's limit."""
    keys = project_limit(unit)
    return keys is None or (key is not None and key.upper() in keys)


def refs(unit: Any, tasks: Iterable[Mapping[str, Any]]) -> list[str]:
    """Task refs for an error's details, with the tasks of hidden projects masked."""
    return [
        f"{t['project_key']}-{t['number']}" if visible_project(unit, t["project_key"]) else HIDDEN
        for t in tasks
    ]


def mask_refs(unit: Any, values: Iterable[str]) -> list[str]:
    """`KEY-N` refs with those of hidden projects masked."""
    return [v if visible_project(unit, v.rpartition("-")[0]) else HIDDEN for v in values]


# --- chat: who sees a channel, and who may run one --------------------------------------


def channel_visible(unit: Any, channel: Mapping[str, Any]) -> bool:
    """Whether a channel (read with the viewer's membership) is visible: inside the unit's
    project limit (org-wide channels are outside any limit) and, if private, joined."""
    if not visible_project(unit, channel["project_key"]):
        return False
    return channel["visibility"] == "public" or bool(channel["is_member"])


def limit_channels(unit: Any, where: Where) -> None:
    """Keep a channel list (queries.channel_page) to the channels its viewer may see."""
    where.add("(c.visibility = 'public' OR m.member_id IS NOT NULL)")
    keys = project_limit(unit)
    if keys is not None:
        where.add("coalesce(tp.key, p.key) = ANY(?::text[])", list(keys))


def limit_private_channels(where: Where, viewer_type: str, viewer_id: Any) -> None:
    """The event visibility rule in SQL, applied before paging so pages are never short:
    a private channel's events only for its members."""
    where.add(
        "(payload->>'channel_visibility' IS DISTINCT FROM 'private'"
        " OR payload->>'channel_id' IN (SELECT channel_id::text FROM channel_members"
        " WHERE member_type = ? AND member_id = ?))",
        viewer_type,
        viewer_id,
    )


def may_moderate(principal: Principal, channel: Mapping[str, Any]) -> bool:
    """Renaming, archiving, removing others and deleting others' messages: the channel's
    creator, or an admin (a person's role, or a key's `admin` scope)."""
    actor = principal.actor
    if channel["created_by_type"] == actor.type and channel["created_by_id"] == actor.id:
        return True
    return principal.allows("chat", Access.MANAGE)


def may_delete_message(
    principal: Principal, channel: Mapping[str, Any], message: Mapping[str, Any]
) -> bool:
    """A message's author deletes it, and so may whoever moderates its channel."""
    actor = principal.actor
    if message["author_type"] == actor.type and message["author_id"] == actor.id:
        return True
    return may_moderate(principal, channel)
