"""The orgs domain's own SQL (`$n` parameters only)."""

from __future__ import annotations

# An org's id by its slug (organizations has no RLS: the slug is how a caller names it).
ORG_BY_SLUG = "SELECT id FROM organizations WHERE slug = $1"
