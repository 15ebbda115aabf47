"""Full-text search: weighted, generated tsvector columns with GIN indexes.

Revision ID: 0010_search
Revises: 0009_chat
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script

revision: str = "0010_search"
down_revision: str | None = "0009_chat"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The `simple` configuration (no stemming, no stop words): see docs/decisions.md.
    # Titles (and project keys and names) weigh A, bodies B, so a title hit ranks first.
    run_script(
        """
    ALTER TABLE projects ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, key || ' ' || name), 'A')
        || setweight(to_tsvector('simple'::regconfig, description), 'B')) STORED;
    CREATE INDEX projects_search_idx ON projects USING gin (search_vector);
    CREATE INDEX projects_recent_idx ON projects (org_id, created_at DESC, id);

    ALTER TABLE tasks ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title), 'A')
        || setweight(to_tsvector('simple'::regconfig, description), 'B')) STORED;
    CREATE INDEX tasks_search_idx ON tasks USING gin (search_vector);
    -- Common words are answered by walking the newest rows (see search/queries.py).
    CREATE INDEX tasks_recent_idx ON tasks (org_id, created_at DESC, id);
    -- Messages keep chat's own vector (0009_chat: `search`, the body, GIN-indexed); search
    -- ranks their bodies like task descriptions and walks them newest first too.
    CREATE INDEX messages_recent_idx ON messages (org_id, created_at DESC);

    -- As for arraycontains (0004_hot_paths): under RLS the planner lets a GIN index serve `@@` only
    -- if the operator's function is LEAKPROOF. It reads only its two arguments and raises
    -- no error that depends on row data. Only a superuser may mark it; elsewhere search
    -- works, walking the org's rows instead of the index.
    DO $$
    BEGIN
        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF;
        ELSE
            RAISE NOTICE 'not a superuser: ts_match_vq stays non-leakproof';
        END IF;
    END $$;
    """
    )


def downgrade() -> None:
    run_script(
        """
    DROP INDEX IF EXISTS messages_recent_idx;
    DROP INDEX IF EXISTS tasks_recent_idx;
    DROP INDEX IF EXISTS projects_recent_idx;
    ALTER TABLE tasks DROP COLUMN IF EXISTS search_vector;
    ALTER TABLE projects DROP COLUMN IF EXISTS search_vector;
    """
    )
