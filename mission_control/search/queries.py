"""The search domain's SQL: one statement per search, built from each source's fragments.

A source is one kind of searchable row (project, task, message). It gives two fragments:

- `hits`: its candidate CTEs and their scores (`_candidates`): the matches among its
  newest `WINDOW` rows, topped up from the GIN index, at most `{cap}`, and only those
  ranked (`ts_rank`, titles weighted above bodies), so the work is bounded by the window
  and the matches whatever the word's frequency.
- `detail`: the page's rows of that kind, with the highlighted title and snippet.

`{q}` is the tsquery expression, `{where}` the caller's visibility clauses (already
beginning with AND), `{cap}` the candidate cap's placeholder, `{words}` the query's words
without their phrases (`words()`), `{probe}` how many older rows holding them are checked,
`{dense}` how many window rows holding them make them too common for the index,
`{boundary}` the window's boundary (read first, `windows()`), `{page}` the page CTE.
Every value is a bound `$n` parameter (core.sql.Where); only these constants are SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

CONFIG = "'simple'::regconfig"
"""The text search configuration (docs/decisions.md: why `simple`)."""

# Highlight markers no stored text keeps (detail fragments strip them from the data), so
# after HTML-escaping the headline only these become <mark> and </mark>.
START, STOP = "\ue000", "\ue001"
_OPTIONS = f"StartSel={START}, StopSel={STOP}"
TITLE_OPTIONS = f"{_OPTIONS}, HighlightAll=true"
SNIPPET_OPTIONS = f"{_OPTIONS}, MaxWords=30, MinWords=12, ShortWord=2"
SCALE = 1_000_000
"""Scores are ts_rank times SCALE as bigints, so cursors carry integers, not floats."""
REF_SCORE = 1_000_000_000
"""A task found by its exact ref (`MC-42`) comes first."""


def clean(column: str) -> str:
    """The column's text without our marker characters."""
    return f"translate({column}, E'\\uE000\\uE001', '')"


def headline(column: str, q: str, options: str) -> str:
    return f"ts_headline({CONFIG}, {clean(column)}, {q}, '{options}')"


@dataclass(frozen=True, slots=True)
class Source:
    kind: str
    domain: str  # the scope/role domain that may read it
    table: str
    hits: str
    detail: str


def _candidates(
    kind: str, table: str, a: str, vector: str, extra: str = "", weights: str = ""
) -> str:
    """A kind's candidates, ranked: the matches among its newest `{window}` rows (at most
    `{cap}`), topped up to `{cap}` with older matches in index order when the window holds
    fewer. The statement runs with sequential and plain index scans off (SEARCH_PLANS), so
    every match comes from a bitmap of the GIN index or of the recency window: the work is
    bounded by the window and by the matches, never by a walk that finds none."""
    window = "coalesce({boundary}::timestamptz, '-infinity')"
    # In the window the match is a function call, which no index serves: the window's rows
    # come from the recency index and are each checked, never AND-ed with a GIN bitmap of
    # every match of a common word (that bitmap alone costs more than the whole search).
    new = (
        f"SELECT {a}.id, {a}.{vector} AS search_vector FROM {table} {a}"
        f" WHERE ts_match_vq({a}.{vector}, {{q}}){extra}{{where}} AND {a}.created_at >= {window}"
        " LIMIT {cap}"
    )
    # How common the query's words are together: the window's matches (a sample of how many
    # rows the GIN index would return) or, for a query with phrases, the window's rows
    # holding all its words (up to `{dense}`; without phrases `{words}` is `{q}` and this
    # reads nothing, a one-time filter).
    dense = (
        f"SELECT count(*) AS n FROM (SELECT 1 FROM {table} {a}"
        f" WHERE ({{words}})::text <> ({{q}})::text AND ts_match_vq({a}.{vector}, {{words}})"
        f"{extra}{{where}} AND {a}.created_at >= {window} LIMIT {{dense}}) x"
    )
    # Older matches come from the GIN index by the query's words alone (`{words}`: phrases
    # made AND, which the index answers without reading rows), at most `{probe}` rows, and
    # only those are checked for the phrase row by row: a phrase of two common words that
    # rarely meet costs at most `{probe}` checks, never one per row holding both. When the
    # words are common together (`{dense}` rows of the window match or hold them) the index
    # is not asked at all: its bitmap of every row holding them costs more than the search.
    old = (
        f"SELECT o.id, o.search_vector FROM (SELECT {a}.id, {a}.{vector} AS search_vector"
        f" FROM {table} {a} WHERE {a}.{vector} @@ {{words}}{extra}{{where}}"
        f" AND {a}.created_at < {window} AND (SELECT count(*) FROM {kind}_new) < {{dense}}"
        f" AND (SELECT n FROM {kind}_dense) < {{dense}}"
        " LIMIT {probe}) o"
        " WHERE ts_match_vq(o.search_vector, {q})"
        f" LIMIT greatest(0, {{cap}} - (SELECT count(*) FROM {kind}_new))"
    )
    return (
        f"{kind}_new AS MATERIALIZED ({new}),"
        f" {kind}_dense AS MATERIALIZED ({dense}),"
        f" {kind}_old AS MATERIALIZED ({old}),"
        f" {kind}_hits AS (SELECT '{kind}'::text AS kind, c.id,"
        f" (ts_rank({weights}c.search_vector, {{q}}) * {SCALE})::bigint AS score"
        f" FROM (SELECT * FROM {kind}_new UNION ALL SELECT * FROM {kind}_old) c)"
    )


PROJECTS = Source(
    kind="project",
    domain="projects",
    table="projects",
    hits=_candidates("project", "projects", "p", "search_vector"),
    detail=(
        "SELECT pg.kind, pg.id, pg.score,"
        f" {headline('p.key || ' + repr(' ') + ' || p.name', '{q}', TITLE_OPTIONS)} AS title,"
        f" {headline('p.description', '{q}', SNIPPET_OPTIONS)} AS snippet,"
        " p.key AS project_key, NULL::integer AS number, NULL::uuid AS channel_id,"
        " p.created_at"
        " FROM {page} pg JOIN projects p ON p.id = pg.id WHERE pg.kind = 'project'"
    ),
)

TASKS = Source(
    kind="task",
    domain="tasks",
    table="tasks",
    hits=_candidates("task", "tasks", "t", "search_vector"),
    detail=(
        "SELECT pg.kind, pg.id, pg.score,"
        f" {headline('t.title', '{q}', TITLE_OPTIONS)} AS title,"
        f" {headline('t.description', '{q}', SNIPPET_OPTIONS)} AS snippet,"
        " p.key AS project_key, t.number, NULL::uuid AS channel_id, t.created_at"
        " FROM {page} pg JOIN tasks t ON t.id = pg.id JOIN projects p ON p.id = t.project_id"
        " WHERE pg.kind = 'task'"
    ),
)

# Chat's vector is unweighted (D): ranked with D weighing what B (a body) weighs elsewhere,
# so a message body and a task description compete on equal terms.
BODY_AS_D = "'{{0.4, 0.2, 0.4, 1.0}}'::float4[], "  # braces doubled: a format template

MESSAGES = Source(
    kind="message",
    domain="chat",
    table="messages",
    hits=_candidates("message", "messages", "m", "search", " AND m.deleted_at IS NULL", BODY_AS_D),
    detail=(
        "SELECT pg.kind, pg.id, pg.score,"
        f" {headline('c.name', '{q}', TITLE_OPTIONS)} AS title,"
        f" {headline('m.body', '{q}', SNIPPET_OPTIONS)} AS snippet,"
        " coalesce(tp.key, p.key) AS project_key, NULL::integer AS number,"
        " m.channel_id, m.created_at"
        " FROM {page} pg JOIN messages m ON m.id = pg.id JOIN channels c ON c.id = m.channel_id"
        " LEFT JOIN projects p ON p.id = c.project_id LEFT JOIN tasks t ON t.id = c.task_id"
        " LEFT JOIN projects tp ON tp.id = t.project_id WHERE pg.kind = 'message'"
    ),
)

# A task by its exact ref, current or from before a move (task_refs); {where} as for TASKS.
REF_HITS = (
    f"SELECT 'task'::text AS kind, t.id, {REF_SCORE}::bigint AS score"
    " FROM tasks t WHERE t.id IN ("
    " SELECT t2.id FROM tasks t2 JOIN projects p2 ON p2.id = t2.project_id"
    " WHERE p2.key = {key} AND t2.number = {number}"
    " UNION SELECT r.task_id FROM task_refs r WHERE r.project_key = {key} AND r.number = {number}"
    "){where}"
)

# Visibility and filter fragments ({v}: the bound value's placeholder).
TASK_IN_PROJECTS = "t.project_id IN (SELECT id FROM projects WHERE key = ANY({v}::text[]))"
TASK_IN_PROJECT = "t.project_id = {v}"
PROJECT_IN_KEYS = "p.key = ANY({v}::text[])"
PROJECT_IS = "p.id = {v}"
# The channels a viewer may read (chat's rule, auth/policy.py): public or joined; with a
# project limit or filter, only channels of those projects (a task's channel: its task's).
# The list is read once (an init plan) and checked per message: as `IN (SELECT ...)` the
# planner joins channels to messages and ranks every match of a common word.
MESSAGE_CHANNELS = (
    "m.channel_id = ANY(ARRAY(SELECT c.id FROM channels c LEFT JOIN tasks ct ON ct.id = c.task_id"
    " WHERE (c.visibility = 'public' OR EXISTS (SELECT 1 FROM channel_members cm"
    " WHERE cm.channel_id = c.id AND cm.member_type = {type} AND cm.member_id = {id})){more}))"
)
CHANNEL_IN_PROJECTS = (
    "coalesce(ct.project_id, c.project_id)"
    " IN (SELECT id FROM projects WHERE key = ANY({v}::text[]))"
)
CHANNEL_IN_PROJECT = "coalesce(ct.project_id, c.project_id) = {v}"

SEARCH_PLANS = (
    "set_config('plan_cache_mode', 'force_custom_plan', true),"
    " set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"
)
"""Plan each search for its own words, and only with bitmap and index-only scans: a walk
of rows in index order (or a sequential scan) hoping to meet enough matches soon costs a
full scan when the estimate was wrong (a phrase of two common words that never meet).
Transaction-local, like the org context."""


def words(q: str) -> str:
    """The tsquery `q` with its phrase operators (`<->`, `<N>`) made `&`: the same words,
    every row matching `q` matches it, and the GIN index answers it without a recheck.
    (An operator is outside the quoted lexemes when an even number of quotes follows it.)"""
    return (
        f"regexp_replace(({q})::text, '<(-|[0-9]+)>(?=([^'']*''[^'']*'')*[^'']*$)', '&', 'g')"
        "::tsquery"
    )


def windows(tables: list[str], offset: str) -> str:
    """Each kind's window boundary (the created_at of its `offset`-th newest row), read by
    index-only scans, and the search's planner settings for the statements after it (this
    statement is planned before they take effect)."""
    parts = "".join(
        f", (SELECT x.created_at FROM {t} x ORDER BY x.created_at DESC OFFSET {offset} LIMIT 1)"
        f" AS {t}"
        for t in tables
    )
    return f"SELECT {SEARCH_PLANS}{parts}"


def kind_hits(kind: str) -> str:
    return f"SELECT * FROM {kind}_hits"


def statement(
    sources: list[str], hits: list[str], details: list[str], cursor: str, limit: str
) -> str:
    """The whole search: candidates of every source, one ranked page, its details.
    `sources` are the kinds' candidate CTEs, `hits` selects of (kind, id, score)."""
    union = " UNION ALL ".join(hits)
    detail = " UNION ALL ".join(details)
    ctes = "".join(f"{cte}, " for cte in sources)
    return (
        f"WITH {ctes}"
        f"hits AS (SELECT kind, id, max(score) AS score FROM ({union}) h GROUP BY kind, id),"
        f" page AS (SELECT kind, id, score FROM hits{cursor}"
        f" ORDER BY score DESC, kind, id LIMIT {limit})"
        f" SELECT * FROM ({detail}) d ORDER BY score DESC, kind, id"
    )


# After a cursor (score, kind, id): lower scores, or the same score later in (kind, id).
AFTER = " WHERE score < {score} OR (score = {score} AND (kind, id) > ({kind}, {id}))"
