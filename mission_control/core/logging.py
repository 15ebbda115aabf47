"""structlog: JSON lines in production, readable lines on a terminal; secrets never logged.

The last step before rendering redacts: fields named like secrets (password, token,
cookie, authorization, ...), at any depth, and secret-shaped text anywhere, exception
tracebacks included: API keys, webhook secrets, JWTs, bearer tokens, session cookies,
`password=`/`token=` parameters, URL passwords and invitation links.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import MutableMapping
from typing import IO, Any

import structlog

REDACTED = "[redacted]"
_SECRET_NAMES = re.compile(
    r"pass(word|wd)?|secret|token|authorization|cookie|api_?key|^key$|credential|jwt|signature",
    re.I,
)
_SECRET_TEXT: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"mc_[0-9A-Za-z]{8}_[0-9A-Za-z]{20,}"), "mc_[redacted]"),
    (re.compile(r"whsec_[0-9A-Za-z]{16,}"), "whsec_[redacted]"),
    (re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), "[redacted-jwt]"),
    (re.compile(r"(?i)\b(bearer|basic)\s+[^\s,;\"']+"), r"\1 [redacted]"),
    (re.compile(r"(?i)\b(mc_session|mc_csrf|mc_oidc)=[^\s;,\"']+"), r"\1=[redacted]"),
    (
        re.compile(
            r"(?i)\b((?:current_)?pass(?:word|wd)?|secret|token|api_?key|access_token|"
            r"refresh_token|code_verifier|client_secret)(\"?\s*[=:]\s*\"?)[^\s&;,\"']+"
        ),
        r"\1\2[redacted]",
    ),
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]+):[^@\s/]+@"), r"\1:[redacted]@"),
    (re.compile(r"/(invitations|invite)/[^/\s?\"']+"), r"/\1/[redacted]"),
    # PostgreSQL puts row values in error details, past hide_parameters' reach.
    (re.compile(r"(Failing row contains) \(.*"), r"\1 ([redacted])"),
    (re.compile(r"(Key \(.*?\))=\(.*"), r"\1=([redacted])"),
]


# Every secret shape above contains one of these; text with none of them is returned as is
# (substring tests cost nanoseconds, the patterns microseconds, on every field of every line).
_HINTS = ("mc_", "whsec_", "eyJ", "earer", "asic", "=", ":", "/invit", "Failing row", "Key (")


def redact_text(value: str) -> str:
    if not any(hint in value for hint in _HINTS):
        return value
    for pattern, replacement in _SECRET_TEXT:
        value = pattern.sub(replacement, value)
    return value


def _clean(value: Any, depth: int = 0) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if depth > 8:
        return value
    if isinstance(value, dict):
        return {
            k: REDACTED if isinstance(k, str) and _SECRET_NAMES.search(k) else _clean(v, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(_clean(v, depth + 1) for v in value)
    if isinstance(value, bytes):
        return redact_text(value.decode("utf-8", "replace"))
    return value


_KEEP = frozenset(
    {"event", "level", "logger", "timestamp", "request_id", "_record", "_from_structlog"}
)


def _redact(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for name, value in list(event_dict.items()):
        if name not in _KEEP and _SECRET_NAMES.search(name):
            event_dict[name] = REDACTED
        elif name != "_record":
            event_dict[name] = _clean(value)
    return event_dict


class _Console:
    """A newcomer's terminal: one short line per request, structlog's dev lines otherwise."""

    def __init__(self) -> None:
        self.dev = structlog.dev.ConsoleRenderer()

    @staticmethod
    def request(event_dict: MutableMapping[str, Any]) -> str:
        clock = str(event_dict.get("timestamp", ""))[11:19]
        who = event_dict.get("principal", "")
        return (
            f"{clock}  {event_dict.get('status')}  {event_dict.get('method'):<6} "
            f"{event_dict.get('route')}  {event_dict.get('duration_ms')} ms  {who}"
        ).rstrip()

    def __call__(self, logger: Any, name: str, event_dict: MutableMapping[str, Any]) -> str:
        if event_dict.get("event") == "request" and "route" in event_dict:
            return self.request(event_dict)
        line: str = self.dev(logger, name, event_dict)
        return line


class _Sink:
    """Where structlog's lines go; configure_logging points it at a stream. Loggers keep
    this object (they are cached on first use), so reconfiguring moves them all."""

    def __init__(self) -> None:
        self.stream: IO[str] = sys.stderr

    def write(self, text: str) -> int:
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


_SINK = _Sink()


class _RequestLines:
    """The per-request line, written without structlog's processor chain: its fields are
    a method, a route template from our own code, a status, a duration and the context
    bound by the middleware and the auth layer (request id, principal, org slug), none of
    which can hold a secret, so the redaction pass that every other line gets is skipped."""

    __slots__ = ("console", "enabled")

    def __init__(self) -> None:
        self.enabled = False
        self.console = False


_REQUESTS = _RequestLines()


def _timestamp() -> str:
    now = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now % 1 * 1e6):06d}Z"


def log_request(method: str, route: str, status: int, duration_ms: float) -> None:
    """One line per answered request (at INFO), in the configured format."""
    if not _REQUESTS.enabled:
        return
    line: dict[str, Any] = {
        "method": method,
        "route": route,
        "status": status,
        "duration_ms": duration_ms,
        "event": "request",
        **structlog.contextvars.get_contextvars(),
        "level": "info",
        "timestamp": _timestamp(),
    }
    text = _Console.request(line) if _REQUESTS.console else json.dumps(line)
    _SINK.write(text + "\n")


def configure_logging(
    level: str = "INFO", fmt: str = "auto", stream: IO[str] | None = None
) -> None:
    """Configure structlog (written straight to the stream: no stdlib round trip for our
    own lines) and route stdlib logging (uvicorn, alembic) through the same renderer."""
    stream = stream or sys.stderr
    console = fmt == "console" or (fmt == "auto" and stream.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Any = _Console() if console else structlog.processors.JSONRenderer()
    _SINK.stream = stream
    level_no = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    _REQUESTS.enabled = level_no <= logging.INFO
    _REQUESTS.console = console
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            # Tracebacks become text first, so the redaction sees them too.
            structlog.processors.format_exc_info,
            _redact,
            renderer,
        ],
        logger_factory=structlog.WriteLoggerFactory(file=_SINK),  # type: ignore[arg-type]
        # Below the level a call costs nothing: the methods are no-ops.
        wrapper_class=structlog.make_filtering_bound_logger(level_no),
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                # Tracebacks become text first, so the redaction sees them too.
                structlog.processors.format_exc_info,
                _redact,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Uvicorn's access log duplicates our request log line (and would carry raw paths).
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
