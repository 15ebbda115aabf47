"""Typed errors: one class per answer an agent handles differently."""

from __future__ import annotations

from typing import Any


class MissionControlError(Exception):
    """An error answer: `status`, the error `code`, `message` and `details`."""

    status: int = 0

    def __init__(
        self, status: int, code: str, message: str, details: Any = None, body: Any = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.body = body


class BadRequest(MissionControlError):
    pass


class Unauthorized(MissionControlError):
    pass


class Forbidden(MissionControlError):
    pass


class NotFound(MissionControlError):
    pass


class Conflict(MissionControlError):
    """A lost claim, a stale version, a forbidden move: do not retry blindly."""


class Unprocessable(MissionControlError):
    pass


class RateLimited(MissionControlError):
    def __init__(self, *args: Any, retry_after: float = 1.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class ApprovalRequired(MissionControlError):
    """`done` needs an approval: the task waits in review (`approval` is the request)."""

    def __init__(self, approval: Any) -> None:
        super().__init__(202, "approval_required", "The task waits in review for an approval.")
        self.approval = approval


class StreamReset(MissionControlError):
    """The stream's resume point is older than the retained log: events were missed, so
    refetch state (`details` holds `last_event_id` and `oldest_available_after`)."""

    def __init__(self, details: Any) -> None:
        super().__init__(
            0,
            "last_event_id_expired",
            "Events after the resume point are gone; refetch state.",
            details,
        )


BY_STATUS: dict[int, type[MissionControlError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: Unprocessable,
    429: RateLimited,
}


def from_response(status: int, body: Any, headers: dict[str, str]) -> MissionControlError:
    error = body.get("error") if isinstance(body, dict) else None
    code = str(error.get("code")) if isinstance(error, dict) else f"http_{status}"
    message = str(error.get("message")) if isinstance(error, dict) else f"HTTP {status}"
    details = error.get("details") if isinstance(error, dict) else None
    cls = BY_STATUS.get(status, MissionControlError)
    if cls is RateLimited:
        try:
            retry = float(headers.get("retry-after", "1"))
        except ValueError:
            retry = 1.0
        return RateLimited(status, code, message, details, body, retry_after=retry)
    return cls(status, code, message, details, body)
