"""The auth domain's SQL: the narrow lookups that need no org, and key writes."""

from __future__ import annotations

# The key, its org and agent and its person's role; binds the transaction to the key's org.
KEY_LOOKUP = (
    "SELECT k.id, k.org_id, k.org_slug, k.org_name, k.agent_id, k.user_id, k.scopes,"
    " k.project_keys, k.expires_at, k.revoked_at, k.agent, k.role, k.parent_id, k.depth,"
    " k.lifecycle, now() AS now,"
    " set_config('app.current_org_id', k.org_id::text, true)"
    " FROM mc_lookup_api_key($1) k"
)
# A live web session and the person's role in the named org (if any); binds both contexts.
SESSION_LOOKUP = (
    "SELECT s.user_id, s.email, s.display_name, s.org_id, s.org_slug, s.role,"
    " set_config('app.current_org_id', coalesce(s.org_id::text, ''), true),"
    " set_config('app.current_user_id', s.user_id::text, true)"
    " FROM mc_resolve_session($1, $2, $3) s"
)

KEY_COLUMNS = (
    "id, org_id, agent_id, user_id, name, prefix, scopes, project_keys, expires_at,"
    " revoked_at, last_used_at, created_at"
)
INSERT_KEY = (
    "INSERT INTO api_keys (org_id, agent_id, user_id, name, prefix, digest, scopes,"
    f" project_keys, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    f" RETURNING {KEY_COLUMNS}"
)
REVOKE_KEY = (
    f"UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL"
    f" RETURNING {KEY_COLUMNS}"
)
