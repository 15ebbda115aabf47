"""What reaches a log line: context yes, secrets never, whatever shape they come in."""

from __future__ import annotations

import io
import json
import logging

import jwt
import pytest
import structlog

from mission_control.core.logging import configure_logging
from tests.fixtures.logscan import find_leaks

KEY = "mc_Ab3dE6gH_" + "Zx9" * 14 + "q"
WHSEC = "whsec_" + "0123456789abcdef" * 4
JWT = jwt.encode({"sid": "s", "sub": "u"}, "k" * 32, algorithm="HS256")
PASSWORD = "hunter2-but-longer"


@pytest.fixture
def lines():
    stream = io.StringIO()
    configure_logging("DEBUG", "json", stream=stream)

    def read() -> list[dict]:
        return [json.loads(line) for line in stream.getvalue().splitlines() if line]

    yield read
    structlog.reset_defaults()
    logging.getLogger().handlers.clear()


def test_secrets_are_redacted_in_every_shape(lines):
    log = structlog.get_logger("probe")
    log.info(
        "nested",
        request={"headers": {"Authorization": f"Bearer {KEY}", "Cookie": f"mc_session={JWT}"}},
        body={"email": "a@example.com", "password": PASSWORD, "items": [{"secret": WHSEC}]},
        note=f"key {KEY} and {WHSEC} and {JWT}",
        url=f"https://hooks.example.com/in?token={PASSWORD}&x=1",
        userinfo=f"https://bob:{PASSWORD}@example.com/",
        header=f"set-cookie: mc_csrf={PASSWORD}; Path=/",
        invite=f"GET /api/v1/invitations/{PASSWORD}/accept and /invite/{PASSWORD}",
    )
    log.info(f"Authorization: bearer {KEY} in the message itself")
    logging.getLogger("stdlib.probe").warning("leaked %s and %s", KEY, JWT)
    try:
        raise RuntimeError(f"failed with password={PASSWORD} for {KEY}")
    except RuntimeError:
        log.exception("boom")
        logging.getLogger("stdlib.probe").exception("boom %s", WHSEC)
    text = "\n".join(json.dumps(line) for line in lines())
    assert find_leaks(text, [KEY, KEY.split("_")[2], WHSEC, JWT, PASSWORD]) == []
    found = lines()
    assert found[0]["body"]["email"] == "a@example.com"  # not everything is hidden
    assert found[0]["url"].startswith("https://hooks.example.com/in?token=")
    assert "RuntimeError" in found[-2]["exception"]
    assert len(found) == 5


def test_request_context_survives(lines):
    structlog.contextvars.bind_contextvars(request_id="r-1", org="acme", principal="user:x")
    try:
        structlog.get_logger("probe").info("request", route="/api/v1/orgs/{org_slug}/agents")
    finally:
        structlog.contextvars.clear_contextvars()
    [line] = lines()
    assert (line["request_id"], line["org"], line["principal"]) == ("r-1", "acme", "user:x")
    assert line["route"] == "/api/v1/orgs/{org_slug}/agents"


async def test_a_failed_statement_never_logs_its_parameters(lines, app_url):
    from sqlalchemy import text

    from mission_control.core.db import Database

    db = Database(app_url, pool_size=1, max_overflow=0)
    try:
        async with db.sessionmaker() as session:
            try:
                await session.execute(
                    text(
                        "INSERT INTO users (email, display_name, password_hash) VALUES (:e, :d, :p)"
                    ),
                    {"e": None, "d": "x", "p": PASSWORD},
                )
            except Exception:
                structlog.get_logger("probe").exception("insert_failed")
    finally:
        await db.dispose()
    text_ = "\n".join(json.dumps(line) for line in lines())
    assert "insert_failed" in text_ and "hidden due to hide_parameters" in text_
    # PostgreSQL's own detail ("Failing row contains (...)") would carry the row too.
    assert "Failing row contains ([redacted])" in text_
    assert PASSWORD not in text_


def test_unique_violation_details_lose_their_values(lines):
    structlog.get_logger("probe").error(
        "conflict",
        error='duplicate key value violates unique constraint "users_email_key"\n'
        "DETAIL:  Key (lower(email))=(victim@example.com) already exists.",
    )
    [line] = lines()
    assert "victim@example.com" not in line["error"]
    assert "Key (lower(email))=([redacted])" in line["error"]


def test_the_scanner_finds_a_planted_secret(tmp_path):
    assert find_leaks(f"ok\nthere it is: {WHSEC}\n", [WHSEC, "absent-secret"]) == [(WHSEC, 2)]
    assert find_leaks("nothing", [WHSEC]) == []
